#include "core/report/pdffont.h"

#include "core/report/pdfsyntax.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace ik::report {

namespace {

// TrueType is big-endian throughout (the OpenType specification, "Data types").
quint16 u16(const QByteArray &d, qsizetype at)
{
    if (at < 0 || at + 2 > d.size())
        return 0;
    return quint16((uchar(d[at]) << 8) | uchar(d[at + 1]));
}
qint16 i16(const QByteArray &d, qsizetype at) { return qint16(u16(d, at)); }
quint32 u32(const QByteArray &d, qsizetype at) { return (quint32(u16(d, at)) << 16) | u16(d, at + 2); }

void put16(QByteArray &d, qsizetype at, quint16 v)
{
    d[at] = char(v >> 8);
    d[at + 1] = char(v & 0xff);
}
void put32(QByteArray &d, qsizetype at, quint32 v)
{
    put16(d, at, quint16(v >> 16));
    put16(d, at + 2, quint16(v & 0xffff));
}
void append16(QByteArray &d, quint16 v) { d.append(char(v >> 8)).append(char(v & 0xff)); }
void append32(QByteArray &d, quint32 v)
{
    append16(d, quint16(v >> 16));
    append16(d, quint16(v & 0xffff));
}

quint32 checksum(const QByteArray &d)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < d.size(); i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < d.size() ? uchar(d[i + k]) : 0);
        sum += word;
    }
    return sum;
}

void padTo4(QByteArray &d)
{
    while (d.size() % 4)
        d.append('\0');
}

// The tables an embedded TrueType program keeps (ISO 32000-1, 9.9: glyf, head, hhea, hmtx,
// loca, maxp, and the hinting programs cvt, fpgm, prep), with OS/2, name and post, which some
// readers look at. cmap is left out: the CIDs are the glyph indexes.
constexpr const char *kTables[] = {"OS/2", "cvt ", "fpgm", "glyf", "head", "hhea",
                                   "hmtx", "loca", "maxp", "name", "post", "prep"};

std::string number(long value) { return std::to_string(value); }

} // namespace

PdfFont::PdfFont(const QRawFont &face) : m_face(face)
{
    const QByteArray head = table("head");
    const QByteArray hhea = table("hhea");
    m_hmtx = table("hmtx");
    m_embeddable = head.size() >= 54 && hhea.size() >= 36 && !m_hmtx.isEmpty() && !table("glyf").isEmpty() &&
                   !table("loca").isEmpty() && table("maxp").size() >= 6;
    if (!m_embeddable)
        return;
    m_unitsPerEm = std::max<int>(16, u16(head, 18));
    m_horizontalMetrics = u16(hhea, 34);

    // The PostScript name (name ID 6), in Windows' UTF-16 or the Macintosh's single bytes.
    const QByteArray name = table("name");
    const int count = u16(name, 2);
    const int strings = u16(name, 4);
    for (int i = 0; i < count && m_postScriptName.isEmpty(); ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        if (u16(name, record + 6) != 6)
            continue;
        const int platform = u16(name, record);
        const int length = u16(name, record + 8);
        const qsizetype at = strings + u16(name, record + 10);
        if (at + length > name.size())
            continue;
        QString text;
        if (platform == 3 || platform == 0) {
            for (int k = 0; k + 1 < length; k += 2)
                text += QChar(u16(name, at + k));
        } else if (platform == 1) {
            text = QString::fromLatin1(name.constData() + at, length);
        }
        m_postScriptName = text;
    }
    if (m_postScriptName.isEmpty())
        m_postScriptName = m_face.familyName() + QLatin1Char('-') + m_face.styleName();
    // A PDF name of printable ASCII without delimiters or spaces.
    QString clean;
    for (const QChar c : std::as_const(m_postScriptName))
        if (c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("()<>[]{}/%#").contains(c))
            clean += c;
    m_postScriptName = clean.isEmpty() ? QStringLiteral("Font") : clean;
}

QByteArray PdfFont::table(const char *tag) const
{
    return m_face.fontTable(tag);
}

quint32 PdfFont::advance(quint32 glyph) const
{
    if (m_horizontalMetrics <= 0)
        return 0;
    const quint32 metric = std::min<quint32>(glyph, quint32(m_horizontalMetrics - 1));
    return u16(m_hmtx, qsizetype(metric) * 4);
}

