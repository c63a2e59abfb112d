#include "core/store/rowjson.h"

#include "core/store/placedrow.h"
#include "core/store/schema.h"

#include <QStringList>

namespace ik {

std::optional<RowJsonSql> rowJsonSql(const TableDef &table, const QString &alias, RowJsonSql::Columns columns,
                                     const std::vector<bool> *only)
{
    const RowLayout &layout = RowLayout::of(table);
    QStringList pairs, plain;
    for (int place = 0; place < layout.size(); ++place) {
        if ((columns == RowJsonSql::WithoutCommon && layout.isCommon(place)) || (only && !(*only)[size_t(place)]))
            continue;
        const QString &name = layout.name(place);
        const QString column = alias + u'.' + name;
        const ColumnDef *def = table.column(name);
        bool whole = place == layout.year;
        if (def) {
            switch (def->type) {
            case ColumnType::Real:
            case ColumnType::Money:
                return std::nullopt;
            case ColumnType::Integer:
            case ColumnType::Year:
            case ColumnType::Bool: whole = true; break;
            default: break;
            }
        }
        pairs << QStringLiteral("'%1',%2").arg(name, column);
        // A whole-number column can hold a decimal (a file written elsewhere), which SQLite
        // writes with fewer digits. A text column holds text or NULL, its affinity sees to that;
        // a BLOB anywhere makes json_object() fail, and the caller logs the rows itself.
        if (whole)
            plain << QStringLiteral("typeof(%1) <> 'real'").arg(column);
    }
    // json_object() takes at most 127 arguments (SQLite's default SQLITE_MAX_FUNCTION_ARG).
    constexpr qsizetype kMostPairs = 63;
    if (pairs.size() > kMostPairs)
        return std::nullopt;
    return RowJsonSql{QStringLiteral("json_object(%1)").arg(pairs.join(u',')),
                      plain.isEmpty() ? QStringLiteral("1") : plain.join(QStringLiteral(" AND "))};
}

} // namespace ik
