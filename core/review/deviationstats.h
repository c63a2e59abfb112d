#pragma once

#include <QHash>
#include <QString>

#include <array>

namespace ik {

class UnitFile;

// A review year's deviations counted in the file (one grouped query, whatever their number):
// category key → {tertial 1, tertial 2, tertial 3, total, still open}.
QHash<QString, std::array<int, 5>> deviationCountsByTertial(const UnitFile &file, int year);

} // namespace ik
