#pragma once

#include <QDate>
#include <QString>

namespace ik {

// What one export of the annual report asks for. The language is the report's own, chosen per
// export and independent of the program's UI language.
struct ReportOptions
{
    int year = 0;                          // 0: the file's latest review year
    QString language = QStringLiteral("nb"); // nb or en
    QDate date;                            // printed on the cover, and "overdue" is counted from it; invalid: today
};

} // namespace ik
