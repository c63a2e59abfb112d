#include "core/store/unitfile.h"

#include "core/store/sqlitestatement.h"

#include "core/common/controlcharacters.h"
#include "core/common/jsontext.h"
#include "core/review/checklisttemplate.h"
#include "core/review/reviewyear.h"
#include "core/risk/riskmatrix.h"
#include "core/store/labels.h"
#include "core/store/placedrow.h"
#include "core/store/rowjson.h"
#include "core/store/recordid.h"
#include "core/store/schema.h"
#include "core/store/schemaupgrade.h"
#include "core/store/sqliteconnection.h"
#include "core/store/textmatching.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSysInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ik {

namespace {

QString fieldLabel(const ColumnDef &c)
{
    return QCoreApplication::translate("ik::Field", c.label);
}

enum class JsonColumns { All, WithoutCommon };

// A row as the change log keeps it: one JSON object, keys in the record's (sorted) order, which
// is its layout's. An insert's entry leaves out the columns every row has (id, created_at …),
// which the log's own columns say.
QString jsonOf(const PlacedRow &row, JsonColumns columns = JsonColumns::All)
{
    const RowLayout &layout = *row.layout;
    QString out;
    out.reserve(32 * layout.size());
    out += u'{';
    bool first = true;
    for (int p = 0; p < layout.size(); ++p) {
        if (!row.has(p) || (columns == JsonColumns::WithoutCommon && layout.isCommon(p)))
            continue;
        if (!first)
            out += u',';
        first = false;
        json::appendString(out, layout.name(p));
        out += u':';
        json::appendValue(out, row.value(p));
    }
    out += u'}';
    return out;
}

QVariant normalizedChoice(const ChoiceSet &set, const QString &text, bool *ok)
{
    const QString wanted = text.trimmed();
    // Most values are keys already (an import's plan, a restored row): found without making
    // each choice's label and its translation.
    for (const Choice &c : set.choices) {
        if (c.key == wanted) {
            *ok = true;
            return c.key;
        }
    }
    for (const Choice &c : set.choices) {
        if (c.key.compare(wanted, Qt::CaseInsensitive) == 0
            || QString::fromUtf8(c.label).compare(wanted, Qt::CaseInsensitive) == 0
            || QCoreApplication::translate("ik::Choice", c.label).compare(wanted, Qt::CaseInsensitive) == 0) {
            *ok = true;
            return c.key;
        }
    }
    *ok = false;
    return {};
}

// Dates outside these years are typing or import errors (0001-01-01, 9999-12-31), as review years
// outside them are.
constexpr int kEarliestYear = 1990;
constexpr int kLatestYear = 2200;

// Dates of a row where one follows the other: the later cannot come before the earlier.
struct DateOrder
{
    const char *table;
    const char *earlier;
    const char *later;
};
constexpr DateOrder kDateOrders[] = {
    {"deviation", "reported_on", "closed_on"},            // closed after it was reported
    {"training_record", "completed_on", "valid_until"},   // valid after it was earned
    {"coordination_agreement", "signed_on", "valid_until"}};

// What is wrong with the order of a row's dates (empty: nothing). `changed`: only the rules
// that involve one of these columns; empty means all.
QString dateOrderProblem(const TableDef &table, const std::function<QVariant(const QString &)> &valueOf,
                         const QStringList &changed = {})
{
    for (const DateOrder &o : kDateOrders) {
        if (table.name != QLatin1String(o.table)) // before making its names: asked for every row written
            continue;
        const QString earlier = QString::fromLatin1(o.earlier), later = QString::fromLatin1(o.later);
        if (!changed.isEmpty() && !changed.contains(earlier) && !changed.contains(later))
            continue;
        const QString from = valueOf(earlier).toString(), to = valueOf(later).toString();
        if (!from.isEmpty() && !to.isEmpty() && to < from) // ISO dates sort as text
            return UnitFile::tr("%1 (%2) cannot be before %3 (%4).")
                .arg(fieldLabel(*table.column(later)), to, fieldLabel(*table.column(earlier)), from);
    }
    return {};
}

} // namespace

UnitFile::UnitFile(const QString &path, const QString &connection, bool readOnly, QString reason)
    : m_path(path)
    , m_connection(connection)
    , m_readOnly(readOnly)
    , m_readOnlyReason(std::move(reason))
    , m_userName(defaultUserName())
{}

UnitFile::~UnitFile()
{
    m_statements.clear(); // finalised before their connection closes
    m_lastInsert = {};
    m_writeStatements.clear();
    sqlite::closeConnection(m_connection);
    if (m_lock)
        m_lock->unlock();
}

QSqlDatabase UnitFile::database() const { return QSqlDatabase::database(m_connection, false); }

QSqlQuery UnitFile::select(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        qWarning("UnitFile::select: %s", qPrintable(q.lastError().text()));
    return q;
}

QString UnitFile::defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME"); // Windows
    return name;
}

void UnitFile::setUserName(const QString &name) { m_userName = name; }

QString UnitFile::newId() { return newRecordId(); }

QString UnitFile::nowUtc() { return currentUtcText(); }

