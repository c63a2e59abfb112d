#include "ui/pages/phasepages.h"

#include "ui/pages/reporttextseditor.h"
#include "ui/shell/messages.h"
#include "ui/shell/uistyle.h"
#include "ui/pages/competencegaps.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/importdialog.h"
#include "ui/pages/phasepage.h"
#include "ui/records/recordmodel.h"
#include "ui/shell/refreshtimer.h"
#include "core/risk/riskmatrix.h"
#include "ui/risk/riskview.h"
#include "core/store/schema.h"
#include "ui/records/tableeditor.h"
#include "core/exchange/tableexchange.h"
#include "ui/pages/tertialsummary.h"
#include "ui/pages/yearoverview.h"
#include "ui/records/recordededit.h"
#include "ui/records/undocommands.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace ik::ui {

namespace {

class PhasePages
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::PhasePages)
};

// `detail` shows the rows of `master`'s current row.
void follow(TableEditor *master, TableEditor *detail)
{
    QObject::connect(master, &TableEditor::currentChanged, detail,
                     [detail](const QString &id) {
                         if (detail->model()->parentId() != id)
                             detail->model()->setParentId(id);
                     });
    QTimer::singleShot(0, master, [master] { master->selectFirstRow(); });
}

QSplitter *stack(Qt::Orientation orientation, QWidget *parent,
               const QList<std::pair<QWidget *, QString>> &parts)
{
    auto *splitter = new QSplitter(orientation, parent);
    splitter->setChildrenCollapsible(false);
    for (const auto &[widget, title] : parts) {
        auto *box = new QWidget(splitter);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        if (!title.isEmpty()) {
            auto *label = new QLabel(title, box);
            label->setTextFormat(Qt::PlainText);
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
            layout->addWidget(label);
        }
        widget->setParent(box);
        layout->addWidget(widget);
        splitter->addWidget(box);
    }
    return splitter;
}

QString label(const char *table) { return tableLabel(*schema::table(QString::fromLatin1(table))); }

// "Make an action" under a table of findings or orders: enabled only with a row selected.
void addMakeActionButton(TableEditor *editor, const EditContext &ctx, const QString &objectName, const QString &toolTip)
{
    QPushButton *button = editor->addWritingButton(PhasePages::tr("Make an action"), objectName, true);
    button->setToolTip(toolTip);
    QObject::connect(button, &QPushButton::clicked, editor, [editor, ctx] {
        QString error;
        // A message from an earlier attempt goes.
        editor->showError(makeActionFrom(ctx, editor->model()->table().name, editor->currentId(), &error) ? QString() : error);
    });
}

void buildInitiate(PhasePage *page)
{
    const EditContext &ctx = page->context();
    auto *unit = new TableEditor(ctx, QStringLiteral("unit"), page);
    unit->setCanAdd(false);
    auto *people = new TableEditor(ctx, QStringLiteral("person"), page);
    auto *roles = new TableEditor(ctx, QStringLiteral("role_assignment"), page);
    roles->addFilter(QStringLiteral("role"));
    QSplitter *unitAndPeople = stack(Qt::Vertical, page, {{unit, label("unit")}, {people, label("person")}});
    unitAndPeople->setSizes({110, 500});
    page->addTab(unitAndPeople, PhasePages::tr("Unit and people"));
    page->addTab(roles, PhasePages::tr("HSE roles and HSE group"));
    page->addTable(QStringLiteral("delegated_task"));
    auto *goals = page->addTable(QStringLiteral("goal"));
    goals->setColumns({QStringLiteral("title"), QStringLiteral("policy_link"),
                       QStringLiteral("measure"), QStringLiteral("target_date"),
                       QStringLiteral("description"), QStringLiteral("previous_goal_id"),
                       QStringLiteral("result"), QStringLiteral("evaluation")});
    auto *previous = new TableEditor(ctx, QStringLiteral("goal"), page);
    previous->setObjectName(QStringLiteral("editor_previous_goal"));
    previous->model()->setYear(ctx.year - 1);
    previous->setCanAdd(false);
    previous->setColumns({QStringLiteral("title"), QStringLiteral("measure"),
                          QStringLiteral("result"), QStringLiteral("evaluation")});
    previous->model()->setReadOnlyColumns({QStringLiteral("title"), QStringLiteral("measure")});
    page->addTab(previous, PhasePages::tr("Last year's goals (%1)").arg(ctx.year - 1));
    page->addTable(QStringLiteral("focus_area"));
}

