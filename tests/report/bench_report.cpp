// bench_report: how long the annual report takes, against Qt's rich-text (QTextDocument HTML)
// table layout of the same rows. Not a test; the figures go into docs/performance.md.
//
//   bench_report [--runs N] [--scales 1,10,100] [--dir DIR]
//
// Demo files are created in DIR (a temporary folder by default; reused when already there).
#include "core/review/demounit.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reportlayout.h"
#include "core/report/reportrenderer.h"
#include "core/store/unitfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>

using namespace ik;

namespace {

constexpr int kYear = 2026;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Milliseconds of one piece of work: the process's CPU time (all threads), because the machines
// this runs on are often shared and their wall-clock time says more about the neighbours than
// about us; and the wall-clock time, which is what a user waits and what work spread over
// the cores shortens.
struct Times
{
    double cpu = 0, wall = 0;
};

// The median of each over `runs` calls.
Times median(int runs, const std::function<void()> &work)
{
    QList<double> cpu, wall;
    for (int i = 0; i < runs; ++i) {
        const std::clock_t start = std::clock();
        const auto startWall = std::chrono::steady_clock::now();
        work();
        wall << std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - startWall).count();
        cpu << 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
    }
    std::sort(cpu.begin(), cpu.end());
    std::sort(wall.begin(), wall.end());
    return {cpu[cpu.size() / 2], wall[wall.size() / 2]};
}

// The year's action and deviation rows as one HTML table each, escaped as the report would have
// to: the comparison a QTextDocument-based report would pay for these rows.
QString htmlTables(const UnitFile &file, int *rows)
{
    QString html = QStringLiteral("<html><body>");
    const auto table = [&](const QString &name, const QStringList &columns) {
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
        for (const QString &c : columns)
            html += QStringLiteral("<th>%1</th>").arg(c);
        html += QStringLiteral("</tr></thead>");
        for (const Record &r : file.records(name, RecordFilter::ofYear(kYear))) {
            html += QStringLiteral("<tr>");
            for (const QString &c : columns)
                html += QStringLiteral("<td>%1</td>").arg(r.value(c).toString().toHtmlEscaped());
            html += QStringLiteral("</tr>");
            ++*rows;
        }
        html += QStringLiteral("</table>");
    };
    table(QStringLiteral("action"), {QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("priority"),
                                     QStringLiteral("cost_nok"), QStringLiteral("responsible_id"), QStringLiteral("deadline"),
                                     QStringLiteral("status"), QStringLiteral("completed_on"), QStringLiteral("description")});
    table(QStringLiteral("deviation"), {QStringLiteral("case_number"), QStringLiteral("reported_on"), QStringLiteral("category"),
                                        QStringLiteral("severity"), QStringLiteral("title"), QStringLiteral("location"),
                                        QStringLiteral("status"), QStringLiteral("closed_on")});
    return html + QStringLiteral("</body></html>");
}

