#include "ui/risk/riskview.h"

#include "ui/records/importdialog.h"

#include "ui/shell/flowlayout.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/records/fieldlabels.h"
#include "ui/shell/refreshtimer.h"
#include "ui/risk/riskmatrixeditor.h"
#include "ui/risk/riskmatrixsettingsdialog.h"
#include "core/risk/riskacceptance.h"
#include "ui/records/undocommands.h"
#include "core/exchange/tableexchange.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>

namespace ik::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

RiskView::RiskView(const EditContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("riskView"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new FlowLayout; // wraps on a narrow window rather than widen it
    m_assessment = new QComboBox(this);
    m_assessment->setObjectName(QStringLiteral("riskAssessmentFilter"));
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("riskPhase"));
    m_phase->addItem(tr("Before measures"), int(RiskPhase::Before));
    m_phase->addItem(tr("After measures"), int(RiskPhase::After));
    m_phase->addItem(tr("Before and after"), int(RiskPhase::Both));
    auto *settings = new QPushButton(tr("Matrix settings…"), this);
    settings->setObjectName(QStringLiteral("matrixSettings"));
    settings->setEnabled(!context.file->isReadOnly());
    const auto labelled = [this](const QString &text, QComboBox *combo) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        return widgetRow(this, {label, combo});
    };
    bar->addWidget(labelled(tr("Assessment:"), m_assessment));
    bar->addWidget(labelled(tr("Show:"), m_phase));
    m_import = new QPushButton(tr("Import risk register…"), this);
    m_import->setObjectName(QStringLiteral("importRiskRegister"));
    m_import->setToolTip(tr("Adds the risks of a CSV file (see docs/import.md): all rows or none"));
    bar->addWidget(m_import);
    bar->addWidget(settings);
    connect(m_import, &QPushButton::clicked, this, &RiskView::importRegister);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_editor = new RiskMatrixEditor(context, splitter);
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_risks = new QListWidget(side);
    m_risks->setObjectName(QStringLiteral("riskList"));
    m_risks->setIconSize(QSize(16, 16));
    m_problems = new QLabel(side);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_createAction = new QPushButton(tr("Create action"), side);
    m_createAction->setObjectName(QStringLiteral("createRiskAction"));
    m_createAction->setToolTip(tr("Adds the selected risk's proposed measures to the action plan"));
    m_actions = new QListWidget(side);
    m_actions->setObjectName(QStringLiteral("riskActions"));
    // Short lists may shrink to a few rows, so that the page fits a laptop beside a panel.
    m_risks->setMinimumHeight(m_risks->fontMetrics().height() * 3);
    m_actions->setMinimumHeight(m_actions->fontMetrics().height() * 2);
    m_message = new QLabel(side);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    setErrorStyle(m_message, false);
    // The lists are named by their labels (item views read no buddy), for screen readers.
    auto *risksLabel = new QLabel(tr("Risks"), side);
    risksLabel->setBuddy(m_risks);
    m_risks->setAccessibleName(risksLabel->text());
    auto *actionsLabel = new QLabel(tr("Actions for the selected risk"), side);
    actionsLabel->setBuddy(m_actions);
    m_actions->setAccessibleName(actionsLabel->text());
    sideLayout->addWidget(risksLabel);
    sideLayout->addWidget(m_risks, 3);
    sideLayout->addWidget(m_problems);
    sideLayout->addWidget(actionsLabel);
    sideLayout->addWidget(m_actions, 1);
    sideLayout->addWidget(m_createAction);
    sideLayout->addWidget(m_message);
    splitter->addWidget(m_editor);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_phase, &QComboBox::currentIndexChanged, this,
            [this] { m_editor->setPhase(RiskPhase(m_phase->currentData().toInt())); });
    connect(m_assessment, &QComboBox::currentIndexChanged, this, [this] {
        m_editor->setAssessment(m_assessment->currentData().toString());
        reloadRisks();
    });
    connect(m_editor, &RiskMatrixEditor::filterChanged, this, &RiskView::reloadRisks);
    connect(m_editor, &RiskMatrixEditor::selectionChanged, this, [this](const QString &id) {
        for (int i = 0; i < m_risks->count(); ++i)
            if (m_risks->item(i)->data(kIdRole).toString() == id) {
                const QSignalBlocker quiet(m_risks);
                m_risks->setCurrentRow(i);
            }
        reloadActions();
    });
    connect(m_editor, &RiskMatrixEditor::editRefused, m_message, &QLabel::setText);
    connect(m_risks, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_risks->item(row))
            m_editor->selectRisk(item->data(kIdRole).toString());
        reloadActions();
    });
    connect(m_createAction, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_editor->selectedRisk().isEmpty())
            m_message->setText(tr("Select a risk first."));
        else if (createAction(m_editor->selectedRisk(), &error).isEmpty())
            m_message->setText(error);
        else
            m_message->clear();
    });
    connect(settings, &QPushButton::clicked, this, &RiskView::openSettings);
    refreshOnChange(context.file, this, &RiskView::reload);
    // Locking or unlocking the year: follow at once, as the tables do (TableEditor::updateYearLock).
    connect(context.file, &UnitFile::recordUpdated, this, [this](const QString &table) {
        if (table == QLatin1String("review_year"))
            updateWritingButtons();
    });
    reload();
}

void RiskView::reload()
{
    reloadAssessments();
    reloadRisks();
    reloadActions();
}

