#include "core/store/sqlitestatement.h"

#include "core/store/sqliteconnection.h"

#include <QSqlRecord>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>

#ifdef IK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace ik::sqlite {

namespace {

#ifdef IK_NATIVE_SQLITE
// SQLite's code and text as a QSqlError of Qt's driver carries them.
QSqlError nativeError(sqlite3 *db, int code)
{
    return QSqlError(QStringLiteral("Unable to execute statement"), QString::fromUtf8(sqlite3_errmsg(db)),
                     QSqlError::StatementError, QString::number(code));
}

// `textBuffer`, if given, keeps a text's UTF-8 until the statement has run: SQLite is told not
// to copy it (SQLITE_STATIC), and the buffer's room is used again by the next row. Otherwise
// SQLite takes a copy.
void bindNative(sqlite3_stmt *statement, int at, const QVariant &value, QByteArray *textBuffer = nullptr)
{
    const auto bindText = [&](const QString &text) {
        if (text.isNull()) { // as Qt's driver: a null string is NULL, an empty one ''
            sqlite3_bind_null(statement, at);
            return;
        }
        if (!textBuffer) {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text64(statement, at, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                SQLITE_UTF8);
            return;
        }
        // Into the room already there. A text with a lone surrogate is made by toUtf8() itself,
        // which replaces it with '?' where the encoder would write U+FFFD: stored as before.
        QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        textBuffer->resize(toUtf8.requiredSpace(text.size()));
        const char *end = toUtf8.appendToBuffer(textBuffer->data(), text);
        textBuffer->truncate(end - textBuffer->constData());
        if (toUtf8.hasError())
            *textBuffer = text.toUtf8();
        sqlite3_bind_text64(statement, at, textBuffer->constData(), sqlite3_uint64(textBuffer->size()),
                            SQLITE_STATIC, SQLITE_UTF8);
    };
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        sqlite3_bind_null(statement, at);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        sqlite3_bind_int64(statement, at, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, at, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull()) { // NULL, as Qt's driver binds it
            sqlite3_bind_null(statement, at);
            return;
        }
        sqlite3_bind_blob64(statement, at, bytes->constData(), sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::QString:
        bindText(*static_cast<const QString *>(value.constData()));
        return;
    default:
        bindText(value.toString());
        return;
    }
}
#endif

} // namespace

WriteStatement::WriteStatement(const QSqlDatabase &db, const QString &sql)
{
#ifdef IK_NATIVE_SQLITE
    m_db = nativeHandle(db);
    if (m_db) {
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                          &m_statement, nullptr);
        if (rc != SQLITE_OK) {
            m_prepareError = nativeError(m_db, rc);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return;
        }
        m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
        return;
    }
#endif
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        m_prepareError = m_query->lastError();
}

WriteStatement::~WriteStatement()
{
#ifdef IK_NATIVE_SQLITE
    sqlite3_finalize(m_statement); // a no-op on null
#endif
}

void WriteStatement::bind(int index, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(index, value);
        return;
    }
#ifdef IK_NATIVE_SQLITE
    if (m_statement && index >= 0 && std::size_t(index) < m_texts.size())
        bindNative(m_statement, index + 1, value, &m_texts[std::size_t(index)]);
#endif
}

