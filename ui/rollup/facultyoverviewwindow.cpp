#include "ui/rollup/facultyoverviewwindow.h"

#include "core/rollup/facultyreport.h"
#include "ui/pages/phasenames.h"
#include "ui/rollup/facultytablemodel.h"
#include "ui/shell/messages.h"
#include "ui/shell/offthread.h"
#include "ui/shell/settingskeys.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ik::ui {

FacultyOverviewWindow::FacultyOverviewWindow(QWidget *parent)
    : QDialog(parent, Qt::Window), m_model(new FacultyTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("facultyOverview"));
    setWindowTitle(tr("Faculty Overview"));

    auto *yearLabel = new QLabel(tr("Review &year:"), this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("rollupYear"));
    m_year->setRange(1990, 2200);
    m_year->setValue(QDate::currentDate().year());
    yearLabel->setBuddy(m_year);
    m_chooseFiles = new QPushButton(tr("Choose &Files…"), this);
    m_chooseFiles->setObjectName(QStringLiteral("chooseFiles"));
    m_chooseFolder = new QPushButton(tr("Choose F&older…"), this);
    m_chooseFolder->setObjectName(QStringLiteral("chooseFolder"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("rollupProgress"));
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReading"));
    m_cancel->setVisible(false);
    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_chooseFiles);
    top->addWidget(m_chooseFolder);
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    top->addStretch();

    m_summary = new QLabel(tr("Choose the units' files, or a folder that holds them. They are only read, never changed."), this);
    m_summary->setObjectName(QStringLiteral("rollupSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("rollupFilter"));
    m_filter->setPlaceholderText(tr("Filter the units…"));
    m_filter->setAccessibleName(tr("Filter the units"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FacultyTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rollupTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, &FacultyOverviewWindow::openCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FacultyOverviewWindow::updateActions);

    m_open = new QPushButton(tr("Open &Read-Only"), this);
    m_open->setObjectName(QStringLiteral("openReadOnly"));
    m_open->setToolTip(tr("Opens the unit's file in the main window for reading; nothing can be changed there."));
    auto *languageLabel = new QLabel(tr("Report language:"), this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(readSetting(Setting::ReportLanguage, uiLanguage()).toString())));
    languageLabel->setBuddy(m_language);
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportXlsx = new QPushButton(tr("Export &XLSX…"), this);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));
    auto *close = new QPushButton(tr("Close"), this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_open);
    bottom->addStretch();
    bottom->addWidget(languageLabel);
    bottom->addWidget(m_language);
    bottom->addWidget(m_exportPdf);
    bottom->addWidget(m_exportXlsx);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    m_yearChanged = new QTimer(this);
    m_yearChanged->setSingleShot(true);
    m_yearChanged->setInterval(400); // the spin box's arrows, held down: read once it settles
    connect(m_year, &QSpinBox::valueChanged, m_yearChanged, qOverload<>(&QTimer::start));
    connect(m_yearChanged, &QTimer::timeout, this, [this] {
        if (!m_paths.isEmpty())
            read(m_paths);
    });
    connect(m_chooseFiles, &QPushButton::clicked, this, &FacultyOverviewWindow::chooseFiles);
    connect(m_chooseFolder, &QPushButton::clicked, this, &FacultyOverviewWindow::chooseFolder);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_cancelled = true; });
    connect(m_open, &QPushButton::clicked, this, &FacultyOverviewWindow::openCurrent);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { writeSetting(Setting::ReportLanguage, reportLanguage()); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    resize(1200, 640);
    updateActions();
}

FacultyOverviewWindow::~FacultyOverviewWindow()
{
    if (m_thread) { // the files read so far are dropped; the thread stops after the one it reads
        m_cancelled = true;
        m_thread->wait();
    }
}

void FacultyOverviewWindow::setYear(int year)
{
    m_year->setValue(year);
    m_yearChanged->stop();
}

QString FacultyOverviewWindow::reportLanguage() const { return m_language->currentData().toString(); }

QString FacultyOverviewWindow::startFolder() const
{
    if (!m_paths.isEmpty())
        return QFileInfo(m_paths.constFirst()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FacultyOverviewWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose the units' files"), startFolder(),
                                                            tr("Unit files (*.db *.ikdb);;All files (*)"));
    if (!files.isEmpty())
        read(files);
}

void FacultyOverviewWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder of unit files"), startFolder());
    if (!folder.isEmpty())
        read({folder});
}

void FacultyOverviewWindow::read(const QStringList &paths)
{
    if (m_thread)
        return;
    m_paths = paths;
    m_cancelled = false;
    const int year = m_year->value();
    const QDate today = QDate::currentDate();
    m_progress->setRange(0, 0); // busy until the folders are searched
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_summary->setText(tr("Reading the units' files…"));
    // A UnitFile's connection belongs to the thread that opened it: each file is opened, read and
    // closed on this thread, and only the summaries come back.
    m_thread.reset(QThread::create([this, paths, year, today] {
        FacultyOverview overview = rollUp(expandUnitPaths(paths), year, today, [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        });
        QMetaObject::invokeMethod(
            this, [this, overview = std::move(overview)]() mutable { finishReading(std::move(overview)); }, Qt::QueuedConnection);
    }));
    m_thread->start();
    updateActions();
}

void FacultyOverviewWindow::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 files").arg(done).arg(total));
}

void FacultyOverviewWindow::finishReading(FacultyOverview overview)
{
    m_thread->wait();
    m_thread.reset();
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_overview = std::move(overview);
    m_model->setUnits(m_overview.units, uiLanguage());
    // Wide enough for the headers and the figures; a long reason (a refused file) stays in its tooltip.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == m_model->column(QStringLiteral("read")) ? 220 : 320));
    const FacultyTotals &t = m_overview.totals;
    QString text = tr("Units counted: %1, files not counted: %2. Signed off: %3, changed since signing: %4, not signed off: %5. "
                      "Actions overdue: %6. Risks still red after measures: %7.")
                       .arg(t.units)
                       .arg(m_overview.units.size() - t.units)
                       .arg(t.signedOff)
                       .arg(t.changedSinceSigning)
                       .arg(t.notSigned)
                       .arg(t.status.overdueActions)
                       .arg(t.redRisks);
    if (m_cancelled)
        text = tr("Cancelled: only the files read so far are shown.") + QLatin1Char(' ') + text;
    m_summary->setText(text);
    updateActions();
    Q_EMIT finished();
}

void FacultyOverviewWindow::updateActions()
{
    const bool reading = isReading();
    m_chooseFiles->setEnabled(!reading);
    m_chooseFolder->setEnabled(!reading);
    m_year->setEnabled(!reading);
    const bool any = !reading && !m_overview.units.isEmpty();
    m_exportPdf->setEnabled(any);
    m_exportXlsx->setEnabled(any);
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_proxy->mapToSource(current).row() : -1;
    m_open->setEnabled(!reading && row >= 0 && row < m_model->units().size() && m_model->units()[row].refusal.isEmpty());
}

void FacultyOverviewWindow::openCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = m_proxy->mapToSource(current).row();
    if (row < 0 || row >= m_model->units().size() || !m_model->units()[row].refusal.isEmpty())
        return;
    Q_EMIT openReadOnlyRequested(m_model->units()[row].path);
}

bool FacultyOverviewWindow::exportTo(const QString &path, QString *error)
{
    const FacultyReportOptions options{reportLanguage(), 0};
    const FacultyOverview &overview = m_overview;
    // The PDF of a thousand units takes a moment to lay out: off the GUI thread, which paints on.
    return waitOffGuiThread([&] { return writeFacultyOverview(overview, path, options, error); });
}

void FacultyOverviewWindow::exportAs(const QString &suffix)
{
    QString folder = readSetting(Setting::ReportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Faculty HSE overview %1").arg(m_overview.year) + QLatin1Char('.') + suffix;
    const QString filter = suffix == QLatin1String("pdf") ? tr("PDF files (*.pdf)") : tr("Excel workbooks (*.xlsx)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the faculty overview"), QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    writeSetting(Setting::ReportFolder, QFileInfo(path).absolutePath());
    QString error;
    if (!exportTo(path, &error)) {
        showError(this, tr("Export the faculty overview"), error);
        return;
    }
    if (showMessage(this, QMessageBox::Question, tr("Export the faculty overview"),
                    tr("The faculty overview was written to\n%1\n\nOpen it now?").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Open | QMessageBox::Close, QMessageBox::Open, QStringLiteral("rollupWritten"))
        == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace ik::ui