void importDeviations(TableEditor *editor, const EditContext &ctx)
{
    // The deviation system's export, XLSX or CSV, through the mapping dialog as File → Import.
    QString error;
    const auto done = importSpreadsheet(*ctx.file, *ctx.undo, QStringLiteral("deviation"), ctx.year,
                                        PhasePages::tr("Import deviations"), editor, &error);
    editor->showError(error);
    if (!done)
        return;
    showInformation(editor, PhasePages::tr("Import deviations"),
                    PhasePages::tr("%n deviation(s) imported.", "", done->result.inserted)
                        + (done->updated ? QLatin1Char('\n') + PhasePages::tr("%n updated.", "", int(done->updated)) : QString())
                        + (done->result.skipped ? QLatin1Char('\n') + PhasePages::tr("%n already in the file, skipped.", "", done->result.skipped)
                                                : QString())
                        + importUndoHint(done->result));
}

// Risk value and level before and after measures (the worst consequence category decides).
void addRiskScores(TableEditor *risks, const EditContext &ctx)
{
    auto scores = std::make_shared<QHash<QString, RiskEvaluation>>();
    const auto evaluate = [scores, ctx] {
        scores->clear();
        for (const RiskEvaluation &e : evaluateRisks(*ctx.file, ctx.year))
            scores->insert(e.riskId, e);
    };
    evaluate();
    const auto column = [scores](bool after) {
        return [scores, after](const Record &row, int role) -> QVariant {
            const auto it = scores->constFind(row.value(QStringLiteral("id")).toString());
            if (it == scores->cend())
                return {};
            const RiskScore &score = after ? it->after : it->before;
            if (!score.level)
                return role == Qt::DisplayRole ? QVariant(PhasePages::tr("not scored")) : QVariant();
            const QString level = choiceLabel(QStringLiteral("risk_level"), RiskMatrix::levelKey(*score.level));
            switch (role) {
            case Qt::DisplayRole: return QStringLiteral("%1 · %2").arg(score.value).arg(level);
            case RecordModel::RawRole: return score.value;
            case Qt::BackgroundRole: return RiskMatrix::levelColor(*score.level).lighter(150);
            case Qt::ForegroundRole: return textOn(RiskMatrix::levelColor(*score.level).lighter(150));
            case Qt::ToolTipRole:
                return plainToolTip(PhasePages::tr("Probability %1 × consequence %2 (%3)")
                                        .arg(QString::number(score.probability), QString::number(score.consequence),
                                             score.category));
            default: return {};
            }
        };
    };
    RecordModel *model = risks->model();
    model->addComputedColumn(QStringLiteral("=before"), PhasePages::tr("Risk before"), column(false));
    model->addComputedColumn(QStringLiteral("=after"), PhasePages::tr("Risk after"), column(true));
    refreshOnChange(ctx.file, model, [model, evaluate] {
        evaluate();
        model->refreshComputed();
    }, {QStringLiteral("risk"), QStringLiteral("risk_consequence"), QStringLiteral("matrix_cell")});
}

