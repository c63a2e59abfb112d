// The report's text measure (core/report/textmeasure.h) against Qt's own text layout, which it
// stands in for: the same widths and the same line breaks, for every text of the demo report in
// every style, at several widths, and for text that needs shaping.
#include "catch.h"
#include "testsupport.h"

#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reportstyle.h"
#include "core/store/unitfile.h"

#include <QTemporaryDir>
#include <QTextLayout>

using namespace ik::report;

namespace {

// What the layout did before it had a measure of its own.
QStringList qtWrap(const QString &paragraph, const QFont &font, qreal width)
{
    if (QFontMetricsF(font).horizontalAdvance(paragraph) <= width)
        return {paragraph};
    QStringList out;
    QTextLayout layout(paragraph, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        out << paragraph.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return out;
}

QStringList demoTexts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(iktest::runCli({QStringLiteral("demo"), path, QStringLiteral("--year"), QStringLiteral("2026")}).exitCode == 0);
    const auto file = ik::UnitFile::open(path, ik::UnitFile::Mode::ReadOnly, nullptr);
    REQUIRE(file);
    ik::ReportOptions options;
    options.year = 2026;
    const Document doc = buildDocument(loadReportData(*file, 2026), options);
    QStringList texts;
    for (const Block &block : doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&block)) {
            texts << p->text;
        } else if (const auto *t = std::get_if<Table>(&block)) {
            for (const TableColumn &c : t->columns)
                texts << c.header;
            for (const TableRow &r : t->rows)
                texts << r.cells << r.detail;
        }
    }
    texts.removeDuplicates();
    return texts;
}

} // namespace

TEST_CASE("the report's text measure gives Qt's widths and line breaks")
{
    const ReportStyle style;
    QStringList texts = demoTexts();
    REQUIRE(texts.size() > 200);
    texts << QStringLiteral("Ordet-med-bindestrek/og/skråstrek og https://innsida.ntnu.no/wiki/-/wiki/Norsk/HMS")
          << QStringLiteral("Mellomrom   flere   og avsluttende   ") << QStringLiteral("Uten\u00A0brudd\u00A0her og så videre")
          << QStringLiteral("Ettveldiglangtordutenmellomromsomikkefårplasspåénlinjeoggårovermange")
          << QStringLiteral("Kafe\u0301 med aksent som kombineres") << QStringLiteral("مرحبا بالعالم نص عربي طويل")
          << QStringLiteral("myk\u00ADbinde\u00ADstrek i et ord") << QStringLiteral("«Sitat» – tankestrek … og € 12,50 ± 3 °C")
          << QStringLiteral(" ") << QString();
    int compared = 0;
    for (int s = 0; s <= int(TextStyle::TableHeader); ++s) {
        const TextStyle textStyle = TextStyle(s);
        const TextMeasure &measure = style.measure(textStyle);
        const QFont &font = style.font(textStyle);
        const QFontMetricsF metrics(font);
        for (const QString &text : std::as_const(texts)) {
            INFO("style " << s << ": \"" << text.toStdString() << "\"");
            if (!text.contains(QLatin1Char('\n')))
                CHECK(measure.width(text) == Approx(metrics.horizontalAdvance(text)).margin(1e-6));
            for (const qreal width : {300.0, 800.0, 1700.0, 4800.0}) {
                INFO("width " << width);
                QStringList expected;
                for (const QString &paragraph : QString(text).replace(QLatin1Char('\t'), QStringLiteral("    ")).split(QLatin1Char('\n')))
                    expected << qtWrap(paragraph, font, width);
                CHECK(measure.wrap(text, width) == expected);
                ++compared;
            }
        }
    }
    CHECK(compared > 4000);
}
