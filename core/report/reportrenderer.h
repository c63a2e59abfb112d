#pragma once

#include "core/common/progress.h"

#include "core/report/reportlayout.h"
#include "core/report/reportmodel.h"
#include "core/report/reportoptions.h"
#include "core/report/reportstyle.h"

#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace ik {

class UnitFile;

namespace report {
class ReportTags;
}

// The HSE annual report of one review year, laid out and ready to paint on any paged device: the
// report's own PDF writer (pdf(), report/pdfwriter.h), QPrinter for print and preview in the
// program. Reading the file, building the
// document and laying it out happen once, in the constructor; painting measures nothing again.
//
// In the program (ui links PrintSupport; core does not):
//     ik::ReportRenderer report(file, {year, QStringLiteral("en"), {}});
//     QPrinter printer(QPrinter::HighResolution);
//     printer.setPageLayout(ik::ReportRenderer::pageLayout());
//     QPrintPreviewDialog preview(&printer, this);
//     connect(&preview, &QPrintPreviewDialog::paintRequested, this,
//             [&](QPrinter *p) { report.render(p); });
//     ...
//     ik::ReportRenderer::writePdf(file, path, options, [&](int done, int total) {
//         progressDialog.setValue(done * 100 / total); return !progressDialog.wasCanceled(); }, &error);
// A renderer is a value that holds no reference to the file: it may be built in one thread and
// painted in another (the PDF writer; QPrinter where the platform allows).
class ReportRenderer
{
public:
    // Called after each page; return false to cancel.
    using Progress = ik::Progress;

    // Reads the file (nothing is written to it). options.year 0 means the latest review year.
    ReportRenderer(const UnitFile &file, const ReportOptions &options);
    explicit ReportRenderer(report::Document document);

    const report::Document &document() const { return m_document; }
    int pageCount() const { return int(m_pages.size()); }
    // A4 portrait without margins: the report draws its own. Give this to the device (QPrinter,
    // QPdfWriter) before render(); another page size is scaled to fit.
    static QPageLayout pageLayout();

    // Paints every page on the device, calling newPage() between them. Returns false with a
    // message when the device cannot be painted on or progress cancelled.
    bool render(QPagedPaintDevice *device, const Progress &progress = {}, QString *error = nullptr) const;
    // The same with a painter already active on the device (e.g. from QPrintPreviewWidget).
    bool render(QPainter *painter, QPagedPaintDevice *device, const Progress &progress = {},
                QString *error = nullptr) const;
    // One page (0-based) scaled into `target`, in the painter's coordinates: thumbnails, preview.
    void paintPage(QPainter *painter, int index, const QRectF &target) const;

    // The report as a tagged PDF/A-2a and PDF/UA-1 (docs/report-pdf.md): its structure tree in
    // reading order, figures with their alternative text, an outline of its sections, the
    // contents linked to them, and its language; empty, with a message, when painting fails,
    // progress cancelled, or the structure does not match what was painted.
    QByteArray pdf(const Progress &progress = {}, QString *error = nullptr) const;
    // Writes that PDF to `path` (writeOutputFile: the unit file and its companions are refused):
    // through a temporary file that replaces `path` only when complete, so a failure or cancel
    // never leaves half a PDF.
    static bool writePdf(const UnitFile &file, const QString &path, const ReportOptions &options,
                         const Progress &progress = {}, QString *error = nullptr);
    // The same for a document of no unit file (tests, benchmarks): no path is refused.
    bool writePdf(const QString &path, const Progress &progress = {}, QString *error = nullptr) const;

private:
    // With `tags`, every part of the page is announced to them before it is painted.
    void paintPageUnits(QPainter *painter, int index, report::ReportTags *tags = nullptr) const;
    bool renderPages(QPainter *painter, const QSizeF &deviceSize, const std::function<bool()> &newPage,
                     const Progress &progress, QString *error, report::ReportTags *tags) const;

    report::ReportStyle m_style;
    report::Document m_document;
    QList<report::LaidOutPage> m_pages;
};

} // namespace ik
