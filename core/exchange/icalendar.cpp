#include "core/exchange/icalendar.h"

#include "core/common/translations.h"
#include "core/review/yearstatus.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QDateTime>

#include <algorithm>

namespace ik {

namespace {

// RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values.
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

// RFC 5545 3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8
// sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while ((uchar(utf8.at(cut)) & 0xC0) == 0x80) // continuation byte: step back
            --cut;
        out += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start) + "\r\n";
}

int sequenceOf(const Record &row)
{
    // Seconds since the record was created: grows with every modification.
    const QDateTime created = QDateTime::fromString(row.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    const QDateTime modified = QDateTime::fromString(row.value(QStringLiteral("modified_at")).toString(), Qt::ISODateWithMs);
    return int(std::clamp<qint64>(created.secsTo(modified), 0, 2000000000));
}

} // namespace

QByteArray calendarOfDeadlines(const UnitFile &file, int year, const QString &language)
{
    const auto text = [&language](const char *english) { return translateFor(language, "ik::Calendar", english); };
    const bool nb = language == QLatin1String("nb");
    QByteArray out;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Internkontroll//Internkontroll %1//EN").arg(QStringLiteral(IK_VERSION)));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:")
                        + escaped(text(QT_TRANSLATE_NOOP("ik::Calendar", "HSE %1 %2")).arg(file.unitName(), QString::number(year))));
    for (const DatedRow &d : datedRows(file, year)) {
        const Record &row = d.row;
        QString summary, description;
        if (d.table->name == QLatin1String("action")) {
            summary = text(QT_TRANSLATE_NOOP("ik::Calendar", "HSE action: %1")).arg(dueTitle(d, language));
            description = row.value(QStringLiteral("description")).toString();
        } else {
            summary = text(QT_TRANSLATE_NOOP("ik::Calendar", "HSE: %1")).arg(dueTitle(d, language));
            if (d.table->name == QLatin1String("checklist_item"))
                description = row.value(nb ? QStringLiteral("guidance_nb") : QStringLiteral("guidance_en")).toString();
            else if (d.table->name == QLatin1String("risk"))
                description = row.value(QStringLiteral("acceptance_reason")).toString();
        }
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:%1@internkontroll").arg(row.value(QStringLiteral("id")).toString()));
        appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
        appendLine(out, QStringLiteral("SEQUENCE:%1").arg(sequenceOf(row)));
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + d.date.toString(QStringLiteral("yyyyMMdd")));
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + d.date.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        appendLine(out, QStringLiteral("SUMMARY:") + escaped(summary));
        if (!description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(description));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("STATUS:") + (d.due ? QStringLiteral("CONFIRMED") : QStringLiteral("CANCELLED")));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace ik
