#include "core/report/docxstyles.h"

#include "core/report/docxparts.h"
#include "core/report/docxxml.h"

#include <optional>

namespace ik::report::docx {

namespace {

// A paragraph style. Sizes in points, spacing in points; an outline level 0–8 makes a heading.
struct StyleDef
{
    QString id{};
    QString name{};
    QString basedOn{};
    qreal size = 10;
    bool bold = false;
    bool italic = false;
    qreal before = 0;
    qreal after = 5;
    bool keepNext = false;
    std::optional<int> outlineLevel{};
    QString color{};   // RRGGBB, empty: automatic
    qreal indent = 0;  // left, points
    bool rightTab = false; // a dotted tab at the right margin (contents lines)
    bool rightAligned = false;
    bool ruleBelow = false;
};

QString twips(qreal points) { return QString::number(qRound(points * 20)); }
QString halfPoints(qreal points) { return QString::number(qRound(points * 2)); }

void style(Xml &x, const StyleDef &s)
{
    x.start("w:style", {{"w:type", QStringLiteral("paragraph")}, {"w:styleId", s.id}});
    if (s.basedOn.isEmpty())
        x.attribute("w:default", QStringLiteral("1"));
    x.empty("w:name", {{"w:val", s.name}});
    if (!s.basedOn.isEmpty())
        x.empty("w:basedOn", {{"w:val", s.basedOn}});
    x.empty("w:next", {{"w:val", s.outlineLevel || s.keepNext ? QStringLiteral("Normal") : s.id}});
    x.empty("w:qFormat");
    x.start("w:pPr");
    if (s.keepNext) {
        x.empty("w:keepNext");
        x.empty("w:keepLines");
    }
    if (s.ruleBelow) {
        x.start("w:pBdr");
        x.empty("w:bottom", {{"w:val", QStringLiteral("single")}, {"w:sz", QStringLiteral("4")},
                             {"w:space", QStringLiteral("3")}, {"w:color", QStringLiteral("B0B6BE")}});
        x.end();
    }
    if (s.rightTab) {
        x.start("w:tabs");
        x.empty("w:tab", {{"w:val", QStringLiteral("right")}, {"w:leader", QStringLiteral("dot")},
                          {"w:pos", QString::number(Page::textWidth)}});
        x.end();
    }
    x.empty("w:spacing", {{"w:before", twips(s.before)}, {"w:after", twips(s.after)}});
    if (s.indent > 0)
        x.empty("w:ind", {{"w:left", twips(s.indent)}});
    if (s.rightAligned)
        x.empty("w:jc", {{"w:val", QStringLiteral("right")}});
    x.empty("w:outlineLvl", {{"w:val", QString::number(s.outlineLevel.value_or(9))}}); // 9: body text
    x.end();
    x.start("w:rPr");
    if (s.bold) {
        x.empty("w:b");
        x.empty("w:bCs");
    }
    if (s.italic) {
        x.empty("w:i");
        x.empty("w:iCs");
    }
    if (!s.color.isEmpty())
        x.empty("w:color", {{"w:val", s.color}});
    x.empty("w:sz", {{"w:val", halfPoints(s.size)}});
    x.empty("w:szCs", {{"w:val", halfPoints(s.size)}});
    x.end();
    x.end();
}

} // namespace

QString styleId(TextStyle style)
{
    switch (style) {
    case TextStyle::Title: return QStringLiteral("Title");
    case TextStyle::Subtitle: return QStringLiteral("Subtitle");
    case TextStyle::Heading1: return QStringLiteral("Heading1");
    case TextStyle::Heading2: return QStringLiteral("Heading2");
    case TextStyle::Body: return QStringLiteral("Normal");
    case TextStyle::Emphasis: return QStringLiteral("EmphasisText");
    case TextStyle::Small: return QStringLiteral("SmallText");
    case TextStyle::TableText: return QStringLiteral("TableText");
    case TextStyle::TableHeader: return QStringLiteral("TableHeading");
    }
    return QStringLiteral("Normal");
}

QByteArray styles(const Document &document)
{
    Xml x;
    x.root("w:styles", {{"w", kW}});
    // Arial: on every Windows and macOS machine, and metric-compatible Liberation Sans on Linux.
    x.start("w:docDefaults");
    x.start("w:rPrDefault");
    x.start("w:rPr");
    x.empty("w:rFonts", {{"w:ascii", QStringLiteral("Arial")}, {"w:hAnsi", QStringLiteral("Arial")},
                         {"w:eastAsia", QStringLiteral("Arial")}, {"w:cs", QStringLiteral("Arial")}});
    x.empty("w:sz", {{"w:val", QStringLiteral("20")}});
    x.empty("w:szCs", {{"w:val", QStringLiteral("20")}});
    x.empty("w:lang", {{"w:val", languageTag(document)}, {"w:eastAsia", languageTag(document)},
                       {"w:bidi", QStringLiteral("ar-SA")}});
    x.end();
    x.end();
    x.start("w:pPrDefault");
    x.start("w:pPr");
    // Single line spacing: the font's own line height, as the PDF sets its lines.
    x.empty("w:spacing", {{"w:after", QStringLiteral("100")}, {"w:line", QStringLiteral("240")},
                          {"w:lineRule", QStringLiteral("auto")}});
    x.end();
    x.end();
    x.end();

    const QString normal = QStringLiteral("Normal");
    const QString tableText = styleId(TextStyle::TableText);
    const StyleDef defs[] = {
        {.id = normal, .name = QStringLiteral("Normal")},
        {.id = styleId(TextStyle::Title), .name = QStringLiteral("Title"), .basedOn = normal, .size = 26, .bold = true,
         .after = 0, .keepNext = true},
        {.id = styleId(TextStyle::Subtitle), .name = QStringLiteral("Subtitle"), .basedOn = normal, .size = 16, .bold = true,
         .before = 12, .after = 10, .keepNext = true},
        {.id = styleId(TextStyle::Heading1), .name = QStringLiteral("heading 1"), .basedOn = normal, .size = 14, .bold = true,
         .before = 16, .after = 6, .keepNext = true, .outlineLevel = 0},
        {.id = styleId(TextStyle::Heading2), .name = QStringLiteral("heading 2"), .basedOn = normal, .size = 11.5, .bold = true,
         .before = 11, .after = 4, .keepNext = true, .outlineLevel = 1},
        {.id = QStringLiteral("Heading3"), .name = QStringLiteral("heading 3"), .basedOn = normal, .size = 10.5, .bold = true,
         .before = 9, .after = 3, .keepNext = true, .outlineLevel = 2},
        {.id = kCoverHeading, .name = QStringLiteral("Cover Heading"), .basedOn = normal, .size = 11.5, .bold = true,
         .before = 11, .after = 4, .keepNext = true},
        {.id = kContentsHeading, .name = QStringLiteral("TOC Heading"), .basedOn = normal, .size = 11.5, .bold = true,
         .before = 11, .after = 4, .keepNext = true},
        // The contents as close as the PDF's, so that they stay on the cover as there.
        {.id = contentsEntry(1), .name = QStringLiteral("toc 1"), .basedOn = normal, .after = 0, .rightTab = true},
        {.id = contentsEntry(2), .name = QStringLiteral("toc 2"), .basedOn = normal, .size = 8.5, .after = 0, .indent = 18,
         .rightTab = true},
        {.id = contentsEntry(3), .name = QStringLiteral("toc 3"), .basedOn = normal, .size = 8.5, .after = 0, .indent = 36,
         .rightTab = true},
        {.id = styleId(TextStyle::Emphasis), .name = QStringLiteral("Emphasis Text"), .basedOn = normal, .italic = true,
         .before = 4, .keepNext = true},
        {.id = styleId(TextStyle::Small), .name = QStringLiteral("Small Text"), .basedOn = normal, .size = 8.5},
        {.id = tableText, .name = QStringLiteral("Table Text"), .basedOn = normal, .size = 7.5, .after = 0},
        {.id = styleId(TextStyle::TableHeader), .name = QStringLiteral("Table Heading"), .basedOn = tableText, .size = 7.5,
         .bold = true, .after = 0},
        {.id = kTableDetail, .name = QStringLiteral("Table Detail"), .basedOn = tableText, .size = 7.5, .after = 0, .indent = 4.4},
        {.id = kFigure, .name = QStringLiteral("Figure"), .basedOn = normal},
        {.id = QStringLiteral("Header"), .name = QStringLiteral("header"), .basedOn = normal, .size = 8.5, .after = 0,
         .color = QStringLiteral("424242"), .ruleBelow = true},
        {.id = QStringLiteral("Footer"), .name = QStringLiteral("footer"), .basedOn = normal, .size = 8.5, .after = 0,
         .color = QStringLiteral("424242"), .rightAligned = true},
    };
    for (const StyleDef &d : defs)
        style(x, d);
    x.end();
    return x.finish();
}

} // namespace ik::report::docx
