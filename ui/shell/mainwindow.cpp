#include "ui/shell/mainwindow.h"

#include "ui/rollup/facultyoverviewwindow.h"

#include "ui/shell/clipboardactions.h"
#include "ui/shell/findinyeardialog.h"
#include "ui/shell/integritycheck.h"
#include "ui/shell/messages.h"
#include "ui/shell/settingskeys.h"
#include "core/review/checklisttemplate.h"
#include "core/review/demounit.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/language.h"
#include "ui/shell/newunitdialog.h"
#include "ui/shell/offthread.h"
#include "ui/pages/phasenames.h"
#include "ui/shell/requirementsdialog.h"
#include "ui/report/reportactions.h"
#include "ui/sharing/sharingactions.h"
#include "core/review/reviewyear.h"
#include "core/store/schema.h"
#include "ui/shell/startwidget.h"
#include "ui/records/tableeditor.h"
#include "core/exchange/outputfile.h"
#include "core/exchange/tableexchange.h"
#include "core/exchange/sheetexport.h"
#include "core/common/translations.h"
#include "ui/records/importdialog.h"
#include "core/store/unitfile.h"
#include "ui/records/recordededit.h"
#include "ui/records/undocommands.h"
#include "ui/shell/unitview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

namespace ik::ui {

namespace {
const QString kFileFilter = QStringLiteral("*.db *.ikdb");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_undoGroup = new QUndoGroup(this);
    m_stack = new QStackedWidget(this);
    m_start = new StartWidget(m_stack);
    m_stack->addWidget(m_start);
    setCentralWidget(m_stack);
    setAcceptDrops(true);
    connect(m_start, &StartWidget::newRequested, this, &MainWindow::newFile);
    connect(m_start, &StartWidget::openRequested, this, &MainWindow::openDialog);
    connect(m_start, &StartWidget::demoRequested, this, &MainWindow::openDemo);
    connect(m_start, &StartWidget::recentRequested, this, &MainWindow::openFile);
    createMenus();
    // An undo or redo that core refused (recordededit.h), shown once the undo stack is done with it.
    connect(&UndoRefusals::instance(), &UndoRefusals::refused, this,
            [this](const UnitFile *file, const QString &title, const QString &text) {
                if (m_view && m_view->file() == file)
                    QTimer::singleShot(0, this, [this, title, text] { showError(this, title, text); });
            });
    m_start->setRecentFiles(recentFiles());
    if (!restoreGeometry(readSetting(Setting::WindowGeometry).toByteArray()))
        resize(1280, 820);
    restoreState(readSetting(Setting::WindowState).toByteArray());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_integrityCheck.reset(); // waits for it
    delete m_view;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *a = file->addAction(tr("&New Unit File…"), this, &MainWindow::newFile);
    a->setShortcut(QKeySequence::New);
    a = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    a->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open a &Demo Unit"), this, &MainWindow::openDemo);
    file->addAction(tr("&Faculty Overview…"), this, &MainWindow::showFacultyOverview);
    file->addSeparator();
    a = file->addAction(tr("Save a &Copy…"), this, &MainWindow::saveCopy);
    a->setShortcut(QKeySequence::SaveAs);
    m_fileActions << a;
    m_fileActions << file->addAction(tr("&Import…"), this, &MainWindow::importTable);
    m_fileActions << file->addAction(tr("&Export…"), this, &MainWindow::exportTable);
    m_fileActions << file->addAction(tr("Export Year as &Workbook…"), this, &MainWindow::exportWorkbook);
    // The Report page's Export Word…, in the report language chosen there.
    a = file->addAction(tr("Export Re&port as Word…"), this, [this] {
        if (m_view)
            exportReport(this, {m_view->file(), m_view->undoStack(), m_view->year()},
                         readSetting(Setting::ReportLanguage, uiLanguage()).toString(), ReportFormat::Docx);
    });
    a->setObjectName(QStringLiteral("fileExportReportDocx"));
    m_fileActions << a;
    // Sharing and the yearly cycle (sharingactions.h): Merge Changes From…, Export Calendar…
    auto *sharing = new SharingActions(this, [this] { return m_view; });
    sharing->addFileActions(file);
    file->addSeparator();
    a = file->addAction(tr("&Close"), this, &MainWindow::closeFile);
    a->setShortcut(QKeySequence::Close);
    m_fileActions << a;
    a = file->addAction(tr("&Quit"), this, &QWidget::close);
    a->setShortcut(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    a = m_undoGroup->createUndoAction(this, tr("&Undo"));
    a->setShortcut(QKeySequence::Undo);
    edit->addAction(a);
    a = m_undoGroup->createRedoAction(this, tr("&Redo"));
    a->setShortcut(QKeySequence::Redo);
    edit->addAction(a);
    edit->addSeparator();
    addClipboardActions(edit, this, [this] { return m_view ? m_view->focusedEditor() : nullptr; });
    edit->addSeparator();
    m_deleteAction = edit->addAction(tr("&Delete Row"), this, [this] {
        if (TableEditor *editor = m_view ? m_view->focusedEditor() : nullptr)
            editor->removeCurrent();
    });
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_fileActions << m_deleteAction;
    edit->addSeparator();
    a = edit->addAction(tr("&Find in Year…"), this, [this] {
        if (m_view)
            showFindInYear(m_view);
    });
    a->setObjectName(QStringLiteral("findInYearAction"));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fileActions << a;

    m_yearMenu = menuBar()->addMenu(tr("&Year"));
    sharing->addReviewMenu();

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString chosen = chosenLanguage();
    const QList<std::pair<QString, QString>> options{{QString(), tr("Follow the system")},
                                                     {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
                                                     {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : options) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == chosen);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code] {
            setChosenLanguage(code);
            showInformation(this, tr("Language"), tr("The new language takes effect when you start the program again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    a = help->addAction(tr("&Requirements Behind This Page"), this, &MainWindow::showRequirements);
    a->setShortcut(QKeySequence::HelpContents);
    m_fileActions << a;
    a = help->addAction(tr("&About Internkontroll"), this, [this] {
        QMessageBox::about(this, tr("About Internkontroll"),
                           tr("<p><b>Internkontroll</b> %1</p><p>The annual review of a unit's "
                              "systematic HSE work, following NTNU's guideline.</p>"
                              "<p>Licence: GPL-3.0-or-later.</p>")
                               .arg(QStringLiteral(IK_VERSION)));
    });
    a->setMenuRole(QAction::AboutRole);
    rebuildRecentMenu();
}

void MainWindow::updateTitle()
{
    if (!m_view) {
        setWindowTitle(tr("Internkontroll"));
        return;
    }
    const UnitFile *f = m_view->file();
    QString title = tr("%1 – %2 – %3").arg(f->unitName(), QString::number(m_view->year()), QFileInfo(f->path()).fileName());
    if (f->isReadOnly())
        title += QLatin1Char(' ') + tr("[read-only]");
    setWindowTitle(title + QStringLiteral(" – Internkontroll"));
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_fileActions))
        a->setEnabled(m_view != nullptr);
    if (m_deleteAction)
        m_deleteAction->setEnabled(m_view && !m_view->file()->isReadOnly());
    m_yearMenu->setEnabled(m_view != nullptr);
}

void MainWindow::rebuildYearMenu()
{
    m_yearMenu->clear();
    if (!m_view)
        return;
    auto *group = new QActionGroup(m_yearMenu);
    const QList<int> years = m_view->file()->years();
    for (int year : years) {
        QAction *a = m_yearMenu->addAction(QString::number(year));
        a->setCheckable(true);
        a->setChecked(year == m_view->year());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, year] {
            m_view->setYear(year);
            updateTitle();
        });
    }
    m_yearMenu->addSeparator();
    m_nextYearAction = m_yearMenu->addAction(tr("&Start Review Year %1…").arg(years.isEmpty() ? 0 : years.last() + 1),
                                             this, &MainWindow::startNextYear);
    m_nextYearAction->setEnabled(!m_view->file()->isReadOnly());
    findChild<SharingActions *>()->addYearActions(m_yearMenu);
}

QStringList MainWindow::recentFiles() const
{
    return readSetting(Setting::RecentFiles).toStringList();
}

void MainWindow::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    writeSetting(Setting::RecentFiles, files);
    rebuildRecentMenu();
    m_start->setRecentFiles(files);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(menuText(QDir::toNativeSeparators(path)), this, [this, path] { openFile(path); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

bool MainWindow::openFile(const QString &path) { return openFileAs(path, false); }

bool MainWindow::openFileReadOnly(const QString &path) { return openFileAs(path, true); }

void MainWindow::showFacultyOverview()
{
    auto *window = findChild<FacultyOverviewWindow *>();
    if (!window) {
        window = new FacultyOverviewWindow(this);
        connect(window, &FacultyOverviewWindow::openReadOnlyRequested, this, [this](const QString &path) {
            if (openFileReadOnly(path)) {
                raise();
                activateWindow();
            }
        });
    }
    window->show();
    window->raise();
    window->activateWindow();
}

bool MainWindow::openFileAs(const QString &path, bool readOnly)
{
    // The file is shown once its header and schema have passed. SQLite's integrity check reads
    // the whole file (a tenth of a second for 40 MB, more for more): it runs on a thread of its
    // own while the file is read and shown, and the file takes no change until it has passed.
    // (A file left half-written is checked whole here; see inspectFile.)
    const FileCheck inspected = waitOffGuiThread([path] { return inspectFile(path, IntegrityCheck::Later); });
    if (m_closed) // the program was asked to quit meanwhile (input waits; a quit does not)
        return false;
    FileCheck check;
    std::unique_ptr<UnitFile> file = UnitFile::open(path, readOnly ? UnitFile::Mode::ReadOnly : UnitFile::Mode::ReadWrite,
                                                    &check, inspected);
    if (!file) {
        // Left half-written by a program that stopped while writing, whose lock is still there
        // (a laptop that crashed): it can only be rolled back by breaking the lock.
        const std::optional<LockHolder> holder = inspected.hotJournal ? lockHolder(path) : std::nullopt;
        if (holder && holder->looksAbandoned() && confirmBreakingLock(path, *holder, true))
            return openBreakingLock(path);
        showError(this, tr("Cannot open the file"),
                  tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)) + QStringLiteral("\n\n") + check.message);
        return false;
    }
    const QString upgradeNote = file->upgradeNote(); // a file of an older format, upgraded
    UnitFile *shown = file.get();
    showFile(std::move(file));
    if (m_view && m_view->file() == shown && shown->integrityPending()) {
        m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(shown);
        connect(m_integrityCheck.get(), &BackgroundIntegrityCheck::finished, this, [this, path](const FileCheck &check) {
            m_integrityCheck.release()->deleteLater(); // it is emitting this
            if (check.ok())
                return;
            // Damaged: it is not shown any longer (nothing was written to it).
            closeFile();
            showError(this, tr("Cannot open the file"),
                      tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)) + QStringLiteral("\n\n") + check.message);
        });
    }
    if (!upgradeNote.isEmpty())
        showInformation(this, tr("File upgraded"), upgradeNote);
    return true;
}

