#pragma once

#include "core/common/controlcharacters.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace ik::report::docx {

// The namespaces of the WordprocessingML parts, with the prefixes Word itself uses.
inline constexpr char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr char kR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// One XML part of the package, written with QXmlStreamWriter. Element and attribute names are
// the program's own literals, prefixed as in the schema ("w:p"); every value that can come from
// a person (text, attribute values) goes through xmlSafeText, so the part stays well-formed XML
// whatever was typed.
class Xml
{
public:
    using Attributes = std::initializer_list<std::pair<const char *, QString>>;

    Xml() : m_writer(&m_bytes) { m_writer.writeStartDocument(QStringLiteral("1.0"), true); }

    // The root element with its namespace declarations: {"w", kW}, ...
    void root(const char *name, std::initializer_list<std::pair<const char *, const char *>> namespaces)
    {
        start(name);
        for (const auto &[prefix, uri] : namespaces)
            m_writer.writeAttribute(*prefix ? QStringLiteral("xmlns:") + QLatin1String(prefix) : QStringLiteral("xmlns"),
                                    QLatin1String(uri));
    }
    void start(const char *name, Attributes attributes = {})
    {
        m_writer.writeStartElement(QLatin1String(name));
        for (const auto &[key, value] : attributes)
            attribute(key, value);
    }
    void attribute(const char *name, const QString &value) { m_writer.writeAttribute(QLatin1String(name), xmlSafeText(value)); }
    void end() { m_writer.writeEndElement(); }
    // An element without content: <w:b/>, <w:pStyle w:val="Title"/>.
    void empty(const char *name, Attributes attributes = {})
    {
        m_writer.writeEmptyElement(QLatin1String(name));
        for (const auto &[key, value] : attributes)
            attribute(key, value);
    }
    // <name>text</name>
    void element(const char *name, const QString &text, Attributes attributes = {})
    {
        start(name, attributes);
        characters(text);
        end();
    }
    void characters(const QString &text) { m_writer.writeCharacters(xmlSafeText(text)); }

    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

// A run of plain text: a tab as <w:tab/>, a line break as <w:br/>, spaces kept.
inline void textRuns(Xml &x, const QString &text)
{
    x.start("w:r");
    const QString visible = visibleText(text);
    qsizetype from = 0;
    for (qsizetype i = 0; i <= visible.size(); ++i) {
        const bool tab = i < visible.size() && visible.at(i) == QLatin1Char('\t');
        const bool br = i < visible.size() && visible.at(i) == QLatin1Char('\n');
        if (i < visible.size() && !tab && !br)
            continue;
        if (i > from)
            x.element("w:t", visible.mid(from, i - from), {{"xml:space", QStringLiteral("preserve")}});
        if (tab)
            x.empty("w:tab");
        else if (br)
            x.empty("w:br");
        from = i + 1;
    }
    x.end();
}

// A field Word (or LibreOffice) computes, e.g. "PAGE", with what it shows until then.
inline void fieldRuns(Xml &x, const QString &instruction, const QString &shown)
{
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("begin")}});
    x.end();
    x.start("w:r");
    x.element("w:instrText", QLatin1Char(' ') + instruction + QLatin1Char(' '), {{"xml:space", QStringLiteral("preserve")}});
    x.end();
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("separate")}});
    x.end();
    textRuns(x, shown);
    x.start("w:r");
    x.empty("w:fldChar", {{"w:fldCharType", QStringLiteral("end")}});
    x.end();
}

} // namespace ik::report::docx
