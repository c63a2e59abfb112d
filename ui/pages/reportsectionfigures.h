#pragma once

#include <QDate>
#include <QMap>
#include <QString>

namespace ik {
class UnitFile;
}

namespace ik::ui {

// A line or two per report section (RA-3 a–e, RA-1; keys of the choice set "report_section") of
// the figures the annual report prints with it, counted by the same core functions the report
// uses, so that the person writing the text sees what the reader will see beside it.
QMap<QString, QString> reportSectionFigures(const UnitFile &file, int year, const QDate &today);

} // namespace ik::ui