FileCheck UnitFile::inspectRecoveredCopy(const QString &path)
{
    FileCheck result;
    QTemporaryDir scratch;
    // The copy has the file's own name: the check's messages about it name the user's file.
    const QString copy = scratch.filePath(QFileInfo(path).fileName());
    if (!scratch.isValid() || !QFile::copy(path, copy)
        || !QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal"))) {
        result.problem = FileProblem::Unreadable;
        result.message = tr("“%1” was left half-written, and no scratch copy could be made to "
                            "recover it safely.")
                             .arg(QFileInfo(path).fileName());
        return result;
    }
    {
        QString error;
        sqlite::ScopedConnection replay(copy, false, &error);
        sqlite::scalar(replay.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    }
    result = inspectFile(copy);
    if (!result.ok())
        result.message = tr("“%1” was left half-written, and what the unfinished write would leave "
                            "behind cannot be trusted: %2")
                             .arg(QFileInfo(path).fileName(), result.message);
    return result;
}

std::unique_ptr<UnitFile> UnitFile::open(const QString &path, Mode mode, FileCheck *check)
{
    return open(path, mode, check, inspectFile(path));
}

std::unique_ptr<UnitFile> UnitFile::open(const QString &path, Mode mode, FileCheck *check,
                                         const FileCheck &inspected)
{
    return openFile(path, mode, check, inspected, nullptr);
}

std::unique_ptr<UnitFile> UnitFile::openBreakingLock(const QString &path, const QString &reason,
                                                     FileCheck *check)
{
    return openBreakingLock(path, reason, check, inspectFile(path));
}

std::unique_ptr<UnitFile> UnitFile::openBreakingLock(const QString &path, const QString &reason,
                                                     FileCheck *check, const FileCheck &inspected)
{
    return openFile(path, Mode::ReadWrite, check, inspected, &reason);
}

std::unique_ptr<UnitFile> UnitFile::openFile(const QString &path, Mode mode, FileCheck *check,
                                             const FileCheck &inspected, const QString *breakLockReason)
{
    FileCheck local;
    FileCheck &result = check ? *check : local;
    result = inspected;
    // An upgrade and a broken lock write while opening: the file is checked whole before.
    if (result.ok() && result.integrityPending && (result.olderFormat() || breakLockReason))
        result = inspectFile(path);
    if (!result.ok())
        return {};
    const QFileInfo info(path);
    bool readOnly = mode == Mode::ReadOnly;
    QString reason;
    std::unique_ptr<QLockFile> lock;
    std::optional<LockRefusal> heldElsewhere;
    std::optional<LockHolder> broken;
    // The owner's write bit counts even where the OS would let us write (root, some shares):
    // a file someone made read-only is treated as read-only.
    if (!readOnly && (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))) {
        readOnly = true;
        reason = tr("The file is read-only. You can read it; to change it, save a copy or ask "
                    "its owner to make it writable.");
    } else if (!readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
        readOnly = true;
        reason = tr("The folder “%1” cannot be written to (perhaps a read-only medium), and "
                    "SQLite needs it for its journal. You can read the file; save a copy "
                    "elsewhere to change it.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
    } else if (!readOnly) {
        LockAttempt attempt = takeLock(path, breakLockReason != nullptr);
        lock = std::move(attempt.lock);
        if (lock && attempt.broken) {
            broken = attempt.holder;
        } else if (!lock) {
            readOnly = true;
            heldElsewhere = LockRefusal{attempt.holder, attempt.problem};
            const std::optional<LockHolder> &holder = attempt.holder;
            reason = tr("Another Internkontroll window has this file open for writing (%1). It is "
                        "opened read-only here so that no change is lost; close it there to edit "
                        "it here.")
                         .arg(holder ? holder->describe() : tr("the lock file does not say whose"));
            if (holder && holder->looksAbandoned())
                reason += QLatin1Char(' ') + tr("The lock may have been left behind by a program "
                                                "that stopped: %1").arg(holder->whyAbandoned());
            if (!attempt.problem.isEmpty())
                reason += QLatin1Char(' ') + attempt.problem;
        }
    }
    if (readOnly && result.hotJournal) {
        result.problem = FileProblem::Unreadable;
        if (heldElsewhere && heldElsewhere->holder)
            result.message = tr("“%1” was being written when a program stopped, and its lock is still "
                                "there (%2). The unfinished change is rolled back only when the file "
                                "is opened for writing: if that program no longer runs, break the "
                                "lock (in the program: Open for Editing Anyway; on the command line: "
                                "a command that writes, with --break-lock).")
                                 .arg(info.fileName(), heldElsewhere->holder->describe());
        else
            result.message = tr("“%1” was being written when a program stopped, and the unfinished "
                                "change must be rolled back before it can be read. Open it where it "
                                "can be written (not read-only) and the rollback happens by itself.")
                                 .arg(info.fileName());
        return {};
    }
    if (result.hotJournal) {
        // The journal will be played back into the file. It came with the file, so it is no
        // more trusted than the file: play it back into a scratch copy first and check that.
        const FileCheck recovered = inspectRecoveredCopy(path);
        if (!recovered.ok()) {
            result = recovered;
            return {};
        }
        result.schemaVersion = recovered.schemaVersion; // the format once the write is rolled back
    }
    QString upgradeNote, upgradeBackup;
    if (result.olderFormat() && !readOnly) {
        const upgrade::Result upgraded = upgrade::upgradeFile(info.absoluteFilePath(), result.schemaVersion);
        if (upgraded.ok) {
            upgradeNote = upgraded.message;
            upgradeBackup = upgraded.backupPath;
            result.schemaVersion = schema::kVersion;
        } else { // left as it was, and readable as it is
            readOnly = true;
            lock.reset();
            reason = upgraded.message;
        }
    }
    // The program reads only the newest schema. An older file that stays as it is, is read
    // through a copy upgraded in a scratch folder; the file itself is not written.
    std::unique_ptr<QTemporaryDir> scratch;
    QString readPath = path;
    if (result.olderFormat() && readOnly) {
        reason += (reason.isEmpty() ? QString() : QStringLiteral(" "))
                  + upgrade::upgradeLaterText(info.fileName(), result.schemaVersion);
        scratch = std::make_unique<QTemporaryDir>();
        readPath = scratch->filePath(QStringLiteral("upgraded.db"));
        QString why;
        if (!scratch->isValid() || !upgrade::upgradeScratchCopy(path, readPath, result.schemaVersion, &why)) {
            qWarning("Reading %s through an upgraded copy: %s", qPrintable(path),
                     qPrintable(scratch->isValid() ? why : scratch->errorString()));
            result.problem = FileProblem::Unreadable;
            result.message = tr("“%1” is in file format %2, of an older version of Internkontroll, "
                                "and could not be read: a temporary copy of it in format %3 could "
                                "not be made. It has not been changed. Open it where it can be "
                                "written, or with the version that wrote it.")
                                 .arg(info.fileName(), QString::number(result.schemaVersion),
                                      QString::number(schema::kVersion));
            return {};
        }
    }
    QString error;
    QSqlDatabase db = sqlite::openConnection(readPath, readOnly, &error);
    if (!db.isOpen()) {
        sqlite::closeConnection(db.connectionName());
        result.problem = FileProblem::Unreadable;
        result.message = tr("“%1” cannot be opened: %2").arg(info.fileName(), error);
        return {};
    }
    if (!readOnly) {
        sqlite::exec(db, QStringLiteral("PRAGMA journal_mode=DELETE"));
        sqlite::exec(db, QStringLiteral("PRAGMA synchronous=FULL"));
    }
    if (!readOnly && result.hotJournal && QFileInfo::exists(path + QStringLiteral("-journal"))) {
        // SQLite plays a journal back as soon as the file is read (above). One it does not take
        // for a journal (its header zeroed: the write had not begun) it leaves beside the file,
        // where the file check goes on taking it for an unfinished write, and an import that
        // writes no row would leave it. A write of SQLite's own replaces and removes it: the
        // file's user_version written again, as it is.
        const QString version = sqlite::scalar(db, QStringLiteral("PRAGMA user_version")).toString();
        if (!sqlite::exec(db, QStringLiteral("BEGIN IMMEDIATE"))
            || !sqlite::exec(db, QStringLiteral("PRAGMA user_version=%1").arg(version.toInt()))
            || !sqlite::exec(db, QStringLiteral("COMMIT")))
            sqlite::exec(db, QStringLiteral("ROLLBACK"));
    }
    std::unique_ptr<UnitFile> file(
        new UnitFile(QFileInfo(path).absoluteFilePath(), db.connectionName(), readOnly, reason));
    file->m_lock = std::move(lock);
    file->m_scratch = std::move(scratch);
    file->m_upgradeNote = upgradeNote;
    file->m_upgradeBackupPath = upgradeBackup;
    file->m_heldElsewhere = heldElsewhere;
    file->m_integrityPending = result.integrityPending;
    if (broken)
        file->recordBrokenLock(*broken, *breakLockReason);
    return file;
}

void UnitFile::recordBrokenLock(const LockHolder &holder, const QString &reason)
{
    const QJsonObject line{
        {QStringLiteral("at"), nowUtc()},
        {QStringLiteral("by"), m_userName},
        {QStringLiteral("on"), QSysInfo::machineHostName()},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("holder"),
         QJsonObject{{QStringLiteral("pid"), holder.pid},
                     {QStringLiteral("program"), holder.application},
                     {QStringLiteral("host"), holder.host},
                     {QStringLiteral("user"), holder.user},
                     {QStringLiteral("since"), holder.since.toString(Qt::ISODateWithMs)}}}};
    QStringList lines = meta(QStringLiteral("lock_broken")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact));
    while (lines.size() > 20) // the latest; an old file does not grow without end
        lines.removeFirst();
    QString error;
    if (!setMeta(QStringLiteral("lock_broken"), lines.join(QLatin1Char('\n')), &error))
        qWarning("UnitFile: the broken lock could not be recorded: %s", qPrintable(error));
}

bool UnitFile::buildNewFile(const QString &temporary, const NewUnit &unit,
                            const ChecklistTemplate &checklist, QString *error)
{
    QString openError;
    QString connection;
    {
        const QSqlDatabase db = sqlite::openConnection(temporary, false, &openError);
        connection = db.connectionName();
        if (!db.isOpen()) {
            sqlite::closeConnection(connection);
            *error = tr("Cannot create the file: %1").arg(openError);
            return false;
        }
    }
    UnitFile file(temporary, connection, false, {});
    const QSqlDatabase db = file.database();
    if (!sqlite::exec(db, QStringLiteral("PRAGMA journal_mode=DELETE"), error))
        return false;
    Transaction tx(file);
    for (const QString &sql : schema::createStatements())
        if (!sqlite::exec(db, sql, error))
            return false;
    const Record unitRow{{QStringLiteral("name"), unit.unitName.trimmed()},
                         {QStringLiteral("institution"), unit.institution}};
    return sqlite::exec(db, QStringLiteral("PRAGMA application_id=%1").arg(schema::kApplicationId), error)
           && sqlite::exec(db, QStringLiteral("PRAGMA user_version=%1").arg(schema::kVersion), error)
           && file.setMeta(QStringLiteral("created_with"), QStringLiteral(IK_VERSION), error)
           && file.setMeta(QStringLiteral("template"), checklist.id(), error)
           && file.setMeta(QStringLiteral("template_version"), QString::number(checklist.version()), error)
           && !file.insert(QStringLiteral("unit"), unitRow, error).isEmpty()
           && insertDefaultRiskMatrix(file, error)
           && startReviewYear(file, unit.year, checklist, error) && tx.commit(error);
}

std::unique_ptr<UnitFile> UnitFile::create(const QString &path, const NewUnit &unit,
                                           QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("“%1” already exists; choose another name.").arg(path);
        return {};
    }
    if (unit.unitName.trimmed().isEmpty()) {
        *error = tr("The unit needs a name.");
        return {};
    }
    if (unit.year < 1990 || unit.year > 2200) {
        *error = tr("%1 is not a plausible review year.").arg(unit.year);
        return {};
    }
    QString loadError;
    const auto checklist = ChecklistTemplate::builtIn(unit.templateId, &loadError);
    if (!checklist) {
        *error = loadError;
        return {};
    }
    // Build the file under a temporary name, so that a half-made file never carries the name.
    const QString temporary = path + QStringLiteral(".creating-") + newId().left(8);
    if (!buildNewFile(temporary, unit, *checklist, error)) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return {};
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        *error = tr("Cannot create “%1”: the name is taken or the folder is not writable.").arg(path);
        return {};
    }
    FileCheck check;
    auto opened = open(path, Mode::ReadWrite, &check);
    if (!opened)
        *error = check.message;
    return opened;
}

// --- transactions ------------------------------------------------------------------------------

UnitFile::Transaction::Transaction(UnitFile &file)
    : m_file(file)
    , m_depth(file.m_transactionDepth++)
    , m_pendingMark(file.m_pending.size())
    , m_resetWasPending(file.m_pendingReset)
{
    if (m_depth == 0)
        m_ok = m_file.exec(QStringLiteral("BEGIN IMMEDIATE"), nullptr);
    else
        m_ok = m_file.exec(QStringLiteral("SAVEPOINT ik%1").arg(m_depth), nullptr);
}

UnitFile::Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_file.m_transactionDepth;
    m_file.m_yearCache.reset();
    // The signals of the writes taken back go with them. Once many waiting signals became one
    // reset, the ones before this savepoint are no longer known: the reset stays (a view that
    // reloads for nothing loses nothing; one that misses a change shows a wrong row).
    if (m_depth == 0) {
        m_file.m_pending.clear();
        m_file.m_pendingReset = false;
    } else if (!m_file.m_pendingReset || m_resetWasPending) {
        m_file.m_pending.resize(m_pendingMark);
    }
    if (!m_ok)
        return;
    if (m_depth == 0) {
        m_file.exec(QStringLiteral("ROLLBACK"), nullptr);
        // A write that failed half-way (a full disk, an I/O error) leaves SQLite's pager in its
        // error state with the journal beside the file. A read makes it play the journal back
        // now, so the file is whole again at once instead of waiting, "hot", for the next writer.
        sqlite::scalar(m_file.database(), QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    } else {
        m_file.exec(QStringLiteral("ROLLBACK TO ik%1").arg(m_depth), nullptr);
        m_file.exec(QStringLiteral("RELEASE ik%1").arg(m_depth), nullptr);
    }
}