void buildMap(PhasePage *page)
{
    const EditContext &ctx = page->context();
    page->addTable(QStringLiteral("legal_requirement"));
    page->addTable(QStringLiteral("activity"));

    auto *assessments = new TableEditor(ctx, QStringLiteral("risk_assessment"), page);
    auto *risks = new TableEditor(ctx, QStringLiteral("risk"), page);
    auto *consequences = new TableEditor(ctx, QStringLiteral("risk_consequence"), page);
    follow(assessments, risks);
    follow(risks, consequences);
    addRiskScores(risks, ctx);
    risks->setColumns({QStringLiteral("number"), QStringLiteral("event"), QStringLiteral("=before"),
                       QStringLiteral("=after"), QStringLiteral("probability_before"),
                       QStringLiteral("probability_after"), QStringLiteral("cause"),
                       QStringLiteral("existing_measures"), QStringLiteral("proposed_measures"),
                       QStringLiteral("owner_id"), QStringLiteral("status"), QStringLiteral("accepted_by"),
                       QStringLiteral("accepted_on"), QStringLiteral("acceptance_reason"),
                       QStringLiteral("acceptance_review_on")});
    QSplitter *riskRows = stack(Qt::Horizontal, page,
                                {{risks, label("risk")}, {consequences, label("risk_consequence")}});
    riskRows->setSizes({750, 350});
    page->addTab(stack(Qt::Vertical, page, {{assessments, label("risk_assessment")}, {riskRows, QString()}}),
                 label("risk_assessment"));
    page->addTab(new RiskView(ctx, page), RiskView::tr("Risk matrix"));

    auto *deviations = page->addTable(QStringLiteral("deviation"));
    deviations->addTertialFilter(QStringLiteral("reported_on"));
    deviations->addFilter(QStringLiteral("category"));
    deviations->addFilter(QStringLiteral("status"));
    QPushButton *import = deviations->addWritingButton(PhasePages::tr("Import from spreadsheet…"),
                                                       QStringLiteral("importDeviations"));
    QObject::connect(import, &QPushButton::clicked, deviations,
                     [deviations, ctx] { importDeviations(deviations, ctx); });

    auto *training = new TableEditor(ctx, QStringLiteral("training_record"), page);
    auto *required = new TableEditor(ctx, QStringLiteral("competence_requirement"), page);
    auto *gaps = new CompetenceGaps(ctx, page);
    page->addTab(stack(Qt::Horizontal, page,
                       {{training, label("training_record")},
                        {stack(Qt::Vertical, page,
                               {{required, label("competence_requirement")},
                                {gaps, PhasePages::tr("Competence gaps per role")}}),
                         QString()}}),
                 PhasePages::tr("Training and competence"));

    auto *appraisal = new TableEditor(ctx, QStringLiteral("appraisal_status"), page);
    auto *survey = new TableEditor(ctx, QStringLiteral("survey"), page);
    page->addTab(stack(Qt::Vertical, page,
                       {{appraisal, label("appraisal_status")}, {survey, label("survey")}}),
                 PhasePages::tr("Appraisal talks and survey"));
    page->addTable(QStringLiteral("document_ref"));
    page->addTable(QStringLiteral("hse_meeting"));
}

void buildPlan(PhasePage *page)
{
    auto *actions = page->addTable(QStringLiteral("action"));
    actions->addFilter(QStringLiteral("status"));
    actions->addFilter(QStringLiteral("responsible_id"));
    actions->addFilter(QStringLiteral("priority"));
    page->addTable(QStringLiteral("local_routine"));
    page->addTable(QStringLiteral("coordination_agreement"));
}

void buildFollowUp(PhasePage *page)
{
    const EditContext &ctx = page->context();
    auto *rounds = new TableEditor(ctx, QStringLiteral("inspection_round"), page);
    auto *findings = new TableEditor(ctx, QStringLiteral("inspection_finding"), page);
    follow(rounds, findings);
    addMakeActionButton(findings, ctx, QStringLiteral("makeAction"), PhasePages::tr("Adds the selected finding to the action plan"));
    page->addTab(stack(Qt::Vertical, page,
                       {{rounds, label("inspection_round")}, {findings, label("inspection_finding")}}),
                 label("inspection_round"));
    auto *supervisions = new TableEditor(ctx, QStringLiteral("supervision"), page);
    auto *orders = new TableEditor(ctx, QStringLiteral("supervision_order"), page);
    follow(supervisions, orders);
    addMakeActionButton(orders, ctx, QStringLiteral("makeActionFromOrder"), PhasePages::tr("Adds the selected order to the action plan"));
    page->addTab(stack(Qt::Vertical, page,
                       {{supervisions, label("supervision")}, {orders, label("supervision_order")}}),
                 label("supervision"));
    page->addTable(QStringLiteral("health_service_work"));
    page->addTable(QStringLiteral("key_figures"))
        ->setColumns({QStringLiteral("hours_worked"), QStringLiteral("sick_leave_q1"), QStringLiteral("sick_leave_q2"),
                      QStringLiteral("sick_leave_q3"), QStringLiteral("sick_leave_q4"),
                      QStringLiteral("fire_protection"), QStringLiteral("chemical_register"), QStringLiteral("note")});
    page->addTab(new TertialSummary(ctx, page), PhasePages::tr("Deviations per tertial"));
    auto *indicators = new TableEditor(ctx, QStringLiteral("indicator"), page);
    auto *values = new TableEditor(ctx, QStringLiteral("indicator_value"), page);
    follow(indicators, values);
    page->addTab(stack(Qt::Horizontal, page,
                       {{indicators, label("indicator")}, {values, label("indicator_value")}}),
                 label("indicator"));
    page->addTable(QStringLiteral("system_review"))
        ->addCompletionButton(QStringLiteral("criterion"), PhasePages::tr("Add the missing criteria"));
    page->addTab(new YearOverview(ctx, page), PhasePages::tr("Year over year"));
}

