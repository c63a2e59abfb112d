#pragma once

#include "ui/records/editcontext.h"

#include <QFrame>

class QVBoxLayout;

namespace ik::ui {

// The review year's sign-off state, on the Report page and the Overview: "Signed off by X on D",
// or "Changed since sign-off: N changes" with Show Changes; Withdraw…; and Sign Off….
class SignOffBanner : public QFrame
{
    Q_OBJECT
public:
    SignOffBanner(const EditContext &context, QWidget *parent = nullptr);

    // The state as shown, one line per sign-off in force (for tests and screen readers).
    QString stateText() const;

public Q_SLOTS:
    void refresh();
    void signOff();

private:
    void showChanges(const QString &signoffId);
    void withdraw(const QString &signoffId);

    EditContext m_context;
    QVBoxLayout *m_rows;
    QStringList m_lines;
};

} // namespace ik::ui
