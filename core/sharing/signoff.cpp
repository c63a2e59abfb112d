#include "core/sharing/signoff.h"

#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ik {

QStringList signedTables(const QString &scope)
{
    if (scope == QLatin1String("action_plan"))
        return {QStringLiteral("action")};
    QStringList names;
    for (const TableDef &t : schema::tables()) {
        if (t.name == QLatin1String("signoff") || t.name == QLatin1String("review_year"))
            continue;
        // Year-scoped tables, and child tables whose parent is (transitively) year-scoped.
        const TableDef *owner = &t;
        while (!owner->yearScoped && !owner->parentColumn().isEmpty())
            owner = schema::table(owner->column(owner->parentColumn())->reference);
        if (owner->yearScoped)
            names << t.name;
    }
    return names;
}

namespace {

// The ids of the year's rows, table by table, following parent links for child tables.
QHash<QString, QList<Record>> signedRows(const UnitFile &file, int year, const QString &scope)
{
    QHash<QString, QList<Record>> rows;
    QHash<QString, QSet<QString>> ids;
    for (const QString &name : signedTables(scope)) { // schema order: parents before children
        const TableDef &t = *schema::table(name);
        QList<Record> kept;
        if (t.yearScoped) {
            kept = file.records(name, RecordFilter::ofYear(year));
        } else {
            const ColumnDef *parent = t.column(t.parentColumn());
            const QSet<QString> &parents = ids[parent->reference];
            for (const Record &r : file.records(name))
                if (parents.contains(r.value(parent->name).toString()))
                    kept << r;
        }
        for (const Record &r : kept)
            ids[name].insert(r.value(QStringLiteral("id")).toString());
        rows.insert(name, kept);
    }
    return rows;
}

} // namespace

QString contentFingerprint(const UnitFile &file, int year, const QString &scope)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QHash<QString, QList<Record>> rows = signedRows(file, year, scope);
    for (const QString &name : signedTables(scope)) {
        const TableDef &t = *schema::table(name);
        QList<Record> sorted = rows.value(name);
        std::sort(sorted.begin(), sorted.end(), [](const Record &a, const Record &b) {
            return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
        });
        for (const Record &r : sorted) {
            QJsonObject o{{QStringLiteral("#table"), name}, {QStringLiteral("#id"), r.value(QStringLiteral("id")).toString()}};
            for (const ColumnDef &c : t.columns)
                o.insert(c.name, QJsonValue::fromVariant(r.value(c.name)));
            hash.addData(QJsonDocument(o).toJson(QJsonDocument::Compact));
            hash.addData(QByteArrayView("\n"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString signOff(UnitFile &file, int year, const QString &scope, const QString &name,
                const QString &role, const QString &comment, QString *error)
{
    return file.insert(QStringLiteral("signoff"),
                       {{QStringLiteral("year"), year}, {QStringLiteral("scope"), scope},
                        {QStringLiteral("name"), name}, {QStringLiteral("role"), role},
                        {QStringLiteral("comment"), comment},
                        {QStringLiteral("signed_at"), UnitFile::nowUtc()},
                        {QStringLiteral("fingerprint"), contentFingerprint(file, year, scope)}},
                       error);
}

bool withdrawSignOff(UnitFile &file, const QString &signoffId, const QString &reason, QString *error)
{
    return file.update(QStringLiteral("signoff"), signoffId,
                       {{QStringLiteral("withdrawn_at"), UnitFile::nowUtc()},
                        {QStringLiteral("withdrawn_reason"), reason}},
                       error);
}

QList<SignOffState> signOffStates(const UnitFile &file, int year)
{
    QList<SignOffState> out;
    for (const Record &r : file.records(QStringLiteral("signoff"), RecordFilter::ofYear(year))) {
        if (r.value(QStringLiteral("signed_at")).isNull() || !r.value(QStringLiteral("withdrawn_at")).isNull())
            continue;
        SignOffState s;
        s.id = r.value(QStringLiteral("id")).toString();
        s.scope = r.value(QStringLiteral("scope")).toString();
        s.name = r.value(QStringLiteral("name")).toString();
        s.role = r.value(QStringLiteral("role")).toString();
        s.comment = r.value(QStringLiteral("comment")).toString();
        s.signedAt = QDateTime::fromString(r.value(QStringLiteral("signed_at")).toString(), Qt::ISODateWithMs);
        s.changedSince = contentFingerprint(file, year, s.scope) != r.value(QStringLiteral("fingerprint")).toString();
        if (s.changedSince) {
            // What changed: log entries since signing, for the year's records.
            QSet<QString> ofYear;
            for (const auto &list : signedRows(file, year, s.scope))
                for (const Record &row : list)
                    ofYear.insert(row.value(QStringLiteral("id")).toString());
            ChangeFilter since;
            since.since = s.signedAt;
            since.tables = signedTables(s.scope);
            for (const ChangeEntry &e : changeLog(file, since)) {
                const bool deletedFromYear = e.operation == QLatin1String("delete")
                    && QJsonDocument::fromJson(e.oldValue.toUtf8()).object().value(QStringLiteral("year")).toInt() == year;
                if (ofYear.contains(e.recordId) || deletedFromYear)
                    s.changes << e;
            }
        }
        out << s;
    }
    return out;
}

} // namespace ik
