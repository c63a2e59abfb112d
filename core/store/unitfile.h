#pragma once

#include "core/common/progress.h"
#include "core/store/filecheck.h"
#include "core/store/filelock.h"
#include "core/store/placedrow.h"

#include <QDateTime>
#include <QHash>
#include <QLockFile>
#include <QTemporaryDir>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ik {

namespace sqlite {
class WriteStatement;
}
struct TableDef;
class ChecklistTemplate;

// One row as column name → value.
using Record = QVariantMap;

// Which rows of a table to list.
struct RecordFilter
{
    std::optional<int> year;       // year-scoped tables: only this year
    QString parentId;              // child tables: only the rows of this parent
    std::optional<int> parentYear; // child tables of a year-scoped table: rows whose parent is of this year
    QStringList present;           // columns that must hold a value (not NULL, not empty)
    QString orderBy;               // a column of the table; default: insertion order
    bool descending = false;       // with orderBy: largest first (ties stay in insertion order)
    int limit = -1;
    int offset = 0;
    QMap<QString, QVariant> equals; // column → value the rows must hold (NULL: IS NULL)
    QString rangeColumn;           // with rangeFrom/rangeTo: rangeFrom <= value < rangeTo
    QString rangeFrom, rangeTo;
    // Rows with this text in a text field or in the name of a record they refer to (a person's
    // name); ignoring case for A–Z (SQLite's LIKE). Empty: every row.
    QString text;

    static RecordFilter ofYear(int year)
    {
        RecordFilter f;
        f.year = year;
        return f;
    }
    static RecordFilter ofParent(const QString &parentId)
    {
        RecordFilter f;
        f.parentId = parentId;
        return f;
    }
};

// A row as it was before a delete, with what the delete took along (cascaded children) or
// changed (references set to NULL), so that the delete can be undone exactly.
// A removed row: its table, and every column's value by place (a map of names per row was a
// sixth of undoing a large import, and twice its memory on the undo stack).
struct RemovedRow
{
    QString table;
    PlacedRow row;
};

struct DeletedRecords
{
    QList<RemovedRow> rows; // parents first
    // Rows given by name (another copy's, the edits of a table), placed; nothing if one names a
    // field its table lacks, and `error` says so.
    static std::optional<QList<RemovedRow>> placed(const QList<QPair<QString, Record>> &rows, QString *error);
    // Rows that pointed to a removed row and no longer do: table, id, column, the removed row's id.
    QList<std::tuple<QString, QString, QString, QString>> nulledRefs;
};

// Rows by table and id, e.g. what an import added.
using RowRefs = QList<QPair<QString, QString>>;

struct RowJsonSql;

// An open unit file: one unit's whole HSE record in one SQLite database.
//
// Every write runs in a transaction and is committed when it returns; every write is recorded in
// the change log with who made it. A file that is read-only, on read-only media or held by another
// instance opens read-only, and all writes are refused with a message.
class UnitFile : public QObject
{
    Q_OBJECT
public:
    enum class Mode { ReadWrite, ReadOnly };

    struct NewUnit
    {
        QString unitName;
        int year = 0;
        QString templateId = QStringLiteral("ntnu");
        QString institution;
    };

    ~UnitFile() override;
    Q_DISABLE_COPY_MOVE(UnitFile)

    // Opens an existing file. On refusal returns null and fills `check` with the reason; the file
    // is then left untouched. ReadWrite falls back to read-only (with readOnlyReason()) where the
    // file cannot be written or another instance holds it. A file of an older format opened for
    // writing is upgraded first, with a copy of it as it was beside it (upgradeNote()); opened
    // read-only it is read as it is, untouched, and readOnlyReason() says so.
    static std::unique_ptr<UnitFile> open(const QString &path, Mode mode, FileCheck *check);
    // The same, for a file already examined: `inspected` is what inspectFile(path) found. The
    // examination reads the whole file, so a window runs it off its GUI thread (it opens its own
    // connection), and the rest of opening, which makes this object's connection, here.
    static std::unique_ptr<UnitFile> open(const QString &path, Mode mode, FileCheck *check,
                                          const FileCheck &inspected);
    // Opens for writing although another instance holds the lock, where that lock looks
    // abandoned (LockHolder::looksAbandoned): its lock file is removed and the lock taken here,
    // and the file records who broke whose lock, when and `reason` (meta "lock_broken", a JSON
    // line each). If that program does still run, both write the file and changes get lost, so
    // ask first. A lock that does not look abandoned is not broken: read-only as open() does.
    static std::unique_ptr<UnitFile> openBreakingLock(const QString &path, const QString &reason,
                                                      FileCheck *check, const FileCheck &inspected);
    static std::unique_ptr<UnitFile> openBreakingLock(const QString &path, const QString &reason,
                                                      FileCheck *check);
    // Creates a new file (refuses to overwrite one) with the unit, its first review year and that
    // year's checklist from the template. Written to a temporary name and renamed when complete.
    static std::unique_ptr<UnitFile> create(const QString &path, const NewUnit &unit,
                                            QString *error);

