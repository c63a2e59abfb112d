#pragma once

#include <QString>

#include <memory>

namespace ik {

class UnitFile;

struct DemoOptions
{
    int scale = 1;     // multiplies every count
    quint32 seed = 1;  // same seed, same file contents (ids and timestamps aside)
    int year = 0;      // the current review year; 0 = this calendar year
};

// A realistic fictional unit of about 40 employees (at scale 1): three review years, people and
// roles, legal register, mapping and risk assessments, deviations, training, actions, inspection
// rounds, indicators, last year's goals evaluated, and the report texts begun.
std::unique_ptr<UnitFile> createDemo(const QString &path, const DemoOptions &options, QString *error);

} // namespace ik
