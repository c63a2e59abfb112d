#pragma once

#include "core/common/progress.h"
#include "core/report/reportmodel.h"
#include "core/report/reportoptions.h"

#include <QByteArray>
#include <QString>

namespace ik {

class UnitFile;

// The annual report as a Word document (DOCX, Office Open XML), to be finished by hand in Word
// or LibreOffice: the same blocks as the PDF, with Word's own heading styles (navigation pane,
// table of contents), real tables whose header row repeats on every page, the figures as
// pictures with their alternative text, the running header, page numbers in the footer, and
// the report's language. Written with libzip and QXmlStreamWriter; no office program is needed.
// What it holds and how it was checked: docs/report-docx.md.

// The document as DOCX bytes; empty, with a message, when progress cancelled or zipping failed.
// Progress counts the document's blocks.
QByteArray reportDocx(const report::Document &document, const Progress &progress = {}, QString *error = nullptr);

// Writes the unit file's report for options.year (0: the latest) in options.language to `path`,
// as ReportRenderer::writePdf does the PDF: the unit file and its companions are refused, as is a
// year the file does not have, and the file appears whole or not at all (writeOutputFile).
bool writeReportDocx(const UnitFile &file, const QString &path, const ReportOptions &options,
                     const Progress &progress = {}, QString *error = nullptr);

} // namespace ik