    QString path() const { return m_path; }
    // Opened with a FileCheck from inspectFile(…, IntegrityCheck::Later): readable at once, and
    // no write until finishIntegrityCheck() has the result of checkIntegrity(). A write asked
    // for before waits for it through `wait` (awaitIntegrityWith; a check running on another
    // thread), or without one is refused. A file that fails the check becomes read-only with
    // the check's message as its reason (and should be closed: a damaged file is not shown).
    bool integrityPending() const { return m_integrityPending; }
    void finishIntegrityCheck(const FileCheck &check);
    // The integrity check's verdict, waiting for a check still running through the function
    // given to awaitIntegrityWith(): what is made from the file (a report, an export) is written
    // only once the file is known to be sound (writeOutputFile). Sound for a file checked whole
    // before it opened; not ok, with a message, while a check without a wait is pending.
    FileCheck integrityVerdict() const;
    void awaitIntegrityWith(std::function<FileCheck()> wait) { m_integrityWait = std::move(wait); }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Set when opening upgraded the file from an older format: for people, naming the copy of
    // the file as it was, which upgradeBackupPath() holds. Empty otherwise.
    QString upgradeNote() const { return m_upgradeNote; }
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    // When the file opened read-only because another instance holds it: who, and why the lock
    // was not broken if that was asked for.
    const std::optional<LockRefusal> &heldElsewhere() const { return m_heldElsewhere; }
    QSqlDatabase database() const;
    // A read-only query with its values bound in order, executed and ready for next(): for
    // summaries counted in the file (reports, statistics). `sql` is the program's own text;
    // user values go only in `binds`.
    QSqlQuery select(const QString &sql, const QVariantList &binds = {}) const;
    // The same query's rows as Records, read as records() reads them (SQLite's C API, each row
    // built in column order): for the report's joins of hundreds or thousands of rows. Empty
    // where the query fails.
    QList<Record> selectRecords(const QString &sql, const QVariantList &binds = {}) const;

    // Who is recorded in the change log and in created_by/modified_by.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name);
    static QString defaultUserName();

    // --- records ---------------------------------------------------------------------------
    // Values are validated against the schema; a bad value refuses the whole write.
    // Returns the new row's id (values may carry their own "id", e.g. on undo or import).
    // `madeAt`, when valid, is the moment the row counts as made (created_at, modified_at) for a
    // row that tells of the past, as the demo's do; else now.
    QString insert(const QString &table, const Record &values, QString *error, const QDateTime &madeAt = {});
    // Many new rows of one table, all or none, each checked as insert() checks it: an import.
    // Their values are checked already (CheckedRow); each row as a whole is checked here. The
    // rows are the caller's and are only read.
    // `ids` receives the new ids in order. On a refused row `failedRow` (when given) is its
    // index in `rows` and nothing is written.
    bool insertMany(const QString &table, const QList<const CheckedRow *> &rows, QStringList *ids, QString *error,
                    qsizetype *failedRow = nullptr, const Progress &progress = {});
    bool update(const QString &table, const QString &id, const Record &values, QString *error);
    // Deletes a row with the rows that belong to it; `removed` receives what is needed to undo.
    bool remove(const QString &table, const QString &id, QString *error,
                DeletedRecords *removed = nullptr);
    // Several rows removed as one change, every one or none (an import undone): in reverse order,
    // so that rows added after their parents go first; a row already gone is passed over.
    // `removed` receives what restore() needs to bring them all back. Announced row by row, or as
    // one dataReset when many (kResetAbove).
    // `progress` hears of the rows done (it cannot stop this).
    bool removeAll(const RowRefs &rows, QString *error, DeletedRecords *removed,
                   const Progress &progress = {});
    // Puts removed rows back as they were (announced as removeAll is).
    bool restore(const DeletedRecords &removed, QString *error, const Progress &progress = {});
    // The rows a delete would take along (cascade) and the references it would clear.
    DeletedRecords previewRemove(const QString &table, const QString &id) const;