bool UnitFile::Transaction::commit(QString *error)
{
    Q_ASSERT(!m_done);
    if (!m_ok) {
        if (error)
            *error = tr("The file is busy: someone else is writing to it. Try again in a moment.");
        return false; // the destructor has nothing to undo
    }
    const QString sql = m_depth == 0 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE ik%1").arg(m_depth);
    if (!m_file.exec(sql, error))
        return false; // the destructor rolls back
    m_done = true;
    --m_file.m_transactionDepth;
    if (m_depth == 0)
        m_file.sendPendingChanges();
    return true;
}

void UnitFile::announce(PendingChange change)
{
    if (m_transactionDepth == 0) {
        m_pending.append(std::move(change));
        sendPendingChanges();
        return;
    }
    if (m_pendingReset)
        return;
    if (m_pending.size() >= kResetAbove) {
        m_pending.clear(); // an import of 100 000 rows keeps no list of 100 000 signals
        m_pendingReset = true;
        return;
    }
    m_pending.append(std::move(change));
}

void UnitFile::sendPendingChanges()
{
    // Taken out first: a receiver may write again, and its signals are its own.
    const QList<PendingChange> changes = std::exchange(m_pending, {});
    if (std::exchange(m_pendingReset, false)) {
        Q_EMIT dataReset();
        return;
    }
    for (const PendingChange &c : changes) {
        switch (c.kind) {
        case PendingChange::Kind::Inserted: Q_EMIT recordInserted(c.table, c.id); break;
        case PendingChange::Kind::Updated: Q_EMIT recordUpdated(c.table, c.id, c.columns); break;
        case PendingChange::Kind::Removed: Q_EMIT recordRemoved(c.table, c.id); break;
        }
    }
}

UnitFile::ReadTransaction::ReadTransaction(const UnitFile &file)
    : m_file(file), m_open(file.exec(QStringLiteral("SAVEPOINT ik_read"), nullptr))
{
    // A failure to begin leaves each read on its own, as it was without one.
}

UnitFile::ReadTransaction::~ReadTransaction()
{
    if (m_open)
        m_file.exec(QStringLiteral("RELEASE ik_read"), nullptr);
}

bool UnitFile::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(database());
    if (q.exec(sql))
        return true;
    const QString message = failure(q.lastError());
    if (error)
        *error = message;
    return false;
}

QString UnitFile::failure(const QSqlError &error) const
{
    // Set here, cleared when the next insert or update begins: the rollback after a failure may
    // fail in turn (its savepoint gone with the failed statement), and must not hide the cause.
    if (sqlite::isStorageFailure(error))
        m_storageFailure = true;
    return sqlite::userMessage(error);
}

std::optional<int> UnitFile::yearOf(const TableDef &table, const ValueOf &valueOf) const
{
    if (table.yearScoped) {
        const QVariant year = valueOf(QStringLiteral("year"));
        return year.isNull() ? std::nullopt : std::optional<int>(year.toInt());
    }
    const QString parentColumn = table.parentColumn();
    if (parentColumn.isEmpty())
        return std::nullopt;
    const QString parentTable = table.column(parentColumn)->reference;
    const std::optional<Record> parent = record(parentTable, valueOf(parentColumn).toString());
    return parent ? yearOf(*schema::table(parentTable), [&](const QString &c) { return parent->value(c); })
                  : std::nullopt;
}

bool UnitFile::isYearLocked(int year) const
{
    return yearLocks().value(year, false);
}

bool UnitFile::requireUnlocked(const TableDef &table, const Record &row, QString *error) const
{
    return requireUnlocked(table, [&row](const QString &c) { return row.value(c); }, error);
}

bool UnitFile::requireUnlocked(const TableDef &table, const ValueOf &valueOf, QString *error) const
{
    if (m_yearLocksLifted > 0 || !schema::yearLockApplies(table))
        return true;
    const std::optional<int> year = yearOf(table, valueOf);
    if (!year || !isYearLocked(*year))
        return true;
    *error = tr("Review year %1 is closed and locked. Unlock it (Year menu) to change it.").arg(*year);
    return false;
}

const TableDef *UnitFile::writableTable(const QString &table, QString *error)
{
    if (!requireWritable(error))
        return nullptr;
    const TableDef *def = schema::table(table);
    if (!def)
        *error = tr("Unknown record type “%1”.").arg(table);
    return def;
}

void UnitFile::finishIntegrityCheck(const FileCheck &check)
{
    if (!m_integrityPending)
        return; // heard already (a write waited for it)
    m_integrityPending = false;
    m_integrityWait = {};
    if (check.ok())
        return;
    m_readOnly = true;
    m_readOnlyReason = check.message;
    m_integrityFailure = check;
}

FileCheck UnitFile::integrityVerdict() const
{
    if (!m_integrityPending)
        return m_integrityFailure; // sound unless the check that ended found otherwise
    if (m_integrityWait)
        return m_integrityWait();
    FileCheck pending;
    pending.problem = FileProblem::Damaged;
    pending.message = tr("The file is still being checked (the check reads all of it). Try again in a moment.");
    return pending;
}

bool UnitFile::requireWritable(QString *error)
{
    if (m_integrityPending && m_integrityWait)
        finishIntegrityCheck(m_integrityWait()); // a fraction of a second at most, usually none
    if (m_integrityPending) {
        if (error)
            *error = tr("The file is still being checked (the check reads all of it); it can be changed "
                        "in a moment. Try again.");
        return false;
    }
    if (!m_readOnly)
        return true;
    if (error)
        *error = m_readOnlyReason.isEmpty() ? tr("The file is open read-only.") : m_readOnlyReason;
    return false;
}

// --- values ------------------------------------------------------------------------------------

QVariant UnitFile::normalizedValue(const TableDef &table, const QString &column,
                                   const QVariant &value, QString *error)
{
    const ColumnDef *def = table.column(column);
    const bool isYear = column == QLatin1String("year") && table.yearScoped;
    if (!def && !isYear) {
        *error = tr("“%1” has no field “%2”.").arg(table.name, column);
        return {};
    }
    // Only a refusal names the field; a translated label per value would cost an import of
    // 100 000 rows a noticeable share of its time.
    const auto label = [def] { return def ? fieldLabel(*def) : tr("Year"); };
    // The value as text, made once: a string is shared, not converted (toString() on every use
    // was a third of checking a value).
    const bool isString = value.typeId() == QMetaType::QString;
    const QString raw = isString ? *static_cast<const QString *>(value.constData()) : value.toString();
    const QString text = isString ? raw.trimmed() : raw;
    if (value.isNull() || (isString && text.isEmpty())) {
        if (isYear || def->required)
            *error = tr("%1 must be filled in.").arg(label());
        return {};
    }
    error->clear();
    const ColumnType type = isYear ? ColumnType::Year : def->type;
    bool ok = false;
    switch (type) {
    case ColumnType::Text:
    case ColumnType::LongText: {
        // Text is text: no characters that instruct a terminal or reorder what is shown (see
        // controlcharacters.h for the policy); a CR is a line break like any other.
        const QString t = withLineFeeds(type == ColumnType::Text ? (isString ? text : raw.trimmed()) : raw);
        if (const std::optional<char32_t> c = firstHiddenControl(t)) {
            const QString code = QStringLiteral("U+%1").arg(
                QString::number(*c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
            *error = isDirectionControl(*c)
                         ? tr("%1 contains a direction control (%2), which makes text read "
                              "differently from what was typed; remove it.").arg(label(), code)
                         : tr("%1 contains a control character (%2), which is not text; remove it.")
                               .arg(label(), code);
            return {};
        }
        return t;
    }
    case ColumnType::Reference:
        return isString ? text : raw.trimmed();
    case ColumnType::Integer:
    case ColumnType::Year: {
        const int number = text.toInt(&ok);
        if (!ok) {
            *error = tr("%1 must be a whole number, not “%2”.").arg(label(), text);
            return {};
        }
        const int min = isYear ? kEarliestYear : def->minimum, max = isYear ? kLatestYear : def->maximum;
        if (max > min && (number < min || number > max)) {
            *error = tr("%1 must be between %2 and %3.").arg(label(), QString::number(min), QString::number(max));
            return {};
        }
        return number;
    }
    case ColumnType::Real:
    case ColumnType::Money: {
        QString cleaned = text;
        cleaned.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
        cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
        const double number = cleaned.toDouble(&ok);
        if (!ok || !std::isfinite(number)) { // "inf" and "nan" are no amounts
            *error = tr("%1 must be a number, not “%2”.").arg(label(), text);
            return {};
        }
        if (type == ColumnType::Money && number < 0) {
            *error = tr("%1 cannot be negative.").arg(label());
            return {};
        }
        if (def->maximum > def->minimum && (number < def->minimum || number > def->maximum)) {
            *error = tr("%1 must be between %2 and %3.")
                         .arg(label(), QString::number(def->minimum), QString::number(def->maximum));
            return {};
        }
        return number;
    }
    case ColumnType::Date: {
        // Most dates come as they are stored (yyyy-mm-dd): checked by their digits, kept as
        // they are, rather than parsed and formatted again (a fifth of checking an import's row).
        if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
            const auto number = [&text](int from, int length) {
                int n = 0;
                for (int i = from; i < from + length; ++i) {
                    if (text[i] < u'0' || text[i] > u'9')
                        return -1;
                    n = n * 10 + (text[i].unicode() - '0');
                }
                return n;
            };
            const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
            if (y >= kEarliestYear && y <= kLatestYear && QDate::isValid(y, m, d))
                return text;
        }
        QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                     : QDate::fromString(text, Qt::ISODate);
        for (const char *format : {"d.M.yyyy", "dd.MM.yyyy", "d/M/yyyy"})
            if (!d.isValid())
                d = QDate::fromString(text, QString::fromLatin1(format));
        if (!d.isValid()) {
            *error = tr("%1 must be a date (yyyy-mm-dd), not “%2”.").arg(label(), text);
            return {};
        }
        if (d.year() < kEarliestYear || d.year() > kLatestYear) {
            *error = tr("%1 must be a date between %2 and %3, not “%4”.")
                         .arg(label(), QString::number(kEarliestYear), QString::number(kLatestYear), text);
            return {};
        }
        return d.toString(Qt::ISODate);
    }
    case ColumnType::DateTime: {
        const QDateTime t = value.typeId() == QMetaType::QDateTime
                                ? value.toDateTime()
                                : QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid()) {
            *error = tr("%1 must be a date and time, not “%2”.").arg(label(), text);
            return {};
        }
        if (t.toUTC().date().year() < kEarliestYear || t.toUTC().date().year() > kLatestYear) {
            *error = tr("%1 must be a date between %2 and %3, not “%4”.")
                         .arg(label(), QString::number(kEarliestYear), QString::number(kLatestYear), text);
            return {};
        }
        return t.toUTC().toString(Qt::ISODateWithMs);
    }
    case ColumnType::Bool: {
        static const QStringList yes{QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                     QStringLiteral("ja"), QStringLiteral("x")};
        static const QStringList no{QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"),
                                    QStringLiteral("nei")};
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? 1 : 0;
        if (yes.contains(text.toLower()))
            return 1;
        if (no.contains(text.toLower()))
            return 0;
        *error = tr("%1 must be yes or no, not “%2”.").arg(label(), text);
        return {};
    }
    case ColumnType::Choice:
    case ColumnType::MultiChoice: {
        const ChoiceSet *set = schema::choiceSet(def->reference);
        if (type == ColumnType::Choice) {
            const QVariant key = normalizedChoice(*set, text, &ok);
            if (ok)
                return key.toString();
        }
        const QStringList parts = type == ColumnType::Choice
                                      ? QStringList{text}
                                      : text.split(QRegularExpression(QStringLiteral("[,;]")),
                                                   Qt::SkipEmptyParts);
        QStringList keys;
        for (const QString &part : parts) {
            const QVariant key = normalizedChoice(*set, part, &ok);
            if (!ok) {
                QStringList allowed;
                for (const Choice &c : set->choices)
                    allowed << c.key;
                *error = tr("%1: “%2” is not one of %3.")
                             .arg(label(), part.trimmed(), allowed.join(QStringLiteral(", ")));
                return {};
            }
            if (!keys.contains(key.toString()))
                keys << key.toString();
        }
        return keys.join(QLatin1Char(','));
    }
    }
    return {};
}

