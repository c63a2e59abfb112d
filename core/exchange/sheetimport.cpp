#include "core/exchange/sheetimport.h"

#include "core/common/translations.h"
#include "core/exchange/csv.h"
#include "core/exchange/sheetexport.h"
#include "core/exchange/xlsxreader.h"
#include "core/risk/riskmatrix.h"
#include "core/store/labels.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::SheetImport", text); }

// Headers compared as people type them: case, spaces, a trailing colon or asterisk ignored.
QString normalized(const QString &header)
{
    QString h = header.simplified().toLower();
    while (h.endsWith(QLatin1Char(':')) || h.endsWith(QLatin1Char('*')))
        h.chop(1);
    return h.trimmed();
}

// The words people head columns with besides the labels (resources/exchange/header-synonyms.json,
// data rather than code so that a word is added without touching the matching): header → the
// fields it may mean, tried in turn.
const QJsonObject &synonymFile()
{
    static const QJsonObject object = [] {
        QFile f(QStringLiteral(":/exchange/header-synonyms.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    return object;
}

// A register's own headers for a category's consequence before ("before") or after measures
// ("after"), with the category's names in for {nb} and {en}.
QStringList consequenceHeaders(const char *when, const QString &nb, const QString &en)
{
    QStringList out;
    const QJsonArray patterns = synonymFile().value(QStringLiteral("consequence_headers")).toObject().value(QString::fromLatin1(when)).toArray();
    for (const QJsonValue &pattern : patterns)
        out << pattern.toString().replace(QStringLiteral("{nb}"), nb).replace(QStringLiteral("{en}"), en);
    return out;
}

const QHash<QString, QStringList> &synonyms()
{
    static const QHash<QString, QStringList> words = [] {
        QHash<QString, QStringList> w;
        // Built in; a build without it matches by key and label only.
        const QJsonArray entries = synonymFile().value(QStringLiteral("synonyms")).toArray();
        for (const QJsonValue &entry : entries) {
            QStringList fields;
            for (const QJsonValue &field : entry.toObject().value(QStringLiteral("fields")).toArray())
                fields << field.toString();
            for (const QJsonValue &header : entry.toObject().value(QStringLiteral("headers")).toArray())
                w.insert(normalized(header.toString()), fields);
        }
        return w;
    }();
    return words;
}

// Columns every table has that an import never writes: who made a row and when is the file's
// own record (the change log), whatever a sheet says.
bool isAuditColumn(const QString &header)
{
    static const QStringList audit{QStringLiteral("created_at"), QStringLiteral("created_by"),
                                   QStringLiteral("modified_at"), QStringLiteral("modified_by")};
    return audit.contains(normalized(header));
}

QStringList fieldsOf(const TableDef &def)
{
    QStringList fields;
    for (const ColumnDef &c : def.columns)
        fields << c.name;
    if (def.yearScoped)
        fields << QStringLiteral("year");
    return fields;
}

// Headers of the extra fields compared looser still: "Konsekvens: Helse", "Konsekvens (helse)"
// and "Konsekvens - helse" are one header.
QString loose(const QString &header)
{
    QString h = normalized(header);
    for (const QChar c : QStringLiteral(":-–()/_"))
        h.replace(c, QLatin1Char(' '));
    return h.simplified();
}

// The field a header or a given mapping value names: its key, or its label in either language,
// or one of the names of an extra field.
QString fieldNamed(const TableDef &def, const QString &text, const QList<SheetField> &extras = {})
{
    const QString wanted = normalized(text);
    const QStringList fields = fieldsOf(def);
    for (const QString &f : fields)
        if (f == wanted)
            return f;
    for (const char *language : {"en", "nb"})
        for (const QString &f : fields)
            if (normalized(fieldLabel(def, f, QString::fromLatin1(language))) == wanted)
                return f;
    const QString looseWanted = loose(text);
    for (const SheetField &extra : extras)
        for (const QString &name : extra.names)
            if (loose(name) == looseWanted)
                return extra.key;
    return {};
}

QString uiLanguage() { return installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage(); }

bool isEmptyCell(const QVariant &v)
{
    if (v.isNull())
        return true;
    if (v.typeId() != QMetaType::QString)
        return false;
    const QString &text = *static_cast<const QString *>(v.constData());
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// A row's cell, or null past its end: by reference (QList::value() copies every cell read).
const QVariant &cellAt(const QVariantList &cells, qsizetype column)
{
    static const QVariant none;
    return column >= 0 && column < cells.size() ? cells[column] : none;
}

QString numberText(double d)
{
    return QString::number(d, 'g', 15);
}

// A cell as text, for text fields and references: numbers without a trailing ".0", dates in ISO.
QString textOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: return numberText(v.toDouble());
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return v.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default: return csv::unescapedCell(v.toString());
    }
}

// Two values the same as the file would keep them (SQLite gives back 3 for 3.0, "" for NULL
// never, since the file stores no empty text).
bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool emptyA = isEmptyCell(a), emptyB = isEmptyCell(b);
    if (emptyA || emptyB)
        return emptyA == emptyB;
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double) {
        bool okA = false, okB = false;
        const double x = a.toDouble(&okA), y = b.toDouble(&okB);
        if (okA && okB)
            return x == y;
    }
    return a.toString() == b.toString();
}

