#include "core/exchange/sheetexport.h"

#include "core/common/translations.h"
#include "core/exchange/csv.h"
#include "core/exchange/xlsxreader.h"
#include "core/risk/riskmatrix.h"
#include "core/store/labels.h"
#include "core/store/sqlitestatement.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::SheetExport", text); }
// In the export's language, not the user interface's.
QString inLanguage(const char *english, const QString &language) { return translateFor(language, "ik::SheetExport", english); }

// Names of rows other tables point to, looked up once per id.
class NameCache
{
public:
    NameCache(const UnitFile &file, const QString &language) : m_file(file), m_language(language) {}
    // A table's names are read all at once the first time one is asked for: an export of a large
    // file names thousands of links, and a query each was a fifth of gathering its rows.
    QString name(const QString &table, const QString &id)
    {
        auto it = m_names.find(table);
        if (it == m_names.end())
            it = m_names.insert(table, m_file.displayNames(table, m_language));
        return it->value(id);
    }

private:
    const UnitFile &m_file;
    QString m_language;
    QHash<QString, QHash<QString, QString>> m_names; // table → id → name
};

// The review year of each row of a table: its own, or its parent's (a risk's is its
// assessment's); tables with neither are absent.
QHash<QString, int> yearsOf(const UnitFile &file, const TableDef &def,
                            QHash<QString, QHash<QString, int>> &cache)
{
    if (auto it = cache.constFind(def.name); it != cache.constEnd())
        return *it;
    QHash<QString, int> years;
    const QString parent = def.parentColumn();
    if (def.yearScoped) {
        for (const Record &r : file.records(def.name))
            years.insert(r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("year")).toInt());
    } else if (!parent.isEmpty()) {
        const TableDef *up = schema::table(def.column(parent)->reference);
        const QHash<QString, int> parentYears = up ? yearsOf(file, *up, cache) : QHash<QString, int>();
        for (const Record &r : file.records(def.name)) {
            const auto y = parentYears.constFind(r.value(parent).toString());
            if (y != parentYears.constEnd())
                years.insert(r.value(QStringLiteral("id")).toString(), *y);
        }
    }
    cache.insert(def.name, years);
    return years;
}

bool hasYear(const TableDef &def)
{
    if (def.yearScoped)
        return true;
    const QString parent = def.parentColumn();
    if (parent.isEmpty())
        return false;
    const TableDef *up = schema::table(def.column(parent)->reference);
    return up && hasYear(*up);
}

QString localDate(const QDate &date, const QString &language)
{
    return language == QLatin1String("nb") ? date.toString(QStringLiteral("dd.MM.yyyy"))
                                           : date.toString(Qt::ISODate);
}

QString cellAsText(const QVariant &cell, const QString &language)
{
    switch (cell.typeId()) {
    case QMetaType::QDate: return localDate(cell.toDate(), language);
    case QMetaType::QDateTime: return cell.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return cell.toBool() ? inLanguage("yes", language) : inLanguage("no", language);
    case QMetaType::Double: {
        // Whole numbers without ".0"; others with the language's decimal sign, as Excel reads them.
        const double d = cell.toDouble();
        QString text = QString::number(d, 'g', 15);
        if (language == QLatin1String("nb"))
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        return text;
    }
    default: return cell.toString();
    }
}

// libxlsxwriter's sheet names: at most 31 characters, none of []:*?/\ , unique regardless of case.
QString sheetName(const QString &title, QSet<QString> &used)
{
    QString name = title;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        name.replace(c, QLatin1Char('-'));
    name = name.left(31);
    QString unique = name;
    for (int n = 2; used.contains(unique.toLower()); ++n)
        unique = name.left(31 - 1 - int(QString::number(n).size())) + QLatin1Char(' ') + QString::number(n);
    used.insert(unique.toLower());
    return unique;
}

} // namespace

QStringList workbookTables()
{
    QStringList names;
    for (const TableDef &t : schema::tables())
        if (t.name != QLatin1String("review_year") && !t.name.startsWith(QLatin1String("matrix_")))
            names << t.name;
    return names;
}

