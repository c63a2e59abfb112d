// libFuzzer target: the CSV parser and the all-or-nothing importer, on a fresh unit file.
#include "core/exchange/csv.h"
#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {
ik::UnitFile *unitFile()
{
    static QTemporaryDir dir;
    static std::unique_ptr<ik::UnitFile> file = [] {
        QString error;
        return ik::UnitFile::create(dir.filePath(QStringLiteral("fuzz.db")),
                                    {QStringLiteral("Fuzz"), 2026, QStringLiteral("ntnu"), {}}, &error);
    }();
    return file.get();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    ik::csv::parse(input, &error);
    ik::UnitFile *file = unitFile();
    const int before = file->count(QStringLiteral("deviation"));
    ik::ImportResult result;
    if (!ik::importCsv(*file, QStringLiteral("deviation"), input, std::nullopt, &result, &error)
        && file->count(QStringLiteral("deviation")) != before)
        __builtin_trap(); // a failed import must leave nothing behind
    return 0;
}
