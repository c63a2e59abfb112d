#include "ui/records/columnlayout.h"

#include "ui/records/recordmodel.h"
#include "ui/shell/settingskeys.h"
#include "core/store/schema.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace ik::ui {

namespace {

// Short columns a table keeps besides its naming column: enough to find and sort a row by, few
// enough that the name still has room beside the form.
constexpr int kShortColumns = 4;

bool isShort(const ColumnDef &c)
{
    switch (c.type) {
    case ColumnType::Text:
    case ColumnType::LongText:
    case ColumnType::MultiChoice:
        return false;
    default:
        return true;
    }
}

} // namespace

ColumnLayout::ColumnLayout(QTableView *view, RecordModel *model, QObject *owner)
    : QObject(owner), m_view(view), m_model(model), m_owner(owner)
{
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (m_fitting || width <= 0 || column == stretchColumn())
            return;
        remember(column, width);
        stretch();
    });
    view->viewport()->installEventFilter(this);
    view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ColumnLayout::showMenu);
}

void ColumnLayout::showMenu(const QPoint &at)
{
    QMenu menu(m_view);
    const int named = stretchColumn();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == named)
            continue; // the row's name always shows
        QAction *action = menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool shown) {
            const QString key = shownColumnsKey(m_owner->objectName());
            QSettings settings;
            QVariantMap choices = settings.value(key).toMap();
            choices.insert(m_model->columnName(c), shown);
            settings.setValue(key, choices);
            fit();
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

bool ColumnLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        stretch();
    return QObject::eventFilter(watched, event);
}

void ColumnLayout::stretch()
{
    // The naming column takes what the others leave (QHeaderView::Stretch would not let it be
    // narrower than it was fitted, and the table would scroll sideways beside the form).
    const int named = stretchColumn();
    if (named < 0)
        return;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    int others = 0;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != named && !m_view->isColumnHidden(c))
            others += m_view->columnWidth(c);
    const int least = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16;
    m_view->setColumnWidth(named, std::max(least, m_view->viewport()->width() - others));
}

int ColumnLayout::stretchColumn() const
{
    const int named = m_model->columnOf(m_model->table().displayColumn);
    if (named >= 0)
        return named;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (const ColumnDef *def = m_model->table().column(m_model->columnName(c)); def && def->type == ColumnType::Text)
            return c;
    return -1;
}

bool ColumnLayout::isKept(int column) const
{
    if (column == stretchColumn())
        return true;
    const QVariant chosen = QSettings().value(shownColumnsKey(m_owner->objectName())).toMap().value(m_model->columnName(column));
    if (chosen.isValid())
        return chosen.toBool();
    // A computed column (a risk's score) is one of the few: the table shows it at a glance.
    const auto isShortColumn = [this](int c) {
        const ColumnDef *def = m_model->table().column(m_model->columnName(c));
        return !def || isShort(*def);
    };
    if (!isShortColumn(column))
        return false;
    int shortBefore = 0;
    for (int c = 0; c < column; ++c)
        if (c != stretchColumn() && isShortColumn(c))
            ++shortBefore;
    return shortBefore < kShortColumns;
}

void ColumnLayout::fit()
{
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    QHeaderView *header = m_view->horizontalHeader();
    const int named = stretchColumn();
    header->setStretchLastSection(named < 0);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnHidden(c, !isKept(c));
    m_view->resizeColumnsToContents();
    const QVariantMap remembered = QSettings().value(columnWidthsKey(m_owner->objectName())).toMap();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == named)
            continue;
        const QVariant width = remembered.value(m_model->columnName(c));
        m_view->setColumnWidth(c, width.isValid() ? width.toInt() : std::clamp(m_view->columnWidth(c), 70, 280));
    }
    stretch();
}

void ColumnLayout::remember(int column, int width)
{
    const QString key = columnWidthsKey(m_owner->objectName());
    QSettings settings;
    QVariantMap widths = settings.value(key).toMap();
    widths.insert(m_model->columnName(column), width);
    settings.setValue(key, widths);
}

} // namespace ik::ui