// Rows of a table by id and by name (in both languages where a table keeps both, as the
// checklist does), read once per import.
class References
{
public:
    explicit References(const UnitFile &file) : m_file(file) {}

    // The id a cell names, or empty with `problem` said. A name several rows have (a risk
    // assessment's title, repeated every year) is the row the field points to already (`current`,
    // a round trip), else the one of `year` where the table has years.
    QString resolve(const QString &table, const QString &text, QString *problem,
                    const QString &current = {}, std::optional<int> year = {})
    {
        Index &index = indexOf(table);
        if (index.ids.contains(text) || (!current.isEmpty() && text == current))
            return text;
        QStringList ids = index.byName.values(text.toLower());
        if (ids.size() > 1 && ids.contains(current))
            return current;
        if (ids.size() > 1 && year) {
            QStringList ofYear;
            for (const QString &id : std::as_const(ids))
                if (index.years.value(id, -1) == *year)
                    ofYear << id;
            if (ofYear.size() == 1)
                return ofYear.first();
        }
        if (ids.size() == 1)
            return ids.first();
        const TableDef *def = schema::table(table);
        const QString what = def ? singularLabel(*def, installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage()) : table;
        *problem = ids.isEmpty() ? tr("no %1 is named “%2”.").arg(what.toLower(), text)
                                 : tr("more than one %1 is named “%2”.").arg(what.toLower(), text);
        return {};
    }

private:
    struct Index
    {
        QSet<QString> ids;
        QMultiHash<QString, QString> byName; // lower-case name → id
        QHash<QString, int> years;           // id → review year, where the table has years
    };
    Index &indexOf(const QString &table)
    {
        auto it = m_indexes.find(table);
        if (it != m_indexes.end())
            return *it;
        Index index;
        const TableDef *def = schema::table(table);
        for (const Record &r : m_file.records(table)) {
            const QString id = r.value(QStringLiteral("id")).toString();
            index.ids.insert(id);
            if (def && def->yearScoped)
                index.years.insert(id, r.value(QStringLiteral("year")).toInt());
            QSet<QString> names;
            for (const char *language : {"nb", "en"})
                names.insert(m_file.displayName(table, id, QString::fromLatin1(language)).toLower());
            if (def)
                names.insert(r.value(def->displayColumn).toString().toLower());
            for (const QString &n : std::as_const(names))
                if (!n.isEmpty())
                    index.byName.insert(n, id);
        }
        return *m_indexes.insert(table, index);
    }
    const UnitFile &m_file;
    QHash<QString, Index> m_indexes;
};

// A choice's key from its key or label in English or bokmål, whatever the UI's language; each
// set's names are gathered once per import, not looked up for every cell.
class ChoiceKeys
{
public:
    QString key(const ChoiceSet &set, const QString &text)
    {
        auto it = m_sets.find(set.name);
        if (it == m_sets.end()) {
            QHash<QString, QString> names;
            for (const Choice &c : set.choices) {
                names.insert(c.key.toLower(), c.key);
                names.insert(QString::fromUtf8(c.label).toLower(), c.key);
                names.insert(translateFor(QStringLiteral("nb"), "ik::Choice", c.label).toLower(), c.key);
            }
            it = m_sets.insert(set.name, names);
        }
        const QString wanted = text.trimmed();
        // Most cells hold a key as it is (an export read back): found without lowering it.
        if (const auto exact = it->constFind(wanted); exact != it->cend())
            return *exact;
        // Unknown: normalizedValue says it is none of them, listing the keys.
        return it->value(wanted.toLower(), wanted);
    }

private:
    QHash<QString, QHash<QString, QString>> m_sets;
};

// A cell as the value normalizedValue checks for the field.
QVariant cellValue(const ColumnDef *column, const QVariant &cell, ChoiceKeys &choices)
{
    if (isEmptyCell(cell))
        return {};
    const ColumnType type = column ? column->type : ColumnType::Year;
    switch (type) {
    case ColumnType::Text:
    case ColumnType::LongText:
    case ColumnType::Reference: return textOf(cell);
    case ColumnType::Date:
        if (cell.typeId() == QMetaType::QDateTime)
            return cell.toDateTime().date();
        if (cell.typeId() == QMetaType::Double) {
            // A date cell that lost its date format (a sheet re-saved, a column pasted as values).
            const QDate d = xlsx::dateFromSerial(cell.toDouble());
            return d.isValid() ? QVariant(d) : QVariant(numberText(cell.toDouble()));
        }
        return cell.typeId() == QMetaType::QDate ? cell : QVariant(cell.toString().trimmed());
    case ColumnType::Integer:
    case ColumnType::Year:
        if (cell.typeId() == QMetaType::Double) {
            const double d = cell.toDouble();
            return d == std::floor(d) ? QVariant(numberText(d)) : QVariant(numberText(d));
        }
        return cell.toString().trimmed();
    case ColumnType::Real:
    case ColumnType::Money:
        return cell.typeId() == QMetaType::Double ? QVariant(numberText(cell.toDouble())) : QVariant(cell.toString().trimmed());
    case ColumnType::Bool:
        if (cell.typeId() == QMetaType::Double)
            return cell.toDouble() != 0;
        return cell.typeId() == QMetaType::Bool ? cell : QVariant(cell.toString().trimmed());
    case ColumnType::DateTime:
        return cell.typeId() == QMetaType::QDateTime ? cell : QVariant(cell.toString().trimmed());
    case ColumnType::Choice:
    case ColumnType::MultiChoice: {
        const ChoiceSet *set = schema::choiceSet(column->reference);
        const QString text = textOf(cell);
        if (!set)
            return text;
        if (type == ColumnType::Choice)
            return choices.key(*set, text);
        QStringList keys;
        for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts))
            keys << choices.key(*set, part);
        return keys.join(QLatin1Char(','));
    }
    }
    return {};
}