std::optional<PeopleTable> peopleTable(const UnitFile &file, const QString &table,
                                       const SheetExportOptions &options, QString *error)
{
    const TableDef *def = schema::table(table);
    if (!def) {
        *error = tr("There is no table “%1”.").arg(table);
        return std::nullopt;
    }
    const QString &lang = options.language;
    PeopleTable out;
    out.table = table;
    out.title = tableLabel(*def, lang);
    QList<const ColumnDef *> columns;
    // A risk's consequences (risk_consequence) as a register has them: a column per category of
    // the matrix after each probability, "Helse før" … "Helse etter" (keys: health_before), which
    // the import takes back (sheetimport.h, extraSheetFields).
    const bool risks = table == QLatin1String("risk");
    const QList<RiskMatrix::Category> categories = risks ? RiskMatrix::load(file).categories() : QList<RiskMatrix::Category>();
    QList<std::pair<QString, QString>> consequenceAt; // per column: category and field, or empty
    // And beside its assessment the assessment's activity, as registers keep it on every row.
    qsizetype activityAt = -1;
    QHash<QString, QString> activityOfAssessment;
    for (const ColumnDef &c : def->columns) {
        columns << &c;
        out.header << (options.keys ? c.name : fieldLabel(*def, c.name, lang));
        out.types << c.type;
        consequenceAt << std::pair<QString, QString>();
        if (risks && c.name == QLatin1String("assessment_id")) {
            activityAt = columns.size();
            columns << nullptr;
            consequenceAt << std::pair<QString, QString>();
            out.header << (options.keys ? QStringLiteral("activity")
                                        : fieldLabel(QStringLiteral("risk_assessment"), QStringLiteral("activity_id"), lang));
            out.types << ColumnType::Text;
            for (const Record &a : file.records(QStringLiteral("risk_assessment")))
                activityOfAssessment.insert(a.value(QStringLiteral("id")).toString(),
                                            file.displayName(QStringLiteral("activity"), a.value(QStringLiteral("activity_id")).toString()));
        }
        if (!risks || !c.name.startsWith(QLatin1String("probability_")))
            continue;
        const bool before = c.name == QLatin1String("probability_before");
        for (const RiskMatrix::Category &category : categories) {
            columns << nullptr;
            const QString name = lang == QLatin1String("nb") ? category.nameNb : category.nameEn;
            out.header << (options.keys ? category.key + (before ? QStringLiteral("_before") : QStringLiteral("_after"))
                                        : translateFor(lang, "ik::SheetImport", before ? "%1 before" : "%1 after").arg(name));
            out.types << ColumnType::Integer;
            consequenceAt << std::pair(category.key, before ? QStringLiteral("consequence_before") : QStringLiteral("consequence_after"));
        }
    }
    if (def->yearScoped) {
        columns << nullptr;
        consequenceAt << std::pair<QString, QString>();
        out.header << (options.keys ? QStringLiteral("year") : fieldLabel(*def, QStringLiteral("year"), lang));
        out.types << ColumnType::Year;
    }
    out.header << idHeader();
    out.types << ColumnType::Text;

    QHash<QString, QHash<QString, int>> yearCache;
    QHash<QString, int> years;
    const bool filterYear = options.year && hasYear(*def);
    if (filterYear)
        years = yearsOf(file, *def, yearCache);
    NameCache names(file, lang);
    QHash<QString, QHash<QString, Record>> consequences; // risk → category → its row
    if (risks)
        for (const Record &c : file.records(QStringLiteral("risk_consequence")))
            consequences[c.value(QStringLiteral("risk_id")).toString()].insert(c.value(QStringLiteral("category")).toString(), c);
    // Read through SQLite's C API, each value by its place in the statement, rather than as a
    // Record (a map) per row: building and dropping those maps was most of gathering a large
    // file's workbook (docs/performance.md).
    const QStringList stored = def->columnNames();
    sqlite::ReadStatement q(file.database(),
                            QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(stored.join(QLatin1Char(',')), table));
    if (!q.isValid()) {
        *error = tr("Cannot read “%1”.").arg(table);
        return std::nullopt;
    }
    const int idAt = int(stored.indexOf(QStringLiteral("id")));
    const int yearAt = int(stored.indexOf(QStringLiteral("year")));
    const int assessmentAt = int(stored.indexOf(QStringLiteral("assessment_id")));
    // Per column: where its value is in the statement, and for a text column that holds the id
    // of a record in a table another column names (an action's source), that column's place.
    QList<int> valueAt;
    QList<int> selectorAt;
    QList<schema::LinkColumn> links;
    for (const ColumnDef *c : std::as_const(columns)) {
        valueAt << (c ? int(stored.indexOf(c->name)) : yearAt);
        const schema::LinkColumn link = c ? schema::linkColumn(table, c->name) : schema::LinkColumn();
        selectorAt << (link.selector.isEmpty() ? -1 : int(stored.indexOf(link.selector)));
        links << link;
    }
    while (q.next()) {
        const QString id = q.value(idAt).toString();
        if (filterYear && years.value(id, -1) != *options.year)
            continue;
        QVariantList cells;
        cells.reserve(out.header.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const ColumnDef *c = columns[i];
            if (i == activityAt) {
                const QString activity = activityOfAssessment.value(q.value(assessmentAt).toString());
                cells << (activity.isEmpty() ? QVariant() : QVariant(activity));
                continue;
            }
            const auto &[category, field] = consequenceAt[i];
            if (!category.isEmpty()) {
                const QVariant v = consequences.value(id).value(category).value(field);
                cells << (v.isNull() ? QVariant() : QVariant(v.toDouble()));
                continue;
            }
            const QVariant v = q.value(valueAt[i]);
            if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())) {
                cells << QVariant();
                continue;
            }
            if (!c) {
                cells << v.toDouble();
                continue;
            }
            switch (c->type) {
            case ColumnType::Text:
            case ColumnType::LongText: {
                const QString linked = selectorAt[i] < 0 ? QString()
                                                         : links[i].tables.value(q.value(selectorAt[i]).toString());
                cells << (linked.isEmpty() ? v.toString() : names.name(linked, v.toString()));
                break;
            }
            case ColumnType::Integer:
            case ColumnType::Real:
            case ColumnType::Money:
            case ColumnType::Year: cells << v.toDouble(); break;
            case ColumnType::Date: cells << QDate::fromString(v.toString(), Qt::ISODate); break;
            case ColumnType::DateTime: cells << QDateTime::fromString(v.toString(), Qt::ISODateWithMs); break;
            case ColumnType::Bool: cells << (v.toInt() != 0); break;
            case ColumnType::Choice:
            case ColumnType::MultiChoice: cells << choiceText(*c, v, lang); break;
            case ColumnType::Reference: cells << names.name(c->reference, v.toString()); break;
            }
        }
        cells << id;
        out.rows << cells;
    }
    if (!q.isValid()) {
        *error = tr("Cannot read “%1”.").arg(table);
        return std::nullopt;
    }
    return out;
}

