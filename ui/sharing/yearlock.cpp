#include "ui/sharing/yearlock.h"

#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/shell/refreshtimer.h"
#include "ui/records/undocommands.h"
#include "core/store/unitfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ik::ui {

bool unlockYear(const EditContext &ctx, QString *error)
{
    for (const Record &r : ctx.file->records(QStringLiteral("review_year")))
        if (r.value(QStringLiteral("year")).toInt() == ctx.year)
            return setField(*ctx.file, *ctx.undo, QStringLiteral("review_year"),
                            r.value(QStringLiteral("id")).toString(), QStringLiteral("locked"), false, error);
    *error = YearLockBanner::tr("The file has no review year %1.").arg(ctx.year);
    return false;
}

YearLockBanner::YearLockBanner(const EditContext &context, QWidget *parent)
    : QFrame(parent), m_context(context)
{
    setObjectName(QStringLiteral("yearLockBanner"));
    setStyleSheet(bannerStyleSheet(QStringLiteral("ik--ui--YearLockBanner"), BannerTone::Info, palette()));
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_unlock = new QPushButton(tr("Unlock Year"), this);
    m_unlock->setObjectName(QStringLiteral("unlockYear"));
    connect(m_unlock, &QPushButton::clicked, this, [this] {
        QString error;
        if (!unlockYear(m_context, &error)) {
            showError(this, tr("Unlock Year"), error);
        }
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_unlock);
    refreshOnChange(context.file, this, &YearLockBanner::refresh);
    refresh();
}

void YearLockBanner::refresh()
{
    const bool locked = m_context.file->isYearLocked(m_context.year);
    m_text->setText(tr("Review year %1 is closed and locked: it can be read but not changed.").arg(m_context.year));
    m_unlock->setEnabled(!m_context.file->isReadOnly());
    setVisible(locked);
}

} // namespace ik::ui
