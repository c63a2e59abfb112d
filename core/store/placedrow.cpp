#include "core/store/placedrow.h"

#include "core/store/schema.h"

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

} // namespace ik