    // Whether the last insert or update that failed did so for the disk or the file as a whole
    // (full, busy, read-only, I/O, damaged; see sqlite::isStorageFailure), not for its values:
    // its message is then about the disk, and an import gives it without a line number.
    bool lastFailureWasStorage() const { return m_storageFailure; }

    std::optional<Record> record(const QString &table, const QString &id) const;
    // In filter.orderBy's order, as people expect it (see orderClause in unitfile.cpp): a choice by
    // its place in the choice set, a reference by the linked row's name, text ignoring case.
    QList<Record> records(const QString &table, const RecordFilter &filter = {}) const;
    int count(const QString &table, const RecordFilter &filter = {}) const;
    // A short human name of a row (its display column), e.g. a person's name.
    // In `language` where the name is kept in both languages (a checklist item's title_nb and
    // title_en) or is a choice (a survey by its status label); empty: the display column as it is.
    QString displayName(const QString &table, const QString &id, const QString &language = {}) const;
    // The same for every row of `table` at once (id → name): for naming thousands of links.
    QHash<QString, QString> displayNames(const QString &table, const QString &language = {}) const;
    // The same for the rows of `table` with these ids only (those that exist).
    QHash<QString, QString> displayNames(const QString &table, const QStringList &ids, const QString &language = {}) const;

    QList<int> years() const;
    // A locked (closed) review year refuses changes to its records until it is unlocked.
    bool isYearLocked(int year) const;
    int latestYear() const;
    QString unitName() const;
    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value, QString *error);

    // A consistent snapshot of the file at `target` (temporary file, fsync, rename), safe while
    // this or another connection writes.
    bool saveCopy(const QString &target, QString *error) const;

    // Runs several writes as one: all are kept or none. Nestable (an inner one is a savepoint).
    // The change signals of its writes wait until the outermost transaction commits (see the
    // signals below); a rollback drops the signals of the writes it took back.
    class Transaction
    {
    public:
        explicit Transaction(UnitFile &file);
        ~Transaction();
        bool commit(QString *error = nullptr);
        // Whether it began (BEGIN or SAVEPOINT ran); commit() fails if not.
        bool began() const { return m_ok; }
        Q_DISABLE_COPY_MOVE(Transaction)

    private:
        UnitFile &m_file;
        int m_depth;
        bool m_done = false;
        bool m_ok;
        qsizetype m_pendingMark;  // the waiting signals that were there before this one began
        bool m_resetWasPending;
    };

    // While one lives, the file's reads see one state of it: reads that belong together (the
    // report's many queries) cannot take some rows from before another program's write and some
    // from after it. From its first read, no other connection can commit until it ends: the
    // file's rollback journal makes a reader's shared lock hold every commit back (SQLite's
    // busy timeout lets a writer wait). Nests inside a Transaction, and writes nothing itself.
    class ReadTransaction
    {
    public:
        explicit ReadTransaction(const UnitFile &file);
        ~ReadTransaction();
        Q_DISABLE_COPY_MOVE(ReadTransaction)

    private:
        const UnitFile &m_file;
        bool m_open;
    };

    // While one lives, locked review years do not refuse writes. Only a merge uses it: it brings
    // in what the other copy wrote while the year was still open there (its plan lists each).
    class YearLocksLifted
    {
    public:
        explicit YearLocksLifted(UnitFile &file) : m_file(file) { ++m_file.m_yearLocksLifted; }
        ~YearLocksLifted() { --m_file.m_yearLocksLifted; }
        Q_DISABLE_COPY_MOVE(YearLocksLifted)

    private:
        UnitFile &m_file;
    };

    static QString newId();
    static QString nowUtc();
    // Checks and normalises one value for a column (dates to ISO, choices to keys, numbers).
    static QVariant normalizedValue(const TableDef &table, const QString &column,
                                    const QVariant &value, QString *error);

    // More changes than this in one transaction are announced as one dataReset.
    static constexpr int kResetAbove = 50;