// The risk matrix axis whose steps a column counts in: risks' probabilities, their
// consequences. Spreadsheets often name a step by its label ("Middels") or both ("3 - Middels").
QString matrixAxisOf(const QString &table, const QString &column)
{
    if (table == QLatin1String("risk") && column.startsWith(QLatin1String("probability_")))
        return QStringLiteral("probability");
    if (table == QLatin1String("risk_consequence") && column.startsWith(QLatin1String("consequence_")))
        return QStringLiteral("consequence");
    return {};
}

// The step a cell names on that axis of the file's matrix: its number, a label in either
// language, or a number followed by a label; otherwise the text as it was (normalizedValue
// then says it is no number).
QVariant matrixStep(const QHash<QString, int> &labels, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    bool number = false;
    text.toInt(&number);
    if (number || text.isEmpty())
        return value;
    if (const auto it = labels.constFind(text.toLower()); it != labels.constEnd())
        return QString::number(*it);
    static const QRegularExpression leading(QStringLiteral("^(\\d+)\\s*[-–:.)]?\\s+\\S"));
    if (const QRegularExpressionMatch m = leading.match(text); m.hasMatch())
        return m.captured(1);
    return value;
}

} // namespace

std::optional<QMap<QString, QString>> parseMapping(const QString &text, QString *error)
{
    QMap<QString, QString> map;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.lastIndexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = tr("“%1” is no mapping: write the column's header, “=”, and the field (e.g. "
                        "“Due date=deadline”).").arg(part.trimmed());
            return std::nullopt;
        }
        map.insert(normalized(part.left(eq)), part.mid(eq + 1).trimmed());
    }
    return map;
}

QList<SheetField> extraSheetFields(const UnitFile &file, const QString &table)
{
    if (table != QLatin1String("risk"))
        return {};
    const TableDef &consequence = *schema::table(QStringLiteral("risk_consequence"));
    const bool nb = uiLanguage() == QLatin1String("nb");
    QList<SheetField> out;
    const RiskMatrix matrix = RiskMatrix::load(file);
    for (const RiskMatrix::Category &c : matrix.categories()) {
        const QString en = c.nameEn, no = c.nameNb;
        const QString name = nb ? no : en;
        const auto in = [](const char *language, const char *text) {
            return translateFor(QString::fromLatin1(language), "ik::SheetImport", text);
        };
        // The key, the labels the export writes, and a register's own words (the synonyms file).
        out << SheetField{c.key + QStringLiteral("_before"), tr("%1 before").arg(name),
                          QStringList{c.key + QStringLiteral("_before"), in("en", "%1 before").arg(en), in("nb", "%1 before").arg(no)}
                              + consequenceHeaders("before", no, en)};
        out << SheetField{c.key + QStringLiteral("_after"), tr("%1 after").arg(name),
                          QStringList{c.key + QStringLiteral("_after"), in("en", "%1 after").arg(en), in("nb", "%1 after").arg(no)}
                              + consequenceHeaders("after", no, en)};
    }
    for (const char *field : {"consequence_before", "consequence_after", "category"}) {
        const QString key = QString::fromLatin1(field);
        out << SheetField{key, fieldLabel(consequence, key, uiLanguage()),
                          {key, fieldLabel(consequence, key, QStringLiteral("en")), fieldLabel(consequence, key, QStringLiteral("nb"))}};
    }
    // A register keeps each risk's activity on its row; the file keeps it on the risk's assessment,
    // which a row without an assessment column is put in by it.
    const TableDef &assessment = *schema::table(QStringLiteral("risk_assessment"));
    out << SheetField{QStringLiteral("activity"), fieldLabel(assessment, QStringLiteral("activity_id"), uiLanguage()),
                      {QStringLiteral("activity"), fieldLabel(assessment, QStringLiteral("activity_id"), QStringLiteral("en")),
                       fieldLabel(assessment, QStringLiteral("activity_id"), QStringLiteral("nb")), QStringLiteral("Aktivitet/prosess"),
                       QStringLiteral("Arbeidsoperasjon")}};
    return out;
}

