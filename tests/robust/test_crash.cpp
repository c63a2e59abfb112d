// Kills a real writer at random moments and checks after each kill that the file opens, passes
// the check, and holds every transaction whole or not at all.
#include "catch.h"
#include "testsupport.h"

#include "core/store/unitfile.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

using namespace ik;

TEST_CASE("SIGKILL during writes never leaves a torn transaction or a broken file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QString error;
    REQUIRE(UnitFile::create(path, {QStringLiteral("Krasj"), 2026, QStringLiteral("ntnu"), {}}, &error));
    QRandomGenerator rng(20261125); // seeded: a failure can be replayed
    int committedBatches = 0;
    int killedMidWrite = 0;
    const int kills = 50;
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(IK_CRASH_WRITER), {path, QStringLiteral("r%1").arg(round)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(10000)); // "ready": the file is open
        QThread::msleep(rng.bounded(1, 120));
        writer.kill(); // SIGKILL on Unix
        writer.waitForFinished();

        // What is left must open (SQLite rolls back a hot journal), pass the check, and hold
        // whole batches only.
        killedMidWrite += inspectFile(path).hotJournal;
        FileCheck check;
        auto file = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        INFO("round " << round << ": " << check.message.toStdString());
        REQUIRE(file);
        REQUIRE_FALSE(file->isReadOnly()); // the killed writer's lock is stale, not held
        QHash<QString, int> perBatch;
        for (const Record &goal : file->records(QStringLiteral("goal"))) {
            const QString title = goal.value(QStringLiteral("title")).toString();
            ++perBatch[title.section(QLatin1Char('/'), 0, 1)];
            REQUIRE(goal.value(QStringLiteral("description")).toString().size() == 2000);
        }
        for (auto it = perBatch.constBegin(); it != perBatch.constEnd(); ++it) {
            INFO("batch " << it.key().toStdString());
            REQUIRE(it.value() == 10);
        }
        REQUIRE(perBatch.size() >= committedBatches); // nothing committed earlier was lost
        committedBatches = int(perBatch.size());
        file.reset();
        REQUIRE(inspectFile(path).ok());
        REQUIRE(iktest::runCli({QStringLiteral("check"), path}).exitCode == 0);
    }
    CHECK(committedBatches >= 10);   // the writers did get work done between kills
    CHECK(killedMidWrite > 0);       // and some kills did hit a transaction half-way
}
