// The status, the report, the calendar, the year rollover and the record editors agree on what is
// open, done and overdue, because they all read the schema's domain rules: one row of each
// status, and every consumer asked about it.
#include "catch.h"

#include "core/exchange/icalendar.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportdata.h"
#include "core/review/checklisttemplate.h"
#include "core/review/yearrollover.h"
#include "core/review/yearstatus.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"
#include "ui/records/recordmodel.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace ik;
using namespace ik::ui;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<UnitFile> file;
    QDate today = QDate::currentDate(); // the record model colours by today's date
    int year = today.year();
    QString assessment, round;
    // id → whether the rules make it due (open, or an accepted risk's review), per table
    QMap<QString, bool> due;
    QMap<QString, QString> table, title;

    QString add(const QString &name, Record row, const QString &label)
    {
        QString error;
        const QString id = file->insert(name, row, &error);
        INFO(name.toStdString() << " " << label.toStdString() << ": " << error.toStdString());
        REQUIRE(!id.isEmpty());
        table.insert(id, name);
        title.insert(id, label);
        return id;
    }

    Fixture()
    {
        QString error;
        file = UnitFile::create(dir.filePath(QStringLiteral("rules.db")), {QStringLiteral("Rules unit"), year, QStringLiteral("ntnu"), {}}, &error);
        REQUIRE(file);
        // Only the rows made here: the template's checklist goes.
        for (const Record &r : file->records(QStringLiteral("checklist_item")))
            REQUIRE(file->remove(QStringLiteral("checklist_item"), r.value(QStringLiteral("id")).toString(), &error));
        const QString past = today.addDays(-5).toString(Qt::ISODate);
        for (const Choice &status : schema::choiceSet(QStringLiteral("action_status"))->choices) {
            const QString label = QStringLiteral("Action %1").arg(status.key);
            due.insert(add(QStringLiteral("action"),
                           {{QStringLiteral("year"), year}, {QStringLiteral("title"), label},
                            {QStringLiteral("deadline"), past}, {QStringLiteral("status"), status.key}},
                           label),
                       status.completion == Completion::Open);
        }
        for (const Choice &status : schema::choiceSet(QStringLiteral("item_status"))->choices) {
            const QString label = QStringLiteral("Item %1").arg(status.key);
            due.insert(add(QStringLiteral("checklist_item"),
                           {{QStringLiteral("year"), year}, {QStringLiteral("template_key"), status.key},
                            {QStringLiteral("occurrence"), 1}, {QStringLiteral("phase"), QStringLiteral("initiate")},
                            {QStringLiteral("title_nb"), QStringLiteral("Punkt %1").arg(status.key)},
                            {QStringLiteral("title_en"), label}, {QStringLiteral("recurrence"), QStringLiteral("yearly")},
                            {QStringLiteral("due_date"), past}, {QStringLiteral("status"), status.key}},
                           label),
                       status.completion == Completion::Open);
        }
        assessment = add(QStringLiteral("risk_assessment"), {{QStringLiteral("year"), year}, {QStringLiteral("title"), QStringLiteral("Lab work")}},
                         QStringLiteral("Lab work"));
        for (const Choice &status : schema::choiceSet(QStringLiteral("risk_status"))->choices) {
            const QString label = QStringLiteral("Risk %1").arg(status.key);
            due.insert(add(QStringLiteral("risk"),
                           {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("event"), label},
                            {QStringLiteral("acceptance_review_on"), past}, {QStringLiteral("status"), status.key}},
                           label),
                       status.key == QLatin1String("accepted"));
        }
        round = add(QStringLiteral("inspection_round"), {{QStringLiteral("year"), year}, {QStringLiteral("area"), QStringLiteral("Lab")}},
                    QStringLiteral("Lab"));
        for (const Choice &status : schema::choiceSet(QStringLiteral("deviation_status"))->choices) {
            const QString deviation = QStringLiteral("Deviation %1").arg(status.key);
            add(QStringLiteral("deviation"),
                {{QStringLiteral("year"), year}, {QStringLiteral("reported_on"), past}, {QStringLiteral("title"), deviation},
                 {QStringLiteral("status"), status.key}},
                deviation);
            const QString finding = QStringLiteral("Finding %1").arg(status.key);
            add(QStringLiteral("inspection_finding"),
                {{QStringLiteral("round_id"), round}, {QStringLiteral("description"), finding}, {QStringLiteral("status"), status.key}},
                finding);
        }
    }

    QStringList idsOf(const QString &name, bool wantDue) const
    {
        QStringList out;
        for (auto it = due.cbegin(); it != due.cend(); ++it)
            if (table.value(it.key()) == name && it.value() == wantDue)
                out << it.key();
        out.sort();
        return out;
    }
    QStringList dueIds() const
    {
        QStringList out;
        for (auto it = due.cbegin(); it != due.cend(); ++it)
            if (it.value())
                out << it.key();
        out.sort();
        return out;
    }
};