namespace {

std::optional<QStringList> guessMappingWith(const TableDef &def, const QStringList &header,
                                            const QMap<QString, QString> &given,
                                            const QList<SheetField> &extras, QString *error)
{
    QStringList mapping(header.size());
    QSet<QString> taken;
    QStringList normalizedHeader;
    for (const QString &h : header)
        normalizedHeader << normalized(h);
    // Given first: they are what the user said.
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const qsizetype column = normalizedHeader.indexOf(it.key());
        if (column < 0) {
            *error = tr("The mapping names the column “%1”, which the sheet lacks. Its columns are: %2.")
                         .arg(it.key(), header.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (it.value() == QLatin1String("-") || it.value().isEmpty()) {
            mapping[column] = QString();
            taken.insert(QStringLiteral("-") + QString::number(column));
            continue;
        }
        const QString field = normalized(it.value()) == idHeader() ? idHeader() : fieldNamed(def, it.value(), extras);
        if (field.isEmpty()) {
            QStringList all = fieldsOf(def);
            for (const SheetField &extra : extras)
                all << extra.key;
            *error = tr("The mapping names the field “%1”, which %2 lacks. Its fields are: %3.")
                         .arg(it.value(), def.name, all.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (taken.contains(field)) {
            *error = tr("The mapping gives the field “%1” to two columns.").arg(field);
            return std::nullopt;
        }
        taken.insert(field);
        taken.insert(QStringLiteral("-") + QString::number(column));
        mapping[column] = field;
    }
    QStringList fields = fieldsOf(def);
    for (const SheetField &extra : extras)
        fields << extra.key;
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (taken.contains(QStringLiteral("-") + QString::number(c)) || isAuditColumn(header[c]))
            continue;
        QString field = normalizedHeader[c] == idHeader() ? idHeader() : fieldNamed(def, header[c], extras);
        if (field.isEmpty())
            for (const QString &candidate : synonyms().value(normalizedHeader[c]))
                if (fields.contains(candidate) && !taken.contains(candidate)) {
                    field = candidate;
                    break;
                }
        if (field.isEmpty() || taken.contains(field))
            continue; // a second column for a field already mapped is left out
        taken.insert(field);
        mapping[c] = field;
    }
    return mapping;
}

} // namespace

std::optional<QStringList> guessMapping(const TableDef &def, const QStringList &header,
                                        const QMap<QString, QString> &given, QString *error)
{
    return guessMappingWith(def, header, given, {}, error);
}

std::optional<QStringList> guessMapping(const UnitFile &file, const TableDef &def,
                                        const QStringList &header,
                                        const QMap<QString, QString> &given, QString *error)
{
    return guessMappingWith(def, header, given, extraSheetFields(file, def.name), error);
}

QStringList ImportPlan::changedFields() const
{
    QSet<QString> changed;
    for (const PlannedRow &r : updates) {
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            changed.insert(it.key());
        for (const PlannedConsequence &c : r.consequences)
            for (auto it = c.values.cbegin(); it != c.values.cend(); ++it)
                changed.insert(c.category + (it.key() == QLatin1String("consequence_after") ? QStringLiteral("_after")
                                                                                            : QStringLiteral("_before")));
    }
    QStringList ordered;
    if (const TableDef *def = schema::table(table))
        for (const QString &f : fieldsOf(*def))
            if (changed.contains(f))
                ordered << f;
    for (const SheetField &extra : extraFields)
        if (changed.contains(extra.key))
            ordered << extra.key;
    return ordered;
}

std::optional<ImportPlan> planImport(const UnitFile &file, const QString &table, const Sheet &sheet,
                                     const QStringList &mapping, std::optional<int> year,
                                     QString *error)
{
    const TableDef *def = schema::table(table);
    if (!def) {
        *error = tr("There is no table “%1”.").arg(table);
        return std::nullopt;
    }
    // The matrix is one whole (see importCsv), review years are started and locked in the program,
    // and a sign-off is a person's act there: a spreadsheet row must not pass for one.
    if (table.startsWith(QLatin1String("matrix_")) || table == QLatin1String("review_year")
        || table == QLatin1String("signoff")) {
        *error = tr("“%1” cannot be imported from a spreadsheet: change it in the program.").arg(table);
        return std::nullopt;
    }
    ImportPlan plan;
    plan.table = table;
    plan.mapping = mapping;
    plan.extraFields = extraSheetFields(file, table);
    const qsizetype idColumn = mapping.indexOf(idHeader());
    for (qsizetype c = 0; c < sheet.header.size(); ++c)
        if (mapping.value(c).isEmpty() && !sheet.header[c].isEmpty() && !isAuditColumn(sheet.header[c]))
            plan.ignoredColumns << sheet.header[c];
    // A new row needs its required fields; one that no column maps to fails every new row, and a
    // sheet that updates only would not need it — so it is checked per new row below.
    QSet<QString> known;
    if (!def->naturalKey.isEmpty()) {
        for (const Record &r : file.records(table))
            if (!r.value(def->naturalKey).isNull())
                known.insert(r.value(def->naturalKey).toString());
    }
    const int defaultYear = year.value_or(file.latestYear());
    // Per column, looked up once rather than for every cell.
    QList<const ColumnDef *> columns;
    QList<bool> links;
    QSet<QString> extraKeys;
    for (const SheetField &extra : std::as_const(plan.extraFields))
        extraKeys.insert(extra.key);
    QList<bool> ownValue; // a column holding one of the row's own fields (not its id, not an extra)
    for (const QString &field : mapping) {
        columns << (field.isEmpty() ? nullptr : def->column(field));
        links << (columns.last() && !schema::linkColumn(table, field).selector.isEmpty());
        ownValue << !(field.isEmpty() || field == idHeader() || extraKeys.contains(field));
    }

    // A risk's consequences (risk_consequence): per column the category and the field, or no
    // category where the row's category column names it.
    struct ConsequenceColumn
    {
        qsizetype column;
        QString category;
        QString field;
    };
    QList<ConsequenceColumn> consequenceColumns;
    qsizetype categoryColumn = -1, activityColumn = -1;
    QHash<QString, QString> categoryKeys; // lower-case key or name → key
    QHash<QString, QHash<QString, Record>> existingConsequences; // risk → category → row
    const TableDef &consequenceDef = *schema::table(QStringLiteral("risk_consequence"));
    const RiskMatrix matrix = extraKeys.isEmpty() ? RiskMatrix() : RiskMatrix::load(file);
    if (!extraKeys.isEmpty()) {
        for (const RiskMatrix::Category &c : matrix.categories())
            for (const QString &name : {c.key, c.nameNb, c.nameEn})
                categoryKeys.insert(name.trimmed().toLower(), c.key);
        for (qsizetype c = 0; c < mapping.size(); ++c) {
            const QString &field = mapping[c];
            if (!extraKeys.contains(field))
                continue;
            if (field == QLatin1String("activity"))
                activityColumn = c;
            else if (field == QLatin1String("category"))
                categoryColumn = c;
            else if (field.startsWith(QLatin1String("consequence_")))
                consequenceColumns << ConsequenceColumn{c, QString(), field};
            else if (field.endsWith(QLatin1String("_before")))
                consequenceColumns << ConsequenceColumn{c, field.chopped(7), QStringLiteral("consequence_before")};
            else
                consequenceColumns << ConsequenceColumn{c, field.chopped(6), QStringLiteral("consequence_after")};
        }
        if (!consequenceColumns.isEmpty())
            for (const Record &r : file.records(QStringLiteral("risk_consequence")))
                existingConsequences[r.value(QStringLiteral("risk_id")).toString()].insert(
                    r.value(QStringLiteral("category")).toString(), r);
    }
    // The assessments of the import's year by the name of their activity (lower case), and every
    // assessment's activity, to check a row that names both.
    QMultiHash<QString, QString> assessmentsByActivity;
    QHash<QString, QString> activityOfAssessment;
    if (activityColumn >= 0) {
        for (const Record &a : file.records(QStringLiteral("risk_assessment"))) {
            const QString id = a.value(QStringLiteral("id")).toString();
            const QString activity = file.displayName(QStringLiteral("activity"), a.value(QStringLiteral("activity_id")).toString())
                                         .trimmed().toLower();
            activityOfAssessment.insert(id, activity);
            if (a.value(QStringLiteral("year")).toInt() == defaultYear)
                assessmentsByActivity.insert(activity, id);
        }
    }
    QStringList categoryNames;
    for (const RiskMatrix::Category &c : matrix.categories())
        categoryNames << (uiLanguage() == QLatin1String("nb") ? c.nameNb : c.nameEn);
    // The matrix's step labels, for columns that count in steps.
    QHash<QString, QHash<QString, int>> stepLabels; // axis → lower-case label → step
    QStringList axes;
    for (const QString &field : mapping)
        axes << matrixAxisOf(table, field);
    if (!consequenceColumns.isEmpty()
        || std::any_of(axes.cbegin(), axes.cend(), [](const QString &a) { return !a.isEmpty(); }))
        for (const Record &r : file.records(QStringLiteral("matrix_axis")))
            for (const char *column : {"label_nb", "label_en"})
                stepLabels[r.value(QStringLiteral("axis")).toString()].insert(
                    r.value(QString::fromLatin1(column)).toString().trimmed().toLower(), r.value(QStringLiteral("step")).toInt());
    References references(file);
    ChoiceKeys choices;
    QSet<QString> seenIds, seenKeys;
    seenKeys.reserve(sheet.rows.size()); // rehashed as it grew, it was a twentieth of planning
    const QString lang = installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage();

    // The year a row belongs to, to tell apart records of the same name in different years.
    const qsizetype yearColumn = mapping.indexOf(QStringLiteral("year"));
    std::optional<Record> existing;
    const auto rowYear = [&](const QVariantList &cells) -> std::optional<int> {
        bool ok = false;
        const int y = yearColumn >= 0 ? textOf(cellAt(cells, yearColumn)).toInt(&ok) : 0;
        if (ok)
            return y;
        if (existing && existing->contains(QStringLiteral("year")))
            return existing->value(QStringLiteral("year")).toInt();
        // A new row, or one of a table without years (a risk): the import's year, which is also
        // the year of the records it should point to (the year's risk assessment of that title).
        return defaultYear;
    };

    for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
        const QVariantList &cells = sheet.rows[r];
        const int line = sheet.lines.value(r);
        const auto refuse = [&](const QString &why) {
            plan.refused << tr("line %1: %2").arg(QString::number(line), why);
        };
        existing.reset();
        QString id;
        if (idColumn >= 0 && !isEmptyCell(cellAt(cells, idColumn))) {
            id = textOf(cellAt(cells, idColumn)).trimmed();
            existing = file.record(table, id);
            if (existing && seenIds.contains(id)) {
                refuse(tr("the id %1 appears on an earlier line too.").arg(id));
                continue;
            }
            seenIds.insert(id);
        }
        CheckedRow values(*def); // each value checked as the file checks it
        QString problem, located; // located: the problem with its line and column
        QStringList linked; // text columns naming a record of the table another column names
        for (qsizetype c = 0; c < mapping.size() && problem.isEmpty(); ++c) {
            if (!ownValue[c])
                continue;
            const QString &field = mapping[c];
            const ColumnDef *column = columns[c];
            QVariant value = cellValue(column, cellAt(cells, c), choices);
            if (!axes[c].isEmpty() && !value.isNull())
                value = matrixStep(stepLabels.value(axes[c]), value);
            if (column && column->type == ColumnType::Reference && !value.isNull()) {
                QString why;
                const QString target = references.resolve(column->reference, value.toString().trimmed(), &why,
                                                          existing ? existing->value(field).toString() : QString(),
                                                          rowYear(cells));
                if (target.isEmpty()) {
                    located = tr("line %1, column %2 (%3): %4").arg(QString::number(line), QString::number(c + 1), sheet.header[c], why);
                    problem = why;
                    break;
                }
                value = target;
            }
            if (links[c])
                linked << field;
            QString why;
            const QVariant &checked = values.set(field, value, &why);
            if (why.isEmpty() && axes[c] == QLatin1String("probability") && !extraKeys.isEmpty()
                && !checked.isNull() && checked.toInt() > matrix.probabilitySteps())
                why = tr("the matrix has %1 probability steps.").arg(matrix.probabilitySteps());
            if (!why.isEmpty() && !(value.isNull() && !existing)) {
                located = tr("line %1, column %2 (%3): %4").arg(QString::number(line), QString::number(c + 1), sheet.header[c], why);
                problem = why;
                break;
            }
        }
        // Linked records (an action's source record) by name, in the table the row's source names.
        for (const QString &field : std::as_const(linked)) {
            if (!problem.isEmpty() || values.value(field).isNull())
                continue;
            Record whole = existing.value_or(Record());
            whole.insert(values.toRecord());
            const QString target = schema::linkedTable(table, field, whole);
            if (target.isEmpty())
                continue;
            QString why;
            const QString resolved = references.resolve(target, values.value(field).toString(), &why,
                                                        existing ? existing->value(field).toString() : QString(),
                                                        rowYear(cells));
            if (!resolved.isEmpty())
                values.set(field, resolved, &why);
            if (!why.isEmpty())
                problem = tr("%1: %2").arg(fieldLabel(*def, field, lang), why);
        }
        // The activity: the assessment of the year that is of it, where the row names no
        // assessment; where it does, the two must agree.
        if (activityColumn >= 0 && problem.isEmpty() && located.isEmpty() && !isEmptyCell(cellAt(cells, activityColumn))) {
            const QString activity = textOf(cellAt(cells, activityColumn)).trimmed();
            const QList<QString> ofActivity = assessmentsByActivity.values(activity.toLower());
            const QString assessment = QStringLiteral("assessment_id");
            const QString named = (values.has(assessment) ? values.value(assessment)
                                   : existing            ? existing->value(assessment)
                                                         : QVariant()).toString();
            QString why;
            if (!named.isEmpty()) {
                if (activityOfAssessment.value(named) != activity.toLower())
                    why = tr("the risk assessment it names is not of the activity “%1”.").arg(activity);
            } else if (ofActivity.isEmpty()) {
                why = tr("no risk assessment of %1 is of the activity “%2”; make the assessment first, or add a column with the assessment.")
                          .arg(defaultYear).arg(activity);
            } else if (ofActivity.size() > 1) {
                why = tr("more than one risk assessment of %1 is of the activity “%2”; add a column with the assessment.")
                          .arg(defaultYear).arg(activity);
            } else {
                values.set(assessment, ofActivity.first(), &why);
            }
            if (!why.isEmpty())
                located = tr("line %1, column %2 (%3): %4")
                              .arg(QString::number(line), QString::number(activityColumn + 1), sheet.header[activityColumn], why);
        }
        // The consequences the row gives, per category (a null value: the cell emptied).
        QMap<QString, Record> consequences;
        for (const ConsequenceColumn &cc : std::as_const(consequenceColumns)) {
            if (!problem.isEmpty() || !located.isEmpty())
                break;
            const QVariant cell = cellAt(cells, cc.column);
            const auto bad = [&](const QString &why) {
                located = tr("line %1, column %2 (%3): %4")
                              .arg(QString::number(line), QString::number(cc.column + 1), sheet.header[cc.column], why);
            };
            QString category = cc.category;
            if (category.isEmpty()) {
                if (isEmptyCell(cell))
                    continue; // one consequence column: an empty one says nothing of any category
                const QString named = categoryColumn >= 0 ? textOf(cellAt(cells, categoryColumn)).trimmed() : QString();
                if (named.isEmpty() && matrix.categories().size() == 1) {
                    category = matrix.categories().first().key;
                } else if (named.isEmpty()) {
                    bad(tr("say which consequence category the consequence is in (%1).")
                            .arg(categoryNames.join(QStringLiteral(", "))));
                    break;
                } else {
                    category = categoryKeys.value(named.toLower());
                    if (category.isEmpty()) {
                        bad(tr("the risk matrix has no consequence category “%1”; it has %2.")
                                .arg(named, categoryNames.join(QStringLiteral(", "))));
                        break;
                    }
                }
            }
            QVariant value = cellValue(consequenceDef.column(cc.field), cell, choices);
            if (!value.isNull())
                value = matrixStep(stepLabels.value(QStringLiteral("consequence")), value);
            QString why;
            const QVariant checked = UnitFile::normalizedValue(consequenceDef, cc.field, value, &why);
            if (why.isEmpty() && !checked.isNull() && checked.toInt() > matrix.consequenceSteps())
                why = tr("the matrix has %1 consequence steps.").arg(matrix.consequenceSteps());
            if (!why.isEmpty() && !value.isNull()) {
                bad(why);
                break;
            }
            consequences[category].insert(cc.field, value.isNull() ? QVariant() : checked);
        }
        // What they change: for a new risk, its filled consequences; for one in the file, the
        // values that differ from its consequence rows.
        QList<PlannedConsequence> consequenceChanges;
        const QHash<QString, Record> current = existing ? existingConsequences.value(id) : QHash<QString, Record>();
        for (auto it = consequences.cbegin(); it != consequences.cend(); ++it) {
            const Record now = current.value(it.key());
            Record changed;
            for (auto v = it->cbegin(); v != it->cend(); ++v)
                if (existing ? !sameValue(v.value(), now.value(v.key())) : !v.value().isNull())
                    changed.insert(v.key(), v.value());
            if (!changed.isEmpty())
                consequenceChanges << PlannedConsequence{now.value(QStringLiteral("id")).toString(), it.key(), changed};
        }
        if (!located.isEmpty()) {
            plan.refused << located;
            continue;
        }
        if (!problem.isEmpty()) {
            refuse(problem);
            continue;
        }
        if (existing) {
            Record changed;
            const Record given = values.toRecord();
            for (auto it = given.cbegin(); it != given.cend(); ++it)
                if (!sameValue(it.value(), existing->value(it.key())))
                    changed.insert(it.key(), it.value());
            if (changed.isEmpty() && consequenceChanges.isEmpty()) {
                ++plan.unchanged;
                continue;
            }
            if (def->yearScoped) {
                const int y = changed.value(QStringLiteral("year"), existing->value(QStringLiteral("year"))).toInt();
                if (file.isYearLocked(existing->value(QStringLiteral("year")).toInt()) || file.isYearLocked(y)) {
                    refuse(tr("the review year %1 is locked; unlock it to change its records.").arg(y));
                    continue;
                }
            }
            plan.updates << PlannedRow{line, id, changed, consequenceChanges};
            continue;
        }
        // A new row: only what it holds, every required field filled.
        values.dropNulls();
        for (const ColumnDef &c : def->columns)
            if (c.required && !c.isChoice() && !values.has(c.name)) {
                problem = tr("%1 must be filled in.").arg(fieldLabel(*def, c.name, lang));
                break;
            }
        if (!problem.isEmpty()) {
            refuse(problem);
            continue;
        }
        if (!def->naturalKey.isEmpty() && values.has(def->naturalKey)) {
            const QString key = values.value(def->naturalKey).toString();
            if (seenKeys.contains(key)) {
                refuse(tr("%1 “%2” appears on an earlier line too.").arg(fieldLabel(*def, def->naturalKey, lang), key));
                continue;
            }
            seenKeys.insert(key);
            if (known.contains(key)) {
                ++plan.alreadyPresent;
                continue;
            }
        }
        const QString yearField = QStringLiteral("year");
        if (def->yearScoped && !values.has(yearField)) {
            const QDate date = QDate::fromString(values.value(def->yearFromDate).toString(), Qt::ISODate);
            QString why;
            values.set(yearField, date.isValid() ? date.year() : defaultYear, &why);
            if (!why.isEmpty()) {
                refuse(why);
                continue;
            }
        }
        if (def->yearScoped && file.isYearLocked(values.value(yearField).toInt())) {
            refuse(tr("the review year %1 is locked; unlock it to add records to it.")
                       .arg(values.value(yearField).toInt()));
            continue;
        }
        plan.inserts << PlannedInsert{line, std::move(values), consequenceChanges};
    }
    return plan;
}

QString planSummary(const ImportPlan &plan)
{
    const TableDef *def = schema::table(plan.table);
    const QString lang = installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage();
    QStringList fields;
    for (const QString &f : plan.changedFields()) {
        const auto extra = std::find_if(plan.extraFields.cbegin(), plan.extraFields.cend(),
                                        [&](const SheetField &e) { return e.key == f; });
        fields << (extra != plan.extraFields.cend() ? extra->label : def ? fieldLabel(*def, f, lang) : f);
    }
    QString changed = QCoreApplication::translate("ik::SheetImport", "%n changed", "", int(plan.updates.size()));
    if (!fields.isEmpty())
        changed += QStringLiteral(" (") + fields.join(QStringLiteral(", ")) + QLatin1Char(')');
    // Each count with its own plural ("1 ny, 2 nye"), then listed.
    QString text = QStringList{QCoreApplication::translate("ik::SheetImport", "%n new", "", int(plan.inserts.size())), changed,
                               QCoreApplication::translate("ik::SheetImport", "%n unchanged", "", plan.unchanged),
                               QCoreApplication::translate("ik::SheetImport", "%n refused", "", int(plan.refused.size()))}
                       .join(QStringLiteral(", "));
    if (plan.alreadyPresent)
        text += QLatin1Char('\n') + QCoreApplication::translate("ik::SheetImport", "%n new row(s) left out: their case number is in the file already.", "", plan.alreadyPresent);
    if (!plan.ignoredColumns.isEmpty())
        text += QLatin1Char('\n') + tr("Columns left out (no field matches them): %1")
                                        .arg(plan.ignoredColumns.join(QStringLiteral(", ")));
    return text;
}

bool applyImportPlan(UnitFile &file, const ImportPlan &plan, ImportResult *result, QString *error,
                     const Progress &progress)
{
    if (file.isReadOnly()) {
        *error = file.readOnlyReason();
        return false;
    }
    ImportResult counts;
    UnitFile::Transaction tx(file);
    const int total = int(plan.inserts.size() + plan.updates.size());
    int done = 0;
    const auto failed = [&](int line, const QString &problem) {
        // A full disk is no fault of the row: say it without the line.
        *error = file.lastFailureWasStorage() ? problem : tr("line %1: %2").arg(QString::number(line), problem);
        return false;
    };
    const auto writeConsequences = [&](const QList<PlannedConsequence> &consequences, const QString &risk,
                                       QString *problem) {
        for (const PlannedConsequence &c : consequences) {
            if (!c.id.isEmpty()) {
                if (!file.update(QStringLiteral("risk_consequence"), c.id, c.values, problem))
                    return false;
                continue;
            }
            Record values = c.values;
            values.insert(QStringLiteral("risk_id"), risk);
            values.insert(QStringLiteral("category"), c.category);
            if (file.insert(QStringLiteral("risk_consequence"), values, problem).isEmpty())
                return false;
        }
        return true;
    };
    for (const PlannedRow &row : plan.updates) {
        if (!reportProgress(progress, done++, total)) {
            *error = importCancelledMessage();
            return false;
        }
        QString problem;
        if ((!row.values.isEmpty() && !file.update(plan.table, row.id, row.values, &problem))
            || !writeConsequences(row.consequences, row.id, &problem))
            return failed(row.line, problem);
    }
    const bool plainRows = std::all_of(plan.inserts.cbegin(), plan.inserts.cend(),
                                       [](const PlannedInsert &row) { return row.consequences.isEmpty(); });
    if (plainRows) {
        // Rows with nothing beside them (all but a risk register's) go in as one batch.
        QList<const CheckedRow *> rows;
        rows.reserve(plan.inserts.size());
        for (const PlannedInsert &row : plan.inserts)
            rows.append(&row.values);
        bool cancelled = false;
        const Progress batchProgress = [&](int rowsDone, int) {
            cancelled = !progress(done + rowsDone, total);
            return !cancelled;
        };
        QStringList ids;
        qsizetype failedRow = -1;
        QString problem;
        if (!file.insertMany(plan.table, rows, &ids, &problem, &failedRow, progress ? batchProgress : Progress())) {
            if (cancelled) {
                *error = importCancelledMessage();
                return false;
            }
            if (failedRow >= 0)
                return failed(plan.inserts.at(failedRow).line, problem);
            *error = problem;
            return false;
        }
        for (const QString &id : std::as_const(ids))
            counts.added.append({plan.table, id});
        counts.inserted += int(ids.size());
    } else {
        // Some rows bring consequences (a risk register's), which need each new row's id.
        for (const PlannedInsert &row : plan.inserts) {
            if (!reportProgress(progress, done++, total)) {
                *error = importCancelledMessage();
                return false;
            }
            QString problem;
            const QString id = file.insert(plan.table, row.values.toRecord(), &problem);
            if (id.isEmpty() || !writeConsequences(row.consequences, id, &problem))
                return failed(row.line, problem);
            counts.added.append({plan.table, id});
            ++counts.inserted;
        }
    }
    counts.skipped = plan.alreadyPresent;
    if (!tx.commit(error))
        return false;
    if (result)
        *result = counts;
    return true;
}

} // namespace ik
