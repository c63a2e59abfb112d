#include "ui/sharing/commentspanel.h"

#include "ui/records/dateformat.h"
#include "ui/pages/phasenames.h"
#include "ui/shell/messages.h"
#include "ui/sharing/commentdialog.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ik::ui {

CommentsPanel::CommentsPanel(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("commentsPanel"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("openComments"));
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Open comments"));
    m_list->setHeaderLabels({tr("Record"), tr("Comment"), tr("By"), tr("When")});
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 170);
    m_list->setColumnWidth(1, 210);
    m_resolve = new QPushButton(tr("&Resolve"), this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setToolTip(tr("Mark the selected comment as dealt with"));
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::resolveSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_resolve->setEnabled(m_list->currentItem() && !m_context.file->isReadOnly()); });
    auto *hint = new QLabel(tr("Right-click a row in any table and choose Comment… to add one."), this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    refreshOnChange(context.file, this, &CommentsPanel::refresh);
    refresh();
}

void CommentsPanel::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    const UnitFile &file = *m_context.file;
    for (const Record &c : file.records(QStringLiteral("comment"))) {
        if (c.value(QStringLiteral("resolved")).toBool())
            continue;
        const QString table = c.value(QStringLiteral("table_name")).toString();
        const TableDef *def = schema::table(table);
        QString name = file.displayName(table, c.value(QStringLiteral("record_id")).toString(), uiLanguage());
        if (name.isEmpty())
            name = tr("(deleted)");
        const QString record = QStringLiteral("%1: %2").arg(def ? singularLabel(*def) : table, name.simplified());
        const QDateTime at = QDateTime::fromString(c.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem(m_list, {record, c.value(QStringLiteral("body")).toString(),
                                                  c.value(QStringLiteral("author")).toString(),
                                                  displayDateTime(at)});
        item->setData(0, Qt::UserRole, c.value(QStringLiteral("id")));
        item->setToolTip(1, plainToolTip(item->text(1)));
        if (item->data(0, Qt::UserRole).toString() == current)
            m_list->setCurrentItem(item);
    }
    m_resolve->setEnabled(m_list->currentItem() && !file.isReadOnly());
}

void CommentsPanel::resolveSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    if (!resolveComment(m_context, item->data(0, Qt::UserRole).toString(), &error)) {
        showError(this, tr("Resolve"), error);
    }
    refresh();
}

} // namespace ik::ui
