#include "ui/records/tableclipboard.h"

#include "core/exchange/pasteplan.h"
#include "core/exchange/tabseparated.h"
#include "core/store/schema.h"
#include "ui/records/dateformat.h"
#include "ui/records/recordededit.h"
#include "ui/records/recordfilterproxy.h"
#include "ui/records/recordmodel.h"
#include "ui/records/tableeditor.h"
#include "ui/records/undocommands.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QTableView>

#include <algorithm>

namespace ik::ui {

namespace {

class TableClipboard
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::TableClipboard)
};

// The view's columns as shown, left to right (moved columns where they were moved, hidden ones
// left out), as logical (model) columns.
QList<int> visibleColumns(const QTableView &view)
{
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

// A cell as the table shows it, but whole: a long text with all its lines, a tick as yes or no.
QString cellText(const QModelIndex &index)
{
    const QVariant check = index.data(Qt::CheckStateRole);
    if (check.isValid() && index.data(RecordModel::RawRole).isNull())
        return {}; // never ticked either way: pasted back, it stays so
    if (check.isValid())
        return check.toInt() == Qt::Checked ? TableClipboard::tr("yes") : TableClipboard::tr("no");
    const auto *model = qobject_cast<const RecordModel *>(
        static_cast<const RecordFilterProxy *>(index.model())->sourceModel());
    const ColumnDef *column = model ? model->table().column(index.data(RecordModel::ColumnRole).toString()) : nullptr;
    if (column && column->type == ColumnType::LongText)
        return index.data(RecordModel::RawRole).toString();
    return index.data(Qt::DisplayRole).toString();
}

struct Selection
{
    QList<int> rows;    // proxy rows, top to bottom
    QList<int> columns; // logical columns, left to right as shown
    bool wholeRows = false;
};

// Whether a copy or cut takes the cell: a selected one, or the current cell where none is selected.
bool isTaken(const TableEditor &editor, const QModelIndex &index)
{
    const QItemSelectionModel &selected = *editor.view()->selectionModel();
    return selected.isSelected(index) || (!selected.hasSelection() && index == editor.view()->currentIndex());
}

Selection selectionOf(const TableEditor &editor)
{
    const QTableView &view = *editor.view();
    Selection s;
    QModelIndexList indexes = view.selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && view.currentIndex().isValid())
        indexes << view.currentIndex();
    const QList<int> shown = visibleColumns(view);
    QList<int> columns;
    for (const QModelIndex &i : std::as_const(indexes)) {
        if (!s.rows.contains(i.row()))
            s.rows << i.row();
        if (!columns.contains(i.column()))
            columns << i.column();
    }
    std::sort(s.rows.begin(), s.rows.end());
    for (int c : shown)
        if (columns.contains(c))
            s.columns << c;
    s.wholeRows = !s.rows.isEmpty() && s.columns.size() == shown.size()
                  && std::all_of(s.rows.cbegin(), s.rows.cend(),
                                 [&](int row) { return view.selectionModel()->isRowSelected(row, {}); });
    return s;
}

