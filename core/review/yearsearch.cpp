#include "core/review/yearsearch.h"

#include "core/store/schema.h"
#include "core/store/textmatching.h"
#include "core/store/unitfile.h"

#include <QSqlQuery>
#include <QVariantList>

namespace ik {

namespace {

// The condition that keeps the rows of `year` of `def`: its year column, or its parent's year,
// up through the parents. Empty when the table has no year and belongs to none.
QString yearCondition(const TableDef &def, const QString &alias)
{
    if (def.yearScoped)
        return alias + QStringLiteral(".year = ?");
    const QString parentColumn = def.parentColumn();
    const ColumnDef *parent = parentColumn.isEmpty() ? nullptr : def.column(parentColumn);
    const TableDef *owner = parent ? schema::table(parent->reference) : nullptr;
    if (!owner)
        return {};
    const QString ownerAlias = alias + QLatin1Char('p');
    const QString inner = yearCondition(*owner, ownerAlias);
    if (inner.isEmpty())
        return {};
    return QStringLiteral("%1.%2 IN (SELECT %3.id FROM %4 AS %3 WHERE %5)")
        .arg(alias, parentColumn, ownerAlias, owner->name, inner);
}

// The registers a person works in: the tables on the pages and the checklist, not the matrix's
// own rows, comments or sign-offs.
bool isRegister(const TableDef &def)
{
    if (def.name == QLatin1String("checklist_item"))
        return true;
    return !def.phase.isEmpty() && !def.name.startsWith(QLatin1String("matrix_"))
           && def.name != QLatin1String("signoff");
}

QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return text;
}

// Up to `context` characters either side of the match, with an ellipsis where text was left out.
YearMatch excerptOf(const QString &value, qsizetype at, qsizetype length)
{
    constexpr qsizetype context = 40;
    const qsizetype from = std::max<qsizetype>(0, at - context);
    const qsizetype to = std::min(value.size(), at + length + context);
    YearMatch m;
    m.excerpt = oneLine(value.mid(from, to - from));
    m.matchStart = int(at - from);
    if (from > 0) {
        m.excerpt.prepend(QChar(0x2026));
        ++m.matchStart;
    }
    if (to < value.size())
        m.excerpt.append(QChar(0x2026));
    return m;
}

} // namespace

YearSearch searchYear(const UnitFile &file, int year, const QString &text, const QString &language, int limit)
{
    YearSearch out;
    const QString sought = text.trimmed();
    if (sought.isEmpty())
        return out;
    for (const TableDef &def : schema::tables()) {
        if (!isRegister(def))
            continue;
        const QString where = yearCondition(def, QStringLiteral("t"));
        if (where.isEmpty())
            continue;
        // The columns that can hold the text (text fields, references to a named record), each
        // searched ignoring case in every alphabet, the text taken literally (textmatching.h).
        QStringList searched, any;
        QVariantList binds{year};
        const auto contains = [&](const QString &expression) {
            const sqlite::TextCondition condition = sqlite::containsText(expression, sought);
            binds << condition.bind;
            return condition.sql;
        };
        for (const ColumnDef &c : def.columns) {
            if (c.type == ColumnType::Text || c.type == ColumnType::LongText) {
                any << contains(QStringLiteral("t.") + c.name);
            } else if (c.type == ColumnType::Reference && !c.parent && schema::table(c.reference)) {
                const TableDef *target = schema::table(c.reference);
                any << QStringLiteral("EXISTS (SELECT 1 FROM %1 AS r WHERE r.id = t.%2 AND %3)")
                           .arg(target->name, c.name, contains(QStringLiteral("r.") + target->displayColumn));
            } else {
                continue;
            }
            searched << c.name;
        }
        if (searched.isEmpty())
            continue;
        // Column and table names come from the schema; the year and the text are bound.
        QSqlQuery q(file.database());
        q.setForwardOnly(true);
        const QString key = def.naturalKey.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("t.") + def.naturalKey;
        q.prepare(QStringLiteral("SELECT t.id, %1, t.%2 FROM %3 AS t WHERE %4 AND (%5) ORDER BY t.rowid")
                      .arg(key, searched.join(QStringLiteral(", t.")), def.name, where, any.join(QStringLiteral(" OR "))));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!q.exec())
            continue;
        while (q.next()) {
            for (int i = 0; i < searched.size(); ++i) {
                const ColumnDef *c = def.column(searched[i]);
                const QVariant stored = q.value(i + 2);
                if (stored.isNull())
                    continue;
                const QString value = c->type == ColumnType::Reference
                                          ? file.displayName(c->reference, stored.toString(), language)
                                          : stored.toString();
                const qsizetype at = value.indexOf(sought, 0, Qt::CaseInsensitive);
                if (at < 0)
                    continue;
                if (out.matches.size() >= limit) {
                    out.truncated = true;
                    return out;
                }
                YearMatch m = excerptOf(value, at, sought.size());
                m.table = def.name;
                m.id = q.value(0).toString();
                m.recordName = oneLine(file.displayName(def.name, m.id, language));
                m.key = q.value(1).toString();
                m.field = c->name;
                out.matches << m;
                break;
            }
        }
    }
    return out;
}

} // namespace ik