namespace {
// The one local file a drag carries, or empty: several files or a web address are not opened.
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().constFirst().isLocalFile())
        return {};
    return data->urls().constFirst().toLocalFile();
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opened once the drop has finished: the file check turns an event loop of its own.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
}

bool MainWindow::confirmBreakingLock(const QString &path, const LockHolder &holder, bool halfWritten)
{
    QMessageBox box(QMessageBox::Warning, tr("Open for Editing Anyway"),
                    tr("“%1” is locked for writing by %2.").arg(QFileInfo(path).fileName(), holder.describe()),
                    QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    QString details = holder.whyAbandoned() + QStringLiteral("\n\n")
                      + tr("Open it for editing only if that program no longer runs: its computer crashed, "
                           "or was shut down or put away with the file open. If it does still run, both "
                           "programs write to the file, and changes made in either can be lost.");
    if (halfWritten)
        details += QStringLiteral("\n\n") + tr("The file was left half-written; opened for editing here, the "
                                                "unfinished change is rolled back.");
    box.setInformativeText(details + QStringLiteral("\n\n") + tr("That the lock was broken is noted in the file."));
    QPushButton *open = box.addButton(tr("Open for Editing"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openForEditingButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == open;
}

bool MainWindow::openBreakingLock(const QString &path)
{
    const FileCheck inspected = waitOffGuiThread([path] { return inspectFile(path); });
    if (m_closed)
        return false;
    FileCheck check;
    std::unique_ptr<UnitFile> file = UnitFile::openBreakingLock(
        path, QStringLiteral("Open for Editing Anyway, confirmed in the program"), &check, inspected);
    if (!file) {
        showError(this, tr("Cannot open the file"),
                  tr("“%1” cannot be opened.").arg(QDir::toNativeSeparators(path)) + QStringLiteral("\n\n") + check.message);
        return false;
    }
    if (file->isReadOnly()) // the lock could not be broken after all; the banner says why
        showError(this, tr("Open for Editing Anyway"), file->readOnlyReason());
    showFile(std::move(file));
    return true;
}

void MainWindow::openForEditingAnyway()
{
    if (!m_view)
        return;
    const std::optional<LockRefusal> held = m_view->file()->heldElsewhere();
    if (!held || !held->holder || !held->holder->looksAbandoned())
        return;
    const QString path = m_view->file()->path();
    const int year = m_view->year();
    if (!confirmBreakingLock(path, *held->holder, false) || !openBreakingLock(path))
        return;
    if (m_view->file()->years().contains(year))
        m_view->setYear(year);
}

void MainWindow::showFile(std::unique_ptr<UnitFile> file)
{
    if (m_view && !closeFile())
        return;
    const QString path = file->path();
    m_view = new UnitView(std::move(file), m_stack);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_view);
    m_undoGroup->addStack(m_view->undoStack());
    m_undoGroup->setActiveStack(m_view->undoStack());
    connect(m_view, &UnitView::yearChanged, this, [this] {
        updateTitle();
        rebuildYearMenu();
    });
    connect(m_view, &UnitView::openForEditingRequested, this, &MainWindow::openForEditingAnyway,
            Qt::QueuedConnection); // it replaces the view whose button was pressed
    addRecent(path);
    rebuildYearMenu();
    updateTitle();
    updateActions();
}

bool MainWindow::closeFile()
{
    if (!m_view)
        return true;
    m_integrityCheck.reset(); // waits for the check of this file, if it still runs
    m_stack->removeWidget(m_view);
    delete m_view; // every edit is already committed
    m_view = nullptr;
    m_stack->setCurrentWidget(m_start);
    rebuildYearMenu();
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::newFile()
{
    NewUnitDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UnitFile::NewUnit unit = dialog.unit();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("HSE %1 %2.db").arg(unit.unitName, QString::number(unit.year)));
    QString path = QFileDialog::getSaveFileName(this, tr("Create unit file"), suggested,
                                                tr("Unit files (%1)").arg(kFileFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".db");
    QString error;
    std::unique_ptr<UnitFile> file = UnitFile::create(path, unit, &error);
    if (!file) {
        showError(this, tr("Cannot create the file"), error);
        return;
    }
    showFile(std::move(file));
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open unit file"), QString(),
                                                      tr("Unit files (%1);;All files (*)").arg(kFileFilter));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openDemo()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("demo.db"));
    if (QFileInfo::exists(path)) {
        openFile(path);
        return;
    }
    QString error;
    std::unique_ptr<UnitFile> file = createDemo(path, DemoOptions{}, &error);
    if (!file) {
        showError(this, tr("Cannot create the demo unit"), error);
        return;
    }
    showFile(std::move(file));
}

void MainWindow::saveCopy()
{
    if (!m_view)
        return;
    const QFileInfo source(m_view->file()->path());
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), source.dir().filePath(tr("%1 (copy).db").arg(source.completeBaseName())),
        tr("Unit files (%1)").arg(kFileFilter));
    if (target.isEmpty())
        return;
    QString error;
    if (!m_view->file()->saveCopy(target, &error))
        showError(this, tr("Save a copy"), error);
}

