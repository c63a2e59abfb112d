#include "ui/sharing/signoffdialog.h"

#include "ui/pages/phasenames.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/shell/settingskeys.h"
#include "ui/records/fieldlabels.h"
#include "core/sharing/signoff.h"
#include "ui/records/recordededit.h"
#include "core/store/unitfile.h"
#include "ui/shell/username.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ik::ui {

namespace {
const QString kSignoff = QStringLiteral("signoff");
}

QString signOffUndoable(const EditContext &ctx, const QString &scope, const QString &name,
                        const QString &role, const QString &comment, QString *error)
{
    QString id;
    recordedEdit(ctx, SignOffDialog::tr("Sign off %1").arg(choiceLabel(QStringLiteral("signoff_scope"), scope)), error,
                 [&](RecordedEdit &edit) {
                     return edit.track({kSignoff}, [&](QString *problem) {
                         id = ik::signOff(*ctx.file, ctx.year, scope, name, role, comment, problem);
                         return !id.isEmpty();
                     });
                 });
    return id;
}

bool withdrawUndoable(const EditContext &ctx, const QString &signoffId, const QString &reason, QString *error)
{
    return recordedEdit(ctx, SignOffDialog::tr("Withdraw sign-off"), error, [&](RecordedEdit &edit) {
        return edit.track({kSignoff}, [&](QString *problem) {
            return ik::withdrawSignOff(*ctx.file, signoffId, reason, problem);
        });
    });
}

SignOffDialog::SignOffDialog(const EditContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("signOffDialog"));
    setWindowTitle(tr("Sign off %1").arg(context.year));
    auto *intro = new QLabel(tr("Signing records who approved the review year, and a fingerprint of "
                                "what it held. Later changes show as “changed since sign-off”."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scope"));
    for (const QString &key : {QStringLiteral("review"), QStringLiteral("action_plan")})
        m_scope->addItem(choiceLabel(QStringLiteral("signoff_scope"), key), key);
    m_name = new QLineEdit(savedUserName(), this);
    m_name->setObjectName(QStringLiteral("name"));
    m_role = new QLineEdit(readSetting(Setting::UserRole).toString(), this);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setPlaceholderText(tr("e.g. Head of department"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    setErrorStyle(m_error);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Sign off:"), m_scope);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign Off"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignOffDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 360);
}

void SignOffDialog::accept()
{
    const QString name = m_name->text().trimmed();
    const QString role = m_role->text().trimmed();
    if (name.isEmpty() || role.isEmpty()) {
        m_error->setText(tr("Give your name and role."));
        m_error->show();
        return;
    }
    // Signing the review while parts of it are unfinished is allowed, after saying what they are.
    if (m_scope->currentData().toString() == QLatin1String("review")) {
        const QStringList gaps = reviewGaps(*m_context.file, m_context.year, uiLanguage());
        if (!gaps.isEmpty()
            && !askYesNo(this, tr("Sign off an unfinished review?"),
                         tr("The review of %1 is not finished:").arg(QString::number(m_context.year)) + QStringLiteral("\n\n• ")
                             + gaps.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") + tr("Sign it off all the same?")))
            return;
    }
    writeSetting(Setting::UserRole, role);
    QString error;
    m_id = signOffUndoable(m_context, m_scope->currentData().toString(), name, role,
                           m_comment->toPlainText().trimmed(), &error);
    if (m_id.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ik::ui