// --- records -----------------------------------------------------------------------------------

QSqlQuery &UnitFile::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= 256) // INSERTs vary with the columns given; keep it bounded
            m_statements.clear();
        it = m_statements.insert(sql, QSqlQuery(database()));
        it->setForwardOnly(true);
        it->prepare(sql);
    }
    return *it;
}

sqlite::WriteStatement &UnitFile::writeStatement(const QString &sql)
{
    auto it = m_writeStatements.find(sql);
    if (it == m_writeStatements.end()) {
        if (m_writeStatements.size() >= 256) { // as prepared()
            m_writeStatements.clear();
            m_lastInsert = {};
        }
        it = m_writeStatements.emplace(sql, std::make_unique<sqlite::WriteStatement>(database(), sql)).first;
    }
    return *it->second;
}

bool UnitFile::writeLog(const QString &table, const QString &id, const QString &operation,
                        const QString &column, const QVariant &oldValue, const QVariant &newValue,
                        QString *error)
{
    static const QString sql = QStringLiteral("INSERT INTO change_log (at, user, table_name, record_id, "
                                              "operation, column_name, old_value, new_value) "
                                              "VALUES (?,?,?,?,?,?,?,?)");
    sqlite::WriteStatement &q = writeStatement(sql);
    q.bind(0, nowUtc());
    q.bind(1, m_userName);
    q.bind(2, table);
    q.bind(3, id);
    q.bind(4, operation);
    q.bind(5, column.isEmpty() ? QVariant() : QVariant(column));
    q.bind(6, oldValue);
    q.bind(7, newValue);
    QSqlError failed;
    if (q.exec(&failed))
        return true;
    const QString message = failure(failed);
    if (error)
        *error = message;
    return false;
}

bool UnitFile::insertRow(const TableDef &table, const Record &values, bool keepCommon, QString *error,
                         QString *newId, bool restored, bool logged)
{
    // The row by its columns' places (placedrow.h); the caller's map is only read.
    QString unknown;
    std::optional<PlacedRow> row = PlacedRow::fromRecord(RowLayout::of(table), values, &unknown);
    if (!row) {
        *error = tr("“%1” has no field “%2”.").arg(table.name, unknown);
        return false;
    }
    return normalizePlaced(table, *row, keepCommon, error) && insertPlaced(table, *row, error, newId, restored, logged);
}

bool UnitFile::normalizePlaced(const TableDef &table, PlacedRow &row, bool keepCommon, QString *error)
{
    const RowLayout &layout = *row.layout;
    QString problem;
    for (int p = 0; p < layout.size(); ++p) {
        if (!row.has(p))
            continue;
        if (p == layout.id) { // a row's own id is kept, as a restored one's must be
            row.values[std::size_t(p)] = row.value(p).toString();
            continue;
        }
        if (keepCommon && layout.isCommon(p))
            continue;
        QVariant checked = normalizedValue(table, layout.name(p), row.value(p), &problem); // refuses a common column
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        row.values[std::size_t(p)] = std::move(checked);
    }
    return true;
}

bool UnitFile::insertPlaced(const TableDef &table, PlacedRow &row, QString *error, QString *newId,
                            bool restored, bool logged)
{
    const RowLayout &layout = *row.layout;
    if (!row.has(layout.id))
        row.set(layout.id, UnitFile::newId());
    if (!row.has(layout.createdAt)) {
        const QString now = nowUtc();
        row.set(layout.createdAt, now);
        row.set(layout.createdBy, m_userName);
        row.set(layout.modifiedAt, now);
        row.set(layout.modifiedBy, m_userName);
    }
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ColumnDef &c = table.columns[i];
        const int at = layout.placeOfColumn(i);
        if (c.isChoice() && c.required && !row.has(at)) // a new row starts at the first choice
            row.set(at, schema::choiceSet(c.reference)->choices.first().key);
        if (c.required && row.value(at).isNull()) {
            *error = tr("%1 must be filled in.").arg(fieldLabel(c));
            return false;
        }
        if (c.type == ColumnType::Reference && !row.value(at).isNull()
            && !record(c.reference, row.value(at).toString())) {
            *error = tr("%1: the linked record no longer exists.").arg(fieldLabel(c));
            return false;
        }
    }
    const ValueOf valueOf = [&row](const QString &c) { return row.value(c); };
    if (!restored) {
        const QString order = dateOrderProblem(table, valueOf);
        if (!order.isEmpty()) {
            *error = order;
            return false;
        }
    }
    if (table.yearScoped) {
        const QVariant &year = row.value(layout.year);
        if (year.isNull()) {
            *error = tr("The record must belong to a review year.");
            return false;
        }
        if (!yearLocks().contains(year.toInt())) {
            *error = tr("The file has no review year %1; start that year first.").arg(year.toInt());
            return false;
        }
    }
    if (!requireUnlocked(table, valueOf, error))
        return false;
    // The rows of an import or a redo have the same columns one after the other: the statement
    // of the row before, unless its columns differ (making its text anew was a tenth of a row).
    const bool sameColumns = m_lastInsert.statement && m_lastInsert.table == table.name
                             && m_lastInsert.columns == row.given;
    if (!sameColumns) {
        QStringList names;
        for (int p = 0; p < layout.size(); ++p)
            if (row.has(p))
                names << layout.name(p);
        QString sql = QStringLiteral("INSERT INTO ") + table.name + QStringLiteral(" (") + names.join(u',')
                      + QStringLiteral(") VALUES (?");
        for (qsizetype i = 1; i < names.size(); ++i)
            sql += QStringLiteral(",?");
        sql += u')';
        m_lastInsert = {table.name, row.given, &writeStatement(sql)};
    }
    sqlite::WriteStatement &q = *m_lastInsert.statement;
    int bound = 0;
    for (int p = 0; p < layout.size(); ++p)
        if (row.has(p))
            q.bind(bound++, row.value(p));
    QSqlError failed;
    if (!q.exec(&failed)) {
        *error = failure(failed);
        return false;
    }
    *newId = row.value(layout.id).toString();
    if (table.name == QLatin1String("review_year"))
        m_yearCache.reset();
    return !logged || writeLog(table.name, *newId, QStringLiteral("insert"), {}, {}, jsonOf(row, JsonColumns::WithoutCommon), error);
}

