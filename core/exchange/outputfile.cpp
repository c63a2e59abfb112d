#include "core/exchange/outputfile.h"

#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::OutputFile", text); }

// The file that writing to `path` would change, as the file system names it: symbolic links
// followed, even dangling ones (QSaveFile writes to a link's target), "." and ".." resolved.
QString resolvedPath(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    for (int depth = 0; depth < 64 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/')
                           + info.fileName());
}

} // namespace

bool isUnitFileOrCompanion(const QString &unitPath, const QString &output)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive; // the usual file systems there
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    const QString target = resolvedPath(output);
    // SQLite names its journal after the resolved file; the lock file follows the path as opened.
    for (const QString &base : {resolvedPath(unitPath), QFileInfo(unitPath).absoluteFilePath()})
        for (const char *suffix : {"", "-journal", "-wal", "-shm", ".lock"})
            if (resolvedPath(base + QLatin1String(suffix)).compare(target, cs) == 0)
                return true;
    return false;
}

bool checkOutputPath(const QStringList &unitPaths, const QString &output, QString *error)
{
    for (const QString &unitPath : unitPaths) {
        if (!isUnitFileOrCompanion(unitPath, output))
            continue;
        if (error)
            *error = tr("“%1” is the unit file itself, or a file kept beside it; writing there would "
                        "destroy the unit's record. Choose another name.")
                         .arg(QDir::toNativeSeparators(output));
        return false;
    }
    return true;
}

bool checkOutputPath(const UnitFile &file, const QString &output, QString *error)
{
    return checkOutputPath(QStringList{file.path()}, output, error);
}

namespace {

using Producer = std::function<bool(QIODevice &, QString *)>;

// Writes what `produce` writes to `output` through QSaveFile, and puts it in place only when
// `produce` succeeded and `mayCommit` (if given) agrees: otherwise the old file stays as it was
// and nothing written appears (QSaveFile drops its temporary file without commit()).
bool saveThrough(const QString &output, const Producer &produce, const std::function<bool(QString *)> &mayCommit,
                 QString *error)
{
    QSaveFile out(output);
    const auto cannotWrite = [&] {
        // A write cut short (a full disk) leaves the device without an error of its own.
        const QString why = out.error() != QFileDevice::NoError
                                ? out.errorString()
                                : tr("not all of it could be written; perhaps the disk is full");
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(output), why);
        return false;
    };
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite();
    QString produceError;
    if (!produce(out, &produceError)) {
        if (out.error() != QFileDevice::NoError || produceError.isEmpty()) // the device refused
            return cannotWrite();
        if (error)
            *error = produceError;
        return false;
    }
    if (mayCommit && !mayCommit(error))
        return false;
    // flush() before commit(): commit() does not see a failure to write out the last buffered
    // bytes (QTBUG-75077), and would put an incomplete file in place of the old one.
    return (out.flush() && out.commit()) || cannotWrite();
}

Producer writing(const QByteArray &data)
{
    return [&data](QIODevice &device, QString *) { return device.write(data) == data.size(); };
}

// Whether the unit file is known sound (UnitFile::integrityVerdict, waiting for its check).
bool knownSound(const UnitFile &file, QString *error)
{
    const FileCheck verdict = file.integrityVerdict();
    if (!verdict.ok() && error)
        *error = verdict.message;
    return verdict.ok();
}

} // namespace

bool writeOutputFile(const QStringList &unitPaths, const QString &output, const QByteArray &data,
                     QString *error)
{
    return checkOutputPath(unitPaths, output, error) && saveThrough(output, writing(data), {}, error);
}

bool writeOutputFile(const UnitFile &file, const QString &output, const Producer &produce, QString *error)
{
    // The check is waited for only once the output is made, so that making it and checking the
    // file overlap.
    return checkOutputPath(file, output, error)
           && saveThrough(output, produce, [&file](QString *why) { return knownSound(file, why); }, error);
}

bool writeOutputFile(const UnitFile &file, const QString &output, const QByteArray &data,
                     QString *error)
{
    // Made while the file's integrity check ran beside (IntegrityCheck::Later): written only
    // once the file is known sound, else what was read from a damaged file could be passed on.
    return knownSound(file, error) && writeOutputFile(QStringList{file.path()}, output, data, error);
}

} // namespace ik
