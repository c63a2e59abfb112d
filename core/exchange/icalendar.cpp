#include "core/exchange/icalendar.h"

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

QByteArray calendarOfDeadlines(const UnitFile &file, int year)
{
    QByteArray out;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString unit = file.unitName();
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Internkontroll//Internkontroll %1//EN").arg(QStringLiteral(IK_VERSION)));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + escaped(QStringLiteral("HMS %1 %2").arg(unit, QString::number(year))));
    const auto event = [&](const Record &row, const QString &dateColumn, const QString &summary,
                           const QString &description, bool finished) {
        const QDate due = QDate::fromString(row.value(dateColumn).toString(), Qt::ISODate);
        if (!due.isValid())
            return;
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:%1@internkontroll").arg(row.value(QStringLiteral("id")).toString()));
        appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
        appendLine(out, QStringLiteral("SEQUENCE:%1").arg(sequenceOf(row)));
        appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + due.toString(QStringLiteral("yyyyMMdd")));
        appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        appendLine(out, QStringLiteral("SUMMARY:") + escaped(summary));
        if (!description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(description));
        appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        appendLine(out, QStringLiteral("STATUS:") + (finished ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED")));
        appendLine(out, QStringLiteral("END:VEVENT"));
    };
    const RecordFilter ofYear = RecordFilter::ofYear(year);
    for (const Record &a : file.records(QStringLiteral("action"), ofYear)) {
        const QString status = a.value(QStringLiteral("status")).toString();
        event(a, QStringLiteral("deadline"), QStringLiteral("HMS-tiltak: ") + a.value(QStringLiteral("title")).toString(),
              a.value(QStringLiteral("description")).toString(),
              status == QLatin1String("done") || status == QLatin1String("cancelled"));
    }
    for (const Record &c : file.records(QStringLiteral("checklist_item"), ofYear)) {
        const QString status = c.value(QStringLiteral("status")).toString();
        QString title = c.value(QStringLiteral("title_nb")).toString();
        if (c.value(QStringLiteral("recurrence")).toString() == QLatin1String("tertial"))
            title += QStringLiteral(" (T%1)").arg(c.value(QStringLiteral("occurrence")).toInt());
        event(c, QStringLiteral("due_date"), QStringLiteral("HMS: ") + title,
              c.value(QStringLiteral("guidance_nb")).toString(),
              status == QLatin1String("done") || status == QLatin1String("not_applicable"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace ik