// The rows of every table in the document whose first cell is one of `titles`: title → marked.
QMap<QString, bool> markedRows(const report::Document &doc, const QStringList &titles)
{
    QMap<QString, bool> out;
    for (const report::Block &b : doc.blocks)
        if (const auto *t = std::get_if<report::Table>(&b))
            for (const report::TableRow &r : t->rows)
                for (const QString &title : titles)
                    if (!r.cells.isEmpty() && (r.cells.first() == title || r.cells.value(1) == title))
                        out.insert(title, r.marked);
    return out;
}

bool hasParagraph(const report::Document &doc, const QString &text)
{
    for (const report::Block &b : doc.blocks)
        if (const auto *p = std::get_if<report::Paragraph>(&b); p && p->text.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("Status, report, calendar, year rollover and the record model agree on a row of each status", "[rules]")
{
    Fixture f;
    UnitFile &file = *f.file;

    // The status lists exactly what the rules make due, and counts by them.
    const YearStatus s = yearStatus(file, f.year, f.today);
    QStringList overdue;
    for (const DueItem &d : s.overdue)
        overdue << d.id;
    overdue.sort();
    CHECK(overdue == f.dueIds());
    CHECK(s.upcoming.isEmpty());
    CHECK(s.actions == 3);       // planned, in progress, done; not the cancelled one
    CHECK(s.actionsDone == 1);
    CHECK(s.overdueActions == 2);
    CHECK(s.openDeviations == 2); // open, in progress
    REQUIRE(s.phases.first().phase == QStringLiteral("initiate"));
    CHECK(s.phases.first().total == 4);
    CHECK(s.phases.first().done == 2); // done, not applicable

    // The report marks the same rows and counts them alike.
    ReportOptions options;
    options.language = QStringLiteral("en");
    options.date = f.today;
    const report::Document doc = report::buildDocument(report::loadReportData(file, f.year), options);
    QStringList titles;
    for (const QString &id : f.due.keys())
        if (f.table.value(id) != QLatin1String("risk")) // the report lists risks above the acceptable level only
            titles << f.title.value(id);
    const QMap<QString, bool> marked = markedRows(doc, titles);
    for (const QString &id : f.due.keys()) {
        if (f.table.value(id) == QLatin1String("risk"))
            continue;
        INFO(f.title.value(id).toStdString());
        REQUIRE(marked.contains(f.title.value(id)));
        CHECK(marked.value(f.title.value(id)) == f.due.value(id));
    }
    CHECK(hasParagraph(doc, QStringLiteral("4 actions, by deadline; 2 of them overdue (marked). Cancelled actions are not in the total cost.")));
    CHECK(hasParagraph(doc, QStringLiteral("Initiate (2 of 4 done)")));
    const QMap<QString, bool> findings =
        markedRows(doc, {QStringLiteral("Finding open"), QStringLiteral("Finding in_progress"), QStringLiteral("Finding closed")});
    CHECK(findings.value(QStringLiteral("Finding open")));
    CHECK(findings.value(QStringLiteral("Finding in_progress")));
    CHECK_FALSE(findings.value(QStringLiteral("Finding closed")));
    REQUIRE(findings.size() == 3);

    // The calendar has every dated row, confirmed while it is due and cancelled once finished.
    QString ics = QString::fromUtf8(calendarOfDeadlines(file, f.year, QStringLiteral("en")));
    ics.replace(QStringLiteral("\r\n "), QString());
    static const QRegularExpression event(QStringLiteral("BEGIN:VEVENT\r\nUID:([^@]+)@internkontroll.*?STATUS:(\\w+)\r\nEND:VEVENT"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QString> calendar;
    for (auto it = event.globalMatch(ics); it.hasNext();) {
        const auto m = it.next();
        calendar.insert(m.captured(1), m.captured(2));
    }
    CHECK(calendar.size() == f.due.size());
    for (auto it = f.due.cbegin(); it != f.due.cend(); ++it) {
        INFO(f.title.value(it.key()).toStdString());
        CHECK(calendar.value(it.key()) == (it.value() ? QStringLiteral("CONFIRMED") : QStringLiteral("CANCELLED")));
    }

    // The record editors colour the same dates as overdue.
    QUndoStack undo;
    for (const QString &name : {QStringLiteral("action"), QStringLiteral("checklist_item"), QStringLiteral("risk")}) {
        RecordModel model({&file, &undo, f.year}, name);
        if (name == QLatin1String("risk"))
            model.setParentId(f.assessment);
        const TableDef &def = *schema::table(name);
        const int dueColumn = model.columnOf(def.dueColumn);
        REQUIRE(dueColumn >= 0);
        QStringList coloured;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.data(model.index(row, dueColumn), Qt::ForegroundRole).isValid())
                coloured << model.recordId(row);
            // Only the due date is marked.
            for (int column = 0; column < model.columnCount(); ++column)
                if (column != dueColumn)
                    CHECK_FALSE(model.data(model.index(row, column), Qt::ForegroundRole).isValid());
        }
        coloured.sort();
        INFO(name.toStdString());
        CHECK(coloured == f.idsOf(name, true));
    }

    // The next year takes over the open actions, not the finished or cancelled ones.
    QString error;
    const auto checklist = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &error);
    REQUIRE(checklist);
    RolloverResult rolled;
    REQUIRE(startNextYear(file, f.year + 1, *checklist, &rolled, &error));
    CHECK(rolled.carriedActions == 2);
    QStringList carried;
    for (const Record &a : file.records(QStringLiteral("action"), RecordFilter::ofYear(f.year + 1)))
        carried << f.title.value(a.value(QStringLiteral("carried_from_id")).toString());
    carried.sort();
    CHECK(carried == QStringList{QStringLiteral("Action in_progress"), QStringLiteral("Action planned")});
}

TEST_CASE("A row added in a register starts from the table's defaults: a new person is active", "[rules]")
{
    QTemporaryDir dir;
    QString error;
    auto file = UnitFile::create(dir.filePath(QStringLiteral("new.db")), {QStringLiteral("Unit"), 2026, QStringLiteral("ntnu"), {}}, &error);
    REQUIRE(file);
    QUndoStack undo;
    RecordModel people({file.get(), &undo, 2026}, QStringLiteral("person"));
    const int row = people.addRecord({});
    REQUIRE(row >= 0);
    CHECK(file->record(QStringLiteral("person"), people.recordId(row))->value(QStringLiteral("active")).toBool());
    CHECK(people.data(people.index(row, people.columnOf(QStringLiteral("active"))), Qt::CheckStateRole).toInt() == Qt::Checked);
    RecordModel actions({file.get(), &undo, 2026}, QStringLiteral("action"));
    const int action = actions.addRecord({});
    REQUIRE(action >= 0);
    CHECK(actions.record(action).value(QStringLiteral("status")) == QStringLiteral("planned"));
    // One undo step takes the new person away again.
    undo.undo();
    undo.undo();
    CHECK(file->count(QStringLiteral("person")) == 0);
}