QByteArray exportPeopleCsv(const UnitFile &file, const QString &table,
                           const SheetExportOptions &options, QString *error)
{
    const auto sheet = peopleTable(file, table, options, error);
    if (!sheet)
        return {};
    csv::Writer out(options.separator, true);
    out.row(sheet->header);
    for (const QVariantList &row : sheet->rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QVariant &cell : row)
            cells << cellAsText(cell, options.language);
        out.row(cells);
    }
    return out.data();
}

QByteArray exportXlsx(const UnitFile &file, const QStringList &tables,
                      const SheetExportOptions &options, QString *error)
{
    QList<PeopleTable> sheets;
    for (const QString &table : tables) {
        auto sheet = peopleTable(file, table, options, error);
        if (!sheet)
            return {};
        sheets << std::move(*sheet);
    }
    return xlsxWorkbook(sheets, options.language, error);
}

QByteArray xlsxWorkbook(const QList<PeopleTable> &sheets, const QString &language, QString *error)
{
    // libxlsxwriter (1.1 as Debian 12 has it) writes to a file only: a scratch one, read back,
    // so the caller writes the result through writeOutputFile like every other export.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("Cannot make a temporary folder for the workbook: %1").arg(scratch.errorString());
        return {};
    }
    const QByteArray path = QFile::encodeName(scratch.filePath(QStringLiteral("export.xlsx")));
    // Row by row, strings inline: each sheet is written in row order, and without the shared
    // string table (a search tree of every distinct text) a scale-100 workbook is written in a
    // fraction of the time and memory. Excel, LibreOffice and our own reader read inline strings.
    const QByteArray tmp = QFile::encodeName(scratch.path());
    lxw_workbook_options rowByRow{};
    rowByRow.constant_memory = LXW_TRUE;
    rowByRow.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &rowByRow);
    if (!book) {
        *error = tr("Cannot start the workbook.");
        return {};
    }
    lxw_format *header = workbook_add_format(book);
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF4);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, language == QLatin1String("nb") ? "dd.mm.yyyy" : "yyyy-mm-dd");
    format_set_align(date, LXW_ALIGN_LEFT);
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, language == QLatin1String("nb") ? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm");
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *idCell = workbook_add_format(book);
    format_set_font_color(idCell, 0x999999);
    lxw_format *idHead = workbook_add_format(book);
    format_set_bold(idHead);
    format_set_font_color(idHead, 0x999999);
    format_set_bg_color(idHead, 0xE8EEF4);
    format_set_bottom(idHead, LXW_BORDER_THIN);

    QSet<QString> used;
    for (const PeopleTable &table : sheets) {
        const PeopleTable *sheet = &table;
        const QByteArray name = sheetName(sheet->title, used).toUtf8();
        lxw_worksheet *ws = workbook_add_worksheet(book, name.constData());
        const int columns = int(sheet->header.size());
        const int idColumn = sheet->idColumn ? columns - 1 : -1;
        const int lastColumn = std::max(columns - 1, 0);
        for (int c = 0; c < columns; ++c) {
            const QByteArray h = sheet->header[c].toUtf8();
            worksheet_write_string(ws, 0, lxw_col_t(c), h.constData(), c == idColumn ? idHead : header);
            const ColumnType type = sheet->types[c];
            const double width = c == idColumn ? 12
                                 : type == ColumnType::LongText ? 50
                                 : type == ColumnType::Date ? 12
                                 : (type == ColumnType::Integer || type == ColumnType::Year || type == ColumnType::Bool) ? 10
                                 : std::clamp(double(sheet->header[c].size()) + 4, 14.0, 36.0);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width,
                                 c == idColumn ? idCell : type == ColumnType::LongText ? wrap : top);
        }
        worksheet_freeze_panes(ws, 1, 0);
        worksheet_autofilter(ws, 0, 0, lxw_row_t(std::max<qsizetype>(sheet->rows.size(), 1)), lxw_col_t(lastColumn));
        lxw_row_t r = 1;
        for (const QVariantList &row : sheet->rows) {
            for (int c = 0; c < columns; ++c) {
                const QVariant &v = row[c];
                const auto col = lxw_col_t(c);
                lxw_format *textFormat = c == idColumn ? idCell : sheet->types[c] == ColumnType::LongText ? wrap : top;
                switch (v.typeId()) {
                case QMetaType::UnknownType: break;
                case QMetaType::Double: worksheet_write_number(ws, r, col, v.toDouble(), nullptr); break;
                case QMetaType::Bool: worksheet_write_boolean(ws, r, col, v.toBool(), nullptr); break;
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, r, col, &dt, date);
                    break;
                }
                case QMetaType::QDateTime: {
                    const QDateTime t = v.toDateTime().toLocalTime();
                    lxw_datetime dt{t.date().year(), t.date().month(), t.date().day(),
                                    t.time().hour(), t.time().minute(),
                                    t.time().second() + t.time().msec() / 1000.0}; // to the ms, as stored
                    worksheet_write_datetime(ws, r, col, &dt, dateTime);
                    break;
                }
                default: {
                    // A string cell is text to Excel whatever it starts with: never a formula.
                    const QByteArray s = v.toString().left(32767).toUtf8();
                    if (!s.isEmpty())
                        worksheet_write_string(ws, r, col, s.constData(), textFormat);
                }
                }
            }
            ++r;
        }
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        *error = tr("Cannot write the workbook: %1").arg(QString::fromUtf8(lxw_strerror(closed)));
        return {};
    }
    QFile written(QFile::decodeName(path));
    if (!written.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the workbook back: %1").arg(written.errorString());
        return {};
    }
    return written.readAll();
}

} // namespace ik
