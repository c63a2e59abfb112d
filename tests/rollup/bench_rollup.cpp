// bench_rollup: how long the faculty overview takes for N unit files, against its floor: opening
// each of the same files (UnitFile::open read-only, which checks the whole file) and closing it
// again. Not a test; the figures go into docs/performance.md.
//
//   bench_rollup [--files 100] [--scale 1] [--runs 3] [--dir DIR]
//
// The demo files (seeds 1…N, every fourth signed off, so that the sign-off's fingerprint is
// computed as in a real faculty) are created in DIR, and reused when already there.
#include "core/review/demounit.h"
#include "core/rollup/facultyoverview.h"
#include "core/rollup/facultyreport.h"
#include "core/sharing/signoff.h"
#include "core/store/unitfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace ik;

namespace {

constexpr int kYear = 2026;

struct Timing
{
    double cpuMs = 0, wallMs = 0;
};

// The median CPU and wall milliseconds of `runs` calls.
Timing median(int runs, const std::function<void()> &work)
{
    QList<double> cpu, wall;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t start = std::clock();
        work();
        cpu << 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
        wall << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the PDF lays out text
    QCommandLineParser p;
    p.addOption({QStringLiteral("files"), QStringLiteral("Unit files."), QStringLiteral("N"), QStringLiteral("100")});
    p.addOption({QStringLiteral("scale"), QStringLiteral("Demo scale."), QStringLiteral("S"), QStringLiteral("1")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."), QStringLiteral("R"), QStringLiteral("3")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Folder of the demo files."), QStringLiteral("DIR")});
    p.process(app);
    const int files = p.value(QStringLiteral("files")).toInt();
    const int scale = p.value(QStringLiteral("scale")).toInt();
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    QTemporaryDir scratch;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : scratch.path();
    QDir().mkpath(dir);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList paths;
    for (int i = 1; i <= files; ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("unit-%1-s%2.db").arg(i, 4, 10, QLatin1Char('0')).arg(scale));
        paths << QFileInfo(path).absoluteFilePath();
        if (QFileInfo::exists(path))
            continue;
        DemoOptions o;
        o.scale = scale;
        o.seed = quint32(i);
        o.year = kYear;
        o.asOf = QDate(kYear, 10, 15);
        QString error;
        auto file = createDemo(path, o, &error);
        if (!file) {
            err << error << Qt::endl;
            return 1;
        }
        if (i % 4 == 0)
            signOff(*file, kYear, QStringLiteral("review"), QStringLiteral("Linn Leder"), QStringLiteral("Instituttleder"), {}, &error);
        if (i % 10 == 0)
            err << "created " << i << " of " << files << Qt::endl;
    }

    const Timing floor = median(runs, [&] {
        for (const QString &path : paths) {
            FileCheck check;
            const auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, &check);
            if (!file)
                err << check.message << Qt::endl;
        }
    });
    FacultyOverview overview;
    const Timing rollup = median(runs, [&] { overview = rollUp(paths, kYear, QDate(kYear, 10, 15)); });
    QString error;
    const Timing document = median(runs, [&] {
        const QString target = QDir(dir).filePath(QStringLiteral("faculty.pdf"));
        writeFacultyOverview(overview, target, {QStringLiteral("nb"), 0}, &error);
    });
    const Timing workbook = median(runs, [&] { facultyXlsx(overview, {QStringLiteral("nb"), 0}, &error); });
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();

    out << "| files | scale | data | floor: open each file | roll-up | roll-up / floor | PDF of the overview | XLSX |\n"
        << "|---|---|---|---|---|---|---|---|\n";
    out << QStringLiteral("| %1 | %2 | %3 MiB | %4 ms (%5) | %6 ms (%7) | ×%8 | %9 ms | %10 ms |\n")
               .arg(files)
               .arg(scale)
               .arg(double(bytes) / 1024 / 1024, 0, 'f', 0)
               .arg(floor.cpuMs, 0, 'f', 0)
               .arg(floor.wallMs, 0, 'f', 0)
               .arg(rollup.cpuMs, 0, 'f', 0)
               .arg(rollup.wallMs, 0, 'f', 0)
               .arg(rollup.cpuMs / std::max(1.0, floor.cpuMs), 0, 'f', 1)
               .arg(document.cpuMs, 0, 'f', 0)
               .arg(workbook.cpuMs, 0, 'f', 0);
    out << "\nunits counted: " << overview.totals.units << ", runs per figure: " << runs
        << " (median; CPU ms, wall ms in brackets)\n";
    return 0;
}
