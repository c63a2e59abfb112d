#include "ui/records/importdialog.h"

#include "core/exchange/xlsxreader.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/undocommands.h"
#include "ui/shell/settingskeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kRefusedShown = 200;

QString previewText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDate: return QLocale().toString(v.toDate(), QLocale::ShortFormat);
    case QMetaType::QDateTime: return QLocale().toString(v.toDateTime(), QLocale::ShortFormat);
    case QMetaType::Double: return QLocale().toString(v.toDouble(), 'g', 15);
    case QMetaType::Bool: return v.toBool() ? ImportDialog::tr("yes") : ImportDialog::tr("no");
    default: return v.toString();
    }
}

} // namespace

ImportDialog::ImportDialog(const UnitFile &file, const QString &table, const QByteArray &data,
                           std::optional<int> year, QWidget *parent)
    : QDialog(parent), m_file(file), m_def(schema::table(table)), m_data(data), m_year(year),
      m_sheets(new QComboBox(this)), m_preview(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_refused(new QPlainTextEdit(this)),
      m_skipRefused(new QCheckBox(tr("Leave out the refused rows and import the others"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_def ? tr("Import %1").arg(inSentence(tableLabel(*m_def))) : tr("Import"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the field each column goes into; columns set to “(leave out)” are not "
                                "imported. Rows that carry the id of a record update it, the others are added; "
                                "nothing is deleted."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *sheetRow = new QHBoxLayout;
    auto *sheetLabel = new QLabel(tr("&Sheet:"), this);
    sheetLabel->setBuddy(m_sheets);
    sheetRow->addWidget(sheetLabel);
    sheetRow->addWidget(m_sheets, 1);
    layout->addLayout(sheetRow);
    layout->addWidget(m_preview, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_refused->setReadOnly(true);
    m_refused->setMaximumHeight(110);
    layout->addWidget(m_refused);
    layout->addWidget(m_skipRefused);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skipRefused, &QCheckBox::toggled, this, &ImportDialog::replan);
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    if (!m_def) {
        m_error = tr("There is no table “%1”.").arg(table);
        return;
    }
    QStringList names;
    if (sniffSheetFormat(data) == SheetFormat::Xlsx) {
        const auto book = xlsx::Workbook::open(data, &m_error);
        if (!book)
            return;
        names = book->sheetNames();
    }
    m_sheets->addItems(names);
    m_sheets->setVisible(names.size() > 1);
    sheetLabel->setVisible(names.size() > 1);
    // Start on the sheet named after the table, as a year's workbook names them.
    for (const QString &wanted : {tableLabel(*m_def), ik::tableLabel(*m_def, QStringLiteral("nb")),
                                  ik::tableLabel(*m_def, QStringLiteral("en")), table}) {
        const int i = m_sheets->findText(wanted, Qt::MatchFixedString);
        if (i >= 0) {
            m_sheets->setCurrentIndex(i);
            break;
        }
    }
    loadSheet(m_sheets->currentText());
    connect(m_sheets, &QComboBox::currentTextChanged, this, &ImportDialog::loadSheet);
}

QComboBox *ImportDialog::fieldChooser(int column) const
{
    return qobject_cast<QComboBox *>(m_preview->cellWidget(0, column));
}

QStringList ImportDialog::mapping() const
{
    QStringList fields;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        fields << (fieldChooser(c) ? fieldChooser(c)->currentData().toString() : QString());
    return fields;
}

void ImportDialog::rememberMapping() const
{
    if (!m_sheet)
        return;
    QStringList pairs;
    const QStringList fields = mapping();
    for (qsizetype c = 0; c < fields.size(); ++c)
        pairs << m_sheet->header.value(c) + QLatin1Char('=') + (fields[c].isEmpty() ? QStringLiteral("-") : fields[c]);
    QSettings().setValue(importMappingKey(m_def->name, m_sheet->header), pairs);
}

void ImportDialog::loadSheet(const QString &name)
{
    QString error;
    m_sheet = readSheet(m_data, name, {}, &error);
    if (!m_sheet) {
        m_error = error;
        m_plan.reset();
        m_preview->clear();
        m_summary->setText(error);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    // The mapping chosen for these headers last time, where there is one.
    QMap<QString, QString> given;
    const QStringList saved = QSettings().value(importMappingKey(m_def->name, m_sheet->header)).toStringList();
    if (const auto parsed = parseMapping(saved.join(QLatin1Char(',')), &error))
        given = *parsed;
    auto guessed = guessMapping(m_file, *m_def, m_sheet->header, given, &error);
    if (!guessed) // a saved mapping that no longer fits (a field renamed): guess afresh
        guessed = guessMapping(m_file, *m_def, m_sheet->header, {}, &error);
    fillPreview(guessed.value_or(QStringList(m_sheet->header.size())));
    replan();
}

void ImportDialog::fillPreview(const QStringList &guessed)
{
    const qsizetype rows = std::min<qsizetype>(m_sheet->rows.size(), kPreviewRows);
    m_preview->clear();
    m_preview->setColumnCount(int(m_sheet->header.size()));
    m_preview->setRowCount(int(rows) + 1);
    m_preview->setHorizontalHeaderLabels(m_sheet->header);
    QStringList fields;
    for (const ColumnDef &c : m_def->columns)
        fields << c.name;
    if (m_def->yearScoped)
        fields << QStringLiteral("year");
    const QList<SheetField> extras = extraSheetFields(m_file, m_def->name);
    for (int c = 0; c < m_sheet->header.size(); ++c) {
        auto *chooser = new QComboBox(m_preview);
        chooser->addItem(tr("(leave out)"), QString());
        chooser->addItem(tr("Record id (updates the record)"), QStringLiteral("id"));
        for (const QString &f : fields)
            chooser->addItem(fieldLabel(*m_def, f), f);
        for (const SheetField &extra : extras) // a risk's consequences
            chooser->addItem(extra.label, extra.key);
        chooser->setCurrentIndex(std::max(0, chooser->findData(guessed.value(c))));
        chooser->setAccessibleName(tr("Field for the column “%1”").arg(m_sheet->header[c]));
        connect(chooser, &QComboBox::currentIndexChanged, this, &ImportDialog::replan);
        m_preview->setCellWidget(0, c, chooser);
        for (int r = 0; r < rows; ++r)
            m_preview->setItem(r + 1, c, new QTableWidgetItem(previewText(m_sheet->rows[r].value(c))));
    }
    m_preview->resizeColumnsToContents();
    // Long text would make one column fill the dialog; a column can still be widened by hand.
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 200));
}

void ImportDialog::replan()
{
    if (!m_sheet)
        return;
    QString error;
    const QStringList fields = mapping();
    // Two columns into one field: say so instead of planning (core takes the first).
    for (qsizetype c = 0; c < fields.size(); ++c)
        if (!fields[c].isEmpty() && fields.indexOf(fields[c]) != c) {
            m_plan.reset();
            m_summary->setText(tr("Two columns go into “%1”; choose one.").arg(fieldChooser(int(c))->currentText()));
            m_refused->clear();
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
            return;
        }
    m_plan = planImport(m_file, m_def->name, *m_sheet, fields, m_year, &error);
    if (!m_plan) {
        m_summary->setText(error);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_summary->setText(planSummary(*m_plan));
    m_refused->setPlainText(m_plan->refused.mid(0, kRefusedShown).join(QLatin1Char('\n')));
    m_refused->setVisible(!m_plan->refused.isEmpty());
    m_skipRefused->setVisible(!m_plan->refused.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_plan->writesNothing() && (m_plan->refused.isEmpty() || m_skipRefused->isChecked()));
}

std::optional<SpreadsheetImport> importSpreadsheet(UnitFile &file, QUndoStack &undo, const QString &table,
                                                   std::optional<int> year, const QString &title,
                                                   QWidget *parent, QString *error)
{
    error->clear();
    const QString path = QFileDialog::getOpenFileName(
        parent, title, QString(),
        ImportDialog::tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    ImportDialog dialog(file, table, f.readAll(), year, parent);
    if (!dialog.isValid()) {
        *error = dialog.error();
        return std::nullopt;
    }
    if (dialog.exec() != QDialog::Accepted || !dialog.plan())
        return std::nullopt;
    dialog.rememberMapping();
    SpreadsheetImport done;
    const ImportPlan &plan = *dialog.plan();
    if (!importPlanAsOneStep(file, undo, plan, parent, &done.result, error))
        return std::nullopt;
    done.updated = plan.updates.size();
    return done;
}

} // namespace ik::ui
