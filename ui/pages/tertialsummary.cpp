#include "ui/pages/tertialsummary.h"

#include "ui/shell/messages.h"
#include "ui/shell/settingskeys.h"
#include "core/review/deviationstats.h"

#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"
#include "ui/pages/phasenames.h"
#include "core/store/schema.h"
#include "core/report/tertialreport.h"
#include "core/store/unitfile.h"

#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ik::ui {

TertialSummary::TertialSummary(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("tertialSummary"));
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Deviations per tertial"));

    // The report goes to the AMU after each tertial: offer the one under way in the current year.
    m_tertial = new QComboBox(this);
    m_tertial->setObjectName(QStringLiteral("reportTertial"));
    m_tertial->addItems({tr("1st tertial (Jan–Apr)"), tr("2nd tertial (May–Aug)"), tr("3rd tertial (Sep–Dec)")});
    const QDate today = QDate::currentDate();
    setReportTertial(today.year() == context.year ? (today.month() - 1) / 4 + 1 : 3);
    auto *label = new QLabel(tr("Tertial report for the AMU and the board:"), this);
    label->setBuddy(m_tertial);
    auto *exportButton = new QPushButton(tr("Export Tertial Report…"), this);
    exportButton->setObjectName(QStringLiteral("exportTertialReport"));
    exportButton->setToolTip(tr("The chosen tertial's deviations by category, severity and status beside the "
                                "same tertial last year, and the measures they led to, as PDF or CSV"));
    connect(exportButton, &QPushButton::clicked, this, &TertialSummary::exportReport);
    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(label);
    reportRow->addWidget(m_tertial);
    reportRow->addWidget(exportButton);
    reportRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(reportRow);
    layout->addWidget(m_table);
    // Counting 100 000 deviations takes a moment: only while the summary can be seen.
    refreshWhenShownOnChange(context.file, this, &TertialSummary::refresh, {QStringLiteral("deviation")});
}

int TertialSummary::count(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().toInt() : 0;
}

void TertialSummary::refresh()
{
    const ChoiceSet *categories = schema::choiceSet(QStringLiteral("deviation_category"));
    const int rows = int(categories->choices.size()) + 1;
    QList<std::array<int, 5>> counts(rows, {0, 0, 0, 0, 0});
    // Counted in the file: a year of 100 000 deviations is one grouped query, not 100 000 rows.
    const auto byCategory = deviationCountsByTertial(*m_context.file, m_context.year);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        int row = rows - 2; // unknown categories count as "other"
        for (int i = 0; i < categories->choices.size(); ++i)
            if (categories->choices.at(i).key == it.key())
                row = i;
        for (int r : {row, rows - 1})
            for (int c = 0; c < 5; ++c)
                counts[r][c] += it.value()[c];
    }
    m_table->clear();
    m_table->setRowCount(rows);
    m_table->setColumnCount(5);
    QStringList headers{tr("1st tertial (Jan–Apr)"), tr("2nd tertial (May–Aug)"), tr("3rd tertial (Sep–Dec)")};
    for (int tertial = 0; tertial < 3; ++tertial)
        if (!tertialFinished(m_context.year, tertial))
            headers[tertial] += QLatin1Char('\n') + tr("(not ended)"); // its figures are not final
    m_table->setHorizontalHeaderLabels(headers + QStringList{tr("Total"), tr("Open")});
    QStringList labels;
    for (const Choice &c : categories->choices)
        labels << choiceLabel(categories->name, c.key);
    labels << tr("All categories");
    m_table->setVerticalHeaderLabels(labels);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(QString::number(counts[r][c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r == rows - 1) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

int TertialSummary::reportTertial() const { return m_tertial->currentIndex() + 1; }

void TertialSummary::setReportTertial(int tertial) { m_tertial->setCurrentIndex(std::clamp(tertial, 1, 3) - 1); }

bool TertialSummary::writeReport(const QString &path, QString *error) const
{
    const QString language = readSetting(Setting::ReportLanguage, uiLanguage()).toString();
    const TertialOverview overview = loadTertialOverview(*m_context.file, m_context.year, reportTertial());
    return writeTertialReport(*m_context.file, overview, path, language, error);
}

void TertialSummary::exportReport()
{
    QString folder = readSetting(Setting::ReportFolder).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Deviations %1 tertial %2 %3.pdf")
                             .arg(m_context.file->unitName(), QString::number(reportTertial()),
                                  QString::number(m_context.year));
    const QString pdf = tr("PDF files (*.pdf)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the tertial report"), QDir(folder).filePath(name),
                                                pdf + QStringLiteral(";;") + tr("CSV files (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv");
    writeSetting(Setting::ReportFolder, QFileInfo(path).absolutePath());
    QString error;
    if (!writeReport(path, &error)) {
        showError(this, tr("Export Tertial Report"), error);
        return;
    }
    if (showMessage(this, QMessageBox::Question, tr("Export Tertial Report"),
                    tr("The tertial report was written to\n%1\n\nOpen it now?").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Open | QMessageBox::Close, QMessageBox::Open, QStringLiteral("tertialReportWritten"))
        == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace ik::ui
