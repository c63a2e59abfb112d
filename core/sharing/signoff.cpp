#include "core/sharing/signoff.h"

#include "core/common/translations.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace ik {

namespace {

const QString kSignoff = QStringLiteral("signoff");
const QLatin1String kV2Prefix("v2:");

// The year-scoped table a table's rows belong to a year through (itself, or its parent's, as a
// risk's through its assessment), or null for a table outside the years.
const TableDef *yearOwner(const TableDef &t)
{
    const TableDef *owner = &t;
    while (!owner->yearScoped && !owner->parentColumn().isEmpty())
        owner = schema::table(owner->column(owner->parentColumn())->reference);
    return owner->yearScoped ? owner : nullptr;
}

QList<Record> sortedById(QList<Record> rows)
{
    std::sort(rows.begin(), rows.end(), [](const Record &a, const Record &b) {
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id")).toString();
    });
    return rows;
}

// Rows of `name` whose parent row is among `parents` (ids by table).
QList<Record> childRows(const UnitFile &file, const TableDef &t, const QHash<QString, QSet<QString>> &parents)
{
    const ColumnDef *parent = t.column(t.parentColumn());
    const QSet<QString> ids = parents.value(parent->reference);
    QList<Record> kept;
    for (const Record &r : file.records(t.name))
        if (ids.contains(r.value(parent->name).toString()))
            kept << r;
    return kept;
}

// --- version 1: kept exactly as it was, for the sign-offs that hold it -------------------------

QStringList v1Tables(const QString &scope)
{
    if (scope == QLatin1String("action_plan"))
        return {QStringLiteral("action")};
    QStringList names;
    for (const TableDef &t : schema::tables())
        if (t.name != kSignoff && t.name != QLatin1String("review_year") && yearOwner(t))
            names << t.name;
    return names;
}

QHash<QString, QList<Record>> v1Rows(const UnitFile &file, int year, const QString &scope)
{
    QHash<QString, QList<Record>> rows;
    QHash<QString, QSet<QString>> ids;
    for (const QString &name : v1Tables(scope)) { // schema order: parents before children
        const TableDef &t = *schema::table(name);
        const QList<Record> kept = t.yearScoped ? file.records(name, RecordFilter::ofYear(year))
                                                : childRows(file, t, ids);
        for (const Record &r : kept)
            ids[name].insert(r.value(QStringLiteral("id")).toString());
        rows.insert(name, kept);
    }
    return rows;
}

// --- version 2 --------------------------------------------------------------------------------

// The rows a fingerprint of `scope` takes in: whole registers, and of the year-scoped tables the
// year's rows (a review: and the earlier years'), with their children.
QHash<QString, QList<Record>> v2Rows(const UnitFile &file, int year, const QString &scope)
{
    const bool earlierYears = scope != QLatin1String("action_plan");
    QHash<QString, QList<Record>> rows;
    QHash<QString, QSet<QString>> ids;
    for (const QString &name : signedTables(scope)) { // schema order: parents before children
        const TableDef &t = *schema::table(name);
        QList<Record> kept;
        if (!yearOwner(t)) {
            kept = file.records(name);
        } else if (t.yearScoped) {
            for (const Record &r : file.records(name)) {
                const int y = r.value(QStringLiteral("year")).toInt();
                if (y == year || (earlierYears && y < year))
                    kept << r;
            }
        } else {
            kept = childRows(file, t, ids);
        }
        for (const Record &r : kept)
            ids[name].insert(r.value(QStringLiteral("id")).toString());
        rows.insert(name, kept);
    }
    return rows;
}

void addLine(QCryptographicHash &hash, const QJsonObject &o)
{
    hash.addData(QJsonDocument(o).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView("\n"));
}

QJsonValue text(const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); }

// Both fingerprints were defined in format 2's columns. A column a later format added hashes, while
// empty, as if it were not there: a sign-off made before the upgrade still matches after it, and
// the first value written to the column is a change like any other.
bool hashedAsAbsent(const ColumnDef *column, const QVariant &value)
{
    return column && column->sinceFormat > 2 && (value.isNull() || value.toString().isEmpty());
}

} // namespace

QStringList signedTables(const QString &scope)
{
    static const QSet<QString> registers{QStringLiteral("unit"), QStringLiteral("person"),
                                         QStringLiteral("competence_requirement"),
                                         QStringLiteral("matrix_axis"), QStringLiteral("matrix_category"),
                                         QStringLiteral("matrix_cell")};
    static const QSet<QString> actionPlan{QStringLiteral("unit"), QStringLiteral("person"),
                                          QStringLiteral("action")};
    QStringList names;
    for (const TableDef &t : schema::tables()) {
        const bool covered = scope == QLatin1String("action_plan")
                                 ? actionPlan.contains(t.name)
                                 : registers.contains(t.name) || (t.name != kSignoff && yearOwner(t));
        if (covered)
            names << t.name;
    }
    return names;
}