void buildReport(PhasePage *page)
{
    // The report issue adds Preview / Print / Export PDF here.
    auto *reportActions = new QToolBar(PhasePages::tr("Report"), page);
    reportActions->setObjectName(QStringLiteral("reportActions"));
    if (auto *layout = qobject_cast<QBoxLayout *>(page->layout()))
        layout->insertWidget(2, reportActions);
    page->addTab(new ReportTextsEditor(page->context(), page), label("report_text"));
    page->addTable(QStringLiteral("report_contributor"));
    page->addTable(QStringLiteral("report_treatment"));
}

} // namespace

PhasePage *createPhasePage(const EditContext &context, const QString &phase, QWidget *parent)
{
    auto *page = new PhasePage(context, phase, parent);
    if (phase == QLatin1String("initiate"))
        buildInitiate(page);
    else if (phase == QLatin1String("map"))
        buildMap(page);
    else if (phase == QLatin1String("plan"))
        buildPlan(page);
    else if (phase == QLatin1String("follow_up"))
        buildFollowUp(page);
    else if (phase == QLatin1String("report"))
        buildReport(page);
    return page;
}

bool makeActionFrom(const EditContext &ctx, const QString &table, const QString &id, QString *error)
{
    UnitFile &file = *ctx.file;
    const bool isOrder = table == QLatin1String("supervision_order");
    const std::optional<Record> source = file.record(table, id);
    if (!source) {
        *error = isOrder ? PhasePages::tr("The order no longer exists.") : PhasePages::tr("The finding no longer exists.");
        return false;
    }
    if (!source->value(QStringLiteral("action_id")).toString().isEmpty()) {
        *error = isOrder ? PhasePages::tr("This order already has an action.")
                         : PhasePages::tr("This finding already has an action.");
        return false;
    }
    const QString parentTable = isOrder ? QStringLiteral("supervision") : QStringLiteral("inspection_round");
    const TableDef &def = *schema::table(table);
    const std::optional<Record> parent = file.record(parentTable, source->value(def.parentColumn()).toString());
    // A new action (TableDef::newRow: planned). A finding's priority follows its severity; an
    // authority's order is binding, so it is high, with the order's deadline.
    Record action = schema::table(QStringLiteral("action"))->newRow();
    action.insert(Record{{QStringLiteral("year"), parent ? parent->value(QStringLiteral("year")) : QVariant(ctx.year)},
                         {QStringLiteral("title"), source->value(QStringLiteral("description"))},
                         {QStringLiteral("source_id"), id}});
    if (isOrder) {
        action.insert(Record{{QStringLiteral("description"), parent ? parent->value(QStringLiteral("subject")) : QVariant()},
                             {QStringLiteral("source"), QStringLiteral("supervision")},
                             {QStringLiteral("priority"), QStringLiteral("high")},
                             {QStringLiteral("deadline"), source->value(QStringLiteral("deadline"))}});
    } else {
        action.insert(Record{{QStringLiteral("description"), source->value(QStringLiteral("location"))},
                             {QStringLiteral("source"), QStringLiteral("inspection")},
                             {QStringLiteral("priority"), schema::priorityForSeverity(source->value(QStringLiteral("severity")).toString())}});
    }
    const QString undoText = isOrder ? PhasePages::tr("Make an action from an order") : PhasePages::tr("Make an action from a finding");
    return recordedEdit(ctx, undoText, error, [&](RecordedEdit &edit) {
        const QString actionId = edit.insert(QStringLiteral("action"), action);
        return !actionId.isEmpty() && edit.update(table, id, {{QStringLiteral("action_id"), actionId}});
    });
}

} // namespace ik::ui
