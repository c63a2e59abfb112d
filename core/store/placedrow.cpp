#include "core/store/placedrow.h"

#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <algorithm>
#include <unordered_map>

namespace ik {

RowLayout::RowLayout(const TableDef &table) : m_names(table.columnNames())
{
    std::sort(m_names.begin(), m_names.end());
    for (const QString &name : std::as_const(m_names))
        m_common.push_back(schema::isCommonColumn(name));
    for (const ColumnDef &c : table.columns)
        m_placeOfColumn << place(c.name);
    id = place(QStringLiteral("id"));
    createdAt = place(QStringLiteral("created_at"));
    createdBy = place(QStringLiteral("created_by"));
    modifiedAt = place(QStringLiteral("modified_at"));
    modifiedBy = place(QStringLiteral("modified_by"));
    if (table.yearScoped)
        year = place(QStringLiteral("year"));
}

int RowLayout::place(const QString &name) const
{
    const auto it = std::lower_bound(m_names.cbegin(), m_names.cend(), name);
    return it != m_names.cend() && *it == name ? int(it - m_names.cbegin()) : -1;
}

// Every table's layout, made on first use (a function-local static: safe from any thread).
struct RowLayouts
{
    std::unordered_map<const TableDef *, RowLayout> byTable;
    RowLayouts()
    {
        for (const TableDef &t : schema::tables())
            byTable.emplace(&t, RowLayout(t));
    }
};

const RowLayout &RowLayout::of(const TableDef &table)
{
    static const RowLayouts layouts;
    auto it = layouts.byTable.find(&table);
    if (it == layouts.byTable.end()) // a copy of one of them
        it = layouts.byTable.find(schema::table(table.name));
    Q_ASSERT(it != layouts.byTable.end());
    return it->second;
}

CheckedRow::CheckedRow(const TableDef &table) : m_table(&table), m_row(RowLayout::of(table)) {}

const QVariant &CheckedRow::set(const QString &field, const QVariant &value, QString *error)
{
    static const QVariant none;
    const int at = m_row.layout->place(field);
    QVariant checked = UnitFile::normalizedValue(*m_table, field, value, error);
    if (at < 0 || m_row.layout->isCommon(at)) // normalizedValue has said it is no field to set
        return none;
    m_row.set(at, std::move(checked));
    return m_row.value(at);
}

void CheckedRow::dropNulls()
{
    for (std::size_t p = 0; p < m_row.values.size(); ++p)
        if (m_row.given[p] && m_row.values[p].isNull())
            m_row.given[p] = false;
}

bool CheckedRow::has(const QString &field) const
{
    const int at = m_row.layout->place(field);
    return at >= 0 && m_row.has(at);
}

bool PlacedRow::isWhole() const
{
    return std::all_of(given.cbegin(), given.cend(), [](bool g) { return g; });
}

QVariantMap PlacedRow::toRecord() const
{
    QVariantMap record;
    for (int p = 0; p < layout->size(); ++p)
        if (has(p))
            record.insert(record.cend(), layout->name(p), value(p)); // in order: each at the end
    return record;
}

std::optional<PlacedRow> PlacedRow::fromRecord(const RowLayout &layout, const QVariantMap &record, QString *unknown)
{
    // The map's (sorted) order is the layout's: each name's place is found by walking on.
    PlacedRow row(layout);
    int place = 0;
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        while (place < layout.size() && layout.name(place) < it.key())
            ++place;
        if (place == layout.size() || layout.name(place) != it.key()) {
            *unknown = it.key();
            return std::nullopt;
        }
        row.set(place, it.value());
    }
    return row;
}

QVariantMap CheckedRow::toRecord() const
{
    return m_row.toRecord();
}

} // namespace ik
