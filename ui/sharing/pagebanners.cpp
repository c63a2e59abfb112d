#include "ui/sharing/pagebanners.h"

#include "ui/sharing/commentdialog.h"
#include "ui/records/recordmodel.h"
#include "ui/report/reportactions.h"
#include "core/store/schema.h"
#include "ui/sharing/signoffbanner.h"
#include "ui/records/tableeditor.h"
#include "ui/sharing/yearlock.h"

#include <QAction>
#include <QCoreApplication>
#include <QBoxLayout>
#include <QTableView>
#include <QToolBar>

namespace ik::ui {

namespace {

class PageExtras
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::PageExtras)
};

void addCommentAction(TableEditor *editor, const EditContext &context)
{
    QTableView *view = editor->view();
    auto *comment = new QAction(PageExtras::tr("Comment…"), view);
    comment->setObjectName(QStringLiteral("commentAction"));
    comment->setEnabled(!context.file->isReadOnly());
    QObject::connect(comment, &QAction::triggered, editor, [editor, context] {
        addComment(editor, context, editor->model()->table().name, editor->currentId());
    });
    view->addAction(comment);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace

void addPageExtras(QWidget *page, const EditContext &context)
{
    auto *layout = qobject_cast<QBoxLayout *>(page->layout());
    if (!layout)
        return;
    layout->insertWidget(0, new YearLockBanner(context, page));
    const QString name = page->objectName();
    if (name == QLatin1String("page_overview") || name == QLatin1String("page_report"))
        layout->insertWidget(3, new SignOffBanner(context, page));
    if (auto *bar = page->findChild<QToolBar *>(QStringLiteral("reportActions")))
        new ReportActions(context, bar);
    for (TableEditor *editor : page->findChildren<TableEditor *>())
        addCommentAction(editor, context);
}

} // namespace ik::ui
