#include "ui/risk/riskmatrixsettingsdialog.h"

#include "ui/shell/messages.h"
#include "ui/risk/matrixlevelgrid.h"
#include "ui/shell/refreshtimer.h"
#include "core/risk/riskmatrixedit.h"
#include "ui/records/recordededit.h"
#include "ui/records/undocommands.h"
#include "core/store/unitfile.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

#include <algorithm>

namespace ik::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem *fixed(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}
} // namespace

RiskMatrixSettingsDialog::RiskMatrixSettingsDialog(const EditContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("riskMatrixSettings"));
    setWindowTitle(tr("Risk matrix settings"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);

    auto *sizePage = new QWidget(tabs);
    auto *sizeLayout = new QVBoxLayout(sizePage);
    auto *form = new QFormLayout;
    m_probability = new QSpinBox(sizePage);
    m_consequence = new QSpinBox(sizePage);
    for (QSpinBox *box : {m_probability, m_consequence})
        box->setRange(kMinMatrixSteps, kMaxMatrixSteps);
    form->addRow(tr("Probability steps:"), m_probability);
    form->addRow(tr("Consequence steps:"), m_consequence);
    auto *apply = new QPushButton(tr("Change size…"), sizePage);
    apply->setObjectName(QStringLiteral("resizeMatrix"));
    form->addRow(QString(), apply);
    sizeLayout->addLayout(form);
    sizeLayout->addWidget(new QLabel(tr("Click a cell to change its acceptance level:"), sizePage));
    m_grid = new MatrixLevelGrid(context, sizePage);
    sizeLayout->addWidget(m_grid, 1);
    tabs->addTab(sizePage, tr("Size and levels"));

    m_labels = new QTableWidget(0, 4, tabs);
    m_labels->setObjectName(QStringLiteral("matrixLabels"));
    m_labels->setHorizontalHeaderLabels({tr("Axis"), tr("Step"), tr("Bokmål"), tr("English")});
    m_labels->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(m_labels, tr("Step labels"));

    auto *categoryPage = new QWidget(tabs);
    auto *categoryLayout = new QVBoxLayout(categoryPage);
    m_categories = new QTableWidget(0, 2, categoryPage);
    m_categories->setObjectName(QStringLiteral("matrixCategories"));
    m_categories->setHorizontalHeaderLabels({tr("Bokmål"), tr("English")});
    m_categories->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add category"), categoryPage);
    add->setObjectName(QStringLiteral("addCategory"));
    auto *remove = new QPushButton(tr("Remove category"), categoryPage);
    remove->setObjectName(QStringLiteral("removeCategory"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    categoryLayout->addWidget(m_categories);
    categoryLayout->addLayout(buttons);
    tabs->addTab(categoryPage, tr("Consequence categories"));

    layout->addWidget(tabs);
    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(apply, &QPushButton::clicked, this,
            [this] { resize(m_probability->value(), m_consequence->value(), true); });
    connect(m_labels, &QTableWidget::cellChanged, this, &RiskMatrixSettingsDialog::labelEdited);
    connect(m_categories, &QTableWidget::cellChanged, this, &RiskMatrixSettingsDialog::categoryEdited);
    connect(add, &QPushButton::clicked, this, &RiskMatrixSettingsDialog::addCategory);
    connect(remove, &QPushButton::clicked, this, &RiskMatrixSettingsDialog::removeCategory);
    connect(m_grid, &MatrixLevelGrid::editRefused, this, &RiskMatrixSettingsDialog::showError);
    refreshOnChange(context.file, this, &RiskMatrixSettingsDialog::reload);
    reload();
    QDialog::resize(620, 560);
}

void RiskMatrixSettingsDialog::showError(const QString &message) { m_error->setText(message); }

void RiskMatrixSettingsDialog::reload()
{
    m_loading = true;
    const RiskMatrix matrix = RiskMatrix::load(*m_context.file);
    m_probability->setValue(matrix.probabilitySteps());
    m_consequence->setValue(matrix.consequenceSteps());
    QList<Record> axis = m_context.file->records(QStringLiteral("matrix_axis"));
    std::sort(axis.begin(), axis.end(), [](const Record &a, const Record &b) {
        const auto key = [](const Record &r) {
            return std::pair(r.value(QStringLiteral("axis")).toString(), r.value(QStringLiteral("step")).toInt());
        };
        return key(a) < key(b);
    });
    m_labels->setRowCount(int(axis.size()));
    for (int i = 0; i < axis.size(); ++i) {
        const Record &r = axis[i];
        auto *name = fixed(r.value(QStringLiteral("axis")).toString() == QLatin1String("probability")
                               ? tr("Probability") : tr("Consequence"));
        name->setData(kIdRole, r.value(QStringLiteral("id")));
        m_labels->setItem(i, 0, name);
        m_labels->setItem(i, 1, fixed(r.value(QStringLiteral("step")).toString()));
        m_labels->setItem(i, 2, new QTableWidgetItem(r.value(QStringLiteral("label_nb")).toString()));
        m_labels->setItem(i, 3, new QTableWidgetItem(r.value(QStringLiteral("label_en")).toString()));
    }
    RecordFilter byOrder;
    byOrder.orderBy = QStringLiteral("sort_order");
    const QList<Record> categories = m_context.file->records(QStringLiteral("matrix_category"), byOrder);
    m_categories->setRowCount(int(categories.size()));
    for (int i = 0; i < categories.size(); ++i) {
        auto *nb = new QTableWidgetItem(categories[i].value(QStringLiteral("name_nb")).toString());
        nb->setData(kIdRole, categories[i].value(QStringLiteral("id")));
        nb->setData(kIdRole + 1, categories[i].value(QStringLiteral("key")));
        m_categories->setItem(i, 0, nb);
        m_categories->setItem(i, 1, new QTableWidgetItem(categories[i].value(QStringLiteral("name_en")).toString()));
    }
    m_grid->reload();
    m_loading = false;
}

bool RiskMatrixSettingsDialog::resize(int probabilitySteps, int consequenceSteps, bool ask)
{
    if (ask
        && !askYesNo(this, tr("Change the matrix size"),
                     tr("Every risk's probability and consequence is moved to the nearest "
                        "step of the new size. This cannot be undone. Change the size?")))
        return false;
    QList<RiskMove> moved;
    QString error;
    if (!resizeRiskMatrix(*m_context.file, probabilitySteps, consequenceSteps, &moved, &error)) {
        showError(error);
        return false;
    }
    // The undo stack's older steps name cells and scores of the old size.
    m_context.undo->clear();
    QSet<QString> risks;
    for (const RiskMove &m : moved)
        risks.insert(m.riskId);
    showError(tr("The matrix is now %1 × %2; %n risk(s) moved to new steps.", "", int(risks.size()))
                  .arg(probabilitySteps)
                  .arg(consequenceSteps));
    reload();
    return true;
}

void RiskMatrixSettingsDialog::labelEdited(int row, int column)
{
    if (m_loading || column < 2)
        return;
    const QString id = m_labels->item(row, 0)->data(kIdRole).toString();
    QString error;
    if (!setField(*m_context.file, *m_context.undo, QStringLiteral("matrix_axis"), id,
                  column == 2 ? QStringLiteral("label_nb") : QStringLiteral("label_en"),
                  m_labels->item(row, column)->text().trimmed(), &error))
        showError(error);
}

void RiskMatrixSettingsDialog::categoryEdited(int row, int column)
{
    if (m_loading)
        return;
    const QString id = m_categories->item(row, 0)->data(kIdRole).toString();
    QString error;
    if (!setField(*m_context.file, *m_context.undo, QStringLiteral("matrix_category"), id,
                  column == 0 ? QStringLiteral("name_nb") : QStringLiteral("name_en"),
                  m_categories->item(row, column)->text().trimmed(), &error))
        showError(error);
}

void RiskMatrixSettingsDialog::addCategory()
{
    QString error;
    if (!recordedEdit(m_context, tr("Add consequence category"), &error, [&](RecordedEdit &edit) {
            return edit.track(riskMatrixTables(), [&](QString *problem) {
                return !addRiskCategory(*m_context.file, QStringLiteral("Ny kategori"), QStringLiteral("New category"),
                                        problem)
                            .isEmpty();
            });
        }))
        return showError(error);
    reload();
}

void RiskMatrixSettingsDialog::removeCategory()
{
    const int row = m_categories->currentRow();
    if (row < 0)
        return showError(tr("Select a category first."));
    const QString key = m_categories->item(row, 0)->data(kIdRole + 1).toString();
    UnitFile &file = *m_context.file;
    if (file.count(QStringLiteral("matrix_category")) <= 1)
        return showError(tr("The matrix needs at least one consequence category."));
    const int used = riskCategoryUseCount(file, key);
    if (used > 0
        && !askYesNo(this, tr("Remove category"),
                     tr("%n risk consequence(s) are scored in this category. Remove the "
                        "category and those scores?", "", used)))
        return;
    QString error;
    if (!recordedEdit(m_context, tr("Remove consequence category"), &error, [&](RecordedEdit &edit) {
            return edit.track(riskMatrixTables() << QStringLiteral("risk_consequence"),
                              [&](QString *problem) { return removeRiskCategory(file, key, true, problem); });
        }))
        return showError(error);
    reload();
}

} // namespace ik::ui
