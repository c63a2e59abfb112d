#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ik::text {

// The encodings a CSV file from people's programs comes in: UTF-8 (spreadsheets' "CSV UTF-8",
// deviation systems), UTF-16 with a byte-order mark (Excel's "Unicode text") and Windows-1252
// (older Excel's "CSV (semikolonseparert)" on Norwegian Windows).
enum class Encoding { Utf8, Utf16LittleEndian, Utf16BigEndian, Windows1252 };

// The one place where the bytes of a CSV file become text; every CSV reader (csv::parse, and so
// the table, deviation and risk-register imports) goes through it.
//
// A byte-order mark decides: UTF-8, UTF-16 LE or BE (UTF-32 is refused). Without one, bytes that
// are valid UTF-8 are UTF-8 (plain ASCII is too); other bytes are Windows-1252, unless they hold
// what no Windows-1252 text has (the five bytes it leaves undefined, control characters other
// than tab and line breaks, NUL bytes). Text that is zero in every other byte is UTF-16 or UTF-32
// without a byte-order mark, which cannot be told apart for certain, and is refused. A refusal
// names the encoding problem and, where there is one, the line; the byte-order mark is dropped.
std::optional<QString> decode(const QByteArray &data, QString *error, Encoding *found = nullptr);

// The encoding's usual name ("UTF-8", "Windows-1252").
QString encodingName(Encoding encoding);

} // namespace ik::text
