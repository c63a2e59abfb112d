#include "core/report/reportbuilder_p.h"

#include "core/report/barchart.h"
#include "core/report/figuretext.h"
#include "core/common/translations.h"
#include "core/exchange/outputfile.h"
#include "core/store/unitfile.h"
#include "core/risk/riskmatrixpainter.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/report/yearcomparisonreport.h"
#include "core/review/deviationstats.h"
#include "core/review/yearstatus.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <vector>
#include <cmath>

namespace ik::report {

namespace detail {

QString Builder::date(const QVariant &value) const
{
    const QString raw = value.toString();
    const QDate dt = QDate::fromString(raw.left(10), Qt::ISODate);
    if (!dt.isValid())
        return raw;
    return dt.toString(m_lang == kNb ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
}

QString Builder::sourceName(const QString &actionId) const
{
    const QString name = d.actionSourceNames.value(actionId);
    const TableDef *table = schema::table(d.actionSourceTables.value(actionId));
    if (name.isEmpty() || !table)
        return name;
    // Its type and its name; a name that is a choice (a survey's status) in the report's words.
    const ColumnDef *column = table->column(table->displayColumn);
    const QString shown = column && column->isChoice() ? choiceText(*column, name, m_lang) : name;
    return QStringLiteral("%1 – %2").arg(singularLabel(*table, m_lang), shown);
}

QString Builder::tertialName(int occurrence) const
{
    switch (occurrence) {
    case 1: return s("tertial 1 (Jan–Apr)");
    case 2: return s("tertial 2 (May–Aug)");
    default: return s("tertial 3 (Sep–Dec)");
    }
}

QString Builder::number(double value) const
{
    return m_locale.toString(value, 'f', std::floor(value) == value ? 0 : 1);
}

void Builder::userText(const QString &section)
{
    const QString body = d.texts.value(section);
    if (body.trimmed().isEmpty())
        paragraph(s("(No text has been written for this section.)"), TextStyle::Emphasis);
    else
        paragraph(body);
}

const SignOffState *Builder::reviewSignOff() const
{
    return ik::reviewSignOff(d.signOffStates);
}

bool Builder::reviewSignedAsItStands() const
{
    const SignOffState *review = reviewSignOff();
    return review && !review->changedSince;
}

QString Builder::reviewStatus() const
{
    const SignOffState *review = reviewSignOff();
    if (!review)
        return s("Draft, not signed off");
    return review->changedSince ? s("Draft, changed since it was signed off") : s("Signed off");
}

QString Builder::changeSince(const SignOffState &so) const
{
    if (!so.changedSince)
        return s("Unchanged");
    return s("Changed (changes logged: %1)").arg(so.changes.size());
}

QString Builder::signOffLine(const SignOffState &so) const
{
    QString who = so.name;
    if (!so.role.isEmpty())
        who = QStringLiteral("%1 (%2)").arg(so.name, so.role);
    return QStringLiteral("%1 – %2 %3, %4. %5")
        .arg(choice("signoff_scope", so.scope), s("signed off by"), who, date(so.signedAt.toLocalTime().date().toString(Qt::ISODate)),
             so.changedSince ? s("Changed since (changes logged: %1).").arg(so.changes.size())
                             : s("Unchanged since."));
}

void Builder::cover()
{
    paragraph(s("HSE annual report"), TextStyle::Title);
    paragraph(QString::number(d.year), TextStyle::Title);
    paragraph(d.unitName, TextStyle::Subtitle);
    if (!d.parentUnit.isEmpty())
        paragraph(d.parentUnit);
    if (!d.institution.isEmpty())
        paragraph(d.institution);
    paragraph(QStringLiteral("%1: %2").arg(s("Date"), m_locale.toString(m_today, m_lang == kNb ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy"))));

    paragraph(QStringLiteral("%1: %2").arg(s("Status"), reviewStatus()), TextStyle::Heading2);
    for (const SignOffState &so : d.signOffStates)
        paragraph(signOffLine(so));
    paragraph(s("This report documents the unit's annual review of its systematic health, safety and "
                "environment work (internal control) following NTNU's guideline: status against the HSE "
                "goals, focus areas, the systematic HSE work, the occupational health service's work, "
                "supervision and inspections, the need for changes, contributors and sign-off."),
              TextStyle::Small);
    add(Contents{s("Contents")});
    add(PageBreak{});
}

void Builder::goals()
{
    heading1(s("Status against the HSE goals"));
    userText(QStringLiteral("ra3a"));
    const auto goalTable = [&](const QList<Row> &rows) {
        Table t;
        t.columns = {{column("goal", "title"), 3}, {column("goal", "measure"), 2.2},
                     {column("goal", "target_date"), 1.3}, {column("goal", "result"), 1.4},
                     {column("goal", "evaluation"), 3}};
        for (const Row &g : rows) {
            TableRow r;
            r.cells = {g.value(QStringLiteral("title")).toString(), g.value(QStringLiteral("measure")).toString(),
                       date(g.value(QStringLiteral("target_date"))), choice("goal_result", g.value(QStringLiteral("result"))),
                       g.value(QStringLiteral("evaluation")).toString()};
            QStringList detail;
            if (!g.value(QStringLiteral("description")).toString().isEmpty())
                detail << QStringLiteral("%1: %2").arg(column("goal", "description"), g.value(QStringLiteral("description")).toString());
            if (!g.value(QStringLiteral("policy_link")).toString().isEmpty())
                detail << QStringLiteral("%1: %2").arg(column("goal", "policy_link"), g.value(QStringLiteral("policy_link")).toString());
            r.detail = detail.join(QLatin1Char('\n'));
            r.marked = g.value(QStringLiteral("result")).toString() == QLatin1String("not_reached");
            t.rows << r;
        }
        return t;
    };
    heading2(s("Goals for %1").arg(d.year));
    table(goalTable(d.goals), s("No goals are recorded for this year."));
    heading2(s("Last year's goals (%1): were they reached?").arg(d.year - 1));
    table(goalTable(d.previousGoals), s("No goals are recorded for last year."));
}

void Builder::focusAreas()
{
    heading1(s("Focus areas"));
    userText(QStringLiteral("ra3b"));
    Table t;
    t.columns = {{column("focus_area", "title"), 3}, {column("focus_area", "source"), 2},
                 {column("focus_area", "description"), 5}};
    for (const Row &f : d.focusAreas)
        t.rows << TableRow{{f.value(QStringLiteral("title")).toString(), choice("focus_source", f.value(QStringLiteral("source"))),
                            f.value(QStringLiteral("description")).toString()}, {}, false};
    table(t, s("No focus areas are recorded for this year."));
}

void Builder::checklist()
{
    heading2(s("The annual review, phase by phase"));
    paragraph(s("The codes in brackets name the requirements of NTNU's guideline that an item meets: IG initiate, "
                "KA map, PL plan and prioritise, FO follow up, RA report, and IK the internal control "
                "regulations (section 5)."),
              TextStyle::Small);
    const TableDef &items = *schema::table(QStringLiteral("checklist_item"));
    for (const Choice &phase : schema::choiceSet(QStringLiteral("phase"))->choices) {
        Table t;
        t.columns = {{s("Checklist item"), 5}, {column("checklist_item", "status"), 1.5},
                     {column("checklist_item", "responsible_id"), 2}, {s("Date"), 1.4}};
        int done = 0, counted = 0;
        for (const Row &item : d.checklist) {
            if (item.value(QStringLiteral("phase")).toString() != phase.key)
                continue;
            const QString status = item.value(QStringLiteral("status")).toString();
            const Completion completion = items.completion(item);
            const bool finished = completion != Completion::Open;
            done += completion == Completion::Done;
            counted += completion != Completion::Dropped;
            QString title = item.value(m_lang == kNb ? QStringLiteral("title_nb") : QStringLiteral("title_en")).toString();
            if (item.value(QStringLiteral("recurrence")).toString() == QLatin1String("tertial"))
                title += QStringLiteral(" – %1").arg(tertialName(item.value(QStringLiteral("occurrence")).toInt()));
            if (!item.value(QStringLiteral("requirements")).toString().isEmpty())
                title += QStringLiteral(" [%1]").arg(item.value(QStringLiteral("requirements")).toString());
            QString responsible = d.person(item.value(QStringLiteral("responsible_id")));
            if (responsible.isEmpty() && !item.value(QStringLiteral("responsible_role")).toString().isEmpty())
                responsible = choice("role", item.value(QStringLiteral("responsible_role")));
            const QDate due = QDate::fromString(item.value(items.dueColumn).toString(), Qt::ISODate);
            const bool overdue = items.isOverdue(item, m_today);
            QString when = finished && !item.value(QStringLiteral("completed_on")).toString().isEmpty()
                               ? date(item.value(QStringLiteral("completed_on")))
                               : (due.isValid() ? QStringLiteral("%1 %2").arg(s("due"), date(item.value(items.dueColumn))) : QString());
            if (overdue)
                when += QStringLiteral(" (%1)").arg(s("overdue"));
            TableRow r{{title, choice("item_status", status), responsible, when}, {}, overdue};
            if (!item.value(QStringLiteral("note")).toString().isEmpty())
                r.detail = QStringLiteral("%1: %2").arg(column("checklist_item", "note"), item.value(QStringLiteral("note")).toString());
            t.rows << r;
        }
        paragraph(QStringLiteral("%1 (%2)").arg(choice("phase", phase.key), s("%1 of %2 done").arg(QString::number(done), QString::number(counted))),
                  TextStyle::Emphasis);
        table(t, s("No checklist items in this phase."));
    }
}

void Builder::risks()
{
    heading2(s("Risk assessment"));
    QList<RiskScore> scoresBefore, scoresAfter;
    for (const RiskLine &r : d.risks) {
        scoresBefore << r.evaluation.before;
        scoresAfter << r.evaluation.after;
    }
    const QList<QList<int>> before = RiskMatrixPainter::countRisks(d.matrix, scoresBefore);
    const QList<QList<int>> after = RiskMatrixPainter::countRisks(d.matrix, scoresAfter);
    // Each level counted and named: "assess measures" is not "not acceptable".
    int byLevel[3] = {0, 0, 0}, unscored = 0;
    for (const RiskLine &r : d.risks) {
        const RiskScore &residual = r.evaluation.residual();
        if (residual.level)
            ++byLevel[int(*residual.level)];
        else
            ++unscored;
    }
    paragraph(s("Risks assessed in %2: %1. After measures: not acceptable %3, assess measures %4, acceptable %5.")
                  .arg(QString::number(d.risks.size()), QString::number(d.year),
                       QString::number(byLevel[int(RiskMatrix::Level::Unacceptable)]),
                       QString::number(byLevel[int(RiskMatrix::Level::Assess)]),
                       QString::number(byLevel[int(RiskMatrix::Level::Acceptable)])));
    if (unscored > 0)
        paragraph(s("Risks not scored yet: %1.").arg(QString::number(unscored)));

    RiskMatrixPainter::Texts texts;
    texts.probability = s("Probability");
    texts.consequence = s("Consequence");
    texts.levels = {choice("risk_level", QStringLiteral("acceptable")), choice("risk_level", QStringLiteral("assess")),
                    choice("risk_level", QStringLiteral("unacceptable"))};
    const QString titleBefore = s("Before measures"), titleAfter = s("After measures");
    const RiskMatrix matrix = d.matrix;
    const QString lang = m_lang;
    Figure heat;
    heat.height = 2900;
    heat.paint = [=](QPainter *p, const QRectF &rect) {
        const qreal gap = rect.width() * 0.04;
        const qreal w = (rect.width() - gap) / 2;
        RiskMatrixPainter left(matrix, lang), right(matrix, lang);
        RiskMatrixPainter::Texts t = texts;
        t.title = titleBefore;
        left.setTexts(t);
        left.setCounts(before);
        t.title = titleAfter;
        right.setTexts(t);
        right.setCounts(after);
        left.paint(p, QRectF(rect.left(), rect.top(), w, rect.height()));
        right.paint(p, QRectF(rect.left() + w + gap, rect.top(), w, rect.height()));
    };
    heat.altText = s("Two risk matrices, probability against consequence, with the number of risks in each cell. %1 %2")
                       .arg(riskMatrixAltText(titleBefore, matrix, before, m_lang),
                            riskMatrixAltText(titleAfter, matrix, after, m_lang));
    add(heat);

    paragraph(s("Risks above the acceptable level"), TextStyle::Emphasis);
    Table t;
    t.columns = {{column("risk", "number"), 0.6, true}, {column("risk", "event"), 3}, {column("risk", "assessment_id"), 2.6},
                 {s("Before"), 1.1}, {s("After"), 1.1}, {s("Level"), 1.5}, {column("risk", "owner_id"), 1.6},
                 {column("risk", "status"), 1.4}};
    const auto score = [&](const RiskScore &sc) {
        return sc.level ? QStringLiteral("%1×%2=%3").arg(sc.probability).arg(sc.consequence).arg(sc.value) : QStringLiteral("–");
    };
    // Worst first: not acceptable before "assess measures", the higher score first, then by number.
    // (Each risk's number is looked up once, not in every comparison.)
    std::vector<std::pair<const RiskLine *, int>> ranked;
    for (const RiskLine &r : d.risks)
        if (r.aboveAcceptable())
            ranked.emplace_back(&r, r.risk.value(QStringLiteral("number")).toInt());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        const RiskScore &x = a.first->evaluation.residual(), &y = b.first->evaluation.residual();
        if (*x.level != *y.level)
            return int(*x.level) > int(*y.level);
        if (x.value != y.value)
            return x.value > y.value;
        return a.second < b.second;
    });
    QList<const RiskLine *> shown;
    for (const auto &[line, number] : ranked)
        shown << line;
    // A risk's number counts within its assessment; the reader sees "assessment.number" (2.3),
    // the assessments numbered in the year's order, so that no two risks of the year share one.
    QHash<QString, int> assessmentNumber;
    for (const RiskLine &r : d.risks) {
        const QString id = r.risk.value(QStringLiteral("assessment_id")).toString();
        if (!assessmentNumber.contains(id))
            assessmentNumber.insert(id, int(assessmentNumber.size()) + 1);
    }
    for (const RiskLine *line : std::as_const(shown)) {
        const RiskLine &r = *line;
        const RiskScore &residual = r.evaluation.residual();
        const QString number = r.risk.value(QStringLiteral("number")).isNull()
                                   ? QString()
                                   : QStringLiteral("%1.%2").arg(assessmentNumber.value(r.risk.value(QStringLiteral("assessment_id")).toString()))
                                         .arg(r.risk.value(QStringLiteral("number")).toInt());
        TableRow row{{number, r.risk.value(QStringLiteral("event")).toString(), r.assessment,
                      score(r.evaluation.before), score(r.evaluation.after),
                      choice("risk_level", RiskMatrix::levelKey(*residual.level)), d.person(r.risk.value(QStringLiteral("owner_id"))),
                      choice("risk_status", r.risk.value(QStringLiteral("status")))},
                     {}, *residual.level == RiskMatrix::Level::Unacceptable};
        QStringList detail;
        if (!r.risk.value(QStringLiteral("proposed_measures")).toString().isEmpty())
            detail << QStringLiteral("%1: %2").arg(column("risk", "proposed_measures"), r.risk.value(QStringLiteral("proposed_measures")).toString());
        if (!r.risk.value(QStringLiteral("acceptance_reason")).toString().isEmpty())
            detail << QStringLiteral("%1: %2").arg(column("risk", "acceptance_reason"), r.risk.value(QStringLiteral("acceptance_reason")).toString());
        for (const Row &a : d.riskActions.value(r.risk.value(QStringLiteral("id")).toString()))
            detail << QStringLiteral("%1: %2 (%3 %4, %5)")
                          .arg(s("Action"), a.value(QStringLiteral("title")).toString(), column("action", "deadline").toLower(),
                               a.value(QStringLiteral("deadline")).isNull() ? QStringLiteral("–") : date(a.value(QStringLiteral("deadline"))),
                               choice("action_status", a.value(QStringLiteral("status"))));
        if (d.riskActions.value(r.risk.value(QStringLiteral("id")).toString()).isEmpty())
            detail << s("No action is planned for this risk.");
        row.detail = detail.join(QLatin1Char('\n'));
        t.rows << row;
    }
    table(t, s("No risk is above the acceptable level."));
}

void Builder::actionPlan()
{
    heading2(s("Action plan"));
    Table t;
    // Seven columns fit A4 portrait; the completion date goes with the status, the long fields
    // (and whether the effect was evaluated, once done) under the row.
    t.columns = {{column("action", "title"), 3.2}, {column("action", "source"), 1.6}, {column("action", "priority"), 1},
                 {column("action", "cost_nok"), 1.1, true}, {column("action", "responsible_id"), 1.7},
                 {column("action", "deadline"), 1.5}, {column("action", "status"), 1.4}};
    const TableDef &actions = *schema::table(QStringLiteral("action"));
    int overdueCount = 0;
    for (const Row &a : d.actions) {
        const QString status = a.value(QStringLiteral("status")).toString();
        const bool overdue = actions.isOverdue(a, m_today);
        overdueCount += overdue;
        QString deadlineText = date(a.value(QStringLiteral("deadline")));
        if (overdue)
            deadlineText += QStringLiteral(" (%1)").arg(s("overdue"));
        const QVariant cost = a.value(QStringLiteral("cost_nok"));
        QString statusText = choice("action_status", status);
        if (!a.value(QStringLiteral("completed_on")).toString().isEmpty())
            statusText += QLatin1Char('\n') + date(a.value(QStringLiteral("completed_on")));
        TableRow r{{a.value(QStringLiteral("title")).toString(), choice("action_source", a.value(QStringLiteral("source"))),
                    choice("priority", a.value(QStringLiteral("priority"))),
                    cost.isNull() || cost.toString().isEmpty() ? QString() : m_locale.toString(qint64(cost.toDouble())),
                    d.person(a.value(QStringLiteral("responsible_id"))), deadlineText, statusText},
                   {}, overdue};
        QStringList detail;
        const auto addDetail = [&](const char *col, const QString &value) {
            if (!value.trimmed().isEmpty())
                detail << QStringLiteral("%1: %2").arg(column("action", col), value);
        };
        addDetail("description", a.value(QStringLiteral("description")).toString());
        const QString id = a.value(QStringLiteral("id")).toString();
        addDetail("source_id", sourceName(id)); // a record removed since: nothing to name
        addDetail("effect_note", a.value(QStringLiteral("effect_note")).toString());
        addDetail("archive_ref", a.value(QStringLiteral("archive_ref")).toString());
        if (actions.completion(a) == Completion::Done || a.value(QStringLiteral("effect_evaluated")).toBool())
            addDetail("effect_evaluated", yesNo(a.value(QStringLiteral("effect_evaluated"))));
        addDetail("carried_from_id", d.actionCarriedFromNames.value(id));
        r.detail = detail.join(QLatin1Char('\n'));
        t.rows << r;
    }
    const double cost = actionFigures(d.actions, m_today).cost;
    if (!t.rows.isEmpty())
        t.rows << TableRow{{s("Total"), QString(), QString(), m_locale.toString(qint64(std::llround(cost))), QString(), QString(), QString()},
                           {}, false};
    paragraph(s("%1 actions, by deadline; %2 of them overdue (marked). Cancelled actions are not in the total cost.")
                  .arg(d.actions.size()).arg(overdueCount));
    table(t, s("No actions are recorded for this year."));
}

void Builder::deviations()
{
    heading2(s("Deviations per tertial"));
    const int prev = d.year - 1;
    BarChart chart;
    chart.groups = {s("Tertial 1 (Jan–Apr)"), s("Tertial 2 (May–Aug)"), s("Tertial 3 (Sep–Dec)")};
    // A tertial that has not ended on the report's date has figures that are not final.
    bool unfinished = false;
    for (int tertial = 0; tertial < 3; ++tertial)
        if (!tertialFinished(d.year, tertial, m_today)) {
            chart.groups[tertial] += QStringLiteral(" ") + s("(not ended)");
            unfinished = true;
        }
    chart.bars = {QString::number(prev), QString::number(d.year)};
    for (const QString &c : d.deviationCategories)
        chart.series << choice("deviation_category", c);
    chart.values.resize(3);
    for (int tertial = 0; tertial < 3; ++tertial) {
        QList<int> prevStack, curStack;
        for (const QString &c : d.deviationCategories) {
            prevStack << d.previousDeviations.value(c, {0, 0, 0})[tertial];
            curStack << d.deviations.value(c, {0, 0, 0})[tertial];
        }
        chart.values[tertial] = {prevStack, curStack};
    }
    chart.valueTitle = s("Deviations");
    chart.note = s("Pale bars: %1. Full colour: %2.").arg(prev).arg(d.year);
    if (!d.deviationCategories.isEmpty()) { // no chart of nothing on a 0–1 axis
        Figure fig;
        fig.height = 2300;
        fig.paint = [chart](QPainter *p, const QRectF &rect) { chart.paint(p, rect); };
        fig.altText = barChartAltText(s("Bar chart of the deviations per tertial, %1 and %2, stacked by category")
                                          .arg(QString::number(prev), QString::number(d.year)),
                                      chart);
        add(fig);
    }

    Table t;
    t.columns = {{column("deviation", "category"), 2.6}};
    for (int tertial = 1; tertial <= 3; ++tertial)
        for (int y : {prev, d.year})
            t.columns << TableColumn{QStringLiteral("T%1 %2%3").arg(QString::number(tertial), QString::number(y),
                                                                    tertialFinished(y, tertial - 1, m_today) ? QString()
                                                                                                             : QStringLiteral("*")),
                                     1, true};
    t.columns << TableColumn{QStringLiteral("%1 %2").arg(s("Total"), QString::number(prev)), 1.1, true}
              << TableColumn{QStringLiteral("%1 %2").arg(s("Total"), QString::number(d.year)), 1.1, true};
    std::array<int, 8> sums{};
    for (const QString &c : d.deviationCategories) {
        TableRow r;
        r.cells << (c.isEmpty() ? s("(no category)") : choice("deviation_category", c));
        int totals[2] = {0, 0};
        for (int tertial = 0; tertial < 3; ++tertial) {
            const int a = d.previousDeviations.value(c, {0, 0, 0})[tertial];
            const int b = d.deviations.value(c, {0, 0, 0})[tertial];
            r.cells << QString::number(a) << QString::number(b);
            sums[tertial * 2] += a;
            sums[tertial * 2 + 1] += b;
            totals[0] += a;
            totals[1] += b;
        }
        r.cells << QString::number(totals[0]) << QString::number(totals[1]);
        sums[6] += totals[0];
        sums[7] += totals[1];
        t.rows << r;
    }
    if (!t.rows.isEmpty()) {
        TableRow total;
        total.cells << s("Total");
        for (int v : sums)
            total.cells << QString::number(v);
        t.rows << total;
    }
    table(t, s("No deviations are recorded for this year or the year before."));
    if (unfinished)
        paragraph(s("* The tertial had not ended on %1: its figures are not final.").arg(date(m_today.toString(Qt::ISODate))),
                  TextStyle::Small);
}

void Builder::training()
{
    heading2(s("Training and competence"));
    int gaps = 0;
    for (const CompetenceLine &c : d.competence)
        gaps += c.gap;
    paragraph(s("Required competence per role, measured against the training records of the people holding "
                "the role in %1: %2 of %3 requirements are not met (marked).")
                  .arg(d.year).arg(gaps).arg(d.competence.size()));
    Table t;
    t.columns = {{column("competence_requirement", "role"), 2.2}, {column("competence_requirement", "course"), 2.6},
                 {column("training_record", "person_id"), 2}, {column("training_record", "completed_on"), 1.4},
                 {column("training_record", "valid_until"), 1.4}, {s("Status"), 1.4}};
    for (const CompetenceLine &c : d.competence) {
        QString status = !c.completedOn.isValid() ? s("Missing") : (c.gap ? s("Expired") : s("In order"));
        QString course = c.course;
        if (!c.mandatory)
            course += QStringLiteral(" (%1)").arg(s("recommended"));
        t.rows << TableRow{{choice("role", c.role), course, c.person, date(c.completedOn.toString(Qt::ISODate)),
                            date(c.validUntil.toString(Qt::ISODate)), status},
                           {}, c.gap};
    }
    table(t, s("No competence requirements are recorded."));

    paragraph(s("Training completed in %1").arg(d.year), TextStyle::Emphasis);
    Table done;
    done.columns = {{column("training_record", "person_id"), 2}, {column("training_record", "course"), 2.8},
                    {column("training_record", "hours"), 0.8, true}, {column("training_record", "completed_on"), 1.4},
                    {column("training_record", "provider"), 1.8}, {column("training_record", "valid_until"), 1.4}};
    for (const Row &r : d.training) {
        TableRow row{{d.person(r.value(QStringLiteral("person_id"))), r.value(QStringLiteral("course")).toString(),
                      r.value(QStringLiteral("hours")).isNull() ? QString() : number(r.value(QStringLiteral("hours")).toDouble()),
                      date(r.value(QStringLiteral("completed_on"))), r.value(QStringLiteral("provider")).toString(),
                      date(r.value(QStringLiteral("valid_until")))},
                     {}, false};
        if (!r.value(QStringLiteral("content")).toString().isEmpty())
            row.detail = QStringLiteral("%1: %2").arg(column("training_record", "content"), r.value(QStringLiteral("content")).toString());
        done.rows << row;
    }
    table(done, s("No training is recorded for this year."));
}

void Builder::appraisalsAndSurvey()
{
    heading2(s("Appraisal talks and work-environment survey"));
    Table talks;
    talks.columns = {{column("appraisal_status", "employees"), 1, true}, {column("appraisal_status", "held"), 1, true},
                     {column("appraisal_status", "planned"), 1, true}, {column("appraisal_status", "note"), 5}};
    for (const Row &r : d.appraisals)
        talks.rows << TableRow{{r.value(QStringLiteral("employees")).toString(), r.value(QStringLiteral("held")).toString(),
                                r.value(QStringLiteral("planned")).toString(), r.value(QStringLiteral("note")).toString()},
                               {}, false};
    table(talks, s("No appraisal talks are recorded for this year."));

    Table survey;
    survey.columns = {{column("survey", "status"), 2}, {column("survey", "conducted_on"), 1.5},
                      {column("survey", "response_rate"), 1.5, true}};
    for (const Row &r : d.surveys) {
        TableRow row{{choice("survey_status", r.value(QStringLiteral("status"))), date(r.value(QStringLiteral("conducted_on"))),
                      r.value(QStringLiteral("response_rate")).isNull() ? QString()
                                                                       : number(r.value(QStringLiteral("response_rate")).toDouble())},
                     {}, false};
        QStringList detail;
        for (const char *col : {"summary", "follow_up"})
            if (!r.value(QString::fromLatin1(col)).toString().trimmed().isEmpty())
                detail << QStringLiteral("%1: %2").arg(column("survey", col), r.value(QString::fromLatin1(col)).toString());
        row.detail = detail.join(QLatin1Char('\n'));
        survey.rows << row;
    }
    table(survey, s("No work-environment survey is recorded for this year."));
}

void Builder::inspections()
{
    heading2(s("Inspection rounds and findings"));
    Table rounds;
    rounds.columns = {{column("inspection_round", "held_on"), 1.3}, {column("inspection_round", "area"), 2.5},
                      {column("inspection_round", "participants"), 3}, {column("inspection_round", "status"), 1.3},
                      {s("Findings"), 1, true}};
    Table findings;
    findings.columns = {{column("inspection_finding", "round_id"), 2.4}, {column("inspection_finding", "description"), 3},
                        {column("inspection_finding", "location"), 1.5}, {column("inspection_finding", "severity"), 1.1},
                        {column("inspection_finding", "status"), 1.2}, {column("inspection_finding", "reassess_risk"), 1.4},
                        {column("inspection_finding", "action_id"), 2}};
    for (const Row &round : d.rounds) {
        const QString id = round.value(QStringLiteral("id")).toString();
        const QList<Row> found = d.findings.value(id);
        TableRow r{{date(round.value(QStringLiteral("held_on"))), round.value(QStringLiteral("area")).toString(),
                    round.value(QStringLiteral("participants")).toString(), choice("work_status", round.value(QStringLiteral("status"))),
                    QString::number(found.size())},
                   round.value(QStringLiteral("summary")).toString(), false};
        rounds.rows << r;
        const QString roundName = QStringLiteral("%1 %2").arg(date(round.value(QStringLiteral("held_on"))), round.value(QStringLiteral("area")).toString());
        for (const Row &f : found) {
            const QString status = f.value(QStringLiteral("status")).toString();
            const bool open = !schema::table(QStringLiteral("inspection_finding"))->isClosed(f);
            findings.rows << TableRow{{roundName, f.value(QStringLiteral("description")).toString(), f.value(QStringLiteral("location")).toString(),
                                       choice("severity", f.value(QStringLiteral("severity"))), choice("deviation_status", status),
                                       yesNo(f.value(QStringLiteral("reassess_risk"))),
                                       d.actionTitles.value(f.value(QStringLiteral("action_id")).toString())},
                                      {}, open};
        }
    }
    table(rounds, s("No inspection rounds are recorded for this year."));
    paragraph(s("Findings (open findings are marked)"), TextStyle::Emphasis);
    table(findings, s("No findings are recorded for this year."));
}

void Builder::indicators()
{
    heading2(s("Indicators"));
    Table t;
    t.columns = {{column("indicator", "name"), 3.2}, {column("indicator", "target"), 1, true},
                 {column("indicator", "direction"), 1.2}};
    for (int m = 1; m <= 12; ++m)
        t.columns << TableColumn{m_locale.monthName(m, QLocale::ShortFormat).left(3), 0.85, true};
    for (const Row &ind : d.indicators) {
        QString name = ind.value(QStringLiteral("name")).toString();
        if (!ind.value(QStringLiteral("unit_of_measure")).toString().isEmpty())
            name += QStringLiteral(" (%1)").arg(ind.value(QStringLiteral("unit_of_measure")).toString());
        TableRow r{{name, ind.value(QStringLiteral("target")).isNull() ? QString() : number(ind.value(QStringLiteral("target")).toDouble()),
                    ind.value(QStringLiteral("direction")).toString().isEmpty() ? QString() : choice("direction", ind.value(QStringLiteral("direction")))},
                   ind.value(QStringLiteral("description")).toString(), false};
        QStringList months(12);
        for (const auto &[month, value] : d.indicatorValues.value(ind.value(QStringLiteral("id")).toString()))
            months[month - 1] = number(value);
        r.cells << months;
        t.rows << r;
    }
    table(t, s("No indicators are recorded for this year."));
}

void Builder::systemReview()
{
    heading2(s("Annual review of the HSE system"));
    Table t;
    t.columns = {{column("system_review", "criterion"), 3.5}, {column("system_review", "assessment"), 1.6},
                 {column("system_review", "comment"), 4}};
    for (const Row &r : d.systemReview) {
        const QString a = r.value(QStringLiteral("assessment")).toString();
        t.rows << TableRow{{choice("review_criterion", r.value(QStringLiteral("criterion"))), choice("assessment", a),
                            r.value(QStringLiteral("comment")).toString()},
                           {}, a == QLatin1String("not_fulfilled") || a == QLatin1String("partly")};
    }
    table(t, s("The annual review of the HSE system is not recorded for this year."));
}

void Builder::yearOverYear()
{
    // Six years fit the width of A4 portrait; the program's Year over year tab shows them all.
    const int shown = 6;
    heading2(s("Year over year"));
    if (d.history.years.size() < 2) {
        paragraph(s("%1 is the first review year recorded: there is no earlier year to compare with.").arg(d.year));
        return;
    }
    paragraph(s("The key figures of every review year recorded, up to %1: deviations per tertial, goal results, "
                "training coverage of the HSE roles, risk levels and the indicators.")
                  .arg(d.year));
    if (d.history.years.size() > shown)
        paragraph(s("Only the last %1 years are shown.").arg(shown), TextStyle::Emphasis);
    const QList<std::pair<BarChart, QString>> charts{
        {deviationTrendChart(d.history, m_lang, shown), s("Bar chart of the deviations per tertial, year by year")},
        {riskLevelChart(d.history, m_lang, shown), s("Bar chart of each year's risks by residual level")}};
    for (const auto &[chart, caption] : charts) {
        Figure figure;
        figure.height = 2100;
        figure.paint = [chart = chart](QPainter *p, const QRectF &rect) { chart.paint(p, rect); };
        figure.altText = barChartAltText(caption, chart);
        add(figure);
    }
    add(yearComparisonTable(d.history, m_lang, shown));
}

void Builder::systematicWork()
{
    heading1(s("The systematic HSE work"));
    userText(QStringLiteral("ra3c"));
    checklist();
    legalRegister();
    mapping();
    risks();
    actionPlan();
    routinesAndAgreements();
    deviations();
    deviationDetails();
    keyFigures();
    training();
    appraisalsAndSurvey();
    inspections();
    indicators();
    systemReview();
    yearOverYear();
}

void Builder::occupationalHealth()
{
    heading1(s("The occupational health service's work"));
    userText(QStringLiteral("ra3d"));
    healthServiceRegister();
}

void Builder::supervision()
{
    heading1(s("Supervision and inspections by authorities or external parties"));
    userText(QStringLiteral("ra3e"));
    supervisionRegister();
}

void Builder::changes()
{
    heading1(s("Need for changes in the HSE system"));
    userText(QStringLiteral("ra1"));
}

void Builder::contributors()
{
    heading1(s("Contributors"));
    Table t;
    t.columns = {{column("report_contributor", "contributor"), 2.5}, {column("report_contributor", "name"), 2.5},
                 {column("report_contributor", "contribution"), 5}};
    for (const Row &r : d.contributors)
        t.rows << TableRow{{choice("contributor", r.value(QStringLiteral("contributor"))), r.value(QStringLiteral("name")).toString(),
                            r.value(QStringLiteral("contribution")).toString()},
                           {}, false};
    table(t, s("No contributors are recorded for this year."));
    // A unit's report has its safety representative among the contributors, and the
    // occupational health service where the unit used it this year.
    QStringList expected{QStringLiteral("safety_representative")};
    if (!d.healthServiceWork.isEmpty())
        expected << QStringLiteral("occupational_health_service");
    QStringList missing;
    for (const QString &key : std::as_const(expected)) {
        bool found = false;
        for (const Row &r : d.contributors)
            found |= r.value(QStringLiteral("contributor")).toString() == key;
        if (!found)
            missing << choice("contributor", key);
    }
    if (!missing.isEmpty())
        paragraph(s("Not recorded as contributors: %1.").arg(missing.join(QStringLiteral(", "))), TextStyle::Emphasis);
}

void Builder::signoff()
{
    const qsizetype first = m_doc.blocks.size();
    heading1(s("Sign-off"));
    Table t;
    t.columns = {{column("signoff", "scope"), 2}, {column("signoff", "name"), 2.4}, {column("signoff", "role"), 2},
                 {column("signoff", "signed_at"), 1.5}, {column("signoff", "comment"), 3}};
    t.columns << TableColumn{s("Since signing"), 1.8};
    for (const SignOffState &so : d.signOffStates)
        t.rows << TableRow{{choice("signoff_scope", so.scope), so.name, so.role, date(so.signedAt.toLocalTime().date().toString(Qt::ISODate)),
                            so.comment, changeSince(so)},
                           {}, so.changedSince};
    table(t, s("The review has not been signed off: this report is a draft."));

    signatureLines();
    keepTogetherFrom(first);
}

Document Builder::build()
{
    m_doc.language = m_lang;
    m_doc.title = QStringLiteral("%1 %2 – %3").arg(s("HSE annual report"), QString::number(d.year), d.unitName);
    m_doc.subject = s("Annual review of the systematic HSE work (internal control) %1").arg(d.year);
    m_doc.author = d.unitName;
    // A report of a year that is not signed off as it stands is a draft, and says so on every page.
    m_doc.header = reviewSignedAsItStands()
                       ? QStringLiteral("%1 – %2").arg(d.unitName, QString::number(d.year))
                       : QStringLiteral("%1 – %2 – %3").arg(d.unitName, QString::number(d.year), s("DRAFT"));
    m_doc.pageFormat = s("Page %1 of %2");
    cover();
    summary();
    organisation();
    goals();
    focusAreas();
    systematicWork();
    occupationalHealth();
    supervision();
    changes();
    nextYear();
    contributors();
    signoff();
    return m_doc;
}

} // namespace detail

Document buildDocument(const ReportData &data, const ReportOptions &options)
{
    return detail::Builder(data, options).build();
}

} // namespace ik::report

bool ik::prepareReportOutput(const UnitFile &file, const QString &path, ReportOptions &options, QString *error)
{
    if (!checkOutputPath(file, path, error))
        return false;
    if (options.year == 0)
        options.year = file.latestYear();
    if (file.years().contains(options.year))
        return true;
    if (error)
        *error = QStringLiteral("The file has no review year %1.").arg(options.year);
    return false;
}
