#pragma once

#include "core/store/unitfile.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ik::ui {

// Asks for what a new unit file needs: the unit's name, the first review year, the template.
class NewUnitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewUnitDialog(QWidget *parent = nullptr);
    UnitFile::NewUnit unit() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_institution;
    QSpinBox *m_year;
    QComboBox *m_template;
};

} // namespace ik::ui