QByteArray PdfFont::subsetProgram() const
{
    QByteArray head = table("head");
    const QByteArray loca = table("loca");
    const QByteArray glyf = table("glyf");
    const int glyphs = u16(table("maxp"), 4);
    const bool longOffsets = i16(head, 50) == 1;
    const auto offset = [&](quint32 g) -> qsizetype {
        return longOffsets ? qsizetype(u32(loca, qsizetype(g) * 4)) : qsizetype(u16(loca, qsizetype(g) * 2)) * 2;
    };

    // The used glyphs, .notdef, and every glyph a composite glyph is made of.
    std::set<quint32> keep{0};
    std::vector<quint32> pending;
    for (const auto &used : m_used)
        pending.push_back(used.first);
    while (!pending.empty()) {
        const quint32 g = pending.back();
        pending.pop_back();
        if (g >= quint32(glyphs))
            continue;
        if (!keep.insert(g).second && g != 0)
            continue; // seen already (.notdef is in from the start, but is looked into)
        const qsizetype from = offset(g), to = offset(g + 1);
        if (to - from < 10 || i16(glyf, from) >= 0)
            continue; // empty or simple
        qsizetype at = from + 10;
        for (quint16 flags = 0x20; (flags & 0x20) && at + 4 <= to;) {
            flags = u16(glyf, at);
            pending.push_back(u16(glyf, at + 2));
            at += 4 + ((flags & 0x1) ? 4 : 2);
            if (flags & 0x8)
                at += 2;
            else if (flags & 0x40)
                at += 4;
            else if (flags & 0x80)
                at += 8;
        }
    }

    // glyf and loca again, every other glyph empty; long offsets, so no glyph needs padding
    // to an even length.
    QByteArray newGlyf, newLoca;
    newLoca.reserve((glyphs + 1) * 4);
    for (quint32 g = 0; g < quint32(glyphs); ++g) {
        append32(newLoca, quint32(newGlyf.size()));
        if (keep.count(g)) {
            const qsizetype from = offset(g), to = offset(g + 1);
            if (to > from && to <= glyf.size())
                newGlyf.append(glyf.constData() + from, to - from);
            padTo4(newGlyf);
        }
    }
    append32(newLoca, quint32(newGlyf.size()));
    put16(head, 50, 1);
    put32(head, 8, 0); // checkSumAdjustment, set below

    struct Table
    {
        const char *tag;
        QByteArray data;
    };
    std::vector<Table> tables;
    for (const char *tag : kTables) {
        QByteArray data;
        if (qstrcmp(tag, "head") == 0)
            data = head;
        else if (qstrcmp(tag, "glyf") == 0)
            data = newGlyf;
        else if (qstrcmp(tag, "loca") == 0)
            data = newLoca;
        else if (qstrcmp(tag, "post") == 0) {
            data = table(tag).left(32); // version 3: the metrics without the glyph names
            if (data.size() == 32)
                put32(data, 0, 0x00030000);
            else
                data.clear();
        } else
            data = table(tag);
        if (!data.isEmpty())
            tables.push_back({tag, data});
    }

    // The table directory (kTables is sorted by tag, as the directory must be).
    const int n = int(tables.size());
    int power = 1, log2 = 0;
    while (power * 2 <= n) {
        power *= 2;
        ++log2;
    }
    QByteArray out;
    append32(out, 0x00010000);
    append16(out, quint16(n));
    append16(out, quint16(power * 16));
    append16(out, quint16(log2));
    append16(out, quint16(n * 16 - power * 16));
    quint32 at = quint32(12 + 16 * n);
    qsizetype headAt = -1;
    for (const Table &t : tables) {
        out.append(t.tag, 4);
        append32(out, checksum(t.data));
        append32(out, at);
        append32(out, quint32(t.data.size()));
        at += quint32((t.data.size() + 3) & ~3);
    }
    for (const Table &t : tables) {
        if (qstrcmp(t.tag, "head") == 0)
            headAt = out.size();
        out.append(t.data);
        padTo4(out);
    }
    if (headAt >= 0)
        put32(out, headAt + 8, 0xB1B0AFBA - checksum(out));
    return out;
}

std::string PdfFont::widths() const
{
    std::string out = "[";
    qint64 previous = -2;
    for (const auto &used : m_used) {
        const quint32 g = used.first;
        const long width = std::lround(advanceWidth(g));
        if (qint64(g) != previous + 1) {
            if (previous >= 0)
                out += "]";
            out += ' ' + number(long(g)) + " [";
        } else {
            out += ' ';
        }
        out += number(width);
        previous = g;
    }
    if (previous >= 0)
        out += "]";
    out += " ]";
    return out;
}

std::string PdfFont::toUnicode() const
{
    std::vector<std::pair<quint32, const QString *>> mapped;
    for (const auto &used : m_used)
        if (!used.second.isEmpty())
            mapped.emplace_back(used.first, &used.second);
    std::string out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (size_t from = 0; from < mapped.size(); from += 100) {
        const size_t to = std::min(mapped.size(), from + 100);
        out += number(long(to - from)) + " beginbfchar\n";
        for (size_t i = from; i < to; ++i) {
            out += '<';
            appendHex4(out, mapped[i].first);
            out += "> <";
            for (const QChar c : *mapped[i].second)
                appendHex4(out, c.unicode());
            out += ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

std::string PdfFont::descriptorMetrics() const
{
    const QByteArray head = table("head");
    const QByteArray hhea = table("hhea");
    const QByteArray os2 = table("OS/2");
    const QByteArray post = table("post");
    const auto em = [&](int v) { return number(std::lround(double(v) * 1000.0 / m_unitsPerEm)); };
    const double italicAngle = double(qint32(u32(post, 4))) / 65536.0;
    const int weight = os2.size() >= 6 ? u16(os2, 4) : 400;
    const int capHeight = os2.size() >= 90 && u16(os2, 0) >= 2 ? i16(os2, 88) : int(i16(hhea, 4) * 0.7);
    // Symbolic (4): the glyphs are reached by index, not through a standard encoding; italic 64.
    const int flags = 4 | (italicAngle != 0 ? 64 : 0);
    char angle[32];
    std::snprintf(angle, sizeof angle, "%.2f", italicAngle);
    return "/Flags " + number(flags) + " /FontBBox [" + em(i16(head, 36)) + ' ' + em(i16(head, 38)) + ' ' +
           em(i16(head, 40)) + ' ' + em(i16(head, 42)) + "] /ItalicAngle " + angle + " /Ascent " +
           em(i16(hhea, 4)) + " /Descent " + em(i16(hhea, 6)) + " /CapHeight " + em(capHeight) + " /StemV " +
           number(weight >= 600 ? 120 : 80);
}

std::string PdfFont::baseFont() const
{
    // The subset's tag: six capitals, the same for the same glyphs (ISO 32000-1, 9.6.4).
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(m_postScriptName.toUtf8());
    for (const auto &used : m_used)
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&used.first), sizeof used.first));
    const QByteArray digest = hash.result();
    std::string tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + uchar(digest[i]) % 26);
    return tag + '+' + m_postScriptName.toStdString();
}

} // namespace ik::report
