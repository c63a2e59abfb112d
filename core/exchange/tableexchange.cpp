#include "core/exchange/tableexchange.h"

#include "core/common/bytewriter.h"
#include "core/exchange/csv.h"
#include "core/risk/riskmatrix.h"
#include "core/store/schema.h"
#include "core/store/sqlitestatement.h"
#include "core/store/unitfile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include <QCoreApplication>
#include <QLocale>
#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::TableIo", text); }

QString cellText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

void appendJsonString(QByteArray &out, const QString &text)
{
    // Escaped as UTF-16 and converted once, so that a character outside the BMP (a surrogate
    // pair) comes out whole.
    const auto special = [](QChar c) { return c.unicode() < 0x20 || c == u'"' || c == u'\\'; };
    out += '"';
    if (std::none_of(text.cbegin(), text.cend(), special)) {
        out += text.toUtf8();
    } else {
        QString escaped;
        escaped.reserve(text.size() + 8);
        for (const QChar c : text) {
            switch (c.unicode()) {
            case u'"': escaped += u"\\\""; break;
            case u'\\': escaped += u"\\\\"; break;
            case u'\n': escaped += u"\\n"; break;
            case u'\r': escaped += u"\\r"; break;
            case u'\t': escaped += u"\\t"; break;
            default:
                if (special(c))
                    escaped += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
                else
                    escaped += c;
            }
        }
        out += escaped.toUtf8();
    }
    out += '"';
}

// An integer's digits as QByteArray::number and QString::number write them, without making
// either for each cell.
class Decimal
{
public:
    explicit Decimal(qlonglong value)
        : m_size(std::to_chars(m_digits, m_digits + sizeof m_digits, value).ptr - m_digits) {}
    QByteArrayView view() const { return {m_digits, m_size}; }

private:
    char m_digits[24];
    qsizetype m_size;
};

// A column's value as the export has always written it (QJsonValue::fromVariant of what Qt's
// driver reads): numbers as numbers (a double in its shortest exact form; one that is not finite
// as null), text as a string, and an empty field as "" (the driver reads NULL as a null string).
void appendJsonValue(ByteWriter &out, const QVariant &v)
{
    if (v.isNull()) {
        out.append("\"\"");
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        out.append(v.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out.append(Decimal(v.toLongLong()).view());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        out.append(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null"));
        return;
    }
    default: {
        QByteArray text;
        appendJsonString(text, v.toString());
        out.append(text);
    }
    }
}

// A text column straight from SQLite's UTF-8: escaped byte by byte, which for valid UTF-8 is the
// same as escaping its characters (the bytes escaped are ASCII, which never occur inside a
// multi-byte character). Anything else goes the way it always went, through QString.
void appendJsonText(ByteWriter &out, const sqlite::ReadStatement &q, int column)
{
    QByteArray buffer;
    const QByteArrayView text = q.utf8(column, &buffer);
    if (!text.isValidUtf8()) {
        appendJsonValue(out, q.value(column));
        return;
    }
    out.append('"');
    qsizetype plain = 0; // where the run of bytes that need no escape began
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            char escaped[7];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out.append(escaped);
        }
        }
    }
    out.append(text.sliced(plain));
    out.append('"');
}

// The risk register's computed columns, after its stored ones: each risk's scores under the
// file's matrix, before and after measures.
const QStringList &riskScoreColumns()
{
    static const QStringList names{QStringLiteral("consequence_before"), QStringLiteral("category_before"),
                                   QStringLiteral("value_before"), QStringLiteral("level_before"),
                                   QStringLiteral("consequence_after"), QStringLiteral("category_after"),
                                   QStringLiteral("value_after"), QStringLiteral("level_after")};
    return names;
}

// Computed column `index` of riskScoreColumns() for an evaluated risk (null where unscored).
QVariant riskScoreValue(const RiskEvaluation *e, qsizetype index)
{
    if (!e)
        return {};
    const RiskScore &s = index < 4 ? e->before : e->after;
    if (!s.level)
        return {};
    switch (index % 4) {
    case 0: return s.consequence;
    case 1: return s.category;
    case 2: return s.value;
    default: return RiskMatrix::levelKey(*s.level);
    }
}

