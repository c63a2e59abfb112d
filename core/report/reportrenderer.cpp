#include "core/report/reportrenderer.h"

#include "core/common/controlcharacters.h"
#include "core/common/translations.h"
#include "core/exchange/outputfile.h"
#include "core/report/pdfstructure.h"
#include "core/report/pdfwriter.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/report/reporttags.h"
#include "core/store/unitfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSaveFile>

#include <algorithm>
#include <functional>
#include <future>
#include <system_error>

namespace ik {

namespace {

QString cancelledMessage(const QString &language)
{
    return translateFor(language, "ik::Report", QT_TRANSLATE_NOOP("ik::Report", "The report was cancelled."));
}

// The report's language as the PDF names it, in the catalog's /Lang and the XMP alike.
QString languageTag(const report::Document &doc)
{
    return doc.language == QLatin1String("en") ? QStringLiteral("en-GB") : QStringLiteral("nb-NO");
}

// XMP with author and subject, which Qt 6.4's QPdfWriter has no setters for, and what the PDF
// claims to be: PDF/A-2a (tagged: level A) and PDF/UA-1. Replacing Qt's own XMP means declaring
// the PDF/A part here; PDF/A-2 allows properties outside the XMP standard's own schemas only
// with a description of their schema, hence the one of pdfuaid.
QByteArray xmpMetadata(const report::Document &doc, const QString &creator, const QString &producer,
                       const QDateTime &created)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QString now = created.toString(Qt::ISODate); // with its offset
    const QString lang = languageTag(doc);
    const QString xmp = QStringLiteral(
        "<?xpacket begin='%8' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:description>\n"
        "<dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
        "<xmp:CreatorTool>%5</xmp:CreatorTool><xmp:CreateDate>%6</xmp:CreateDate>"
        "<xmp:ModifyDate>%6</xmp:ModifyDate><xmp:MetadataDate>%6</xmp:MetadataDate>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about='' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
        "<pdf:Producer>%7</pdf:Producer>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>\n"
        "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about='' xmlns:pdfuaid='http://www.aiim.org/pdfua/ns/id/'>\n"
        "<pdfuaid:part>1</pdfuaid:part>\n"
        "</rdf:Description>\n"
        "<rdf:Description rdf:about='' xmlns:pdfaExtension='http://www.aiim.org/pdfa/ns/extension/' "
        "xmlns:pdfaSchema='http://www.aiim.org/pdfa/ns/schema#' xmlns:pdfaProperty='http://www.aiim.org/pdfa/ns/property#'>\n"
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType='Resource'>\n"
        "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
        "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType='Resource'>\n"
        "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
        "<pdfaProperty:category>internal</pdfaProperty:category>\n"
        "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n"
        "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>\n")
                            .arg(esc(doc.title), esc(doc.author), esc(doc.subject), lang, esc(creator), now,
                                 esc(producer), QString(QChar(0xFEFF)));
    return xmp.toUtf8();
}

// Text a file holds from before control characters were refused (or from another program) is
// shown in the PDF, never obeyed: each such character as "<U+202E>" (controlcharacters.h), in
// every string of the document, the PDF's own title and author included.
report::Document visibleDocument(report::Document d)
{
    using namespace report;
    for (QString *text : {&d.title, &d.subject, &d.author, &d.header})
        *text = visibleText(*text);
    for (Block &block : d.blocks) {
        if (auto *p = std::get_if<Paragraph>(&block)) {
            p->text = visibleText(p->text);
        } else if (auto *t = std::get_if<Table>(&block)) {
            for (TableColumn &c : t->columns)
                c.header = visibleText(c.header);
            for (TableRow &r : t->rows) {
                for (QString &cell : r.cells)
                    cell = visibleText(cell);
                r.detail = visibleText(r.detail);
            }
            t->emptyText = visibleText(t->emptyText);
        } else if (auto *c = std::get_if<Contents>(&block)) {
            c->title = visibleText(c->title);
        }
    }
    return d;
}

// The outline holds what the contents list, and the contents themselves: each Heading1 a
// section, each Heading2 under the section before it. A document without contents (the tertial
// report) has every heading in its outline. The layout says where each of them begins.
// `linkOf` gets, for each heading a line of the contents leads to, that line's link (index).
report::PdfStructure pdfStructure(const report::Document &doc, const QList<report::LaidOutPage> &pages,
                                  const report::ReportStyle &style, QHash<int, int> *linkOf)
{
    using namespace report;
    QHash<int, PdfDestination> anchors; // block → where it begins
    for (int p = 0; p < pages.size(); ++p)
        for (const LaidOutPage::Anchor &a : pages[p].anchors)
            anchors.insert(a.block, {p, a.top});

    PdfStructure s;
    s.language = languageTag(doc);
    s.pageSize = style.pageSize();
    const auto contents = std::find_if(doc.blocks.cbegin(), doc.blocks.cend(),
                                       [](const Block &b) { return std::holds_alternative<Contents>(b); });
    const qsizetype from = contents == doc.blocks.cend() ? 0 : contents - doc.blocks.cbegin();
    qsizetype section = -1; // the last Heading1's item in s.outline
    for (qsizetype i = from; i < doc.blocks.size(); ++i) {
        if (!anchors.contains(int(i)))
            continue;
        if (const auto *c = std::get_if<Contents>(&doc.blocks[i])) {
            s.outline.append({c->title, anchors.value(int(i)), {}});
            section = -1;
        } else if (const auto *p = std::get_if<Paragraph>(&doc.blocks[i])) {
            const PdfOutlineItem item{p->text, anchors.value(int(i)), {}};
            if (p->style == TextStyle::Heading2 && section >= 0) {
                s.outline[section].children.append(item);
            } else {
                s.outline.append(item);
                section = p->style == TextStyle::Heading1 ? s.outline.size() - 1 : -1;
            }
        }
    }
    for (int p = 0; p < pages.size(); ++p)
        for (const LaidOutPage::Link &l : pages[p].links)
            if (anchors.contains(l.block)) {
                const auto *heading = std::get_if<Paragraph>(&doc.blocks.at(l.block));
                linkOf->insert(l.block, int(s.links.size()));
                s.links.append({p, l.rect, anchors.value(l.block), heading ? heading->text : QString()});
            }
    return s;
}

} // namespace

