// Two programs on one file: the second is told who holds it and gets it read-only; nothing the
// first writes is lost; Save a Copy taken while the first writes is a sound file.
#include "catch.h"
#include "testsupport.h"

#include "core/store/unitfile.h"

#include <QHash>
#include <QProcess>
#include <QThread>

using namespace ik;

namespace {
void requireWholeBatches(const UnitFile &file, int *batches)
{
    QHash<QString, int> perBatch;
    for (const Record &goal : file.records(QStringLiteral("goal")))
        ++perBatch[goal.value(QStringLiteral("title")).toString().section(QLatin1Char('/'), 0, 1)];
    for (auto it = perBatch.constBegin(); it != perBatch.constEnd(); ++it)
        REQUIRE(it.value() == 10);
    *batches = int(perBatch.size());
}
} // namespace

TEST_CASE("A second writer process is refused with who holds the file; the first loses nothing")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    QString error;
    REQUIRE(UnitFile::create(path, {QStringLiteral("Delt"), 2026, QStringLiteral("ntnu"), {}}, &error));
    QProcess first;
    first.start(QStringLiteral(IK_CRASH_WRITER), {path, QStringLiteral("first")});
    REQUIRE(first.waitForReadyRead(10000));
    QThread::msleep(200);

    QProcess second;
    second.start(QStringLiteral(IK_CRASH_WRITER), {path, QStringLiteral("second")});
    REQUIRE(second.waitForFinished(15000)); // refused at once, not left waiting
    CHECK(second.exitCode() == 2);
    const QString told = QString::fromUtf8(second.readAllStandardError());
    CHECK(told.contains(QStringLiteral("process %1").arg(first.processId())));

    // A copy taken while the first process writes is whole and sound.
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    {
        FileCheck check;
        auto reader = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
        REQUIRE(reader);
        CHECK(reader->isReadOnly());
        REQUIRE(reader->saveCopy(copy, &error));
    }
    CHECK(iktest::runCli({QStringLiteral("check"), copy}).exitCode == 0);
    int copiedBatches = 0;
    {
        FileCheck check;
        auto copied = UnitFile::open(copy, UnitFile::Mode::ReadOnly, &check);
        REQUIRE(copied);
        requireWholeBatches(*copied, &copiedBatches);
    }
    QThread::msleep(200);
    first.terminate(); // SIGTERM: the writer stops between or inside a transaction
    first.waitForFinished();
    FileCheck check;
    auto after = UnitFile::open(path, UnitFile::Mode::ReadWrite, &check);
    REQUIRE(after);
    int batches = 0;
    requireWholeBatches(*after, &batches);
    CHECK(batches >= copiedBatches); // everything in the copy is still in the file
    CHECK(after->records(QStringLiteral("goal")).size() == batches * 10);
    for (const Record &goal : after->records(QStringLiteral("goal")))
        CHECK(goal.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("first/")));
}
