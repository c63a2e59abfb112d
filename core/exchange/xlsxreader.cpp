#include "core/exchange/xlsxreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <memory>

namespace ik::xlsx {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::Xlsx", text); }

QString damaged() { return tr("The file is not a workbook that can be read (XLSX): "); }

struct ArchiveCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

Archive openArchive(const QByteArray &data, const Limits &limits, QString *error)
{
    zip_error_t ze;
    zip_error_init(&ze);
    // The buffer stays owned by the QByteArray (freep = 0), which outlives the archive.
    zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &ze);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : nullptr;
    if (!archive) {
        if (source)
            zip_source_free(source);
        *error = damaged() + tr("it is no zip archive, or a damaged one (%1).")
                                 .arg(QString::fromUtf8(zip_error_strerror(&ze)));
        zip_error_fini(&ze);
        return {};
    }
    zip_error_fini(&ze);
    if (zip_get_num_entries(archive, 0) > limits.entries) {
        zip_discard(archive);
        *error = damaged() + tr("it holds more than %1 parts.").arg(limits.entries);
        return {};
    }
    return Archive(archive);
}

// One part, inflated with a cap: the sizes an archive states are not trusted, the bytes counted.
// `budget` is what all parts read from this archive may still take. A missing optional part is
// an empty result with no error.
std::optional<QByteArray> readPart(zip_t *archive, const QString &name, bool required,
                                   qint64 partLimit, qint64 *budget, QString *error)
{
    const QByteArray path = name.toUtf8();
    zip_file_t *f = zip_fopen(archive, path.constData(), 0);
    if (!f) {
        if (!required)
            return QByteArray();
        *error = damaged() + tr("the part “%1” is missing.").arg(name);
        return std::nullopt;
    }
    QByteArray out;
    char buffer[64 * 1024];
    const qint64 cap = std::min(partLimit, *budget);
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n < 0) {
            *error = damaged() + tr("the part “%1” is damaged (%2).")
                                     .arg(name, QString::fromUtf8(zip_error_strerror(zip_file_get_error(f))));
            zip_fclose(f);
            return std::nullopt;
        }
        if (n == 0)
            break;
        if (out.size() + n > cap) {
            zip_fclose(f);
            *error = tr("The workbook is too large to read: its part “%1” unpacks to more than %2 MB "
                        "(a damaged file, or one made to exhaust memory). Save the sheet on its own, "
                        "or as CSV, and import that.")
                         .arg(name, QString::number(double(cap) / (1024 * 1024), 'g', 3));
            return std::nullopt;
        }
        out.append(buffer, qsizetype(n));
    }
    zip_fclose(f);
    *budget -= out.size();
    return out;
}

QString xmlProblem(const QString &part, const QXmlStreamReader &xml)
{
    return damaged() + tr("the part “%1” is not well-formed XML (line %2: %3).")
                           .arg(part, QString::number(xml.lineNumber()), xml.errorString());
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run; phonetic
// guides (<rPh>) are not part of the text.
QString stringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

// The built-in number formats that are dates or times (ECMA-376 part 1, 18.8.30), and the
// Japanese/Chinese date formats Excel stores under ids 27–36 and 50–58.
bool builtInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

// A custom format code is a date when it holds a day, month, year, hour or second code outside
// quoted text, escapes and [colour]/[$-locale] brackets ("[h]:mm" elapsed time counts as a time).
bool dateFormatCode(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0 && QStringLiteral("dmyhsDMYHS").contains(c)) {
            return true;
        } else if (c == QLatin1Char(';')) {
            return false; // only the first (positive) section decides
        }
    }
    return false;
}

// "BC12" → column 54 (0-based); -1 when the reference has no letters.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i) {
        const char16_t c = reference[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            return -1;
        column = column * 26 + (c - u'A' + 1);
        if (column > 16384)
            return -1; // beyond XFD, Excel's last column
    }
    return i == 0 ? -1 : column - 1;
}

QString resolvedTarget(const QString &target)
{
    // Targets are relative to xl/ unless absolute within the package.
    return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
}

} // namespace

QDate dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465) // 9999-12-31
        return {};
    const qint64 day = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(day);
    if (day == 0 || day == 60)
        return {}; // 1900-01-00 and the 1900-02-29 that never was
    // Before the phantom day the count is one ahead of the real calendar.
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

double serialFromDate(const QDate &date)
{
    const qint64 day = QDate(1899, 12, 30).daysTo(date);
    return double(day < 61 ? day - 1 : day);
}

