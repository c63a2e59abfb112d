#include "catch.h"

#include "core/store/sqliteconnection.h"
#include "core/store/sqlitestatement.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ik;

namespace {
// Values of every kind the program writes and reads, awkward ones among them.
const QVariantList kValues{
    QVariant(),                                   // NULL
    QVariant(QString()),                          // a null string: NULL as well
    QVariant(QString(QLatin1String(""))),         // an empty string: ''
    QVariant(42), QVariant(qlonglong(-9007199254740993LL)), QVariant(true),
    QVariant(0.1 + 0.2), QVariant(-1e-300),
    QVariant(QStringLiteral("Søl på gulvet – “€5” 😀")),
    QVariant(QStringLiteral("linje 1\nlinje 2\ttab \"sitat\" \\")),
    QVariant(QString(QChar(0))),                  // a NUL character inside a text
    QVariant(QByteArray("\x00\x01\xff", 3)),      // a blob
};

// A database in a temporary folder, with the table `create` makes.
struct ScratchDatabase
{
    explicit ScratchDatabase(const QString &create)
    {
        REQUIRE(connection.isOpen());
        REQUIRE(sqlite::exec(connection.db(), create, &error));
    }
    const QSqlDatabase &db() const { return connection.db(); }
    // Rows (n, value) of t, n counting from 0, each value an SQL expression.
    void insertEach(const QStringList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            REQUIRE(sqlite::exec(db(), QStringLiteral("INSERT INTO t VALUES (%1, %2)").arg(i).arg(values[i]), &error));
    }

    QTemporaryDir dir;
    QString error;
    sqlite::ScopedConnection connection{dir.filePath(QStringLiteral("s.db")), false, &error};
};
} // namespace

