#include "ui/records/recordmodel.h"

#include "ui/pages/phasenames.h"
#include "ui/records/dateformat.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/records/fieldlabels.h"
#include "core/store/schema.h"
#include "ui/records/recordededit.h"
#include "ui/records/referencepicker.h"
#include "ui/records/undocommands.h"

#include <QGuiApplication>
#include <QPalette>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

namespace ik::ui {

namespace {

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end) + QStringLiteral(" …");
}

} // namespace

RecordModel::RecordModel(const EditContext &context, const QString &table, QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_def(schema::table(table))
{
    Q_ASSERT(m_def);
    if (m_def->yearScoped)
        m_year = context.year;
    const QString parentColumn = m_def->parentColumn();
    for (const ColumnDef &c : m_def->columns)
        if (c.name != parentColumn)
            m_columns << c.name;
    connect(m_context.file, &UnitFile::recordInserted, this, &RecordModel::onInserted);
    connect(m_context.file, &UnitFile::recordUpdated, this, &RecordModel::onUpdated);
    connect(m_context.file, &UnitFile::recordRemoved, this, &RecordModel::onRemoved);
    connect(m_context.file, &UnitFile::dataReset, this, &RecordModel::reload);
    reload();
}

void RecordModel::setYear(std::optional<int> year)
{
    m_year = m_def->yearScoped ? year : std::nullopt;
    reload();
}

void RecordModel::setParentId(const QString &parentId)
{
    m_parentId = parentId;
    reload();
}

void RecordModel::setMatch(const QString &column, const QVariant &value)
{
    m_match.insert(column, value);
    reload();
}

void RecordModel::clearMatch(const QString &column)
{
    if (m_match.remove(column))
        reload();
}

void RecordModel::setTextFilter(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    reload();
}

void RecordModel::setRange(const QString &column, const QString &from, const QString &to)
{
    m_rangeColumn = column;
    m_rangeFrom = from;
    m_rangeTo = to;
    reload();
}

void RecordModel::setColumns(const QStringList &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void RecordModel::setReadOnlyColumns(const QStringList &columns)
{
    m_readOnly = QSet<QString>(columns.begin(), columns.end());
}

void RecordModel::addComputedColumn(const QString &key, const QString &label, Computed value)
{
    beginResetModel();
    m_computed.insert(key, std::move(value));
    m_headers.insert(key, label);
    m_columns << key;
    endResetModel();
}

void RecordModel::refreshComputed()
{
    if (m_rows.isEmpty())
        return;
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_computed.contains(m_columns.at(c)))
            Q_EMIT dataChanged(index(0, c), index(rowCount() - 1, c));
}

void RecordModel::setHeaderLabel(const QString &column, const QString &label)
{
    m_headers.insert(column, label);
    const int section = columnOf(column);
    if (section >= 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, section, section);
}

bool RecordModel::hasScope() const
{
    return m_def->parentColumn().isEmpty() || !m_parentId.isEmpty();
}

RecordFilter RecordModel::baseFilter() const
{
    RecordFilter f;
    if (m_def->yearScoped)
        f.year = m_year;
    f.parentId = m_parentId;
    // Filters run in the file, so a filtered view of 100 000 rows still fetches page by page.
    for (auto it = m_match.cbegin(); it != m_match.cend(); ++it)
        f.equals.insert(it.key(), it.value());
    if (!m_rangeFrom.isEmpty()) {
        f.rangeColumn = m_rangeColumn;
        f.rangeFrom = m_rangeFrom;
        f.rangeTo = m_rangeTo;
    }
    f.text = m_text;
    return f;
}

bool RecordModel::matches(const Record &row) const
{
    if (m_def->yearScoped && m_year && row.value(QStringLiteral("year")).toInt() != *m_year)
        return false;
    const QString parentColumn = m_def->parentColumn();
    if (!parentColumn.isEmpty() && row.value(parentColumn).toString() != m_parentId)
        return false;
    for (auto it = m_match.cbegin(); it != m_match.cend(); ++it)
        if (row.value(it.key()).toString() != it.value().toString())
            return false;
    if (!m_rangeFrom.isEmpty()) {
        const QString value = row.value(m_rangeColumn).toString();
        if (value < m_rangeFrom || value >= m_rangeTo)
            return false;
    }
    if (!m_text.isEmpty()) { // as RecordFilter::text: the text fields and the names referred to
        bool found = false;
        for (const ColumnDef &c : m_def->columns) {
            if (c.type == ColumnType::Text || c.type == ColumnType::LongText)
                found |= row.value(c.name).toString().contains(m_text, Qt::CaseInsensitive);
            else if (c.type == ColumnType::Reference && !c.parent)
                found |= referenceName(c.reference, row.value(c.name).toString()).contains(m_text, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

void RecordModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_nameCache.clear();
    m_fetchedFromFile = 0;
    m_atEnd = !hasScope();
    if (!m_atEnd) // the first page comes with the reset, so views see one change, not two
        appendRows(readPage());
    if (m_computed.contains(m_sortColumn))
        sortByComputed();
    endResetModel();
}

void RecordModel::sort(int column, Qt::SortOrder order)
{
    const QString name = m_columns.value(column);
    if (name == m_sortColumn && (name.isEmpty() || order == m_sortOrder))
        return;
    m_sortColumn = name;
    m_sortOrder = order;
    reload();
}

void RecordModel::sortByComputed()
{
    while (!m_atEnd)
        appendRows(readPage());
    const Computed &value = m_computed.value(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Unscored rows (no value) first ascending, as empty values sort in the file.
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Record &a, const Record &b) {
        const QVariant x = value(descending ? b : a, RawRole), y = value(descending ? a : b, RawRole);
        if (!x.isValid() || !y.isValid())
            return !x.isValid() && y.isValid();
        return QVariant::compare(x, y) == QPartialOrdering::Less;
    });
}

QString RecordModel::recordId(int row) const
{
    return m_rows.value(row).value(QStringLiteral("id")).toString();
}

int RecordModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void RecordModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> busy(m_fetching, true); // views may ask again from the signals
    const QList<Record> fresh = readPage();
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    appendRows(fresh);
    endInsertRows();
}

QList<Record> RecordModel::readPage()
{
    RecordFilter f = baseFilter();
    if (!m_computed.contains(m_sortColumn)) {
        f.orderBy = m_sortColumn;
        f.descending = m_sortOrder == Qt::DescendingOrder;
    }
    f.limit = m_pageSize;
    f.offset = m_fetchedFromFile;
    const QList<Record> page = m_context.file->records(m_def->name, f);
    m_fetchedFromFile += int(page.size());
    m_atEnd = page.size() < m_pageSize;
    QList<Record> fresh;
    for (const Record &r : page)
        if (matches(r) && !m_ids.contains(r.value(QStringLiteral("id")).toString()))
            fresh << r;
    return fresh;
}

void RecordModel::appendRows(const QList<Record> &rows)
{
    for (const Record &r : rows) {
        m_ids.insert(r.value(QStringLiteral("id")).toString());
        m_rows << r;
    }
}

QString RecordModel::referenceName(const QString &table, const QString &id) const
{
    if (id.isEmpty())
        return {};
    const QString key = table + QLatin1Char('/') + id;
    auto it = m_nameCache.constFind(key);
    if (it != m_nameCache.cend())
        return *it;
    const QString name = recordName(*m_context.file, table, id);
    m_nameCache.insert(key, name);
    return name;
}

QString RecordModel::categoryName(const QString &key) const
{
    const QString cacheKey = QStringLiteral("matrix_category/") + key;
    if (!m_nameCache.contains(cacheKey)) {
        for (const auto &[k, name] : consequenceCategories(*m_context.file))
            m_nameCache.insert(QStringLiteral("matrix_category/") + k, name);
    }
    return m_nameCache.value(cacheKey, key);
}

bool RecordModel::isOverdue(const Record &row, const QString &column) const
{
    return column == m_def->dueColumn && m_def->isOverdue(row, QDate::currentDate());
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const Record &row = m_rows.at(index.row());
    const QString &name = m_columns.at(index.column());
    const ColumnDef *c = m_def->column(name);
    const QVariant value = row.value(name);
    switch (role) {
    case TableRole: return m_def->name;
    case ColumnRole: return name;
    case IdRole: return row.value(QStringLiteral("id"));
    case YearRole: return m_year ? QVariant(*m_year) : QVariant(m_context.year);
    case RawRole:
        if (auto computed = m_computed.constFind(name); computed != m_computed.cend())
            return (*computed)(row, role);
        return value;
    default: break;
    }
    if (auto computed = m_computed.constFind(name); computed != m_computed.cend())
        return (*computed)(row, role);
    if (!c)
        return role == Qt::DisplayRole || role == Qt::EditRole ? value : QVariant();
    const bool isBool = c->type == ColumnType::Bool;
    if (role == Qt::CheckStateRole)
        return isBool ? QVariant(value.toInt() ? Qt::Checked : Qt::Unchecked) : QVariant();
    if (role == Qt::DisplayRole) {
        if (isBool || value.isNull())
            return {};
        if (isConsequenceCategory(m_def->name, name))
            return categoryName(value.toString());
        switch (c->type) {
        case ColumnType::Choice:
        case ColumnType::MultiChoice: return choiceText(*c, value);
        case ColumnType::Reference: return referenceName(c->reference, value.toString());
        case ColumnType::LongText: return firstLine(value.toString());
        case ColumnType::Real: return QLocale().toString(value.toDouble(), 'g', 10);
        case ColumnType::Money: return QLocale().toString(value.toDouble(), 'f', 0);
        case ColumnType::Date: return displayDate(value.toString());
        default: return value;
        }
    }
    if (role == Qt::EditRole) {
        if (c->type == ColumnType::Date)
            return QDate::fromString(value.toString(), Qt::ISODate);
        return value;
    }
    if (role == Qt::ToolTipRole) {
        if (isOverdue(row, name))
            return tr("Overdue");
        if (c->type == ColumnType::LongText || c->type == ColumnType::Text)
            return value.toString().size() > 30 ? QVariant(plainToolTip(value.toString())) : QVariant();
        return {};
    }
    if (role == Qt::ForegroundRole && isOverdue(row, name))
        return errorTextColor(QGuiApplication::palette());
    if (role == Qt::FontRole && isOverdue(row, name)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && (c->type == ColumnType::Integer || c->type == ColumnType::Real
                                          || c->type == ColumnType::Money))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::InitialSortOrderRole && orientation == Qt::Horizontal)
        return int(Qt::AscendingOrder); // a column's first click sorts A to Z, whatever came before
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString column = m_columns.value(section);
    return m_headers.value(column, fieldLabel(*m_def, column));
}

Qt::ItemFlags RecordModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QString &name = m_columns.at(index.column());
    const ColumnDef *c = m_def->column(name);
    if (!c || m_context.file->isReadOnly() || m_readOnly.contains(name))
        return f;
    return f | (c->type == ColumnType::Bool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &input, int role)
{
    if (role == CreateReferenceRole || role == UnknownReferenceRole)
        return setReferenceByName(index, input.toString().trimmed(), role == CreateReferenceRole);
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const QString name = m_columns.at(index.column());
    const ColumnDef *c = m_def->column(name);
    QVariant value = input;
    if (role == Qt::CheckStateRole && c->type == ColumnType::Bool)
        value = input.toInt() == Qt::Checked ? 1 : 0;
    else if (role != Qt::EditRole)
        return false;
    if (value.typeId() == QMetaType::QDate)
        value = value.toDate().isValid() ? QVariant(value.toDate().toString(Qt::ISODate)) : QVariant();
    QString error;
    const QVariant normalized = UnitFile::normalizedValue(*m_def, name, value, &error);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    const Record &row = m_rows.at(index.row());
    if (normalized == row.value(name))
        return true;
    Record values{{name, normalized}};
    // Marking a checklist item or an action done fills in today as its completion date, in the
    // same undo step, unless a date is there already; the date stays editable.
    const ColumnDef *completedOn = m_def->column(QStringLiteral("completed_on"));
    if (name == QLatin1String("status") && c->isChoice() && completedOn && completedOn->type == ColumnType::Date
        && row.value(QStringLiteral("completed_on")).toString().isEmpty()
        && schema::choiceSet(c->reference)->completion(normalized.toString()) == Completion::Done)
        values.insert(QStringLiteral("completed_on"), QDate::currentDate().toString(Qt::ISODate));
    if (!setFields(*m_context.file, *m_context.undo, m_def->name, recordId(index.row()), values, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

bool RecordModel::setReferenceByName(const QModelIndex &index, const QString &name, bool create)
{
    if (!index.isValid() || !(flags(index) & Qt::ItemIsEditable) || name.isEmpty())
        return false;
    const QString column = m_columns.at(index.column());
    const ColumnDef *c = m_def->column(column);
    const TableDef *target = c && c->type == ColumnType::Reference ? schema::table(c->reference) : nullptr;
    if (!target)
        return false;
    const QString what = inSentence(singularLabel(*target));
    if (!canCreateByName(*target)) {
        Q_EMIT editRefused(tr("No %1 is named “%2”. Add it under %3 first, then choose it here.")
                               .arg(what, name, tableLabel(*target)));
        return false;
    }
    if (!create) {
        Q_EMIT editRefused(tr("No %1 is named “%2”. Choose Create “%2” in the list to add it.").arg(what, name));
        return false;
    }
    Record values = target->newRow();
    values.insert(target->displayColumn, name);
    if (target->yearScoped) // the year the referring row is seen in
        values.insert(QStringLiteral("year"), m_year.value_or(m_context.year));
    const QString rowId = recordId(index.row());
    QString error;
    if (!recordedEdit(m_context, tr("Create %1 “%2”").arg(what, name), &error, [&](RecordedEdit &edit) {
            const QString id = edit.insert(target->name, values);
            return !id.isEmpty() && edit.update(m_def->name, rowId, {{column, id}});
        })) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Record RecordModel::newRecord(const Record &extra) const
{
    Record values = m_def->newRow();
    if (m_def->yearScoped)
        values.insert(QStringLiteral("year"), m_year.value_or(m_context.year));
    const QString parentColumn = m_def->parentColumn();
    if (!parentColumn.isEmpty())
        values.insert(parentColumn, m_parentId);
    for (auto it = m_match.cbegin(); it != m_match.cend(); ++it)
        values.insert(it.key(), it.value());
    for (const ColumnDef &c : m_def->columns) {
        if (!c.required || values.contains(c.name) || c.isChoice())
            continue;
        switch (c.type) {
        case ColumnType::Date:
            values.insert(c.name, QDate::currentDate().toString(Qt::ISODate));
            break;
        case ColumnType::Integer:
            values.insert(c.name, c.maximum > c.minimum ? c.minimum : 0);
            break;
        case ColumnType::Reference: {
            RecordFilter first;
            first.limit = 1;
            const QList<Record> rows = m_context.file->records(c.reference, first);
            if (!rows.isEmpty())
                values.insert(c.name, rows.first().value(QStringLiteral("id")));
            break;
        }
        default:
            values.insert(c.name, tr("New entry"));
            break;
        }
    }
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

int RecordModel::addRecord(const Record &extra)
{
    QString error;
    const QString id = insertRecord(*m_context.file, *m_context.undo, m_def->name, newRecord(extra), &error,
                                    true); // Add, then the first value typed: one undo step
    if (id.isEmpty()) {
        Q_EMIT editRefused(error);
        return -1;
    }
    return rowOf(id);
}

void RecordModel::onInserted(const QString &table, const QString &id)
{
    if (table != m_def->name || m_ids.contains(id))
        return;
    const std::optional<Record> row = m_context.file->record(table, id);
    if (!row || !matches(*row))
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows << *row;
    m_ids.insert(id);
    endInsertRows();
}

void RecordModel::onUpdated(const QString &table, const QString &id, const QStringList &columns)
{
    if (table != m_def->name) {
        // A referenced row may have been renamed.
        const QString prefix = table + QLatin1Char('/');
        // Sorted by that name (actions by the person responsible), the rows' order changes with it.
        const ColumnDef *sorted = m_def->column(m_sortColumn);
        if (sorted && sorted->type == ColumnType::Reference && sorted->reference == table && !m_rows.isEmpty()
            && (columns.isEmpty() || columns.contains(schema::table(table)->displayColumn)))
            return reload();
        if (m_nameCache.remove(prefix + id) && !m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    const int r = rowOf(id);
    if (r < 0)
        return;
    const std::optional<Record> row = m_context.file->record(table, id);
    if (!row || !matches(*row)) {
        onRemoved(table, id);
        return;
    }
    m_rows[r] = *row;
    // Sorted in the file, a loaded row whose key changed may now sort after the rows not yet read,
    // which all move up one place: the next page, read by offset, would skip one. Read from one
    // place earlier instead; a row read twice is dropped (m_ids).
    if (!m_atEnd && !m_sortColumn.isEmpty() && !m_computed.contains(m_sortColumn)
        && (columns.isEmpty() || columns.contains(m_sortColumn)))
        m_fetchedFromFile = std::max(0, m_fetchedFromFile - 1);
    Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
}

void RecordModel::onRemoved(const QString &table, const QString &id)
{
    if (table != m_def->name) {
        m_nameCache.remove(table + QLatin1Char('/') + id);
        return;
    }
    const int r = rowOf(id);
    if (r < 0)
        return;
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    m_ids.remove(id);
    m_fetchedFromFile = std::max(0, m_fetchedFromFile - 1);
    endRemoveRows();
}

} // namespace ik::ui
