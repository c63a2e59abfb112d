#include "ui/sharing/signoffbanner.h"

#include "ui/records/dateformat.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/sharing/changedescription.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"
#include "core/sharing/signoff.h"
#include "ui/sharing/signoffdialog.h"
#include "core/store/unitfile.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ik::ui {

namespace {
// A button of the banner may be the one whose click is being handled: delete it later.
void discard(QWidget *widget)
{
    if (!widget)
        return;
    widget->hide();
    widget->deleteLater();
}
} // namespace

SignOffBanner::SignOffBanner(const EditContext &context, QWidget *parent)
    : QFrame(parent), m_context(context)
{
    setObjectName(QStringLiteral("signOffBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(8, 4, 8, 4);
    refreshOnChange(context.file, this, &SignOffBanner::refresh);
    refresh();
}

QString SignOffBanner::stateText() const
{
    return m_lines.join(QLatin1Char('\n'));
}

void SignOffBanner::refresh()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                discard(inner->widget());
                delete inner;
            }
        }
        discard(item->widget());
        delete item;
    }
    m_lines.clear();
    const bool writable = !m_context.file->isReadOnly();
    const QList<SignOffState> states = signOffStates(*m_context.file, m_context.year);
    bool anyChanged = false;
    const auto addRow = [this](const QString &text, const QList<QPushButton *> &buttons) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("signOffState"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        row->addWidget(label, 1);
        for (QPushButton *b : buttons)
            row->addWidget(b);
        m_rows->addLayout(row);
        m_lines << text;
    };
    if (states.isEmpty()) {
        auto *sign = new QPushButton(tr("Sign Off…"), this);
        sign->setObjectName(QStringLiteral("signOffButton"));
        sign->setEnabled(writable);
        connect(sign, &QPushButton::clicked, this, &SignOffBanner::signOff);
        addRow(tr("%1 is not signed off.").arg(m_context.year), {sign});
    }
    for (const SignOffState &s : states) {
        const QString scope = choiceLabel(QStringLiteral("signoff_scope"), s.scope);
        QString text = tr("%1 signed off by %2 (%3) on %4.")
                           .arg(scope, s.name, s.role,
                                displayDate(s.signedAt.toLocalTime().date()));
        QList<QPushButton *> buttons;
        if (s.changedSince) {
            anyChanged = true;
            text += QLatin1Char(' ') + tr("Changed since sign-off: %n change(s).", "", int(s.changes.size()));
            auto *show = new QPushButton(tr("Show Changes…"), this);
            show->setObjectName(QStringLiteral("showChanges"));
            connect(show, &QPushButton::clicked, this, [this, id = s.id] { showChanges(id); });
            buttons << show;
        }
        auto *withdrawButton = new QPushButton(tr("Withdraw…"), this);
        withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
        withdrawButton->setEnabled(writable);
        connect(withdrawButton, &QPushButton::clicked, this, [this, id = s.id] { withdraw(id); });
        buttons << withdrawButton;
        addRow(text, buttons);
    }
    if (!states.isEmpty() && states.size() < 2) { // the other scope can still be signed
        auto *sign = new QPushButton(tr("Sign Off…"), this);
        sign->setObjectName(QStringLiteral("signOffButton"));
        sign->setEnabled(writable);
        connect(sign, &QPushButton::clicked, this, &SignOffBanner::signOff);
        if (auto *last = qobject_cast<QHBoxLayout *>(m_rows->itemAt(m_rows->count() - 1)->layout()))
            last->addWidget(sign);
    }
    const BannerTone tone = states.isEmpty() ? BannerTone::Neutral : anyChanged ? BannerTone::Warning : BannerTone::Good;
    setStyleSheet(bannerStyleSheet(QStringLiteral("ik--ui--SignOffBanner"), tone, palette()));
}

void SignOffBanner::signOff()
{
    SignOffDialog dialog(m_context, this);
    dialog.exec();
    refresh();
}

void SignOffBanner::showChanges(const QString &signoffId)
{
    for (const SignOffState &s : signOffStates(*m_context.file, m_context.year)) {
        if (s.id != signoffId)
            continue;
        QDialog dialog(this);
        dialog.setObjectName(QStringLiteral("signOffChanges"));
        dialog.setWindowTitle(tr("Changes since the sign-off"));
        auto *list = new QListWidget(&dialog);
        list->setObjectName(QStringLiteral("changes"));
        for (const ChangeEntry &e : s.changes)
            list->addItem(changeLine(*m_context.file, e));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        auto *label = new QLabel(tr("Signed by %1 on %2.").arg(s.name, displayDateTime(s.signedAt)), &dialog);
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
        layout->addWidget(list);
        layout->addWidget(buttons);
        dialog.resize(760, 420);
        dialog.exec();
        return;
    }
}

void SignOffBanner::withdraw(const QString &signoffId)
{
    bool ok = false;
    const QString reason = askText(this, tr("Withdraw sign-off"), tr("Reason:"), false, &ok);
    if (!ok)
        return;
    QString error;
    if (!withdrawUndoable(m_context, signoffId, reason.trimmed(), &error)) {
        showError(this, tr("Withdraw sign-off"), error);
    }
    refresh();
}

} // namespace ik::ui