QString fingerprintV1(const UnitFile &file, int year, const QString &scope)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QHash<QString, QList<Record>> rows = v1Rows(file, year, scope);
    for (const QString &name : v1Tables(scope)) {
        const TableDef &t = *schema::table(name);
        for (const Record &r : sortedById(rows.value(name))) {
            QJsonObject o{{QStringLiteral("#table"), name}, {QStringLiteral("#id"), r.value(QStringLiteral("id")).toString()}};
            for (const ColumnDef &c : t.columns)
                if (!hashedAsAbsent(&c, r.value(c.name)))
                    o.insert(c.name, QJsonValue::fromVariant(r.value(c.name)));
            addLine(hash, o);
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString contentFingerprint(const UnitFile &file, int year, const QString &scope, const QVariantMap &signoff)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addLine(hash, {{QStringLiteral("#signoff"), scope},
                   {QStringLiteral("year"), year},
                   {QStringLiteral("name"), text(signoff.value(QStringLiteral("name")))},
                   {QStringLiteral("role"), text(signoff.value(QStringLiteral("role")))},
                   {QStringLiteral("comment"), text(signoff.value(QStringLiteral("comment")))},
                   {QStringLiteral("signed_at"), text(signoff.value(QStringLiteral("signed_at")))}});
    const QHash<QString, QList<Record>> rows = v2Rows(file, year, scope);
    for (const QString &name : signedTables(scope)) {
        const TableDef &t = *schema::table(name);
        QStringList columns = t.columnNames(); // with the year
        for (const QString &common : schema::commonColumns())
            columns.removeOne(common);
        for (const Record &r : sortedById(rows.value(name))) {
            QJsonObject o{{QStringLiteral("#table"), name}, {QStringLiteral("#id"), r.value(QStringLiteral("id")).toString()}};
            for (const QString &c : std::as_const(columns))
                if (!hashedAsAbsent(t.column(c), r.value(c)))
                    o.insert(c, QJsonValue::fromVariant(r.value(c)));
            addLine(hash, o);
        }
    }
    return kV2Prefix + QString::fromLatin1(hash.result().toHex());
}

bool fingerprintMatches(const UnitFile &file, const QVariantMap &signoff)
{
    const QString recorded = signoff.value(QStringLiteral("fingerprint")).toString();
    const int year = signoff.value(QStringLiteral("year")).toInt();
    const QString scope = signoff.value(QStringLiteral("scope")).toString();
    if (recorded.startsWith(kV2Prefix))
        return contentFingerprint(file, year, scope, signoff) == recorded;
    return fingerprintV1(file, year, scope) == recorded;
}

QString signOff(UnitFile &file, int year, const QString &scope, const QString &name,
                const QString &role, const QString &comment, QString *error)
{
    // The fingerprint takes the values as the file will keep them (trimmed, normalised).
    const TableDef &def = *schema::table(kSignoff);
    const Record given{{QStringLiteral("scope"), scope}, {QStringLiteral("name"), name},
                       {QStringLiteral("role"), role}, {QStringLiteral("comment"), comment},
                       {QStringLiteral("signed_at"), UnitFile::nowUtc()}};
    Record values{{QStringLiteral("year"), year}};
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        QString problem;
        const QVariant value = UnitFile::normalizedValue(def, it.key(), it.value(), &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return {};
        }
        values.insert(it.key(), value);
    }
    values.insert(QStringLiteral("fingerprint"), contentFingerprint(file, year, scope, values));
    return file.insert(kSignoff, values, error);
}

bool withdrawSignOff(UnitFile &file, const QString &signoffId, const QString &reason, QString *error)
{
    return file.update(kSignoff, signoffId,
                       {{QStringLiteral("withdrawn_at"), UnitFile::nowUtc()},
                        {QStringLiteral("withdrawn_reason"), reason}},
                       error);
}