QString htmlTable(const QList<QStringList> &rows, bool headerRow)
{
    QString html = QStringLiteral("<table>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString cell = r == 0 && headerRow ? QStringLiteral("th") : QStringLiteral("td");
        html += QStringLiteral("<tr>");
        for (const QString &text : rows[r])
            html += QStringLiteral("<%1>%2</%1>").arg(cell, text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// Whether the selection is one rectangle of more than one cell, every cell of it selected.
bool isBlock(const Selection &s, const QList<int> &shown, const QItemSelectionModel &selected)
{
    if (s.rows.size() * s.columns.size() < 2 || s.rows.last() - s.rows.first() + 1 != s.rows.size()
        || shown.indexOf(s.columns.last()) - shown.indexOf(s.columns.first()) + 1 != s.columns.size())
        return false;
    for (int row : s.rows)
        for (int column : s.columns)
            if (!selected.isSelected(selected.model()->index(row, column)))
                return false;
    return true;
}

// Whether a pasted line is the headings of the columns it would land on (a sheet copied whole).
bool isHeadingLine(const QStringList &line, const QStringList &headings)
{
    if (line.isEmpty() || line.size() > headings.size())
        return false;
    for (qsizetype c = 0; c < line.size(); ++c)
        if (line[c].trimmed().compare(headings[c], Qt::CaseInsensitive) != 0)
            return false;
    return true;
}

// Why the editor takes no paste or cut now (a read-only file, a locked year); empty when it does.
QString refusal(const TableEditor &editor)
{
    const RecordModel &model = *editor.model();
    const UnitFile &file = *model.context().file;
    if (file.isReadOnly())
        return file.readOnlyReason();
    if (editor.proxy()->isReadOnly())
        return TableClipboard::tr("Review year %1 is closed and locked. Unlock it (Year menu) to change it.")
            .arg(model.year().value_or(model.context().year));
    return {};
}

} // namespace

QList<QStringList> selectedCellTexts(const TableEditor &editor)
{
    const Selection s = selectionOf(editor);
    QList<QStringList> rows;
    if (s.rows.isEmpty())
        return rows;
    const QAbstractItemModel &model = *editor.proxy();
    if (s.wholeRows) {
        QStringList headings;
        for (int c : s.columns)
            headings << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        rows << headings;
    }
    for (int row : s.rows) {
        QStringList cells;
        for (int c : s.columns) {
            const QModelIndex index = model.index(row, c);
            cells << (isTaken(editor, index) ? cellText(index) : QString());
        }
        rows << cells;
    }
    return rows;
}

void copyCells(TableEditor &editor)
{
    const QList<QStringList> rows = selectedCellTexts(editor);
    if (rows.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(tsv::write(rows));
    mime->setHtml(htmlTable(rows, selectionOf(editor).wholeRows));
    QApplication::clipboard()->setMimeData(mime);
}

void cutCells(TableEditor &editor)
{
    copyCells(editor);
    const QString refused = refusal(editor);
    if (!refused.isEmpty()) {
        editor.showError(refused);
        return;
    }
    // Per record, the selected cells that may be emptied.
    const RecordModel &model = *editor.model();
    QList<QPair<QString, Record>> emptied;
    const Selection s = selectionOf(editor);
    for (int row : s.rows) {
        Record values;
        for (int c : s.columns) {
            const QModelIndex index = editor.proxy()->index(row, c);
            const ColumnDef *column = model.table().column(model.columnName(c));
            if (!column || column->required || column->type == ColumnType::Bool
                || !index.flags().testFlag(Qt::ItemIsEditable) || !isTaken(editor, index))
                continue;
            if (!index.data(RecordModel::RawRole).isNull())
                values.insert(column->name, QVariant());
        }
        if (!values.isEmpty())
            emptied.append({editor.proxy()->index(row, 0).data(RecordModel::IdRole).toString(), values});
    }
    if (emptied.isEmpty())
        return;
    QString error;
    const QString table = model.table().name;
    if (!recordedEdit(model.context(), TableClipboard::tr("Cut"), &error, [&](RecordedEdit &edit) {
            for (const auto &[id, values] : std::as_const(emptied))
                if (!edit.update(table, id, values))
                    return false;
            return true;
        }))
        editor.showError(error);
}

void selectAllCells(TableEditor &editor)
{
    editor.view()->selectAll();
}

void pasteCells(TableEditor &editor)
{
    QList<QStringList> lines = tsv::parse(QApplication::clipboard()->text());
    if (lines.isEmpty())
        return;
    const QString refused = refusal(editor);
    if (!refused.isEmpty()) {
        editor.showError(refused);
        return;
    }
    RecordModel &model = *editor.model();
    QTableView &view = *editor.view();
    const QList<int> shown = visibleColumns(view);
    // Where the paste starts: the selection's top-left cell, else the current cell, else a new row.
    const Selection s = selectionOf(editor);
    int firstRow = s.rows.isEmpty() ? editor.proxy()->rowCount() : s.rows.first();
    const qsizetype firstColumn = s.columns.isEmpty() ? 0 : shown.indexOf(s.columns.first());

    PasteTarget target;
    target.table = model.table().name;
    const bool editable = model.rowCount() > 0;
    for (qsizetype i = firstColumn; i < shown.size(); ++i) {
        const int c = shown[i];
        const QString name = model.columnName(c);
        // A column that takes no typing in any row (read-only, computed) takes no paste either; a
        // link column (an action's source) does: the paste names the record, as an import does.
        const Qt::ItemFlags flags = editable ? model.flags(model.index(0, c)) : Qt::ItemIsEditable;
        const bool takes = model.table().column(name)
                           && (flags & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable));
        target.fields << (takes ? name : QString());
        target.headers << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    }
    if (isHeadingLine(lines.first(), target.headers))
        lines.removeFirst();
    if (lines.isEmpty())
        return;
    // One cell onto a block of selected cells fills the block, as in a spreadsheet (a status
    // down a column).
    if (lines.size() == 1 && lines.first().size() == 1 && isBlock(s, shown, *view.selectionModel()))
        lines = QList<QStringList>(s.rows.size(), QStringList(s.columns.size(), lines.first().first()));
    // The rows the paste lands on, read in from the file where the view holds fewer.
    while (firstRow + lines.size() > model.rowCount() && model.canFetchMore({}))
        model.fetchMore({});
    for (int r = firstRow; r < firstRow + lines.size() && r < editor.proxy()->rowCount(); ++r)
        target.rowIds << editor.proxy()->index(r, 0).data(RecordModel::IdRole).toString();
    if (target.rowIds.size() < lines.size() && !model.hasScope()) {
        editor.showError(TableClipboard::tr("Nothing was pasted: choose the record the new rows belong to first."));
        return;
    }
    target.newRowValues = model.newRecord();
    target.dateFormat = dateDisplayFormat();
    target.year = model.year().value_or(model.context().year);

    QString error;
    const std::optional<ImportPlan> plan = planPaste(*model.context().file, target, lines, &error);
    if (!plan) {
        editor.showError(error);
        return;
    }
    editor.showError(QString());
    if (plan->writesNothing())
        return;
    const QString step = TableClipboard::tr("Paste %n row(s)", "", int(lines.size()));
    if (!importPlanAsOneStep(*model.context().file, *model.context().undo, *plan, &editor, nullptr, &error, step)) {
        editor.showError(error);
        return;
    }
    // The pasted block selected, as far as the view shows it where it was pasted.
    const int lastRow = std::min(firstRow + int(lines.size()), editor.proxy()->rowCount()) - 1;
    const qsizetype width = std::max_element(lines.cbegin(), lines.cend(), [](const QStringList &a, const QStringList &b) {
                                return a.size() < b.size();
                            })->size();
    if (lastRow < firstRow)
        return;
    QItemSelection pasted;
    for (qsizetype i = firstColumn; i < std::min(shown.size(), firstColumn + width); ++i)
        pasted.select(editor.proxy()->index(firstRow, shown[i]), editor.proxy()->index(lastRow, shown[i]));
    view.setCurrentIndex(editor.proxy()->index(firstRow, shown.value(firstColumn)));
    view.selectionModel()->select(pasted, QItemSelectionModel::ClearAndSelect);
}

} // namespace ik::ui
