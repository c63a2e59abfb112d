#include "ui/report/reportactions.h"

#include "ui/shell/messages.h"
#include "ui/shell/settingskeys.h"
#include "ui/pages/phasenames.h"
#include "core/report/docxwriter.h"
#include "core/report/reportrenderer.h"
#include "core/store/unitfile.h"
#include "ui/shell/workprogress.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QToolBar>
#include <QUrl>

#include <algorithm>

namespace ik::ui {

ReportActions::ReportActions(const EditContext &context, QToolBar *toolBar)
    : QObject(toolBar), m_context(context), m_toolBar(toolBar)
{
    setObjectName(QStringLiteral("reportActionsController"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction *a = toolBar->addAction(tr("Preview"), this, &ReportActions::preview);
    a->setObjectName(QStringLiteral("reportPreview"));
    a = toolBar->addAction(tr("Print…"), this, &ReportActions::print);
    a->setObjectName(QStringLiteral("reportPrint"));
    a = toolBar->addAction(tr("Export PDF…"), this, &ReportActions::exportPdf);
    a->setObjectName(QStringLiteral("reportExportPdf"));
    a = toolBar->addAction(tr("Export Word…"), this, &ReportActions::exportDocx);
    a->setObjectName(QStringLiteral("reportExportDocx"));
    a->setToolTip(tr("Write the annual report as a Word document (DOCX), to finish it in Word or LibreOffice"));
    toolBar->addSeparator();
    auto *label = new QLabel(tr("Report language:"), toolBar);
    m_language = new QComboBox(toolBar);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->setAccessibleName(tr("Report language"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString saved = readSetting(Setting::ReportLanguage, uiLanguage()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { writeSetting(Setting::ReportLanguage, language()); });
    label->setBuddy(m_language);
    toolBar->addWidget(label);
    toolBar->addWidget(m_language);
}

QString ReportActions::language() const
{
    return m_language->currentData().toString();
}

QWidget *ReportActions::parentWidget() const
{
    return m_toolBar->window();
}

void ReportActions::preview()
{
    const ReportRenderer report(*m_context.file, {m_context.year, language(), {}});
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setDocName(tr("HSE annual report %1").arg(m_context.year));
    QPrintPreviewDialog dialog(&printer, parentWidget());
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("HSE annual report %1 – preview").arg(m_context.year));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) { (void)report.render(p); });
    // As tall as the screen allows (an A4 page is taller than it is wide), never taller.
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
    const int height = room.height() * 9 / 10;
    dialog.resize(qMin(room.width() * 9 / 10, height * 4 / 5), height);
    dialog.exec();
}

void ReportActions::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setDocName(tr("HSE annual report %1").arg(m_context.year));
    QPrintDialog dialog(&printer, parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportRenderer report(*m_context.file, {m_context.year, language(), {}});
    QString error;
    if (!report.render(&printer, {}, &error))
        showError(parentWidget(), tr("Print"), error);
}

void ReportActions::exportPdf()
{
    exportReport(parentWidget(), m_context, language(), ReportFormat::Pdf);
}

void ReportActions::exportDocx()
{
    exportReport(parentWidget(), m_context, language(), ReportFormat::Docx);
}

void exportReport(QWidget *parent, const EditContext &context, const QString &language, ReportFormat format)
{
    const bool docx = format == ReportFormat::Docx;
    const QString suffix = docx ? QStringLiteral(".docx") : QStringLiteral(".pdf");
    const QString title = docx ? ReportActions::tr("Export Word") : ReportActions::tr("Export PDF");
    QString folder = readSetting(Setting::ReportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = ReportActions::tr("HSE annual report %1 %2").arg(context.file->unitName(), QString::number(context.year)) + suffix;
    QString path = QFileDialog::getSaveFileName(parent, ReportActions::tr("Export the annual report"), QDir(folder).filePath(name),
                                                docx ? ReportActions::tr("Word documents (*.docx)") : ReportActions::tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    writeSetting(Setting::ReportFolder, QFileInfo(path).absolutePath());
    QString error;
    bool written = false;
    {
        WorkProgress progress(parent, ReportActions::tr("Writing the annual report…"), true);
        const ReportOptions options{context.year, language, {}};
        written = docx ? writeReportDocx(*context.file, path, options, progress.callback(), &error)
                       : ReportRenderer::writePdf(*context.file, path, options, progress.callback(), &error);
    }
    if (!written) {
        showError(parent, title, error);
        return;
    }
    if (showMessage(parent, QMessageBox::Question, title,
                    ReportActions::tr("The annual report was written to\n%1\n\nOpen it now?").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Open | QMessageBox::Close, QMessageBox::Open, QStringLiteral("reportWritten"))
        == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace ik::ui