QString UnitFile::insert(const QString &table, const Record &values, QString *error, const QDateTime &madeAt)
{
    m_storageFailure = false;
    QString local;
    QString &err = error ? *error : local;
    const TableDef *def = writableTable(table, &err);
    if (!def)
        return {};
    Transaction tx(*this);
    QString id;
    Record row = values;
    if (madeAt.isValid()) {
        const QString at = madeAt.toUTC().toString(Qt::ISODateWithMs);
        row.insert(QStringLiteral("created_at"), at);
        row.insert(QStringLiteral("created_by"), m_userName);
        row.insert(QStringLiteral("modified_at"), at);
        row.insert(QStringLiteral("modified_by"), m_userName);
    }
    if (!insertRow(*def, row, madeAt.isValid(), &err, &id, false))
        return {};
    announce({PendingChange::Kind::Inserted, table, id, {}});
    if (!tx.commit(&err))
        return {};
    return id;
}

bool UnitFile::insertMany(const QString &table, const QList<const CheckedRow *> &rows, QStringList *ids,
                          QString *error, qsizetype *failedRow, const Progress &progress)
{
    m_storageFailure = false;
    QString local;
    QString &err = error ? *error : local;
    const TableDef *def = writableTable(table, &err);
    if (!def)
        return false;
    const RowLayout &layout = RowLayout::of(*def);
    // One savepoint for all rows rather than one each (as insert() takes): the rows go in
    // together or not at all, and a savepoint per row was a tenth of an import's time.
    Transaction tx(*this);
    QStringList made;
    made.reserve(rows.size());
    QString id;
    // Runs of rows with the same columns are logged by SQLite once they are in, where its JSON
    // is the program's (logInsertedBySql): logging each row on its own was a fifth of an import.
    const bool bySql = rowJsonSql(*def, QString()).has_value();
    std::vector<bool> runColumns;
    PlacedRow row(layout);
    qsizetype runStart = 0;
    const auto logRun = [&](qsizetype end) {
        const bool ok = runStart == end || logInsertedBySql(table, made.mid(runStart, end - runStart), &err, &runColumns);
        runStart = end;
        return ok;
    };
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!reportProgress(progress, int(i), int(rows.size()))) {
            err = tr("Cancelled: nothing was written.");
            return false;
        }
        // Its values were checked as they went in (CheckedRow::set); the row as a whole is
        // checked here, against the file as it is now. Copied into one row kept for them all:
        // a row made for each was a twentieth of an import.
        const PlacedRow &given = rows.at(i)->placed();
        if (given.layout != &layout) {
            err = tr("A row for “%1” was given to be added to “%2”.").arg(rows.at(i)->table().name, table);
            if (failedRow)
                *failedRow = i;
            return false;
        }
        row.values = given.values;
        row.given = given.given;
        if (!insertPlaced(*def, row, &err, &id, false, !bySql)) {
            if (failedRow)
                *failedRow = i;
            return false;
        }
        if (bySql && row.given != runColumns) {
            if (!logRun(i))
                return false;
            runColumns = row.given;
        }
        announce({PendingChange::Kind::Inserted, table, id, {}});
        made.append(id);
    }
    if (bySql && !logRun(made.size()))
        return false;
    if (!tx.commit(&err))
        return false;
    if (ids)
        *ids = std::move(made);
    return true;
}

bool UnitFile::update(const QString &table, const QString &id, const Record &values, QString *error)
{
    m_storageFailure = false;
    QString local;
    QString &err = error ? *error : local;
    const TableDef *def = writableTable(table, &err);
    if (!def)
        return false;
    const std::optional<Record> old = record(table, id);
    if (!old) {
        err = tr("The record no longer exists.");
        return false;
    }
    if (!requireUnlocked(*def, *old, &err))
        return false;
    Transaction tx(*this);
    QStringList changed;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        QString problem;
        const QVariant v = normalizedValue(*def, it.key(), it.value(), &problem);
        if (!problem.isEmpty()) {
            err = problem;
            return false;
        }
        const ColumnDef *c = def->column(it.key());
        if (c && c->required && v.isNull()) {
            err = tr("%1 must be filled in.").arg(fieldLabel(*c));
            return false;
        }
        if (c && c->type == ColumnType::Reference && !v.isNull()
            && !record(c->reference, v.toString())) {
            err = tr("%1: the linked record no longer exists.").arg(fieldLabel(*c));
            return false;
        }
        const QVariant before = old->value(it.key());
        if (before.isNull() == v.isNull() && before.toString() == v.toString())
            continue;
        QSqlQuery q(database());
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, modified_at = ?, modified_by = ? WHERE id = ?")
                      .arg(table, it.key()));
        q.addBindValue(v);
        q.addBindValue(nowUtc());
        q.addBindValue(m_userName);
        q.addBindValue(id);
        if (!q.exec()) {
            err = failure(q.lastError());
            return false;
        }
        if (!writeLog(table, id, QStringLiteral("update"), it.key(), before, v, &err))
            return false;
        changed << it.key();
    }
    if (table == QLatin1String("review_year"))
        m_yearCache.reset();
    if (changed.isEmpty())
        return true;
    if (const std::optional<Record> now = record(table, id)) {
        err = dateOrderProblem(*def, [&now](const QString &c) { return now->value(c); }, changed);
        if (!err.isEmpty())
            return false; // the transaction rolls back
    }
    announce({PendingChange::Kind::Updated, table, id, changed});
    return tx.commit(&err);
}

DeletedRecords UnitFile::previewRemove(const QString &table, const QString &id) const
{
    QString error; // a row that cannot be read is one that is not there to be removed
    return cascadeOfMany({{table, id}}, &error).value_or(DeletedRecords());
}

bool UnitFile::remove(const QString &table, const QString &id, QString *error,
                      DeletedRecords *removed)
{
    QString local;
    QString &err = error ? *error : local;
    if (!requireWritable(&err))
        return false;
    if (!schema::table(table)) {
        err = tr("Unknown record type “%1”.").arg(table);
        return false;
    }
    const std::optional<DeletedRecords> found = cascadeOfMany({{table, id}}, &err);
    if (!found)
        return false;
    const DeletedRecords &plan = *found;
    if (plan.rows.isEmpty()) {
        err = tr("The record no longer exists.");
        return false;
    }
    const PlacedRow &first = plan.rows.first().row;
    if (!requireUnlocked(*schema::table(table), [&first](const QString &c) { return first.value(c); }, &err))
        return false;
    Transaction tx(*this);
    if (table == QLatin1String("review_year"))
        m_yearCache.reset();
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    if (!q.exec()) {
        err = failure(q.lastError());
        return false;
    }
    for (const auto &[t, row] : plan.rows)
        if (!writeLog(t, row.value(row.layout->id).toString(), QStringLiteral("delete"), {},
                      jsonOf(row), {}, &err))
            return false;
    for (const auto &[t, rowId, column, target] : plan.nulledRefs)
        if (!writeLog(t, rowId, QStringLiteral("update"), column, target, {}, &err))
            return false;
    for (const auto &[t, row] : plan.rows)
        announce({PendingChange::Kind::Removed, t, row.value(row.layout->id).toString(), {}});
    for (const auto &[t, rowId, column, target] : plan.nulledRefs)
        announce({PendingChange::Kind::Updated, t, rowId, {column}});
    if (!tx.commit(&err))
        return false;
    if (removed)
        *removed = plan;
    return true;
}

namespace {

// The columns of a query's rows as a Record keeps them: by name, found once per query. Each row
// is then built in that order, every key put at the end (no search), which made reading a
// register of thousands of rows a good deal cheaper than a lookup per cell.
class RecordShape
{
public:
    // The row is the query's columns from `first` on; those before it are the caller's.
    explicit RecordShape(const sqlite::ReadStatement &q, int first = 0) : m_first(first)
    {
        for (int i = first; i < q.columnCount(); ++i)
            m_names << q.columnName(i);
        for (int i = 0; i < m_names.size(); ++i)
            m_order << i;
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return m_names[a] < m_names[b]; });
    }
    Record read(const sqlite::ReadStatement &q) const
    {
        Record row;
        for (const int i : m_order)
            row.insert(row.cend(), m_names[i], q.value(m_first + i));
        return row;
    }

private:
    int m_first = 0;
    QStringList m_names;
    QList<int> m_order;
};

// The same for rows kept by place (PlacedRow): where each of the query's columns goes.
class PlacedShape
{
public:
    PlacedShape(const sqlite::ReadStatement &q, const RowLayout &layout, int first) : m_layout(layout), m_first(first)
    {
        for (int i = first; i < q.columnCount(); ++i) {
            m_places << layout.place(q.columnName(i));
            if (m_places.last() < 0 && m_unknown.isEmpty())
                m_unknown = q.columnName(i);
        }
    }
    // A column of the query the table's layout has no place for: a row read would lose it.
    const QString &unknownColumn() const { return m_unknown; }
    PlacedRow read(const sqlite::ReadStatement &q) const
    {
        PlacedRow row(m_layout);
        for (int i = 0; i < m_places.size(); ++i)
            row.set(m_places[i], q.value(m_first + i));
        return row;
    }

private:
    const RowLayout &m_layout;
    int m_first = 0;
    QList<int> m_places;
    QString m_unknown;
};

// Ids as one JSON array, bound as one value: `WHERE id IN (SELECT value FROM json_each(?))`
// asks for thousands of rows in one statement.
QString jsonArrayOf(const QStringList &ids)
{
    QString out;
    out.reserve(40 * ids.size());
    out += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            out += u',';
        json::appendString(out, ids.at(i));
    }
    out += u']';
    return out;
}

} // namespace

