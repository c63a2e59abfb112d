// libFuzzer target: the XLSX reader (zip archive, workbook parts, sheets) and the sheet import's
// plan on a fresh unit file. Small limits, so an input that inflates is stopped early.
#include "core/exchange/sheetimport.h"
#include "core/exchange/xlsxreader.h"
#include "core/store/schema.h"
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
    ik::xlsx::Limits limits;
    limits.partBytes = 4 * 1024 * 1024;
    limits.totalBytes = 8 * 1024 * 1024;
    const auto book = ik::xlsx::Workbook::open(input, &error, limits);
    if (!book)
        return 0;
    const ik::TableDef &deviation = *ik::schema::table(QStringLiteral("deviation"));
    for (int i = 0; i < book->sheetNames().size() && i < 4; ++i) {
        const auto sheet = book->sheet(i, &error);
        if (!sheet)
            continue;
        for (const QVariantList &row : sheet->rows)
            if (row.size() != sheet->header.size())
                __builtin_trap(); // every row has a cell per header
        const auto mapping = ik::guessMapping(deviation, sheet->header, {}, &error);
        if (mapping)
            ik::planImport(*unitFile(), QStringLiteral("deviation"), *sheet, *mapping, std::nullopt, &error);
    }
    return 0;
}
