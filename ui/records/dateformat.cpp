#include "ui/records/dateformat.h"

#include <QLocale>
#include <QRegularExpression>

namespace ik::ui {

QString dateDisplayFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // "yy" alone becomes "yyyy"; a format that already has four y's is left as it is.
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

QString displayDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateDisplayFormat()) : QString();
}

QString displayDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? displayDate(date) : isoDate;
}

QString displayDateTime(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QDateTime local = moment.toLocalTime();
    return QStringLiteral("%1 %2").arg(displayDate(local.date()), QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

} // namespace ik::ui