// The same rows as report tables, for the paginator alone.
report::Document ownTables(const UnitFile &file)
{
    report::Document doc;
    doc.pageFormat = QStringLiteral("%1/%2");
    const auto table = [&](const QString &name, const QStringList &columns) {
        report::Table t;
        for (const QString &c : columns)
            t.columns << report::TableColumn{c, 1, false};
        for (const Record &r : file.records(name, RecordFilter::ofYear(kYear))) {
            report::TableRow row;
            for (const QString &c : columns)
                row.cells << r.value(c).toString();
            t.rows << row;
        }
        doc.blocks << t;
    };
    table(QStringLiteral("action"), {QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("priority"),
                                     QStringLiteral("cost_nok"), QStringLiteral("responsible_id"), QStringLiteral("deadline"),
                                     QStringLiteral("status"), QStringLiteral("completed_on"), QStringLiteral("description")});
    table(QStringLiteral("deviation"), {QStringLiteral("case_number"), QStringLiteral("reported_on"), QStringLiteral("category"),
                                        QStringLiteral("severity"), QStringLiteral("title"), QStringLiteral("location"),
                                        QStringLiteral("status"), QStringLiteral("closed_on")});
    return doc;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."), QStringLiteral("N"), QStringLiteral("5")});
    p.addOption({QStringLiteral("scales"), QStringLiteral("Demo scales."), QStringLiteral("LIST"), QStringLiteral("1,10,100")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the demo files."), QStringLiteral("DIR")});
    p.process(app);
    const int runs = qMax(1, p.value(QStringLiteral("runs")).toInt());
    QTemporaryDir scratch;
    const QString dir = p.isSet(QStringLiteral("dir")) ? p.value(QStringLiteral("dir")) : scratch.path();

    out() << "runs per figure: " << runs << " (median, process CPU ms; the tagged/untagged ratio also in wall-clock time)\n\n";
    out() << "| scale | pages | rows (action+deviation) | queries | build | layout | paint+write PDF | "
             "floor: paint+write untagged | whole report | whole, tagged / untagged | the same, wall clock | "
             "own layout of the rows | QTextDocument layout of the rows | per row: own / QTextDocument |\n";
    out() << "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    out().flush();
    for (const QString &scaleText : p.value(QStringLiteral("scales")).split(QLatin1Char(','))) {
        const int scale = scaleText.toInt();
        const QString path = QStringLiteral("%1/bench-scale%2.db").arg(dir).arg(scale);
        QString error;
        if (!QFile::exists(path)) {
            DemoOptions o;
            o.scale = scale;
            o.year = kYear;
            if (!createDemo(path, o, &error)) {
                QTextStream(stderr) << "demo: " << error << Qt::endl;
                return 1;
            }
        }
        auto file = UnitFile::open(path, UnitFile::Mode::ReadOnly, nullptr);
        if (!file)
            return 1;
        ReportOptions options;
        options.year = kYear;
        options.date = QDate(kYear, 6, 15);

        const double queries = median(runs, [&] { report::loadReportData(*file, kYear); }).cpu;
        const report::ReportData data = report::loadReportData(*file, kYear);
        const double build = median(runs, [&] { report::buildDocument(data, options); }).cpu;
        const report::Document doc = report::buildDocument(data, options);
        const report::ReportStyle style;
        const double layout = median(runs, [&] { report::paginate(doc, style); }).cpu;
        const ReportRenderer renderer(doc);
        const QString pdf = QStringLiteral("%1/bench-scale%2.pdf").arg(dir).arg(scale);
        const Times paint = median(runs, [&] { renderer.writePdf(pdf); });
        const Times whole = median(runs, [&] { ReportRenderer::writePdf(*file, pdf, options); });
        // The same pages through QPdfWriter alone, untagged (as printing to a PDF does): what
        // tagging adds is the difference.
        const Times untagged = median(runs, [&] {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setPageLayout(ReportRenderer::pageLayout());
            writer.setResolution(1200);
            renderer.render(&writer);
        });

        int rows = 0;
        const QString html = htmlTables(*file, &rows);
        const report::Document tables = ownTables(*file);
        const double own = median(runs, [&] { report::paginate(tables, style); }).cpu;
        const double rich = median(runs, [&] {
            QTextDocument td;
            td.setPageSize(QSizeF(595, 842)); // A4 in points
            td.setHtml(html);
            td.documentLayout()->pageCount(); // forces the whole layout
        }).cpu;
        const auto tagging = [](double whole, double paint, double untagged) {
            return whole / qMax(1.0, whole - paint + untagged);
        };
        out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 |\n")
                     .arg(scale)
                     .arg(renderer.pageCount())
                     .arg(rows)
                     .arg(queries, 0, 'f', 1)
                     .arg(build, 0, 'f', 1)
                     .arg(layout, 0, 'f', 1)
                     .arg(paint.cpu, 0, 'f', 1)
                     .arg(untagged.cpu, 0, 'f', 1)
                     .arg(whole.cpu, 0, 'f', 1)
                     .arg(tagging(whole.cpu, paint.cpu, untagged.cpu), 0, 'f', 2)
                     .arg(tagging(whole.wall, paint.wall, untagged.wall), 0, 'f', 2)
                     .arg(own, 0, 'f', 1)
                     .arg(rich, 0, 'f', 1)
                     .arg(QStringLiteral("%1 / %2 ms").arg(own / qMax(1, rows), 0, 'f', 3).arg(rich / qMax(1, rows), 0, 'f', 3));
        out().flush();
    }
    return 0;
}
