// libFuzzer target: opening a damaged unit file. The input is a list of patches (4-byte offset,
// 1-byte length, bytes) applied to a sound unit file, so the fuzzer explores damage to a real
// file instead of random bytes that fail at the header.
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace {
QByteArray pristine;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("seed.db"));
    ik::UnitFile::create(path, {QStringLiteral("Fuzz"), 2026, QStringLiteral("ntnu"), {}}, &error);
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    pristine = f.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray damaged = pristine;
    for (size_t i = 0; i + 5 <= size;) {
        const quint32 offset = (quint32(data[i]) << 24 | quint32(data[i + 1]) << 16 | quint32(data[i + 2]) << 8 | data[i + 3])
                               % quint32(damaged.size());
        const size_t length = data[i + 4];
        i += 5;
        for (size_t k = 0; k < length && i < size; ++k, ++i)
            damaged[qsizetype((offset + k) % quint32(damaged.size()))] = char(data[i]);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(damaged);
    }
    ik::FileCheck check;
    auto file = ik::UnitFile::open(path, ik::UnitFile::Mode::ReadOnly, &check);
    if (!file && check.message.isEmpty())
        __builtin_trap(); // a refusal always says why
    if (file) {
        file->years();
        file->unitName();
        file->records(QStringLiteral("checklist_item"));
    }
    return 0;
}