QList<SignOffState> signOffStates(const UnitFile &file, int year)
{
    QList<SignOffState> out;
    for (const Record &r : file.records(kSignoff, RecordFilter::ofYear(year))) {
        if (r.value(QStringLiteral("signed_at")).isNull() || !r.value(QStringLiteral("withdrawn_at")).isNull())
            continue;
        SignOffState s;
        s.id = r.value(QStringLiteral("id")).toString();
        s.scope = r.value(QStringLiteral("scope")).toString();
        s.name = r.value(QStringLiteral("name")).toString();
        s.role = r.value(QStringLiteral("role")).toString();
        s.comment = r.value(QStringLiteral("comment")).toString();
        s.signedAt = QDateTime::fromString(r.value(QStringLiteral("signed_at")).toString(), Qt::ISODateWithMs);
        s.changedSince = !fingerprintMatches(file, r);
        if (s.changedSince) {
            // What changed: log entries since signing, for the covered records.
            const bool v2 = r.value(QStringLiteral("fingerprint")).toString().startsWith(kV2Prefix);
            const bool earlierYears = v2 && s.scope != QLatin1String("action_plan");
            QSet<QString> covered;
            for (const auto &list : v2 ? v2Rows(file, year, s.scope) : v1Rows(file, year, s.scope))
                for (const Record &row : list)
                    covered.insert(row.value(QStringLiteral("id")).toString());
            ChangeFilter since;
            since.since = s.signedAt;
            since.tables = v2 ? signedTables(s.scope) : v1Tables(s.scope);
            for (const ChangeEntry &e : changeLog(file, since)) {
                bool deletedFromScope = false;
                if (e.operation == QLatin1String("delete")) {
                    const TableDef *t = schema::table(e.table);
                    const QJsonValue y = QJsonDocument::fromJson(e.oldValue.toUtf8()).object().value(QStringLiteral("year"));
                    deletedFromScope = (v2 && t && !yearOwner(*t))
                                       || y.toInt() == year || (earlierYears && !y.isUndefined() && y.toInt() < year);
                }
                if (covered.contains(e.recordId) || deletedFromScope)
                    s.changes << e;
            }
        }
        out << s;
    }
    return out;
}

namespace {
QString gapText(const char *english, const QString &language) { return translateFor(language, "ik::SignOff", english); }
} // namespace

QStringList unassessedCriteria(const UnitFile &file, int year)
{
    QSet<QString> assessed;
    for (const Record &r : file.records(QStringLiteral("system_review"), RecordFilter::ofYear(year))) {
        const QString assessment = r.value(QStringLiteral("assessment")).toString();
        if (!assessment.isEmpty() && assessment != QLatin1String("not_assessed"))
            assessed.insert(r.value(QStringLiteral("criterion")).toString());
    }
    QStringList missing;
    for (const Choice &criterion : schema::choiceSet(QStringLiteral("review_criterion"))->choices)
        if (!assessed.contains(criterion.key))
            missing << criterion.key;
    return missing;
}

const SignOffState *reviewSignOff(const QList<SignOffState> &states)
{
    for (const SignOffState &so : states)
        if (so.scope == QLatin1String("review"))
            return &so;
    return nullptr;
}

QStringList reviewGaps(const UnitFile &file, int year, const QString &language)
{
    QStringList gaps;
    // FO-4: every criterion assessed.
    QStringList notAssessed;
    for (const QString &criterion : unassessedCriteria(file, year))
        notAssessed << choiceLabel(QStringLiteral("review_criterion"), criterion, language);
    if (!notAssessed.isEmpty())
        gaps << gapText("The annual system review (FO-4) is not assessed for: %1", language).arg(notAssessed.join(QStringLiteral("; ")));
    // RA-3 a–e and RA-1: a text for every section of the report.
    QSet<QString> written;
    for (const Record &r : file.records(QStringLiteral("report_text"), RecordFilter::ofYear(year)))
        if (!r.value(QStringLiteral("body")).toString().trimmed().isEmpty())
            written.insert(r.value(QStringLiteral("section")).toString());
    QStringList empty;
    for (const Choice &section : schema::choiceSet(QStringLiteral("report_section"))->choices)
        if (!written.contains(section.key))
            empty << choiceLabel(QStringLiteral("report_section"), section.key, language);
    if (!empty.isEmpty())
        gaps << gapText("Report sections without text: %1", language).arg(empty.join(QStringLiteral("; ")));
    // The checklist: items still open (done and not applicable count as finished).
    const TableDef &items = *schema::table(QStringLiteral("checklist_item"));
    int open = 0;
    for (const Record &r : file.records(QStringLiteral("checklist_item"), RecordFilter::ofYear(year)))
        open += items.completion(r) == Completion::Open;
    if (open > 0)
        gaps << gapText("Checklist items not done: %1", language).arg(QString::number(open));
    return gaps;
}

} // namespace ik
