#include "core/report/docxwriter.h"

#include "core/common/translations.h"
#include "core/exchange/outputfile.h"
#include "core/exchange/zipwriter.h"
#include "core/report/docxbody.h"
#include "core/report/docxparts.h"
#include "core/report/docxstyles.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>

namespace ik {

QByteArray reportDocx(const report::Document &document, const Progress &progress, QString *error)
{
    using namespace report::docx;
    const std::optional<Body> body = documentBody(document, progress);
    if (!body) {
        if (error)
            *error = translateFor(document.language, "ik::Report", QT_TRANSLATE_NOOP("ik::Report", "The report was cancelled."));
        return {};
    }
    ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes());
    zip.add(QStringLiteral("_rels/.rels"), packageRelationships());
    zip.add(QStringLiteral("word/document.xml"), body->xml);
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRelationships(int(body->images.size())));
    zip.add(QStringLiteral("word/styles.xml"), styles(document));
    zip.add(QStringLiteral("word/settings.xml"), settings(document));
    zip.add(QStringLiteral("word/header1.xml"), header(document.header));
    zip.add(QStringLiteral("word/header2.xml"), header(QString())); // the cover's
    const QByteArray footerXml = footer(document.pageFormat);
    zip.add(QStringLiteral("word/footer1.xml"), footerXml);
    zip.add(QStringLiteral("word/footer2.xml"), footerXml); // the cover has its page number too
    for (int i = 0; i < body->images.size(); ++i)
        zip.add(imagePart(i + 1), body->images[i], ZipWriter::Compression::Store);
    zip.add(QStringLiteral("docProps/core.xml"), coreProperties(document));
    zip.add(QStringLiteral("docProps/app.xml"), appProperties());
    return zip.finish(error);
}

bool writeReportDocx(const UnitFile &file, const QString &path, const ReportOptions &options,
                     const Progress &progress, QString *error)
{
    ReportOptions o = options;
    if (!prepareReportOutput(file, path, o, error))
        return false;
    const QByteArray data = reportDocx(report::buildDocument(report::loadReportData(file, o.year), o), progress, error);
    return !data.isEmpty() && writeOutputFile(file, path, data, error);
}

} // namespace ik
