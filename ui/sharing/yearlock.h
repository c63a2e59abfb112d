#pragma once

#include "ui/records/editcontext.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ik::ui {

// Unlocks a closed review year (review_year.locked = 0) through the undo stack.
bool unlockYear(const EditContext &context, QString *error);

// Shown on every page of a locked (closed) review year: it reads as read-only, with Unlock Year.
class YearLockBanner : public QFrame
{
    Q_OBJECT
public:
    YearLockBanner(const EditContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    EditContext m_context;
    QLabel *m_text;
    QPushButton *m_unlock;
};

} // namespace ik::ui
