#include "core/store/textmatching.h"

#include "core/store/sqliteconnection.h"

#include <QCollator>
#include <QLocale>

#ifdef IK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace ik::sqlite {

#ifdef IK_NATIVE_SQLITE
namespace {

constexpr const char *kCollation = "IK_TEXT";
constexpr const char *kContains = "ik_contains";

QStringView utf16(const void *data, int bytes)
{
    return QStringView(static_cast<const char16_t *>(data), bytes / 2);
}

int compareText(void *collator, int leftBytes, const void *left, int rightBytes, const void *right)
{
    return static_cast<const QCollator *>(collator)->compare(utf16(left, leftBytes), utf16(right, rightBytes));
}

void destroyCollator(void *collator) { delete static_cast<QCollator *>(collator); }

// ik_contains(text, wanted): 1 when `text` holds `wanted` ignoring case, 0 otherwise or for NULL.
void containsFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    if (sqlite3_value_type(values[0]) == SQLITE_NULL || sqlite3_value_type(values[1]) == SQLITE_NULL) {
        sqlite3_result_int(context, 0);
        return;
    }
    // text16 first, then its length: the order sqlite3_value_bytes16's documentation asks for.
    const void *text = sqlite3_value_text16(values[0]);
    const QStringView haystack = utf16(text, sqlite3_value_bytes16(values[0]));
    const void *wanted = sqlite3_value_text16(values[1]);
    const QStringView needle = utf16(wanted, sqlite3_value_bytes16(values[1]));
    sqlite3_result_int(context, haystack.contains(needle, Qt::CaseInsensitive) ? 1 : 0);
}

} // namespace

bool installTextMatching(const QSqlDatabase &db)
{
    sqlite3 *native = nativeHandle(db);
    if (!native)
        return false;
    // One collator per connection: QCollator is reentrant, not thread-safe, and a connection is
    // used by one thread at a time.
    auto *collator = new QCollator(QLocale(QLocale::NorwegianBokmal, QLocale::Norway));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true); // "Rom 2" before "Rom 10"
    // SQLite calls destroyCollator on failure too.
    const bool collation = sqlite3_create_collation_v2(native, kCollation, SQLITE_UTF16, collator, compareText,
                                                       destroyCollator) == SQLITE_OK;
    const bool function = sqlite3_create_function_v2(native, kContains, 2,
                                                     SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                                     containsFunction, nullptr, nullptr, nullptr) == SQLITE_OK;
    return collation && function;
}

QString inTextOrder(const QString &expression)
{
    return expression + QStringLiteral(" COLLATE ") + QLatin1String(kCollation);
}

TextCondition containsText(const QString &expression, const QString &text)
{
    return {QStringLiteral("%1(%2, ?)").arg(QLatin1String(kContains), expression), text};
}

#else

bool installTextMatching(const QSqlDatabase &) { return true; }

QString inTextOrder(const QString &expression) { return expression + QStringLiteral(" COLLATE NOCASE"); }

TextCondition containsText(const QString &expression, const QString &text)
{
    // LIKE's own % _ and \ taken literally.
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return {expression + QStringLiteral(" LIKE ? ESCAPE '\\'"), QLatin1Char('%') + pattern + QLatin1Char('%')};
}

#endif

} // namespace ik::sqlite