std::optional<DeletedRecords> UnitFile::cascadeOfMany(const RowRefs &rows, QString *error, QStringList *ids,
                                                      qsizetype *askedFound, QSet<QString> *textReadOtherwise) const
{
    // Level by level: the rows asked for, then the rows that belong to them, and so on; so the
    // rows come parents first, as restore() needs them. Each level asks each table once.
    DeletedRecords out;
    QStringList idOfRow;
    QHash<QString, QSet<QString>> taken; // ids by table: one id hashed per row, not the pair
    const auto isTaken = [&taken](const QString &table, const QString &id) {
        const auto it = taken.constFind(table);
        return it != taken.cend() && it->contains(id);
    };
    RowRefs level = rows;
    bool firstLevel = true;
    while (!level.isEmpty()) {
        QMap<QString, QStringList> idsOf;
        for (const auto &[table, id] : std::as_const(level))
            idsOf[table] << id;
        // Each table's rows by their place among the ids asked for (json_each's key), none
        // where that row is gone: matched to the level's refs by counting, without a hash of
        // every row, which was a sixth of undoing an import.
        QHash<QString, std::vector<std::optional<PlacedRow>>> foundOf;
        for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it) {
            sqlite::ReadStatement q(database(),
                                    QStringLiteral("SELECT j.key, t.* FROM json_each(?) j JOIN %1 t ON t.id = j.value").arg(it.key()),
                                    {jsonArrayOf(it.value())});
            const TableDef *def = schema::table(it.key());
            if (!def) {
                *error = tr("Unknown record type “%1”.").arg(it.key());
                return std::nullopt;
            }
            const PlacedShape shape(q, RowLayout::of(*def), 1);
            if (!shape.unknownColumn().isEmpty()) { // kept for an undo, the row would come back without it
                *error = tr("“%1” has no field “%2”.").arg(it.key(), shape.unknownColumn());
                return std::nullopt;
            }
            std::vector<std::optional<PlacedRow>> &rows = foundOf[it.key()];
            rows.resize(std::size_t(it.value().size()));
            while (q.next()) {
                const qint64 place = q.value(0).toLongLong();
                if (place >= 0 && place < qint64(rows.size()))
                    rows[std::size_t(place)] = shape.read(q);
            }
            if (!q.isValid()) {
                *error = failure(q.error());
                return std::nullopt;
            }
            if (textReadOtherwise && q.readTextOtherwiseThanStored())
                textReadOtherwise->insert(it.key());
        }
        QHash<QString, qsizetype> placeOf;     // the next place in foundOf, by table
        QMap<QString, QStringList> newIdsOf; // of this level's rows found, by table
        for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it)
            taken[it.key()].reserve(taken[it.key()].size() + it.value().size());
        for (const QPair<QString, QString> &ref : std::as_const(level)) {
            std::optional<PlacedRow> &row = foundOf[ref.first][std::size_t(placeOf[ref.first]++)];
            if (!row)
                continue; // gone already
            QSet<QString> &takenOfTable = taken[ref.first];
            const qsizetype before = takenOfTable.size();
            takenOfTable.insert(ref.second);
            if (takenOfTable.size() == before)
                continue; // taken along by a row before it
            out.rows.append({ref.first, std::move(*row)});
            idOfRow << ref.second;
            newIdsOf[ref.first] << ref.second;
        }
        if (firstLevel && askedFound)
            *askedFound = out.rows.size();
        firstLevel = false;
        RowRefs next;
        for (auto it = newIdsOf.cbegin(); it != newIdsOf.cend(); ++it) {
            const QString ids = jsonArrayOf(it.value());
            for (const TableDef &t : schema::tables()) {
                for (const ColumnDef &c : t.columns) {
                    if (c.type != ColumnType::Reference || c.reference != it.key())
                        continue;
                    sqlite::ReadStatement q(database(),
                                            QStringLiteral("SELECT id, %2 FROM %1 WHERE %2 IN (SELECT value FROM json_each(?))")
                                                .arg(t.name, c.name),
                                            {ids});
                    while (q.next()) {
                        const QString child = q.value(0).toString(), target = q.value(1).toString();
                        if (c.parent)
                            next.append({t.name, child});
                        else if (!(t.name == it.key() && child == target))
                            out.nulledRefs.append({t.name, child, c.name, target});
                    }
                    if (!q.isValid()) {
                        *error = failure(q.error());
                        return std::nullopt;
                    }
                }
            }
        }
        level = std::move(next);
    }
    // References from rows that are deleted anyway are not worth mentioning.
    out.nulledRefs.removeIf([&](const auto &ref) { return isTaken(std::get<0>(ref), std::get<1>(ref)); });
    if (ids)
        *ids = std::move(idOfRow);
    return out;
}

bool UnitFile::removeAll(const RowRefs &rows, QString *error, DeletedRecords *removed,
                         const Progress &progress)
{
    QString local;
    QString &err = error ? *error : local;
    if (!requireWritable(&err))
        return false;
    for (const auto &[table, id] : rows)
        if (!schema::table(table)) {
            err = tr("Unknown record type “%1”.").arg(table);
            return false;
        }
    // Newest first, as they would be removed one by one; what restore() gets is the reverse:
    // first added first.
    Transaction tx(*this); // before reading: what is removed is what was read
    const RowRefs newestFirst(rows.crbegin(), rows.crend());
    // The rows asked for come first in the plan; their own rows go by cascade.
    QStringList planIds;
    qsizetype askedFound = 0;
    QSet<QString> readOtherwise;
    std::optional<DeletedRecords> plan = cascadeOfMany(newestFirst, &err, &planIds, &askedFound, &readOtherwise);
    if (!plan)
        return false;
    // Whether a year's lock can refuse any of them: asking row by row is a twentieth of undoing
    // a large import, and no year is locked most of the time.
    const bool someYearLocked = std::any_of(yearLocks().cbegin(), yearLocks().cend(), [](bool locked) { return locked; });
    QMap<QString, QStringList> idsOf;
    for (qsizetype i = 0; i < askedFound; ++i) {
        const RemovedRow &asked = plan->rows[i]; // not a structured binding: a lambda takes its row
        reportProgress(progress, int(i), int(rows.size()));
        const PlacedRow &row = asked.row;
        if (someYearLocked && !requireUnlocked(*schema::table(asked.table), [&row](const QString &c) { return row.value(c); }, &err))
            return false;
        idsOf[asked.table] << planIds[i];
    }
    // Logged before they go, while SQLite can read them (logRemoved).
    if (!logRemoved(plan->rows, planIds, readOtherwise, &err))
        return false;
    for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it) {
        if (it.key() == QLatin1String("review_year"))
            m_yearCache.reset();
        QSqlQuery q(database());
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT value FROM json_each(?))").arg(it.key()));
        q.addBindValue(jsonArrayOf(it.value()));
        if (!q.exec()) {
            err = failure(q.lastError());
            return false;
        }
    }
    for (const auto &[t, rowId, column, target] : std::as_const(plan->nulledRefs))
        if (!writeLog(t, rowId, QStringLiteral("update"), column, target, {}, &err))
            return false;
    for (qsizetype i = 0; i < plan->rows.size(); ++i)
        announce({PendingChange::Kind::Removed, plan->rows[i].table, planIds[i], {}});
    for (const auto &[t, rowId, column, target] : std::as_const(plan->nulledRefs))
        announce({PendingChange::Kind::Updated, t, rowId, {column}});
    if (!tx.commit(&err))
        return false;
    if (removed)
        *removed = {restoreOrder(std::move(plan->rows)), std::move(plan->nulledRefs)};
    return true;
}

bool UnitFile::logRemoved(const QList<RemovedRow> &rows, const QStringList &ids,
                          const QSet<QString> &readOtherwise, QString *error)
{
    for (qsizetype start = 0; start < rows.size();) {
        // A run of rows of one table, in the order given.
        const QString &table = rows[start].table;
        qsizetype end = start + 1;
        while (end < rows.size() && rows[end].table == table)
            ++end;
        bool logged = false;
        if (end - start > 1 && !readOtherwise.contains(table)
            && !logRemovedBySql(table, ids.mid(start, end - start), &logged, error))
            return false;
        if (logged) {
            start = end;
            continue;
        }
        for (qsizetype i = start; i < end; ++i)
            if (!writeLog(table, ids[i], QStringLiteral("delete"), {}, jsonOf(rows[i].row), {}, error))
                return false;
        start = end;
    }
    return true;
}

qsizetype UnitFile::logBySql(const QString &operation, const QString &table, const QStringList &ids,
                            const RowJsonSql &json, QSqlError *failed)
{
    // The rows in the order of the ids: the CROSS JOIN keeps json_each's (the array's) order
    // as the outer loop, which sorting by it would cost twice the logging (a temporary B-tree).
    // A row with a value SQLite would write otherwise than jsonOf() (plainValues) is left out.
    const bool removal = operation == QLatin1String("delete");
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO change_log (at, user, table_name, record_id, operation, column_name, "
                             "old_value, new_value) SELECT ?, ?, ?, t.id, ?, NULL, %1 "
                             "FROM json_each(?) j CROSS JOIN %2 t ON t.id = j.value WHERE %3")
                  .arg(removal ? json.object + QStringLiteral(", NULL") : QStringLiteral("NULL, ") + json.object,
                       table, json.plainValues));
    for (const QString &value : {nowUtc(), m_userName, table, operation, jsonArrayOf(ids)})
        q.addBindValue(value);
    if (!q.exec()) {
        *failed = q.lastError();
        return -1;
    }
    return q.numRowsAffected();
}

