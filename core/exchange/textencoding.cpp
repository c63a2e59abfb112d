#include "core/exchange/textencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace ik::text {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::TextEncoding", text); }

QString saveAsUtf8() { return tr("Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again."); }

// Where the first byte is that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &data, qsizetype from)
{
    const auto *b = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = from; i < n;) {
        const uchar c = b[i];
        int length = 0;
        uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90; // overlong
            else if (c == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || b[i + 1] < low || b[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if ((b[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return -1;
}

int lineOf(const QByteArray &data, qsizetype offset)
{
    return int(QByteArrayView(data).first(offset).count('\n')) + 1;
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has these (0: undefined).
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<QString> decodeWindows1252(const QByteArray &data, QString *error)
{
    QString out(data.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i) {
        const uchar c = uchar(data.at(i));
        const bool control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
        const char16_t u = c >= 0x80 && c <= 0x9F ? kWindows1252High[c - 0x80] : char16_t(c);
        if (control || u == 0) {
            *error = tr("The file is neither UTF-8, UTF-16 nor Windows-1252: line %1 holds the "
                        "byte 0x%2, which is no letter or sign in any of them. It may be in "
                        "another encoding, or not be text. %3")
                         .arg(QString::number(lineOf(data, i)),
                              QString::number(c, 16).toUpper().rightJustified(2, QLatin1Char('0')),
                              saveAsUtf8());
            return std::nullopt;
        }
        out[i] = QChar(u);
    }
    return out;
}

std::optional<QString> decodeUtf16(const QByteArray &data, Encoding encoding, QString *error)
{
    QStringDecoder decoder(encoding == Encoding::Utf16LittleEndian ? QStringConverter::Utf16LE
                                                                   : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(QByteArrayView(data).sliced(2));
    if (data.size() % 2 != 0 || decoder.hasError() || !QStringView(text).isValidUtf16()) {
        *error = tr("The file starts as %1 (it has its byte-order mark) but is not valid %1: it "
                    "is cut off or damaged. %2")
                     .arg(encodingName(encoding), saveAsUtf8());
        return std::nullopt;
    }
    return text;
}

} // namespace

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16LittleEndian: return QStringLiteral("UTF-16 LE");
    case Encoding::Utf16BigEndian: return QStringLiteral("UTF-16 BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

std::optional<QString> decode(const QByteArray &data, QString *error, Encoding *found)
{
    Encoding local;
    Encoding &encoding = found ? *found : local;
    if (data.startsWith(QByteArrayLiteral("\xFF\xFE\x00\x00")) || data.startsWith(QByteArrayLiteral("\x00\x00\xFE\xFF"))) {
        *error = tr("The file is in UTF-32, which the import does not read. %1").arg(saveAsUtf8());
        return std::nullopt;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        encoding = data.startsWith("\xFF\xFE") ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian;
        return decodeUtf16(data, encoding, error);
    }
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    // Zero in every other byte (or more): UTF-16 or UTF-32 that lost its byte-order mark.
    if (!bom && data.size() >= 4 && data.count('\0') * 4 >= data.size()) {
        *error = tr("The file looks like UTF-16 or UTF-32 without a byte-order mark (every other "
                    "byte is zero), so its encoding cannot be told for certain. %1")
                     .arg(saveAsUtf8());
        return std::nullopt;
    }
    const qsizetype invalid = firstInvalidUtf8(data, bom ? 3 : 0);
    if (bom || invalid < 0) {
        encoding = Encoding::Utf8;
        if (invalid >= 0) {
            *error = tr("The file starts as UTF-8 (it has its byte-order mark), but line %1 holds "
                        "bytes that are not UTF-8: it mixes encodings or is damaged. %2")
                         .arg(QString::number(lineOf(data, invalid)), saveAsUtf8());
            return std::nullopt;
        }
        return QString::fromUtf8(QByteArrayView(data).sliced(bom ? 3 : 0));
    }
    encoding = Encoding::Windows1252;
    return decodeWindows1252(data, error);
}

} // namespace ik::text