TEST_CASE("Statements through SQLite's C API write and read values as Qt's driver does")
{
    ScratchDatabase scratch(QStringLiteral("CREATE TABLE t (way TEXT, n INTEGER, v)"));
    const QSqlDatabase &db = scratch.db();
    QString &error = scratch.error;
    // Each value written once through QSqlQuery and once through WriteStatement.
    for (int i = 0; i < kValues.size(); ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO t VALUES ('qt', ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(kValues[i]);
        REQUIRE(q.exec());
        sqlite::WriteStatement w(db, QStringLiteral("INSERT INTO t VALUES ('native', ?, ?)"));
        w.bind(0, i);
        w.bind(1, kValues[i]);
        QSqlError failed;
        REQUIRE(w.exec(&failed));
    }
    // Stored alike: the same type and bytes in SQLite's own terms.
    QSqlQuery stored(db);
    REQUIRE(stored.exec(QStringLiteral("SELECT a.n, typeof(a.v), typeof(b.v), a.v IS b.v FROM t a JOIN t b ON a.n = b.n "
                                       "WHERE a.way = 'qt' AND b.way = 'native' ORDER BY a.n")));
    int compared = 0;
    while (stored.next()) {
        INFO("value " << stored.value(0).toInt());
        CHECK(stored.value(1).toString() == stored.value(2).toString());
        CHECK(stored.value(3).toInt() == 1);
        ++compared;
    }
    CHECK(compared == kValues.size());
    // Read alike: ReadStatement gives what QSqlQuery gives, type and value.
    QSqlQuery viaQt(db);
    REQUIRE(viaQt.exec(QStringLiteral("SELECT n, v FROM t ORDER BY rowid")));
    sqlite::ReadStatement native(db, QStringLiteral("SELECT n, v FROM t ORDER BY rowid"));
    REQUIRE(native.isValid());
    CHECK(native.columnCount() == 2);
    CHECK(native.columnName(1) == QStringLiteral("v"));
    int rows = 0;
    while (viaQt.next()) {
        REQUIRE(native.next());
        INFO("row " << rows);
        for (int c = 0; c < 2; ++c) {
            CHECK(native.value(c).typeId() == viaQt.value(c).typeId());
            CHECK(native.value(c).isNull() == viaQt.value(c).isNull());
            CHECK(native.value(c) == viaQt.value(c));
        }
        ++rows;
    }
    CHECK_FALSE(native.next());
    CHECK(native.isValid());
    CHECK(rows == 2 * kValues.size());
    // Binds in a query, and a failure with SQLite's code for userMessage().
    sqlite::ReadStatement one(db, QStringLiteral("SELECT count(*) FROM t WHERE way = ?"), {QStringLiteral("native")});
    REQUIRE(one.next());
    CHECK(one.value(0).toInt() == kValues.size());
    REQUIRE(sqlite::exec(db, QStringLiteral("CREATE TABLE u (x TEXT NOT NULL UNIQUE)"), &error));
    sqlite::WriteStatement unique(db, QStringLiteral("INSERT INTO u VALUES (?)"));
    QSqlError failed;
    unique.bind(0, QStringLiteral("a"));
    REQUIRE(unique.exec(&failed));
    unique.bind(0, QStringLiteral("a"));
    CHECK_FALSE(unique.exec(&failed));
    CHECK(failed.nativeErrorCode().toInt() % 256 == 19); // SQLITE_CONSTRAINT
    CHECK(failed.databaseText().startsWith(QStringLiteral("UNIQUE constraint failed: u.x")));
    unique.bind(0, QStringLiteral("b")); // and it runs again after a failure
    CHECK(unique.exec(&failed));
    sqlite::ReadStatement broken(db, QStringLiteral("SELECT nothing FROM nowhere"));
    CHECK_FALSE(broken.isValid());
    CHECK_FALSE(broken.next());
}

TEST_CASE("A statement run again writes each run's own text, not what the run before left")
{
    ScratchDatabase scratch(QStringLiteral("CREATE TABLE t (n INTEGER, way TEXT, v)"));
    const QSqlDatabase &db = scratch.db();
    // Long before short, short before long, empty and NULL between: the text's room is reused.
    const QStringList texts{QString(5000, u'x') + QStringLiteral("æøå"), QStringLiteral("kort"), QString(),
                            QString(QLatin1String("")), QStringLiteral("ørret 😀"), QString(70000, u'å'),
                            QString(QChar(0xD800)) + QStringLiteral("alene"), QStringLiteral("a")};
    sqlite::WriteStatement native(db, QStringLiteral("INSERT INTO t VALUES (?, 'native', ?)"));
    for (int i = 0; i < texts.size(); ++i) {
        native.bind(0, i);
        native.bind(1, texts[i]);
        QSqlError failed;
        REQUIRE(native.exec(&failed));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO t VALUES (?, 'qt', ?)"));
        q.addBindValue(i);
        q.addBindValue(texts[i]);
        REQUIRE(q.exec());
    }
    QSqlQuery stored(db);
    REQUIRE(stored.exec(QStringLiteral("SELECT a.n, a.v IS b.v, a.v FROM t a JOIN t b ON a.n = b.n "
                                       "WHERE a.way = 'native' AND b.way = 'qt' ORDER BY a.n")));
    int compared = 0;
    while (stored.next()) {
        const int n = stored.value(0).toInt();
        INFO("text " << n);
        if (n == 6) { // a lone surrogate is no text: replaced as QString::toUtf8() replaces it
            CHECK(stored.value(2).toString() == QString::fromUtf8(texts[n].toUtf8()));
        } else {
            CHECK(stored.value(1).toInt() == 1);
            CHECK(stored.value(2).toString() == texts[n]);
        }
        ++compared;
    }
    CHECK(compared == texts.size());
}

TEST_CASE("Text is read as Qt's driver reads it, also bytes that are not UTF-8 and a byte order mark")
{
    ScratchDatabase scratch(QStringLiteral("CREATE TABLE t (n INTEGER, v TEXT)"));
    const QSqlDatabase &db = scratch.db();
    // Stored as bytes, as another program (or a damaged file) could have left them.
    const QStringList stored{
        QStringLiteral("'plain ASCII'"),
        QStringLiteral("CAST(X'C3A6C3B8C3A5E2809CE282AC35E2809DF09F9880' AS TEXT)"), // æøå“€5”😀
        QStringLiteral("CAST(X'EFBBBF4269727468' AS TEXT)"),  // a byte order mark, then "Birth"
        QStringLiteral("CAST(X'C328' AS TEXT)"),              // a lead byte without its follower
        QStringLiteral("CAST(X'EDA080616C656E65' AS TEXT)"),  // a surrogate written as UTF-8
        QStringLiteral("CAST(X'C0AF' AS TEXT)"),              // an overlong '/'
        QStringLiteral("CAST(X'41E282' AS TEXT)"),            // cut off in the middle of '€'
        QStringLiteral("CAST(X'FF' AS TEXT)"),
        QStringLiteral("CAST(X'41EFBFBF42EFBFBE' AS TEXT)"), // U+FFFF and U+FFFE, which SQLite reads as U+FFFD
        QStringLiteral("''"),
    };
    scratch.insertEach(stored);
    QSqlQuery viaQt(db);
    REQUIRE(viaQt.exec(QStringLiteral("SELECT v FROM t ORDER BY n")));
    sqlite::ReadStatement native(db, QStringLiteral("SELECT v FROM t ORDER BY n"));
    int rows = 0;
    while (viaQt.next()) {
        REQUIRE(native.next());
        INFO("text " << rows << ": " << stored[rows].toStdString());
        CHECK(native.value(0).typeId() == QMetaType::QString);
        CHECK(native.value(0).toString() == viaQt.value(0).toString());
        ++rows;
    }
    CHECK(rows == stored.size());
    CHECK(native.readTextOtherwiseThanStored());
    sqlite::ReadStatement plain(db, QStringLiteral("SELECT v FROM t WHERE n IN (0, 1, 2)"));
    while (plain.next())
        plain.value(0);
    CHECK_FALSE(plain.readTextOtherwiseThanStored());
    sqlite::ReadStatement bom(db, QStringLiteral("SELECT v FROM t WHERE n = 2"));
    REQUIRE(bom.next());
    CHECK(bom.value(0).toString() == QString(QChar(0xFEFF)) + QStringLiteral("Birth"));
}

// Text that repeats from row to row is shared rather than decoded again; what is read must be
// each row's own text all the same.
TEST_CASE("Text read row after row is each row's own, where it repeats, differs by a byte or is not UTF-8")
{
    ScratchDatabase scratch(QStringLiteral("CREATE TABLE t (n INTEGER, v TEXT)"));
    const QSqlDatabase &db = scratch.db();
    const QString longText = QStringLiteral("Lang tekst om avtrekk i laboratoriet, som går over mer enn sekstifire byte");
    const QStringList stored{
        QStringLiteral("'open'"), QStringLiteral("'open'"), QStringLiteral("'opeN'"), QStringLiteral("'open'"),
        QStringLiteral("'ærø'"), QStringLiteral("'æro'"), QStringLiteral("CAST(X'C328' AS TEXT)"),
        QStringLiteral("CAST(X'C328' AS TEXT)"), QStringLiteral("'C('"), QStringLiteral("NULL"), QStringLiteral("'C('"),
        QStringLiteral("''"), QStringLiteral("'open'"), QStringLiteral("'%1'").arg(longText),
        QStringLiteral("'%1'").arg(longText), QStringLiteral("'%1.'").arg(longText)};
    scratch.insertEach(stored);
    QSqlQuery viaQt(db);
    REQUIRE(viaQt.exec(QStringLiteral("SELECT v, v || '' FROM t ORDER BY n")));
    sqlite::ReadStatement native(db, QStringLiteral("SELECT v, v || '' FROM t ORDER BY n"));
    int rows = 0;
    while (viaQt.next()) {
        REQUIRE(native.next());
        INFO("row " << rows << ": " << stored[rows].toStdString());
        for (int column : {0, 1}) {
            CHECK(native.value(column).isNull() == viaQt.value(column).isNull());
            CHECK(native.value(column).toString() == viaQt.value(column).toString());
        }
        ++rows;
    }
    CHECK(rows == stored.size());
    CHECK(native.readTextOtherwiseThanStored());
}