std::optional<Workbook> Workbook::open(const QByteArray &data, QString *error, const Limits &limits)
{
    Archive archive = openArchive(data, limits, error);
    if (!archive)
        return std::nullopt;
    qint64 budget = limits.totalBytes;
    Workbook book;
    book.m_data = data;
    book.m_limits = limits;

    // Which part each sheet is, through the workbook's relationships.
    const auto rels = readPart(archive.get(), QStringLiteral("xl/_rels/workbook.xml.rels"), true, limits.partBytes, &budget, error);
    if (!rels)
        return std::nullopt;
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship")
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               resolvedTarget(xml.attributes().value(QLatin1String("Target")).toString()));
        }
        if (xml.hasError()) {
            *error = xmlProblem(QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
            return std::nullopt;
        }
    }
    const auto workbook = readPart(archive.get(), QStringLiteral("xl/workbook.xml"), true, limits.partBytes, &budget, error);
    if (!workbook)
        return std::nullopt;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                book.m_date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                // r:id, whatever prefix the writer gave the relationships namespace.
                QString rid;
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        rid = a.value().toString();
                book.m_names << xml.attributes().value(QLatin1String("name")).toString();
                book.m_paths << targets.value(rid);
            }
        }
        if (xml.hasError()) {
            *error = xmlProblem(QStringLiteral("xl/workbook.xml"), xml);
            return std::nullopt;
        }
    }
    if (book.m_names.isEmpty()) {
        *error = damaged() + tr("it has no sheets.");
        return std::nullopt;
    }

    const auto shared = readPart(archive.get(), QStringLiteral("xl/sharedStrings.xml"), false, limits.partBytes, &budget, error);
    if (!shared)
        return std::nullopt;
    {
        QXmlStreamReader xml(*shared);
        while (!shared->isEmpty() && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si")
                book.m_shared << stringItem(xml);
        }
        if (xml.hasError()) {
            *error = xmlProblem(QStringLiteral("xl/sharedStrings.xml"), xml);
            return std::nullopt;
        }
    }

    const auto styles = readPart(archive.get(), QStringLiteral("xl/styles.xml"), false, limits.partBytes, &budget, error);
    if (!styles)
        return std::nullopt;
    {
        QHash<int, bool> customDates;
        QXmlStreamReader xml(*styles);
        bool inCellXfs = false;
        while (!styles->isEmpty() && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == u"numFmt") {
                    customDates.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                                       dateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()));
                } else if (xml.name() == u"cellXfs") {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == u"xf") {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    book.m_dateStyles << customDates.value(id, builtInDateFormat(id));
                }
            } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
        if (xml.hasError()) {
            *error = xmlProblem(QStringLiteral("xl/styles.xml"), xml);
            return std::nullopt;
        }
    }
    return book;
}

std::optional<Sheet> Workbook::sheet(int index, QString *error) const
{
    if (index < 0 || index >= m_names.size()) {
        *error = tr("The workbook has no sheet %1.").arg(index + 1);
        return std::nullopt;
    }
    Archive archive = openArchive(m_data, m_limits, error);
    if (!archive)
        return std::nullopt;
    qint64 budget = m_limits.totalBytes;
    const QString part = m_paths.at(index);
    const auto data = readPart(archive.get(), part, true, m_limits.partBytes, &budget, error);
    if (!data)
        return std::nullopt;

    Sheet sheet;
    sheet.name = m_names.at(index);
    QXmlStreamReader xml(*data);
    QVariantList cells;
    int rowNumber = 0, column = -1;
    bool haveHeader = false;
    const auto endRow = [&] {
        bool blank = true;
        for (const QVariant &v : cells)
            if (!v.isNull() && !(v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty()))
                blank = false;
        if (blank)
            return;
        if (!haveHeader) {
            for (const QVariant &v : cells)
                sheet.header << v.toString().trimmed();
            while (!sheet.header.isEmpty() && sheet.header.last().isEmpty())
                sheet.header.removeLast();
            haveHeader = true;
            return;
        }
        cells.resize(sheet.header.size()); // cells beyond the header have no field
        sheet.rows << cells;
        sheet.lines << rowNumber;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"row") {
            endRow();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            rowNumber = r > 0 ? r : rowNumber + 1;
            cells.clear();
            column = -1;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        const auto attributes = xml.attributes();
        const int c = columnOf(attributes.value(QLatin1String("r")));
        column = c >= 0 ? c : column + 1;
        if (column < 0 || column >= 16384) {
            *error = damaged() + tr("sheet “%1”, row %2 has a cell beyond the last column.")
                                     .arg(sheet.name, QString::number(rowNumber));
            return std::nullopt;
        }
        const QString type = attributes.value(QLatin1String("t")).toString();
        const int style = attributes.value(QLatin1String("s")).toInt();
        QString value;
        bool haveValue = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"c")
                break;
            if (xml.isStartElement()) {
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                    haveValue = true;
                } else if (xml.name() == u"is") {
                    value = stringItem(xml);
                    haveValue = true;
                } else if (xml.name() != u"f") {
                    xml.skipCurrentElement();
                }
            }
        }
        if (!haveValue)
            continue;
        QVariant cell;
        if (type == u"s") {
            bool ok = false;
            const int i = value.toInt(&ok);
            if (!ok || i < 0 || i >= m_shared.size()) {
                *error = damaged() + tr("sheet “%1”, row %2 names a shared string it lacks.")
                                         .arg(sheet.name, QString::number(rowNumber));
                return std::nullopt;
            }
            cell = m_shared.at(i);
        } else if (type == u"inlineStr" || type == u"str") {
            cell = value;
        } else if (type == u"b") {
            cell = value.trimmed() == u"1" || value.trimmed() == u"true";
        } else if (type == u"e") {
            cell = QVariant(); // #N/A, #REF!: no value
        } else if (type == u"d") {
            const QDateTime t = QDateTime::fromString(value, Qt::ISODate);
            cell = t.time() == QTime(0, 0) ? QVariant(t.date()) : QVariant(t);
        } else {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (!ok) {
                cell = value;
            } else if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
                const QDate date = dateFromSerial(number, m_date1904);
                const double fraction = number - std::floor(number);
                if (!date.isValid())
                    cell = number;
                else if (fraction == 0)
                    cell = date;
                else
                    cell = QDateTime(date, QTime(0, 0).addMSecs(int(std::lround(fraction * 86400000.0))));
            } else {
                cell = number;
            }
        }
        if (cells.size() <= column)
            cells.resize(column + 1);
        cells[column] = cell;
    }
    if (xml.hasError()) {
        *error = xmlProblem(part, xml);
        return std::nullopt;
    }
    if (!haveHeader) {
        *error = tr("The sheet “%1” is empty: it has no header row.").arg(sheet.name);
        return std::nullopt;
    }
    return sheet;
}

} // namespace ik::xlsx