void RiskView::reloadAssessments()
{
    const QString current = m_assessment->currentData().toString();
    const QSignalBlocker quiet(m_assessment);
    m_assessment->clear();
    m_assessment->addItem(tr("All assessments %1").arg(m_context.year), QString());
    RecordFilter filter;
    filter.year = m_context.year;
    for (const Record &a : m_context.file->records(QStringLiteral("risk_assessment"), filter))
        m_assessment->addItem(a.value(QStringLiteral("title")).toString(), a.value(QStringLiteral("id")));
    m_assessment->setCurrentIndex(qMax(0, m_assessment->findData(current)));
}

void RiskView::reloadRisks()
{
    const UnitFile &file = *m_context.file;
    QHash<QString, QString> problems;
    for (const RiskProblem &p : riskAcceptanceProblems(file, m_context.year))
        problems.insert(p.riskId, p.message);
    const QStringList inCell = m_editor->filteredRisks();
    const bool filtered = m_editor->filterCell().has_value();
    const QString assessment = m_assessment->currentData().toString();
    const QString selected = m_editor->selectedRisk();
    const QSignalBlocker quiet(m_risks);
    m_risks->clear();
    int shownProblems = 0;
    for (const RiskEvaluation &e : evaluateRisks(file, m_context.year)) {
        const std::optional<Record> risk = file.record(QStringLiteral("risk"), e.riskId);
        if (!risk || (filtered && !inCell.contains(e.riskId))
            || (!assessment.isEmpty() && risk->value(QStringLiteral("assessment_id")).toString() != assessment))
            continue;
        const auto score = [](const RiskScore &s) {
            return s.level ? QString::number(s.value) : QStringLiteral("–");
        };
        auto *item = new QListWidgetItem(
            tr("%1. %2 (before %3, after %4)")
                .arg(risk->value(QStringLiteral("number")).toString(),
                     risk->value(QStringLiteral("event")).toString(), score(e.before), score(e.after)),
            m_risks);
        item->setData(kIdRole, e.riskId);
        const auto problem = problems.constFind(e.riskId);
        if (problem != problems.constEnd()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(plainToolTip(*problem));
            ++shownProblems;
        }
        if (e.riskId == selected)
            m_risks->setCurrentItem(item);
    }
    m_problems->setText(shownProblems
                            ? tr("%n risk(s) need a recorded acceptance (who, when, why, review date).", "", shownProblems)
                            : QString());
}

void RiskView::updateWritingButtons()
{
    const bool writable = !m_context.file->isReadOnly() && !m_context.file->isYearLocked(m_context.year);
    m_import->setEnabled(writable);
    m_createAction->setEnabled(writable && !m_editor->selectedRisk().isEmpty());
}

void RiskView::reloadActions()
{
    m_actions->clear();
    const QString risk = m_editor->selectedRisk();
    updateWritingButtons();
    if (risk.isEmpty())
        return;
    for (const Record &a : m_context.file->records(QStringLiteral("action")))
        if (a.value(QStringLiteral("source")).toString() == QLatin1String("risk")
            && a.value(QStringLiteral("source_id")).toString() == risk) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(a.value(QStringLiteral("title")).toString(),
                                              choiceLabel(QStringLiteral("action_status"),
                                                          a.value(QStringLiteral("status")).toString())),
                m_actions);
            item->setData(kIdRole, a.value(QStringLiteral("id")));
        }
}

QString RiskView::createAction(const QString &riskId, QString *error)
{
    UnitFile &file = *m_context.file;
    const std::optional<Record> risk = file.record(QStringLiteral("risk"), riskId);
    if (!risk) {
        *error = tr("The risk no longer exists.");
        return {};
    }
    const QString measures = risk->value(QStringLiteral("proposed_measures")).toString().trimmed();
    const QString event = risk->value(QStringLiteral("event")).toString();
    const std::optional<Record> assessment =
        file.record(QStringLiteral("risk_assessment"), risk->value(QStringLiteral("assessment_id")).toString());
    Record action = schema::table(QStringLiteral("action"))->newRow(); // planned
    action.insert(Record{{QStringLiteral("year"), assessment ? assessment->value(QStringLiteral("year")) : QVariant(m_context.year)},
                  {QStringLiteral("title"), measures.isEmpty() ? tr("Measures against: %1").arg(event)
                                                               : measures.section(QLatin1Char('\n'), 0, 0)},
                  {QStringLiteral("description"), measures.isEmpty() ? event : measures},
                  {QStringLiteral("source"), QStringLiteral("risk")},
                  {QStringLiteral("source_id"), riskId},
                  {QStringLiteral("responsible_id"), risk->value(QStringLiteral("owner_id"))}});
    const QString id = insertRecord(file, *m_context.undo, QStringLiteral("action"), action, error);
    reloadActions();
    return id;
}

void RiskView::importRegister()
{
    // XLSX or CSV, through the mapping dialog: consequences per category or with a category
    // column, the assessment by title (sheetimport.h).
    QString error;
    const auto done = importSpreadsheet(*m_context.file, *m_context.undo, QStringLiteral("risk"), m_context.year,
                                        tr("Import risk register"), this, &error);
    if (!done)
        return m_message->setText(error.isEmpty() ? QString() : tr("Nothing was imported: %1").arg(error));
    m_message->setText(tr("%n risk(s) imported.", "", done->result.inserted)
                       + (done->updated ? QLatin1Char(' ') + tr("%n updated.", "", int(done->updated)) : QString())
                       + importUndoHint(done->result));
}

void RiskView::openSettings()
{
    RiskMatrixSettingsDialog dialog(m_context, this);
    dialog.exec();
    m_editor->reload();
}

} // namespace ik::ui