Q_SIGNALS:
    // What changed in the file, for views to follow. Sent once the change is committed: a write
    // inside a Transaction is announced when the outermost one commits, in the order written, and
    // never when it is rolled back, so a view never shows a row that a failed write took back.
    // (Nothing of a transaction is announced before it ends, so its rollback has nothing to take
    // back and sends nothing.) A row may be announced and then gone: inserted and removed by the
    // same transaction.
    void recordInserted(const QString &table, const QString &id);
    void recordUpdated(const QString &table, const QString &id, const QStringList &columns);
    void recordRemoved(const QString &table, const QString &id);
    // Instead of the signals above when one transaction made more than kResetAbove changes
    // (an import, a new year, a merge, an import undone): reload everything.
    void dataReset();

private:
    UnitFile(const QString &path, const QString &connection, bool readOnly, QString reason);
    static std::unique_ptr<UnitFile> openFile(const QString &path, Mode mode, FileCheck *check,
                                              const FileCheck &inspected, const QString *breakLockReason);
    void recordBrokenLock(const LockHolder &holder, const QString &reason);
    friend class Transaction;
    friend class ReadTransaction;
    static bool buildNewFile(const QString &temporary, const NewUnit &unit,
                             const ChecklistTemplate &checklist, QString *error);
    static FileCheck inspectRecoveredCopy(const QString &path);
    bool requireWritable(QString *error);
    // The table to write to, or null with the reason: the file is read-only, or no such table.
    const TableDef *writableTable(const QString &table, QString *error);
    // A row's value by column name, for the rules that apply to a row however it is held.
    using ValueOf = std::function<QVariant(const QString &column)>;
    // The review year a row belongs to: its own, or its parent's (a risk: its assessment's).
    std::optional<int> yearOf(const TableDef &table, const ValueOf &valueOf) const;
    bool requireUnlocked(const TableDef &table, const ValueOf &valueOf, QString *error) const;
    bool requireUnlocked(const TableDef &table, const Record &row, QString *error) const;
    bool exec(const QString &sql, QString *error) const;
    // The message for a failed statement (sqlite::userMessage, never SQLite's own text); notes
    // whether the storage failed (lastFailureWasStorage).
    QString failure(const QSqlError &error) const;
    // The statement for `sql`, prepared once while the file is open: an import repeats the same
    // INSERTs thousands of times, and parsing them again was a quarter of its time.
    // A SELECT from here must be finish()ed after reading: left open it would hold the file's
    // read lock.
    QSqlQuery &prepared(const QString &sql) const;
    // The same for a statement that writes (INSERT): run through SQLite's C API where it can be
    // (sqlitestatement.h), which binds an import's 100 000 rows in a fraction of Qt's time.
    sqlite::WriteStatement &writeStatement(const QString &sql);
    bool writeLog(const QString &table, const QString &id, const QString &operation,
                  const QString &column, const QVariant &oldValue, const QVariant &newValue,
                  QString *error);
    // `keepCommon`: the row brings its own id and common columns (created_at …). A row put
    // back as it was (undo, redo, merge) is `restored`: not judged again by rules newer than it.
    // `logged`: false where the caller logs the row itself (logInsertedBySql).
    bool insertRow(const TableDef &table, const Record &values, bool keepCommon, QString *error,
                   QString *newId, bool restored, bool logged = true);
    // The rest of insertRow, for a row whose values are checked: its id and common columns, then
    // the row as a whole (required fields, links, date order, year), written and logged.
    bool insertPlaced(const TableDef &table, PlacedRow &row, QString *error, QString *newId, bool restored,
                      bool logged = true);
    // What removing `rows` takes along, asked set-wise (remove, removeAll, previewRemove): the
    // rows in the order given, then what belongs to them, level by level, each row once; the
    // references it clears, but not those from rows that go too. Null on a failed read.
    // `ids`, if given, gets each row's id in the order of the rows; `askedFound` how many of
    // the first rows are of `rows` themselves (the rest were taken along); `textReadOtherwise`
    // the tables of rows with text that reads otherwise than it is stored
    // (ReadStatement::readTextOtherwiseThanStored).
    std::optional<DeletedRecords> cascadeOfMany(const RowRefs &rows, QString *error, QStringList *ids = nullptr,
                                                qsizetype *askedFound = nullptr,
                                                QSet<QString> *textReadOtherwise = nullptr) const;
    // The change log's entries for rows about to be removed (`ids` their ids), in their order;
    // the rows of `readOtherwise` (cascadeOfMany) are logged as read, not as stored.
    bool logRemoved(const QList<RemovedRow> &rows, const QStringList &ids,
                    const QSet<QString> &readOtherwise, QString *error);
    // The same for rows of one table in one statement, their JSON made by SQLite. `logged`
    // false, and nothing written, where that would not be the program's JSON to the letter;
    // false returned, with the reason, where the file could not be written.
    bool logRemovedBySql(const QString &table, const QStringList &ids, bool *logged, QString *error);
    // The change log's entries for rows just added or put back, in one statement: their JSON
    // holds every column, or by RowLayout place those `given`, as insertRow()'s would; false,
    // with the reason, if they could not all be written.
    bool logInsertedBySql(const QString &table, const QStringList &ids, QString *error,
                          const std::vector<bool> *given = nullptr);
    // The change log's entries (`operation` "insert" or "delete") for the rows `ids` of `table`,
    // in their order, each one's JSON made by SQLite (rowJsonSql): one INSERT … SELECT. The
    // number written (rows rowJsonSql's plainValues is false of are left out), or -1 and why.
    qsizetype logBySql(const QString &operation, const QString &table, const QStringList &ids,
                       const RowJsonSql &json, QSqlError *failed);
    // Removed rows in the order restore() puts them back.
    static QList<RemovedRow> restoreOrder(QList<RemovedRow> rows);
    // Checks each value a row was given as normalizedValue() does and keeps what it makes, but
    // for its id and, with `keepCommon`, the columns every row has (a restored row's own).
    static bool normalizePlaced(const TableDef &table, PlacedRow &row, bool keepCommon, QString *error);

    QString m_path;
    QString m_connection;
    bool m_readOnly;
    QString m_readOnlyReason;
    QString m_upgradeNote;
    QString m_upgradeBackupPath;
    QString m_userName;
    std::unique_ptr<QLockFile> m_lock;
    // An older format opened read-only is read through an upgraded copy here (see openFile).
    std::unique_ptr<QTemporaryDir> m_scratch;
    std::optional<LockRefusal> m_heldElsewhere;
    // Review year → locked, read once: every write asks whether its year is locked. Cleared on
    // any change to review_year and on a rollback.
    mutable std::optional<QMap<int, bool>> m_yearCache;
    mutable QHash<QString, QSqlQuery> m_statements; // see prepared()
    std::unordered_map<QString, std::unique_ptr<sqlite::WriteStatement>> m_writeStatements; // see writeStatement()
    struct LastInsert
    {
        QString table;
        std::vector<bool> columns; // which of the table's RowLayout places it binds
        sqlite::WriteStatement *statement = nullptr; // in m_writeStatements
    } m_lastInsert; // see insertRow()
    const QMap<int, bool> &yearLocks() const;
    int m_transactionDepth = 0;
    mutable bool m_storageFailure = false;
    int m_yearLocksLifted = 0; // see YearLocksLifted
    bool m_transactionFailed = false;
    bool m_integrityPending = false; // see integrityPending()
    std::function<FileCheck()> m_integrityWait;
    FileCheck m_integrityFailure; // what the check that ended found, when not ok

    // A change signal waiting for the outermost transaction's commit.
    struct PendingChange
    {
        enum class Kind { Inserted, Updated, Removed } kind;
        QString table, id;
        QStringList columns; // Updated
    };
    // Sends `change` now when no transaction is open, else keeps it for the commit.
    void announce(PendingChange change);
    // At the outermost commit: sends what waited (or one dataReset for many).
    void sendPendingChanges();
    QList<PendingChange> m_pending;
    bool m_pendingReset = false; // more than kResetAbove waited: m_pending was dropped for a reset
};

} // namespace ik