QString MainWindow::chooseTable(const QString &title)
{
    QStringList labels;
    QStringList names;
    for (const TableDef &t : schema::tables()) {
        if (t.name == QLatin1String("review_year") || t.name.startsWith(QLatin1String("matrix_")))
            continue;
        labels << tableLabel(t);
        names << t.name;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, title, tr("Table:"), labels, 0, false, &ok);
    return ok ? names.value(labels.indexOf(chosen)) : QString();
}

void MainWindow::importTable()
{
    if (!m_view)
        return;
    const QString table = chooseTable(tr("Import"));
    if (table.isEmpty())
        return;
    QString error;
    const auto done = importSpreadsheet(*m_view->file(), *m_view->undoStack(), table, m_view->year(), tr("Import"), this, &error);
    if (!done) {
        if (!error.isEmpty())
            showError(this, tr("Import"), error);
        return;
    }
    showInformation(this, tr("Import"),
                    tr("%n row(s) added, %1 updated.", "", done->result.inserted).arg(done->updated)
                        + (done->updated == 0 && done->result.added.isEmpty() ? QString()
                                                                              : QLatin1Char('\n') + tr("Edit → Undo takes the whole import back.")));
}

void MainWindow::exportTable()
{
    if (!m_view)
        return;
    const QString table = chooseTable(tr("Export"));
    if (table.isEmpty())
        return;
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString excelCsvFilter = tr("CSV for Excel (*.csv)");
    const QString keyCsvFilter = tr("CSV with field keys, for scripts (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString filter = xlsxFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), table + QStringLiteral(".xlsx"),
                                                      QStringList{xlsxFilter, excelCsvFilter, keyCsvFilter, jsonFilter}.join(QStringLiteral(";;")),
                                                      &filter);
    if (path.isEmpty())
        return;
    QString error;
    QByteArray data;
    SheetExportOptions options;
    options.language = installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage();
    UnitFile &file = *m_view->file();
    if (filter == jsonFilter || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        data = ik::exportTable(file, table, ExportFormat::Json, &error);
    else if (filter == keyCsvFilter)
        data = ik::exportTable(file, table, ExportFormat::Csv, &error);
    else if (filter == excelCsvFilter || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        data = exportPeopleCsv(file, table, options, &error);
    else
        data = exportXlsx(file, {table}, options, &error);
    if (!error.isEmpty()) {
        showError(this, tr("Export"), error);
        return;
    }
    if (!ik::writeOutputFile(file, path, data, &error))
        showError(this, tr("Export"), error);
}

void MainWindow::exportWorkbook()
{
    if (!m_view)
        return;
    const int year = m_view->year();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Year as Workbook"),
                                                      tr("HSE %1.xlsx").arg(year), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    SheetExportOptions options;
    options.language = installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage();
    options.year = year;
    QString error;
    UnitFile &file = *m_view->file();
    const QByteArray data = exportXlsx(file, workbookTables(), options, &error);
    if (!error.isEmpty() || !ik::writeOutputFile(file, path, data, &error))
        showError(this, tr("Export Year as Workbook"), error);
}

void MainWindow::showRequirements()
{
    if (!m_view)
        return;
    RequirementsDialog dialog(pageTitle(pageKeys().value(m_view->currentPage())),
                              m_view->currentRequirementIds(), this);
    dialog.exec();
}

void MainWindow::startNextYear()
{
    // Evaluates last year's goals first, then starts the year (newyeardialog.h).
    findChild<SharingActions *>()->startNextYear();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSetting(Setting::WindowGeometry, saveGeometry());
    writeSetting(Setting::WindowState, saveState());
    closeFile();
    m_closed = true;
    event->accept();
}

} // namespace ik::ui