ReportRenderer::ReportRenderer(const UnitFile &file, const ReportOptions &options)
{
    ReportOptions o = options;
    if (o.year == 0)
        o.year = file.latestYear();
    report::ReportData data = report::loadReportData(file, o.year);
    m_document = visibleDocument(report::buildDocument(data, o));
    // The data is freed on another thread while the pages are laid out: a large year's rows take
    // tens of milliseconds to free (docs/performance.md), and the document shares none of them
    // but through Qt's implicit sharing, which counts references atomically.
    std::future<void> freed;
    try {
        freed = std::async(std::launch::async, [gone = std::move(data)]() mutable { gone = {}; });
    } catch (const std::system_error &) {
        // No thread to be had: the data went with the task that could not start.
    }
    m_pages = report::paginate(m_document, m_style);
}

ReportRenderer::ReportRenderer(report::Document document) : m_document(visibleDocument(std::move(document)))
{
    m_pages = report::paginate(m_document, m_style);
}

QPageLayout ReportRenderer::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

void ReportRenderer::paintPageUnits(QPainter *painter, int index, report::ReportTags *tags) const
{
    using namespace report;
    const LaidOutPage &page = m_pages.at(index);
    const QSizeF size = m_style.pageSize();
    const qreal margin = m_style.margin();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // Running header (not on the cover) and footer.
    const QFont &small = m_style.font(TextStyle::Small);
    const QFontMetricsF &sm = m_style.metrics(TextStyle::Small);
    painter->setFont(small);
    painter->setPen(QColor(0x42, 0x42, 0x42));
    if (tags)
        tags->beginPage(painter);
    if (index > 0) {
        if (tags)
            tags->artifact(painter, PdfArtifact::Header);
        const qreal y = margin;
        painter->drawText(QPointF(margin, y), sm.elidedText(m_document.header, Qt::ElideRight, size.width() - 2 * margin));
        painter->setPen(QPen(QColor(0xB0, 0xB6, 0xBE), 5));
        painter->drawLine(QPointF(margin, y + sm.descent() + 30), QPointF(size.width() - margin, y + sm.descent() + 30));
        painter->setPen(QColor(0x42, 0x42, 0x42));
    }
    const QString footer = m_document.pageFormat.arg(index + 1).arg(pageCount());
    if (tags)
        tags->artifact(painter, PdfArtifact::Footer);
    painter->drawText(QPointF(size.width() - margin - sm.horizontalAdvance(footer), size.height() - margin * 0.6), footer);

    if (tags && !(page.boxes.isEmpty() && page.rules.isEmpty()))
        tags->artifact(painter, PdfArtifact::Layout);
    painter->setPen(Qt::NoPen);
    for (const LaidOutPage::Box &b : page.boxes) {
        painter->setBrush(b.fill);
        painter->drawRect(b.rect);
    }
    painter->setBrush(Qt::NoBrush);
    for (const LaidOutPage::Rule &r : page.rules) {
        painter->setPen(QPen(r.color, r.width));
        painter->drawLine(r.line);
    }
    // Texts and figures in layout order, so that text extraction reads the page as laid out.
    const auto paintFigure = [&](const LaidOutPage::FigureRef &f) {
        const auto *figure = std::get_if<Figure>(&m_document.blocks.at(f.block));
        if (!figure || !figure->paint)
            return;
        if (tags)
            tags->figure(painter, f.block, f.rect);
        painter->save();
        painter->setFont(m_style.font(TextStyle::Body));
        painter->setPen(Qt::black);
        figure->paint(painter, f.rect);
        painter->restore();
    };
    report::PdfWriter *writer = report::PdfWriter::of(painter);
    int nextFigure = 0;
    int current = -1;
    for (int i = 0; i < page.texts.size(); ++i) {
        while (nextFigure < page.figures.size() && page.figures[nextFigure].textIndex <= i) {
            paintFigure(page.figures[nextFigure++]);
            current = -1;
        }
        const LaidOutPage::Text &t = page.texts[i];
        if (std::all_of(t.text.cbegin(), t.text.cend(), [](QChar c) { return c.isSpace(); }))
            continue; // paints nothing, so there is nothing to tag (looked at in place, not trimmed into a copy)
        if (int(t.style) != current) {
            current = int(t.style);
            painter->setFont(m_style.font(t.style));
            painter->setPen(Qt::black);
        }
        if (tags)
            tags->text(painter, t);
        if (writer)
            writer->drawText(painter, t.baseline, t.text); // as laid out, not shaped again
        else
            painter->drawText(t.baseline, t.text);
    }
    while (nextFigure < page.figures.size())
        paintFigure(page.figures[nextFigure++]);
    if (tags)
        tags->endPage(painter);
    painter->restore();
}

