#pragma once

#include <QDialog>
#include <QMap>

namespace ik::ui {

// The guideline requirements behind a page: each ID with its text from docs/requirements.md.
class RequirementsDialog : public QDialog
{
    Q_OBJECT
public:
    RequirementsDialog(const QString &pageTitle, const QStringList &ids, QWidget *parent = nullptr);

    // ID → requirement text, read from the built-in copy of docs/requirements.md.
    static QMap<QString, QString> requirementTexts();
};

} // namespace ik::ui
