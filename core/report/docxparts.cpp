#include "core/report/docxparts.h"

#include "core/common/buildinfo.h"
#include "core/report/docxxml.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ik::report::docx {

namespace {

const char kRelationships[] = "http://schemas.openxmlformats.org/package/2006/relationships";
const QString kOfficeRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

void relationship(Xml &x, const QString &id, const QString &type, const QString &target)
{
    x.empty("Relationship", {{"Id", id}, {"Type", type}, {"Target", target}});
}

void override(Xml &x, const char *part, const char *type)
{
    x.empty("Override", {{"PartName", QLatin1String(part)}, {"ContentType", QLatin1String(type)}});
}

// A header or footer part, up to the runs of its one paragraph in `style`.
void headerFooterStart(Xml &x, const char *root, const char *style)
{
    x.root(root, {{"w", kW}, {"r", kR}});
    x.start("w:p");
    x.start("w:pPr");
    x.empty("w:pStyle", {{"w:val", QLatin1String(style)}});
    x.end();
}

} // namespace

QString languageTag(const Document &document)
{
    return document.language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("nb-NO");
}

QByteArray contentTypes()
{
    Xml x;
    x.root("Types", {{"", "http://schemas.openxmlformats.org/package/2006/content-types"}});
    x.empty("Default", {{"Extension", QStringLiteral("rels")}, {"ContentType", QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")}});
    x.empty("Default", {{"Extension", QStringLiteral("xml")}, {"ContentType", QStringLiteral("application/xml")}});
    x.empty("Default", {{"Extension", QStringLiteral("png")}, {"ContentType", QStringLiteral("image/png")}});
    override(x, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    override(x, "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
    override(x, "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
    for (const char *part : {"/word/header1.xml", "/word/header2.xml"})
        override(x, part, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
    for (const char *part : {"/word/footer1.xml", "/word/footer2.xml"})
        override(x, part, "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
    override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    override(x, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    x.end();
    return x.finish();
}

QByteArray packageRelationships()
{
    Xml x;
    x.root("Relationships", {{"", kRelationships}});
    relationship(x, QStringLiteral("rIdDocument"), kOfficeRel + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml"));
    relationship(x, QStringLiteral("rIdCore"),
                 QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
                 QStringLiteral("docProps/core.xml"));
    relationship(x, QStringLiteral("rIdApp"), kOfficeRel + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml"));
    x.end();
    return x.finish();
}

QByteArray documentRelationships(int images)
{
    Xml x;
    x.root("Relationships", {{"", kRelationships}});
    relationship(x, QStringLiteral("rIdStyles"), kOfficeRel + QStringLiteral("styles"), QStringLiteral("styles.xml"));
    relationship(x, QStringLiteral("rIdSettings"), kOfficeRel + QStringLiteral("settings"), QStringLiteral("settings.xml"));
    relationship(x, kHeaderId, kOfficeRel + QStringLiteral("header"), QStringLiteral("header1.xml"));
    relationship(x, kFirstHeaderId, kOfficeRel + QStringLiteral("header"), QStringLiteral("header2.xml"));
    relationship(x, kFooterId, kOfficeRel + QStringLiteral("footer"), QStringLiteral("footer1.xml"));
    relationship(x, kFirstFooterId, kOfficeRel + QStringLiteral("footer"), QStringLiteral("footer2.xml"));
    for (int i = 1; i <= images; ++i)
        relationship(x, imageId(i), kOfficeRel + QStringLiteral("image"), imagePart(i).mid(5)); // relative to word/
    x.end();
    return x.finish();
}

QByteArray settings(const Document &document)
{
    const bool nb = document.language != QLatin1String("en");
    Xml x;
    x.root("w:settings", {{"w", kW}});
    x.empty("w:zoom", {{"w:percent", QStringLiteral("100")}});
    x.empty("w:defaultTabStop", {{"w:val", QStringLiteral("709")}});
    x.empty("w:characterSpacingControl", {{"w:val", QStringLiteral("doNotCompress")}});
    // The table of contents is written with the program's own page numbers; Word recomputes
    // it (and the page count in the footer) on opening.
    x.empty("w:updateFields", {{"w:val", QStringLiteral("true")}});
    x.start("w:compat");
    x.empty("w:compatSetting", {{"w:name", QStringLiteral("compatibilityMode")},
                                {"w:uri", QStringLiteral("http://schemas.microsoft.com/office/word")},
                                {"w:val", QStringLiteral("15")}});
    x.end();
    x.empty("w:themeFontLang", {{"w:val", languageTag(document)}});
    x.empty("w:decimalSymbol", {{"w:val", nb ? QStringLiteral(",") : QStringLiteral(".")}});
    x.empty("w:listSeparator", {{"w:val", nb ? QStringLiteral(";") : QStringLiteral(",")}});
    x.end();
    return x.finish();
}

QByteArray coreProperties(const Document &document)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Xml x;
    x.root("cp:coreProperties", {{"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
                                 {"dc", "http://purl.org/dc/elements/1.1/"},
                                 {"dcterms", "http://purl.org/dc/terms/"},
                                 {"xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
    x.element("dc:title", document.title);
    x.element("dc:subject", document.subject);
    x.element("dc:creator", document.author);
    x.element("dc:language", languageTag(document));
    x.element("dcterms:created", now, {{"xsi:type", QStringLiteral("dcterms:W3CDTF")}});
    x.element("dcterms:modified", now, {{"xsi:type", QStringLiteral("dcterms:W3CDTF")}});
    x.end();
    return x.finish();
}

QByteArray appProperties()
{
    Xml x;
    x.root("Properties", {{"", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}});
    // No AppVersion: Word reads it as its own "major.minor" and this program's is no such thing.
    x.element("Application", buildInfo::programName());
    x.end();
    return x.finish();
}

QByteArray header(const QString &text)
{
    Xml x;
    headerFooterStart(x, "w:hdr", text.isEmpty() ? "Normal" : "Header");
    if (!text.isEmpty())
        textRuns(x, text);
    x.end(); // w:p
    x.end();
    return x.finish();
}

QByteArray footer(const QString &pageFormat)
{
    Xml x;
    headerFooterStart(x, "w:ftr", "Footer");
    static const QRegularExpression placeholder(QStringLiteral("%[12]"));
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : placeholder.globalMatch(pageFormat)) {
        if (m.capturedStart() > from)
            textRuns(x, pageFormat.mid(from, m.capturedStart() - from));
        fieldRuns(x, m.captured() == QLatin1String("%1") ? QStringLiteral("PAGE") : QStringLiteral("NUMPAGES"),
                  QStringLiteral("1"));
        from = m.capturedEnd();
    }
    if (from < pageFormat.size())
        textRuns(x, pageFormat.mid(from));
    x.end(); // w:p
    x.end();
    return x.finish();
}

} // namespace ik::report::docx