// How much JSON is made before it is written to the sink: small enough to stay in the processor's
// cache, large enough that the writes cost nothing much.
constexpr qsizetype kJsonPiece = 256 * 1024;

// A table's rows appended to `out`: CSV (a header line, then a line per row) or a JSON array
// without a line end after it. With a `sink`, the JSON is written to it in pieces as it is made,
// and `out` keeps only what followed the last piece. False, with `error`, when the table cannot be
// read, or (with `error` left empty) when the sink refuses a write.
bool appendTable(QByteArray &out, const UnitFile &file, const TableDef &def, ExportFormat format,
                 QString *error, QIODevice *sink = nullptr)
{
    const QStringList stored = def.columnNames();
    QStringList columns = stored;
    QHash<QString, RiskEvaluation> scores;
    if (def.name == QLatin1String("risk")) {
        for (const RiskEvaluation &e : evaluateRisks(file, 0))
            scores.insert(e.riskId, e);
        columns << riskScoreColumns();
    }
    const auto scoresOf = [&scores](const sqlite::ReadStatement &q) -> const RiskEvaluation * {
        const auto it = scores.constFind(q.value(0).toString());
        return it == scores.cend() ? nullptr : &*it;
    };
    // Through SQLite's C API (sqlitestatement.h): reading every row with QSqlQuery cost several
    // times what sqlite3 itself takes (docs/performance.md, export --all).
    sqlite::ReadStatement q(file.database(), QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                                                 .arg(stored.join(QLatin1Char(',')), def.name));
    const auto failed = [&] {
        *error = tr("Cannot read “%1”.").arg(def.name);
        return false;
    };
    if (!q.isValid())
        return failed();
    const int storedCount = int(stored.size());
    QByteArray buffer;
    if (format == ExportFormat::Csv) {
        csv::Writer csv;
        csv.row(columns);
        while (q.next()) {
            for (int i = 0; i < storedCount; ++i) {
                switch (q.type(i)) {
                case sqlite::ReadStatement::Type::Null:
                    csv.cell({});
                    continue;
                case sqlite::ReadStatement::Type::Integer:
                    csv.cell(Decimal(q.integer(i)).view());
                    continue;
                case sqlite::ReadStatement::Type::Text: {
                    const QByteArrayView text = q.utf8(i, &buffer);
                    if (text.isValidUtf8()) { // written as it is (see appendJsonText)
                        csv.cell(text);
                        continue;
                    }
                    break;
                }
                default:
                    break;
                }
                csv.cell(cellText(q.value(i)).toUtf8());
            }
            if (columns.size() > storedCount) {
                const RiskEvaluation *e = scoresOf(q);
                for (qsizetype i = 0; i < riskScoreColumns().size(); ++i)
                    csv.cell(cellText(riskScoreValue(e, i)).toUtf8());
            }
            csv.endRow();
        }
        if (out.isEmpty())
            out = csv.take(); // a table's own file: no copy
        else
            out += csv.take();
        return q.isValid() || failed();
    }
    // Written as it is read, a row per line: building a QJsonDocument of every row first costs
    // several times the reading (docs/performance.md, export --all). Each key, with what goes
    // before and after it, is made once per table rather than once per cell.
    QList<QByteArray> keys;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        QByteArray key = i > 0 ? ", " : "";
        appendJsonString(key, columns[i]);
        keys << key + ": ";
    }
    ByteWriter json(out);
    json.append('[');
    bool first = true;
    while (q.next()) {
        json.append(first ? "\n{" : ",\n{");
        first = false;
        for (int i = 0; i < storedCount; ++i) {
            json.append(keys[i]);
            switch (q.type(i)) { // the commonest kinds without a QVariant, as appendJsonValue writes them
            case sqlite::ReadStatement::Type::Text:
                appendJsonText(json, q, i);
                break;
            case sqlite::ReadStatement::Type::Integer:
                json.append(Decimal(q.integer(i)).view());
                break;
            case sqlite::ReadStatement::Type::Null:
                json.append("\"\"");
                break;
            default:
                appendJsonValue(json, q.value(i));
            }
        }
        if (columns.size() > storedCount) {
            const RiskEvaluation *e = scoresOf(q);
            for (qsizetype i = 0; i < riskScoreColumns().size(); ++i) {
                json.append(keys[storedCount + i]);
                appendJsonValue(json, riskScoreValue(e, i));
            }
        }
        json.append('}');
        if (sink && json.size() >= kJsonPiece && !json.drainTo(*sink))
            return false;
    }
    json.append(first ? "]" : "\n]");
    json.finish();
    return q.isValid() || failed();
}

} // namespace