void ReportRenderer::paintPage(QPainter *painter, int index, const QRectF &target) const
{
    if (index < 0 || index >= pageCount())
        return;
    const QSizeF size = m_style.pageSize();
    const qreal scale = qMin(target.width() / size.width(), target.height() / size.height());
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    painter->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    paintPageUnits(painter, index);
    painter->restore();
}

bool ReportRenderer::render(QPainter *painter, QPagedPaintDevice *device, const Progress &progress,
                            QString *error) const
{
    return renderPages(painter, QSizeF(device->width(), device->height()), [device] { return device->newPage(); },
                       progress, error, nullptr);
}

bool ReportRenderer::renderPages(QPainter *painter, const QSizeF &deviceSize, const std::function<bool()> &newPage,
                                 const Progress &progress, QString *error, report::ReportTags *tags) const
{
    const QSizeF size = m_style.pageSize();
    const qreal scale = qMin(deviceSize.width() / size.width(), deviceSize.height() / size.height());
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0 && !newPage()) {
            if (error)
                *error = QStringLiteral("Could not start page %1.").arg(i + 1);
            return false;
        }
        painter->save();
        painter->scale(scale, scale);
        paintPageUnits(painter, i, tags);
        painter->restore();
        if (progress && !progress(i + 1, pageCount())) {
            if (error)
                *error = cancelledMessage(m_document.language);
            return false;
        }
    }
    return true;
}

bool ReportRenderer::render(QPagedPaintDevice *device, const Progress &progress, QString *error) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = QStringLiteral("Could not paint on the output device.");
        return false;
    }
    const bool ok = render(&painter, device, progress, error);
    painter.end();
    return ok;
}

QByteArray ReportRenderer::pdf(const Progress &progress, QString *error) const
{
    QHash<int, int> linkOf;
    report::PdfStructure structure = pdfStructure(m_document, m_pages, m_style, &linkOf);
    report::ReportTags tags(m_document, linkOf);
    report::PdfDocumentInfo info;
    info.title = m_document.title;
    info.author = m_document.author;
    info.subject = m_document.subject;
    info.creator = QStringLiteral("Internkontroll %1").arg(QStringLiteral(IK_VERSION));
    info.producer = info.creator;
    const QDateTime local = QDateTime::currentDateTime();
    info.created = local.toOffsetFromUtc(local.offsetFromUtc()).addMSecs(-local.time().msec()); // whole seconds
    info.xmp = xmpMetadata(m_document, info.creator, info.producer, info.created);
    // A4 as Qt's PDF engine has always written it, in whole points: the page viewers call A4.
    report::PdfWriter writer(QSizeF(595, 842), std::move(info));
    QByteArray written;
    {
        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = QStringLiteral("Could not paint on the output device.");
            return {};
        }
        const bool ok = renderPages(&painter, QSizeF(writer.width(), writer.height()), [&writer] {
            writer.newPage();
            return true;
        }, progress, error, &tags);
        painter.end();
        if (!ok)
            return {};
        written = writer.finish(error);
        if (written.isEmpty())
            return {};
    }
    if (!tags.error().isEmpty()) {
        if (error)
            *error = QStringLiteral("Could not complete the PDF: %1").arg(tags.error());
        return {};
    }
    // Structure, outline, contents links and language (the pages hold their marked content).
    structure.elements = tags.elements();
    structure.content = tags.content();
    return report::addPdfStructure(written, structure, error);
}

bool ReportRenderer::writePdf(const QString &path, const Progress &progress, QString *error) const
{
    const QByteArray data = pdf(progress, error);
    if (data.isEmpty())
        return false;
    QSaveFile out(path);
    // flush() first: commit() misses a failure to write the last buffered bytes (QTBUG-75077).
    if (out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.flush() && out.commit())
        return true;
    if (error)
        *error = QStringLiteral("Cannot write %1: %2").arg(path, out.errorString());
    return false;
}

bool ReportRenderer::writePdf(const UnitFile &file, const QString &path, const ReportOptions &options,
                              const Progress &progress, QString *error)
{
    ReportOptions o = options;
    if (!prepareReportOutput(file, path, o, error))
        return false;
    const QByteArray data = ReportRenderer(file, o).pdf(progress, error);
    return !data.isEmpty() && writeOutputFile(file, path, data, error);
}

} // namespace ik