bool UnitFile::logRemovedBySql(const QString &table, const QStringList &ids, bool *logged, QString *error)
{
    *logged = false;
    const std::optional<RowJsonSql> json = rowJsonSql(*schema::table(table), QStringLiteral("t"));
    if (!json)
        return true;
    // A row left out (a decimal where a whole number belongs), or a run SQLite cannot make the
    // JSON of (a BLOB): none of them are logged here, and the caller logs them. A file that
    // cannot be written is the caller's failure: SQLite may have ended the whole transaction.
    Transaction run(*this);
    if (!run.began())
        return true;
    QSqlError failed;
    const qsizetype written = logBySql(QStringLiteral("delete"), table, ids, *json, &failed);
    if (written < 0 && sqlite::isStorageFailure(failed)) {
        *error = failure(failed);
        return false;
    }
    *logged = written == ids.size() && run.commit();
    return true;
}

bool UnitFile::logInsertedBySql(const QString &table, const QStringList &ids, QString *error,
                                const std::vector<bool> *given)
{
    const std::optional<RowJsonSql> json = rowJsonSql(*schema::table(table), QStringLiteral("t"), RowJsonSql::WithoutCommon, given);
    QSqlError failed;
    const qsizetype written = json ? logBySql(QStringLiteral("insert"), table, ids, *json, &failed) : -1;
    if (written < 0 && failed.isValid()) {
        *error = failure(failed);
        return false;
    }
    // Written through insertRow(), each value is as it checks it, so every row is logged.
    if (written != ids.size()) {
        *error = tr("The change log could not be written.");
        return false;
    }
    return true;
}

std::optional<QList<RemovedRow>> DeletedRecords::placed(const QList<QPair<QString, Record>> &rows, QString *error)
{
    QList<RemovedRow> out;
    out.reserve(rows.size());
    for (const auto &[table, record] : rows) {
        const TableDef *def = schema::table(table);
        QString unknown;
        std::optional<PlacedRow> row = def ? PlacedRow::fromRecord(RowLayout::of(*def), record, &unknown) : std::nullopt;
        if (!row) {
            if (error)
                *error = def ? UnitFile::tr("“%1” has no field “%2”.").arg(table, unknown)
                             : UnitFile::tr("Unknown record type “%1”.").arg(table);
            return std::nullopt;
        }
        out.append({table, std::move(*row)});
    }
    return out;
}

QList<RemovedRow> UnitFile::restoreOrder(QList<RemovedRow> rows)
{
    // First added first (the rows came newest first), and every row after the row it belongs
    // to where that was removed too: a row cannot be put back before its parent.
    // Only rows of a table some row belongs to can have to come first (none, after an import).
    QSet<QString> tables, parentTables;
    for (const auto &[table, row] : rows)
        if (!tables.contains(table)) {
            tables.insert(table);
            for (const ColumnDef &c : schema::table(table)->columns)
                if (c.type == ColumnType::Reference && c.parent)
                    parentTables.insert(c.reference);
        }
    QHash<QPair<QString, QString>, qsizetype> indexOf;
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (parentTables.contains(rows[i].table))
            indexOf.insert({rows[i].table, rows[i].row.value(rows[i].row.layout->id).toString()}, i);
    QList<RemovedRow> out;
    out.reserve(rows.size());
    QList<bool> placed(rows.size(), false);
    const std::function<void(qsizetype)> place = [&](qsizetype i) {
        if (placed[i])
            return;
        placed[i] = true;
        for (const ColumnDef &c : schema::table(rows[i].table)->columns)
            if (c.type == ColumnType::Reference && c.parent && parentTables.contains(c.reference)) {
                const qsizetype parent = indexOf.value({c.reference, rows[i].row.value(c.name).toString()}, -1);
                if (parent >= 0)
                    place(parent);
            }
        out.append(std::move(rows[i])); // each once: moved, not copied
    };
    for (qsizetype i = rows.size() - 1; i >= 0; --i)
        place(i);
    return out;
}

bool UnitFile::restore(const DeletedRecords &removed, QString *error, const Progress &progress)
{
    QString local;
    QString &err = error ? *error : local;
    if (!requireWritable(&err))
        return false;
    // A delete undone brings back a row or a few (models follow row by row); an import redone
    // may bring back thousands, which come as one reset (kResetAbove).
    {
        Transaction tx(*this);
        QString id;
        int done = 0;
        // The references of each row that has any, set aside when its columns are first read.
        struct References
        {
            QString table, id;
            Record values;
        };
        QList<References> later;
        // Runs of whole rows of one table are logged by SQLite once they are in (an import
        // redone: logging each row on its own was a fifth of the time); others as they go in.
        QString runTable;
        QStringList run;
        QHash<QString, bool> loggedBySql; // by table: whether SQLite can write its JSON
        const auto bySql = [&loggedBySql](const TableDef &def) {
            auto it = loggedBySql.find(def.name);
            if (it == loggedBySql.end())
                it = loggedBySql.insert(def.name, rowJsonSql(def, QString()).has_value());
            return *it;
        };
        const auto logRun = [&] {
            const bool ok = run.isEmpty() || logInsertedBySql(runTable, run, &err);
            run.clear();
            return ok;
        };
        for (const auto &[t, row] : removed.rows) {
            reportProgress(progress, done++, int(removed.rows.size()));
            const TableDef *def = schema::table(t);
            if (!def) {
                err = tr("Unknown record type “%1”.").arg(t);
                return false;
            }
            if (row.layout != &RowLayout::of(*def)) {
                err = tr("A row of another table was given to be put back in “%1”.").arg(t);
                return false;
            }
            // Restore without references first: a row may point to a sibling restored after it.
            PlacedRow plain = row;
            Record references;
            for (qsizetype i = 0; i < def->columns.size(); ++i) {
                const ColumnDef &c = def->columns[i];
                const int at = plain.layout->placeOfColumn(i);
                if (c.type != ColumnType::Reference || c.parent || !plain.has(at) || plain.value(at).isNull())
                    continue;
                references.insert(c.name, plain.value(at));
                plain.unset(at);
            }
            // Whole: every column there, as its JSON by SQLite holds them all.
            const bool whole = plain.isWhole() && bySql(*def);
            if (!whole || t != runTable) {
                if (!logRun())
                    return false;
                runTable = t;
            }
            if (!normalizePlaced(*def, plain, true, &err) || !insertPlaced(*def, plain, &err, &id, true, !whole))
                return false;
            if (whole)
                run.append(id);
            announce({PendingChange::Kind::Inserted, t, id, {}});
            if (!references.isEmpty())
                later.append({t, id, references});
        }
        if (!logRun())
            return false;
        for (const References &r : std::as_const(later))
            if (!update(r.table, r.id, r.values, &err))
                return false;
        for (const auto &[t, rowId, column, target] : removed.nulledRefs)
            if (!update(t, rowId, {{column, target}}, &err))
                return false;
        // The references put back announce themselves (update()).
        if (!tx.commit(&err))
            return false;
    }
    return true;
}

std::optional<Record> UnitFile::record(const QString &table, const QString &id) const
{
    const TableDef *def = schema::table(table);
    if (!def)
        return std::nullopt;
    QSqlQuery &q = prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.bindValue(0, id);
    std::optional<Record> out;
    if (q.exec() && q.next()) {
        Record row;
        const QSqlRecord columns = q.record();
        for (int i = 0; i < columns.count(); ++i)
            row.insert(columns.fieldName(i), q.value(i));
        out = row;
    }
    q.finish();
    return out;
}