QByteArray exportTable(const UnitFile &file, const QString &table, ExportFormat format,
                       QString *error)
{
    const TableDef *def = schema::table(table);
    if (!def) {
        QStringList names;
        for (const TableDef &t : schema::tables())
            names << t.name;
        *error = tr("There is no table “%1”. The tables are: %2.")
                     .arg(table, names.join(QStringLiteral(", ")));
        return {};
    }
    QByteArray out;
    if (!appendTable(out, file, *def, format, error))
        return {};
    if (format == ExportFormat::Json)
        out += '\n';
    return out;
}

QList<std::pair<QString, QByteArray>> exportEveryTable(const UnitFile &file, QString *error)
{
    QList<std::pair<QString, QByteArray>> out;
    for (const TableDef &t : schema::tables()) {
        QByteArray data;
        if (!appendTable(data, file, t, ExportFormat::Csv, error))
            return {};
        out.append({t.name, std::move(data)});
    }
    return out;
}

namespace {

// Every table as one JSON object into `out`, or through it to `sink` (see appendTable).
bool everyTableAsJson(const UnitFile &file, QByteArray &out, QIODevice *sink, QString *error)
{
    out = "{";
    bool first = true;
    for (const TableDef &t : schema::tables()) {
        if (!first)
            out += ",\n";
        first = false;
        appendJsonString(out, t.name);
        out += ": ";
        if (!appendTable(out, file, t, ExportFormat::Json, error, sink))
            return false;
    }
    out += "}\n";
    return !sink || sink->write(out) == out.size();
}

} // namespace

QByteArray exportEveryTableAsJson(const UnitFile &file, QString *error)
{
    // One buffer from the start: the tables of a scale-100 file are some 25 MB of JSON, which
    // joining afterwards would copy again.
    QByteArray out;
    return everyTableAsJson(file, out, nullptr, error) ? out : QByteArray();
}

bool writeEveryTableAsJson(const UnitFile &file, QIODevice &out, QString *error)
{
    QByteArray buffer;
    return everyTableAsJson(file, buffer, &out, error);
}

QString importCancelledMessage()
{
    return tr("The import was cancelled; nothing was imported.");
}