bool WriteStatement::exec(QSqlError *error)
{
    if (m_prepareError.isValid()) {
        *error = m_prepareError;
        return false;
    }
    if (m_query) {
        if (m_query->exec())
            return true;
        *error = m_query->lastError();
        return false;
    }
#ifdef IK_NATIVE_SQLITE
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        *error = nativeError(m_db, sqlite3_extended_errcode(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
#else
    return false;
#endif
}

ReadStatement::ReadStatement(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
#ifdef IK_NATIVE_SQLITE
    m_db = nativeHandle(db);
    if (m_db) {
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr);
        if (rc != SQLITE_OK) {
            m_error = nativeError(m_db, rc);
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
            return;
        }
        for (int i = 0; i < binds.size(); ++i)
            bindNative(m_statement, i + 1, binds.at(i));
        return;
    }
#endif
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    m_query->prepare(sql);
    for (const QVariant &b : binds)
        m_query->addBindValue(b);
    if (!m_query->exec())
        m_error = m_query->lastError();
}

ReadStatement::~ReadStatement()
{
#ifdef IK_NATIVE_SQLITE
    sqlite3_finalize(m_statement);
#endif
}

bool ReadStatement::next()
{
    if (m_error.isValid())
        return false;
    if (m_query)
        return m_query->next();
#ifdef IK_NATIVE_SQLITE
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = nativeError(m_db, sqlite3_extended_errcode(m_db));
#endif
    return false;
}

int ReadStatement::columnCount() const
{
    if (m_query)
        return m_query->record().count();
#ifdef IK_NATIVE_SQLITE
    return m_statement ? sqlite3_column_count(m_statement) : 0;
#else
    return 0;
#endif
}

QString ReadStatement::columnName(int index) const
{
    if (m_query)
        return m_query->record().fieldName(index);
#ifdef IK_NATIVE_SQLITE
    return m_statement ? QString::fromUtf8(sqlite3_column_name(m_statement, index)) : QString();
#else
    return {};
#endif
}

QVariant ReadStatement::value(int index) const
{
    if (m_query)
        return m_query->value(index);
#ifdef IK_NATIVE_SQLITE
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_statement, index));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, index);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB: {
        const char *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, index));
        return QByteArray(bytes, sqlite3_column_bytes(m_statement, index));
    }
    default: {
        // The stored UTF-8 decoded by Qt, a good deal faster than SQLite's own UTF-16 (a fifth of
        // reading a report's registers). What SQLite reads otherwise than Qt (bytes that are not
        // UTF-8, a file written elsewhere; U+FFFE and U+FFFF, which it makes U+FFFD) is read
        // through SQLite's UTF-16 as Qt's driver reads it, so it comes out as it always did; a
        // leading byte order mark is kept, as SQLite keeps it.
        const char *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
        const int size = sqlite3_column_bytes(m_statement, index);
        constexpr int kShortText = 64; // longer text seldom repeats, and comparing it costs
        LastText *last = nullptr;
        if (size > 0 && size <= kShortText && index >= 0) {
            if (m_lastText.size() <= std::size_t(index))
                m_lastText.resize(std::size_t(index) + 1);
            last = &m_lastText[std::size_t(index)];
            if (last->utf8.size() == size && std::memcmp(last->utf8.constData(), bytes, std::size_t(size)) == 0)
                return last->text;
        }
        QStringDecoder fromUtf8(QStringDecoder::Utf8,
                                QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        QString text(size, Qt::Uninitialized);
        QChar *end = fromUtf8.appendToBuffer(text.data(), QByteArrayView(bytes, size));
        text.truncate(end - text.constData());
        if (fromUtf8.hasError() || text.contains(QChar(0xFFFF)) || text.contains(QChar(0xFFFE))) {
            m_textReadOtherwise = true;
            const void *wide = sqlite3_column_text16(m_statement, index);
            return QString(static_cast<const QChar *>(wide), sqlite3_column_bytes16(m_statement, index) / 2);
        }
        if (last) {
            last->utf8.resize(size); // in the room it has
            std::memcpy(last->utf8.data(), bytes, std::size_t(size));
            last->text = text;
        }
        return text;
    }
    }
#else
    Q_UNUSED(index);
    return {};
#endif
}

ReadStatement::Type ReadStatement::type(int index) const
{
    if (m_query) {
        const QVariant v = m_query->value(index);
        if (v.isNull())
            return Type::Null;
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int: return Type::Integer;
        case QMetaType::Double: return Type::Real;
        case QMetaType::QByteArray: return Type::Blob;
        default: return Type::Text;
        }
    }
#ifdef IK_NATIVE_SQLITE
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_INTEGER: return Type::Integer;
    case SQLITE_FLOAT: return Type::Real;
    case SQLITE_NULL: return Type::Null;
    case SQLITE_BLOB: return Type::Blob;
    default: return Type::Text;
    }
#else
    return Type::Null;
#endif
}

qlonglong ReadStatement::integer(int index) const
{
    if (m_query)
        return m_query->value(index).toLongLong();
#ifdef IK_NATIVE_SQLITE
    return sqlite3_column_int64(m_statement, index);
#else
    Q_UNUSED(index);
    return 0;
#endif
}

QByteArrayView ReadStatement::utf8(int index, QByteArray *buffer) const
{
    if (m_query) {
        *buffer = m_query->value(index).toString().toUtf8();
        return *buffer;
    }
#ifdef IK_NATIVE_SQLITE
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, index));
#else
    Q_UNUSED(buffer);
    return {};
#endif
}

} // namespace ik::sqlite
