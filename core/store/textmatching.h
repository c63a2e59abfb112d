#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// How listings sort and search text inside SQLite. SQLite's own NOCASE and LIKE fold A–Z only,
// so "ørsta" would not find "Ørsta" and Æ, Ø, Å would sort before A. Each connection gets a
// collation in Norwegian order that ignores case (the records are Norwegian whatever the program's
// language) and a function that finds a text in another ignoring case, both with Qt's Unicode
// rules. They are used in ORDER BY and WHERE only; the schema never names them, so every other
// SQLite tool still reads the file.
//
// Without the C API (IK_NATIVE_SQLITE off) both fall back to NOCASE and LIKE.
namespace ik::sqlite {

// Registers the collation and the function on a connection; false when that was not possible.
bool installTextMatching(const QSqlDatabase &db);

// "<expression> COLLATE …": sorts the expression's text by the rules above.
QString inTextOrder(const QString &expression);

// A condition that holds when the text of `expression` contains `text`, ignoring case, and the
// value to bind for its one placeholder. `text` is taken literally (no pattern characters).
struct TextCondition
{
    QString sql;
    QVariant bind;
};
TextCondition containsText(const QString &expression, const QString &text);

} // namespace ik::sqlite