bool importCsv(UnitFile &file, const QString &table, const QByteArray &data,
               std::optional<int> year, ImportResult *result, QString *error,
               const Progress &progress)
{
    const TableDef *def = schema::table(table);
    if (!def) {
        *error = tr("There is no table “%1”.").arg(table);
        return false;
    }
    // The risk matrix is one whole: a level for each pair of steps, steps for each axis, the
    // categories risks are scored in. Rows added one by one would double cells or leave gaps.
    if (table.startsWith(QLatin1String("matrix_"))) {
        *error = tr("“%1” cannot be imported: the risk matrix has exactly one level for each "
                    "probability and consequence, and rows added one by one would break it. "
                    "Change the matrix in the program, under Risk matrix, Matrix settings.")
                     .arg(table);
        return false;
    }
    if (file.isReadOnly()) {
        *error = file.readOnlyReason();
        return false;
    }
    const auto parsed = csv::parse(data, error);
    if (!parsed)
        return false;
    QStringList allowed{QStringLiteral("id")};
    if (def->yearScoped)
        allowed << QStringLiteral("year");
    for (const ColumnDef &c : def->columns)
        allowed << c.name;
    QStringList header;
    for (const QString &h : parsed->header) {
        const QString name = h.toLower();
        if (!allowed.contains(name)) {
            *error = tr("line 1: “%1” is not a field of %2. Its fields are: %3.")
                         .arg(h, table, allowed.join(QStringLiteral(", ")));
            return false;
        }
        if (header.contains(name)) {
            *error = tr("line 1: the column “%1” appears twice.").arg(h);
            return false;
        }
        header << name;
    }
    for (const ColumnDef &c : def->columns)
        if (c.required && !c.isChoice() && !header.contains(c.name)) {
            *error = tr("line 1: the required column “%1” is missing.").arg(c.name);
            return false;
        }
    // Rows already in the file, by natural key: an export from the deviation system can be
    // imported again after new cases were added.
    QSet<QString> known;
    if (!def->naturalKey.isEmpty()) {
        QSqlQuery q(file.database());
        q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(def->naturalKey, table));
        while (q.next())
            known.insert(q.value(0).toString());
    }
    const int defaultYear = year.value_or(file.latestYear());
    ImportResult counts;
    QSet<QString> seenKeys;
    UnitFile::Transaction tx(file);
    const int total = int(parsed->rows.size());
    for (qsizetype r = 0; r < parsed->rows.size(); ++r) {
        if (!reportProgress(progress, int(r), total)) {
            *error = importCancelledMessage();
            return false;
        }
        const QStringList &cells = parsed->rows[r];
        const int line = parsed->lines[r];
        Record row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            QString value = csv::unescapedCell(cells[c]);
            const ColumnDef *column = def->column(header[c]);
            QString problem;
            if (column && column->type == ColumnType::Reference && !value.trimmed().isEmpty()) {
                value = importedReference(file, column->reference, value.trimmed(), &problem);
                if (value.isEmpty()) {
                    *error = tr("line %1, column %2 (%3): %4")
                                 .arg(QString::number(line), QString::number(c + 1), header[c], problem);
                    return false;
                }
            }
            const QVariant normalized = UnitFile::normalizedValue(*def, header[c], value, &problem);
            if (!problem.isEmpty()) {
                *error = tr("line %1, column %2 (%3): %4").arg(QString::number(line), QString::number(c + 1), header[c], problem);
                return false;
            }
            if (!normalized.isNull())
                row.insert(header[c], normalized);
        }
        if (!def->naturalKey.isEmpty() && row.contains(def->naturalKey)) {
            const QString key = row.value(def->naturalKey).toString();
            if (seenKeys.contains(key)) {
                *error = tr("line %1: %2 “%3” appears twice in the file.").arg(QString::number(line), def->naturalKey, key);
                return false;
            }
            seenKeys.insert(key);
            if (known.contains(key)) {
                ++counts.skipped;
                continue;
            }
        }
        if (def->yearScoped && !row.contains(QStringLiteral("year"))) {
            const QDate date = QDate::fromString(row.value(def->yearFromDate).toString(), Qt::ISODate);
            row.insert(QStringLiteral("year"), date.isValid() ? date.year() : defaultYear);
        }
        QString problem;
        const QString id = file.insert(table, row, &problem);
        if (id.isEmpty()) {
            // A full disk is no fault of the row: say it without the line.
            *error = file.lastFailureWasStorage() ? problem : tr("line %1: %2").arg(QString::number(line), problem);
            return false;
        }
        counts.added.append({table, id});
        ++counts.inserted;
    }
    if (!tx.commit(error))
        return false;
    if (result)
        *result = counts;
    return true;
}

QString importedReference(const UnitFile &file, const QString &table, const QString &text,
                          QString *problem)
{
    if (file.record(table, text))
        return text;
    // Not an id: look the row up by its name (two rows at most tell a name taken twice).
    const TableDef *target = schema::table(table);
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? LIMIT 2")
                  .arg(target->name, target->displayColumn));
    q.addBindValue(text);
    q.exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.size() == 1)
        return ids.first();
    *problem = (ids.isEmpty() ? tr("no record is named “%1”.")
                              : tr("more than one record is named “%1”."))
                   .arg(text);
    return {};
}

} // namespace ik