namespace {
QString whereClause(const TableDef &def, const RecordFilter &filter, QVariantList &binds)
{
    QStringList where;
    if (filter.year && def.yearScoped) {
        where << QStringLiteral("year = ?");
        binds << *filter.year;
    }
    if (!filter.parentId.isEmpty() && !def.parentColumn().isEmpty()) {
        where << def.parentColumn() + QStringLiteral(" = ?");
        binds << filter.parentId;
    }
    if (filter.parentYear && !def.parentColumn().isEmpty()) {
        const TableDef *parent = schema::table(def.column(def.parentColumn())->reference);
        if (parent && parent->yearScoped) {
            where << QStringLiteral("%1 IN (SELECT id FROM %2 WHERE year = ?)").arg(def.parentColumn(), parent->name);
            binds << *filter.parentYear;
        }
    }
    // Column names come from the schema, never from outside: unknown ones are ignored.
    const QStringList known = def.columnNames();
    for (const QString &column : filter.present)
        if (known.contains(column))
            where << QStringLiteral("%1 IS NOT NULL AND %1 <> ''").arg(column);
    for (auto it = filter.equals.cbegin(); it != filter.equals.cend(); ++it) {
        if (!known.contains(it.key()))
            continue;
        if (it.value().isNull()) {
            where << it.key() + QStringLiteral(" IS NULL");
        } else {
            where << it.key() + QStringLiteral(" = ?");
            binds << it.value();
        }
    }
    if (!filter.text.isEmpty()) {
        // Ignoring case with Unicode's rules, the text taken literally (textmatching.h).
        QStringList any;
        const auto contains = [&](const QString &expression) {
            const sqlite::TextCondition condition = sqlite::containsText(expression, filter.text);
            binds << condition.bind;
            return condition.sql;
        };
        for (const ColumnDef &c : def.columns) {
            if (c.type == ColumnType::Text || c.type == ColumnType::LongText) {
                any << contains(c.name);
            } else if (c.type == ColumnType::Reference && !c.parent) {
                const TableDef *target = schema::table(c.reference);
                if (!target)
                    continue;
                any << QStringLiteral("EXISTS (SELECT 1 FROM %1 AS linked WHERE linked.id = %2.%3 AND %4)")
                           .arg(target->name, def.name, c.name, contains(QStringLiteral("linked.") + target->displayColumn));
            }
        }
        where << (any.isEmpty() ? QStringLiteral("0") : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (known.contains(filter.rangeColumn) && !filter.rangeFrom.isEmpty() && !filter.rangeTo.isEmpty()) {
        where << filter.rangeColumn + QStringLiteral(" >= ? AND ") + filter.rangeColumn + QStringLiteral(" < ?");
        binds << filter.rangeFrom << filter.rangeTo;
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

// The ORDER BY of a listing, so that a table of 100 000 rows sorts in the file and is still read
// page by page. Names come from the schema only; choice keys are bound. Per column type:
// - choice: the choice's place in its set (severity low < medium < high, not by key or label);
// - reference (a person, an action): the linked row's display column, ignoring case;
// - text: in Norwegian order, ignoring case (textmatching.h: æ, ø, å after z);
// - dates (ISO text), numbers and multi-choice keys: as stored.
// Empty values come first ascending and last descending (SQLite's NULL order). Ties keep
// insertion order (rowid) both ways, so equal rows never swap and pages never overlap.
QString orderClause(const TableDef &def, const RecordFilter &filter, QVariantList &binds)
{
    if (filter.orderBy.isEmpty() || !def.columnNames().contains(filter.orderBy))
        return QStringLiteral(" ORDER BY rowid");
    const ColumnDef *c = def.column(filter.orderBy); // null for the common columns and year
    QString key = filter.orderBy;
    // An id whose table another column names (an action's source record): by that record's name,
    // as the cell shows it.
    const schema::LinkColumn link = schema::linkColumn(def.name, filter.orderBy);
    if (!link.selector.isEmpty()) {
        key = QStringLiteral("CASE %1").arg(link.selector);
        for (auto it = link.tables.cbegin(); it != link.tables.cend(); ++it) {
            const TableDef *target = schema::table(it.value());
            key += QStringLiteral(" WHEN ? THEN (SELECT r.%1 FROM %2 r WHERE r.id = %3.%4)")
                       .arg(target->displayColumn, target->name, def.name, filter.orderBy);
            binds << it.key();
        }
        key = sqlite::inTextOrder(key + QStringLiteral(" END"));
        c = nullptr; // the key is made: none of the column types' below
    }
    switch (c ? c->type : ColumnType::Year) {
    case ColumnType::Choice: {
        key = QStringLiteral("CASE %1").arg(c->name);
        const QList<Choice> &choices = schema::choiceSet(c->reference)->choices;
        for (int i = 0; i < choices.size(); ++i) {
            key += QStringLiteral(" WHEN ? THEN %1").arg(i);
            binds << choices.at(i).key;
        }
        key += QStringLiteral(" END");
        break;
    }
    case ColumnType::Reference: {
        const TableDef *target = schema::table(c->reference);
        key = sqlite::inTextOrder(QStringLiteral("(SELECT r.%1 FROM %2 r WHERE r.id = %3.%4)")
                                      .arg(target->displayColumn, target->name, def.name, c->name));
        break;
    }
    case ColumnType::Text:
    case ColumnType::LongText:
        key = sqlite::inTextOrder(c->name);
        break;
    default:
        break;
    }
    return QStringLiteral(" ORDER BY %1 %2, rowid").arg(key, filter.descending ? QStringLiteral("DESC")
                                                                             : QStringLiteral("ASC"));
}
} // namespace

QList<Record> UnitFile::records(const QString &table, const RecordFilter &filter) const
{
    const TableDef *def = schema::table(table);
    if (!def)
        return {};
    QVariantList binds;
    QString sql = QStringLiteral("SELECT * FROM %1").arg(table) + whereClause(*def, filter, binds);
    sql += orderClause(*def, filter, binds); // after the WHERE: its values are bound in SQL order
    if (filter.limit >= 0)
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    return selectRecords(sql, binds);
}

QList<Record> UnitFile::selectRecords(const QString &sql, const QVariantList &binds) const
{
    QList<Record> out;
    sqlite::ReadStatement q(database(), sql, binds);
    if (!q.isValid())
        return out;
    const RecordShape shape(q);
    while (q.next())
        out.append(shape.read(q));
    return out;
}

int UnitFile::count(const QString &table, const RecordFilter &filter) const
{
    const TableDef *def = schema::table(table);
    if (!def)
        return 0;
    QVariantList binds;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table) + whereClause(*def, filter, binds));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {

// The column a row is named by, in `language` where the table keeps its names in both.
QString nameColumn(const TableDef &def, const QString &language)
{
    QString column = def.displayColumn;
    if (column.endsWith(QLatin1String("_en")) && !language.isEmpty()) {
        const QString translated = column.chopped(3) + QLatin1Char('_') + language;
        if (def.column(translated))
            column = translated; // a name of the program's own schema, never user text
    }
    return column;
}

// A row named by a choice (a survey by its status) reads as the choice's label, not its key.
QString nameText(const TableDef &def, const QString &column, const QVariant &value, const QString &language)
{
    const ColumnDef *named = def.column(column);
    if (named && named->isChoice() && !language.isEmpty())
        return choiceText(*named, value, language);
    return value.toString();
}

} // namespace

QString UnitFile::displayName(const QString &table, const QString &id, const QString &language) const
{
    const TableDef *def = schema::table(table);
    if (!def || id.isEmpty())
        return {};
    const QString column = nameColumn(*def, language);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return nameText(*def, column, q.value(0), language);
}

namespace {

// Each row's name (UnitFile::displayNames) from `q`, which reads (id, name column).
QHash<QString, QString> namesRead(sqlite::ReadStatement &q, const TableDef &def, const QString &column,
                                  const QString &language)
{
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), nameText(def, column, q.value(1), language));
    return out;
}

} // namespace

QHash<QString, QString> UnitFile::displayNames(const QString &table, const QString &language) const
{
    const TableDef *def = schema::table(table);
    if (!def)
        return {};
    const QString column = nameColumn(*def, language);
    sqlite::ReadStatement q(database(), QStringLiteral("SELECT id, %1 FROM %2").arg(column, table));
    return namesRead(q, *def, column, language);
}

QHash<QString, QString> UnitFile::displayNames(const QString &table, const QStringList &ids, const QString &language) const
{
    const TableDef *def = schema::table(table);
    if (!def || ids.isEmpty())
        return {};
    const QString column = nameColumn(*def, language);
    sqlite::ReadStatement q(database(), QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (SELECT value FROM json_each(?))").arg(column, table),
                            {jsonArrayOf(ids)});
    return namesRead(q, *def, column, language);
}

const QMap<int, bool> &UnitFile::yearLocks() const
{
    if (!m_yearCache) {
        QMap<int, bool> locks;
        QSqlQuery q(database());
        q.exec(QStringLiteral("SELECT year, locked FROM review_year"));
        while (q.next())
            locks.insert(q.value(0).toInt(), q.value(1).toInt() == 1);
        m_yearCache = locks; // a rollback clears it (Transaction's destructor)
    }
    return *m_yearCache;
}

QList<int> UnitFile::years() const
{
    return yearLocks().keys(); // in ascending order
}

int UnitFile::latestYear() const
{
    const QList<int> all = years();
    return all.isEmpty() ? 0 : all.last();
}

QString UnitFile::unitName() const
{
    return sqlite::scalar(database(), QStringLiteral("SELECT name FROM unit ORDER BY rowid LIMIT 1"))
        .toString();
}

QString UnitFile::meta(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool UnitFile::setMeta(const QString &key, const QString &value, QString *error)
{
    if (!requireWritable(error))
        return false;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (q.exec())
        return true;
    const QString message = failure(q.lastError());
    if (error)
        *error = message;
    return false;
}

bool UnitFile::saveCopy(const QString &target, QString *error) const
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("Cannot make a temporary folder for the copy: %1").arg(scratch.errorString());
        return false;
    }
    const QString snapshot = scratch.filePath(QStringLiteral("snapshot.db"));
    // VACUUM INTO reads one consistent state of the file, whatever other connections do meanwhile.
    {
        QString openError;
        sqlite::ScopedConnection reader(m_path, false, &openError);
        if (!reader.isOpen()) {
            *error = tr("Cannot read the file for the copy: %1").arg(openError);
            return false;
        }
        QSqlQuery q(reader.db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(snapshot);
        if (!q.exec()) {
            *error = tr("Cannot write the copy: %1").arg(sqlite::userMessage(q.lastError()));
            return false;
        }
    }
    const FileCheck check = inspectFile(snapshot);
    if (!check.ok()) {
        *error = tr("The copy did not pass the file check: %1").arg(check.message);
        return false;
    }
    QFile in(snapshot);
    QSaveFile out(target); // writes beside the target, syncs to disk, then renames
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write “%1”: %2").arg(target, out.errorString());
        return false;
    }
    while (!in.atEnd())
        if (out.write(in.read(1 << 20)) < 0)
            break;
    if (!out.flush() || !out.commit()) { // flush(): commit() misses a failed last write (QTBUG-75077)
        *error = tr("Cannot write “%1”: %2").arg(target, out.errorString());
        return false;
    }
    return true;
}

} // namespace ik
