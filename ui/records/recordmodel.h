#pragma once

#include "ui/records/editcontext.h"
#include "core/store/unitfile.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>

namespace ik {
struct TableDef;
}

namespace ik::ui {

// The one table model of the program: the rows of one schema table, limited to a review year,
// a parent row and fixed column values, with the table's columns as model columns.
//
// It never writes: setData hands the change to core through an undo command (see undocommands.h),
// and the model follows the file's recordInserted/Updated/Removed/dataReset signals. A value core
// refuses is not written; the model emits editRefused with core's message. Rows are fetched in
// pages (canFetchMore/fetchMore), so a table of 100 000 deviations opens at once. Sorting (a
// header click) orders the file's query, so it sorts every row, not only the loaded ones, and
// still reads page by page.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        TableRole = Qt::UserRole + 1, // the schema table's name
        ColumnRole,                   // the schema column's name
        IdRole,                       // the row's id
        YearRole,                     // the review year the model shows
        RawRole,                      // the stored value (EditRole gives editor-friendly values)
        // setData of a reference cell with a name typed that matches no record (a ReferencePicker):
        CreateReferenceRole,          // make a record of that name and refer to it, one undo step
        UnknownReferenceRole,         // refused, saying why (and how to create it, if one can)
    };

    RecordModel(const EditContext &context, const QString &table, QObject *parent = nullptr);

    // Scope; each reloads. year: year-scoped tables only (defaults to the context's year).
    void setYear(std::optional<int> year);
    void setParentId(const QString &parentId);
    void setMatch(const QString &column, const QVariant &value);
    void clearMatch(const QString &column);
    // Only rows whose `column` lies in [from, to) (ISO dates compare as text); empty from clears.
    void setRange(const QString &column, const QString &from, const QString &to);
    // Only rows with this text in a text field or a linked record's name (RecordFilter::text).
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    // The columns shown, in order (default: every column but the parent reference).
    void setColumns(const QStringList &columns);
    void setReadOnlyColumns(const QStringList &columns);
    // A read-only column computed from the row (e.g. a risk's score), appended after the others.
    // `value` answers DisplayRole, BackgroundRole, ToolTipRole and RawRole (for sorting).
    using Computed = std::function<QVariant(const Record &row, int role)>;
    void addComputedColumn(const QString &key, const QString &label, Computed value);
    // Tells views that the computed columns may show something else now.
    void refreshComputed();
    // A heading other than the schema's label for one column.
    void setHeaderLabel(const QString &column, const QString &label);
    void setPageSize(int rows) { m_pageSize = rows; }

    const TableDef &table() const { return *m_def; }
    QString columnName(int column) const { return m_columns.value(column); }
    int columnOf(const QString &name) const { return int(m_columns.indexOf(name)); }
    QString recordId(int row) const;
    Record record(int row) const { return m_rows.value(row); }
    int rowOf(const QString &id) const;
    const EditContext &context() const { return m_context; }
    QString parentId() const { return m_parentId; }
    std::optional<int> year() const { return m_year; }
    bool hasScope() const; // a child table needs its parent set before rows can be added

    // The values of a new row in this model's scope: defaults for the required fields, plus `values`.
    Record newRecord(const Record &values = {}) const;
    // Adds newRecord(values) through the undo stack. Returns the new row's index, or -1
    // (editRefused carries the reason).
    int addRecord(const Record &values = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Orders the rows in the file (UnitFile::records, orderBy) and reloads the first page; the
    // filters stay. column -1: insertion order. A computed column is not in the file: its rows
    // are all read and sorted here (it serves the risks of one assessment, never thousands).
    // Rows added or edited afterwards stay where they are until the next sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void editRefused(const QString &message);

public Q_SLOTS:
    void reload();

private:
    bool setReferenceByName(const QModelIndex &index, const QString &name, bool create);
    bool matches(const Record &row) const;
    QList<Record> readPage(); // the next page's rows that this model shows and lacks
    void appendRows(const QList<Record> &rows);
    void sortByComputed();
    RecordFilter baseFilter() const;
    QString referenceName(const QString &table, const QString &id) const;
    QString categoryName(const QString &key) const;
    bool isOverdue(const Record &row, const QString &column) const;
    void onInserted(const QString &table, const QString &id);
    void onUpdated(const QString &table, const QString &id, const QStringList &columns);
    void onRemoved(const QString &table, const QString &id);

    EditContext m_context;
    const TableDef *m_def;
    std::optional<int> m_year;
    QString m_parentId;
    QHash<QString, QVariant> m_match;
    QString m_rangeColumn, m_rangeFrom, m_rangeTo;
    QString m_text;
    QStringList m_columns;
    QSet<QString> m_readOnly;
    QHash<QString, QString> m_headers;
    QHash<QString, Computed> m_computed;
    QString m_sortColumn; // empty: insertion order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Record> m_rows;
    QSet<QString> m_ids;
    int m_fetchedFromFile = 0; // rows read so far through paging (the next page's offset)
    bool m_atEnd = false;
    bool m_fetching = false;
    int m_pageSize = 500;
    mutable QHash<QString, QString> m_nameCache; // "table/id" → display name
};

} // namespace ik::ui
