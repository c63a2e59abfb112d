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

bool writeOutputFile(const QStringList &unitPaths, const QString &output, const QByteArray &data,
                     QString *error)
{
    if (!checkOutputPath(unitPaths, output, error))
        return false;
    QSaveFile out(output);
    // flush() before commit(): commit() does not see a failure to write out the last buffered
    // bytes (QTBUG-75077), and would put an incomplete file in place of the old one.
    if (out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.flush() && out.commit())
        return true;
    if (error)
        *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(output), out.errorString());
    return false;
}

bool writeOutputFile(const UnitFile &file, const QString &output,
                     const std::function<bool(QIODevice &, QString *)> &produce, QString *error)
{
    if (!checkOutputPath(file, output, error))
        return false;
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
        return false; // QSaveFile removes what was written when it goes without commit()
    }
    // Waited for only now, so that making the output and checking the file overlap.
    if (const FileCheck verdict = file.integrityVerdict(); !verdict.ok()) {
        if (error)
            *error = verdict.message;
        return false;
    }
    return (out.flush() && out.commit()) || cannotWrite(); // flush(): see above
}

bool writeOutputFile(const UnitFile &file, const QString &output, const QByteArray &data,
                     QString *error)
{
    // Made while the file's integrity check ran beside (IntegrityCheck::Later): written only
    // once the file is known sound, else what was read from a damaged file could be passed on.
    if (const FileCheck verdict = file.integrityVerdict(); !verdict.ok()) {
        if (error)
            *error = verdict.message;
        return false;
    }
    return writeOutputFile(QStringList{file.path()}, output, data, error);
}

} // namespace ik
