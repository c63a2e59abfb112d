#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ik::sqlite {

// A prepared statement that writes and returns no rows, run many times with new values: the
// INSERTs of an import, of an undo or redo, and the change log's rows.
//
// Where Qt's driver sits on this program's SQLite (nativeHandle() is not null) it runs through
// SQLite's C API and binds text as UTF-8; otherwise through QSqlQuery, with the same results.
// Qt's binding makes a placeholder name per value (QSqlResult::bindValue) and hands SQLite each
// text as UTF-16 to be converted back: a quarter of the time of importing 100 000 rows.
// Values bind as Qt's SQLite driver binds them: an invalid QVariant and a null QString as NULL,
// whole numbers and booleans as integers, doubles as reals, any other value as its text.
class WriteStatement
{
public:
    WriteStatement(const QSqlDatabase &db, const QString &sql);
    ~WriteStatement();
    Q_DISABLE_COPY_MOVE(WriteStatement)

    // `index` counts from 0, in the order of the statement's placeholders.
    void bind(int index, const QVariant &value);
    // Runs it with the values bound and clears them for the next run. On failure `error` gets
    // SQLite's result code and text, as a QSqlError of Qt's driver carries them (for
    // userMessage() and isStorageFailure()).
    bool exec(QSqlError *error);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_prepareError;
    std::vector<QByteArray> m_texts; // per placeholder: its text's UTF-8 until the statement has run
    std::optional<QSqlQuery> m_query; // without the C API
};

// A query read row by row, its values as Qt's SQLite driver gives them (an integer as qlonglong,
// a real as double, text as QString, a blob as QByteArray, NULL as a null QString), without the
// cache of every row and the UTF-16 copy of every text that QSqlQuery keeps: for reading many
// rows at once (every table exported, the rows an undo takes along). Through QSqlQuery where
// there is no C API (see WriteStatement). `sql` is the program's own; values go in `binds`.
class ReadStatement
{
public:
    ReadStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
    ~ReadStatement();
    Q_DISABLE_COPY_MOVE(ReadStatement)

    // Whether it could be prepared and run; error() says why not.
    bool isValid() const { return !m_error.isValid(); }
    QSqlError error() const { return m_error; }
    // Steps to the next row: false after the last (or on an error, which error() then holds).
    bool next();
    int columnCount() const;
    QString columnName(int index) const;
    QVariant value(int index) const;
    // Whether some text value() gave was not its stored bytes read as they are: bytes that are
    // not UTF-8, or U+FFFE / U+FFFF, which SQLite reads as U+FFFD (as Qt's driver does).
    // Without the C API that cannot be told, and it says so.
    bool readTextOtherwiseThanStored() const { return m_query.has_value() || m_textReadOtherwise; }
    // What SQLite holds in a column of this row.
    enum class Type { Null, Integer, Real, Text, Blob };
    Type type(int index) const;
    // An integer column's value, as value() gives it but without a QVariant.
    qlonglong integer(int index) const;
    // A text column's bytes as SQLite keeps them (UTF-8, unless the file holds bytes that are
    // not), valid until next() or until value(index) of the same column, which may have SQLite
    // convert it to UTF-16 and free these bytes: copy them first. For writing text out without
    // making a QString of it. Without the C API the text is converted into `buffer`.
    QByteArrayView utf8(int index, QByteArray *buffer) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
    std::optional<QSqlQuery> m_query; // without the C API
    mutable bool m_textReadOtherwise = false; // see readTextOtherwiseThanStored()
    // Each column's short text of the row read before, by its bytes: text that repeats from
    // row to row (a status, a category, who wrote the row) is shared, not decoded again.
    struct LastText
    {
        QByteArray utf8;
        QString text;
    };
    mutable std::vector<LastText> m_lastText;
};

} // namespace ik::sqlite
