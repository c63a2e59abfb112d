#pragma once

#include <QDate>
#include <QString>

#include <memory>

namespace ik {

class UnitFile;

struct DemoOptions
{
    int scale = 1;     // multiplies every count
    quint32 seed = 1;  // same seed, same file contents (ids and timestamps aside)
    int year = 0;      // the current review year; 0 = this calendar year
    // The day the demo shows the unit on: nothing is reported, done or held after it, and the
    // current year's indicators run up to its month. Unset: today in the current year, else
    // 31 December of a past year or 15 June of a future one.
    QDate asOf;
};

// A realistic fictional unit of about 40 employees (at scale 1): three review years, people and
// roles, legal register, mapping and risk assessments, deviations, training, actions, inspection
// rounds, indicators, last year's goals evaluated, and the report texts begun. One coherent unit:
// every figure agrees with every other (indicators are counted from the deviations, actions and
// training they name, goal results and their text from the year's records), at every scale.
std::unique_ptr<UnitFile> createDemo(const QString &path, const DemoOptions &options, QString *error);

} // namespace ik
