#include "core/store/schema.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ik {

namespace {

// Compact builders: the table list below reads like a data sheet.
ColumnDef col(const char *name, ColumnType type, const char *label, bool required = false)
{
    ColumnDef c;
    c.name = QString::fromLatin1(name);
    c.type = type;
    c.label = label;
    c.required = required;
    return c;
}
ColumnDef text(const char *name, const char *label, bool required = false)
{
    return col(name, ColumnType::Text, label, required);
}
ColumnDef longText(const char *name, const char *label)
{
    return col(name, ColumnType::LongText, label);
}
ColumnDef date(const char *name, const char *label, bool required = false)
{
    return col(name, ColumnType::Date, label, required);
}
ColumnDef flag(const char *name, const char *label) { return col(name, ColumnType::Bool, label); }
ColumnDef integer(const char *name, const char *label, int min, int max, bool required = false)
{
    ColumnDef c = col(name, ColumnType::Integer, label, required);
    c.minimum = min;
    c.maximum = max;
    return c;
}
// A decimal number in a plausible range: what lies outside it is a typing or import error.
ColumnDef real(const char *name, const char *label, int min, int max)
{
    ColumnDef c = col(name, ColumnType::Real, label);
    c.minimum = min;
    c.maximum = max;
    return c;
}
// An amount of Norwegian kroner: not negative, and at most a billion (more is no unit's action).
ColumnDef money(const char *name, const char *label)
{
    ColumnDef c = col(name, ColumnType::Money, label);
    c.maximum = 1000000000;
    return c;
}
ColumnDef choice(const char *name, const char *label, const char *set, bool required = true)
{
    ColumnDef c = col(name, ColumnType::Choice, label, required);
    c.reference = QString::fromLatin1(set);
    return c;
}
ColumnDef multiChoice(const char *name, const char *label, const char *set)
{
    ColumnDef c = col(name, ColumnType::MultiChoice, label);
    c.reference = QString::fromLatin1(set);
    return c;
}
ColumnDef ref(const char *name, const char *label, const char *table, bool required = false)
{
    ColumnDef c = col(name, ColumnType::Reference, label, required);
    c.reference = QString::fromLatin1(table);
    return c;
}
ColumnDef parentRef(const char *name, const char *label, const char *table)
{
    ColumnDef c = ref(name, label, table, true);
    c.parent = true;
    return c;
}
ColumnDef person(const char *name, const char *label) { return ref(name, label, "person"); }
// A column that a later format added to a table that already existed.
ColumnDef since(int format, ColumnDef c)
{
    c.sinceFormat = format;
    return c;
}

TableDef tableDef(const char *name, const char *label, const char *singular, const char *phase,
                  bool yearScoped, const char *display, QList<ColumnDef> columns)
{
    TableDef t;
    t.name = QString::fromLatin1(name);
    t.label = label;
    t.singular = singular;
    t.phase = QString::fromLatin1(phase);
    t.yearScoped = yearScoped;
    t.displayColumn = QString::fromLatin1(display);
    t.columns = std::move(columns);
    return t;
}

#define F(text) QT_TRANSLATE_NOOP("ik::Field", text)
#define T(text) QT_TRANSLATE_NOOP("ik::Table", text)

QList<TableDef> buildTables()
{
    using CT = ColumnType;
    QList<TableDef> t;
    // --- the unit and its years -------------------------------------------------------------
    t << tableDef("unit", T("Unit"), T("Unit"), "initiate", false, "name",
                  {text("name", F("Unit name"), true), text("institution", F("Institution")),
                   text("parent_unit", F("Parent unit")),
                   integer("employee_count", F("Employees"), 0, 100000),
                   longText("hse_policy_link", F("Link to the HSE policy")),
                   longText("note", F("Note")),
                   since(3, integer("deviation_close_days", F("Goal: days to close a deviation"), 1, 3650))});
    t << tableDef("review_year", T("Review years"), T("Review year"), "", false, "year",
                  {integer("year", F("Year"), 1990, 2200, true),
                   choice("status", F("Status"), "year_status"), flag("locked", F("Locked")),
                   date("started_on", F("Started on"))});
    // --- Igangsette -------------------------------------------------------------------------
    t << tableDef("person", T("People"), T("Person"), "initiate", false, "name",
                  {text("name", F("Name"), true), text("position", F("Position")),
                   text("email", F("E-mail")), flag("is_leader", F("Leads or supervises others")),
                   flag("active", F("Active"))});
    t << tableDef("role_assignment", T("HSE roles"), T("HSE role"), "initiate", true, "role",
                  {ref("person_id", F("Person"), "person", true),
                   choice("role", F("Role"), "role"), longText("note", F("Note"))});
    t << tableDef("delegated_task", T("Delegated HSE tasks"), T("Delegated HSE task"), "initiate",
                  true, "task",
                  {text("task", F("Task"), true), person("delegated_to_id", F("Delegated to")),
                   text("function", F("Function")), longText("authority", F("Authority")),
                   person("delegated_by_id", F("Delegated by")),
                   date("delegated_on", F("Delegated on")),
                   text("document_ref", F("Document reference"))});
    t << tableDef("goal", T("Goals"), T("Goal"), "initiate", true, "title",
                  {text("title", F("Goal"), true), longText("description", F("Description")),
                   text("policy_link", F("Link to the HSE policy")),
                   text("measure", F("How it is measured")), date("target_date", F("Target date")),
                   choice("result", F("Result"), "goal_result"),
                   longText("evaluation", F("Evaluation")),
                   ref("previous_goal_id", F("Follows goal"), "goal")});
    t << tableDef("focus_area", T("Focus areas"), T("Focus area"), "initiate", true, "title",
                  {text("title", F("Focus area"), true),
                   choice("source", F("Source"), "focus_source"),
                   longText("description", F("Description"))});
    // --- the checklist (all phases) -----------------------------------------------------------
    t << tableDef("checklist_item", T("Checklist"), T("Checklist item"), "", true, "title_en",
                  {text("template_key", F("Template key"), true),
                   integer("occurrence", F("Occurrence"), 1, 3, true),
                   choice("phase", F("Phase"), "phase"), text("title_nb", F("Title (bokmål)"), true),
                   text("title_en", F("Title (English)"), true),
                   longText("guidance_nb", F("Guidance (bokmål)")),
                   longText("guidance_en", F("Guidance (English)")),
                   text("requirements", F("Requirements")),
                   choice("recurrence", F("Recurrence"), "recurrence"),
                   choice("responsible_role", F("Responsible role"), "role", false),
                   person("responsible_id", F("Responsible")), date("due_date", F("Due")),
                   choice("status", F("Status"), "item_status"),
                   date("completed_on", F("Completed on")), longText("note", F("Note")),
                   text("evidence_ref", F("Evidence"))});
    // --- Kartlegge ----------------------------------------------------------------------------
    t << tableDef("legal_requirement", T("Legal register"), T("Legal requirement"), "map", false,
                  "title",
                  {text("title", F("Law, regulation or requirement"), true),
                   text("reference", F("Reference")), text("applies_to", F("Applies to")),
                   flag("special_importance", F("Of special importance")),
                   choice("compliance", F("Compliance"), "compliance"),
                   person("responsible_id", F("Responsible")),
                   date("last_reviewed", F("Last reviewed")), longText("note", F("Note"))});
    t << tableDef("activity", T("Overall mapping"), T("Activity"), "map", true, "name",
                  {text("name", F("Activity"), true), text("location", F("Location")),
                   multiChoice("hazards", F("Hazards"), "hazard"),
                   flag("needs_assessment", F("Needs a risk assessment")),
                   choice("priority", F("Priority"), "priority", false),
                   person("responsible_id", F("Responsible")), longText("note", F("Note"))});
    t << tableDef("risk_assessment", T("Risk assessments"), T("Risk assessment"), "map", true,
                  "title",
                  {text("title", F("Risk assessment"), true),
                   ref("activity_id", F("Activity"), "activity"),
                   date("assessed_on", F("Date")), text("participants", F("Participants")),
                   person("leader_id", F("Led by")),
                   choice("status", F("Status"), "work_status"), longText("note", F("Note"))});
    {
        TableDef risk = tableDef(
            "risk", T("Risks"), T("Risk"), "map", false, "event",
            {parentRef("assessment_id", F("Risk assessment"), "risk_assessment"),
             integer("number", F("No."), 1, 100000), text("event", F("Unwanted event"), true),
             longText("cause", F("Cause")), longText("existing_measures", F("Existing measures")),
             integer("probability_before", F("Probability before"), 1, 7),
             longText("proposed_measures", F("Proposed measures")),
             integer("probability_after", F("Probability after"), 1, 7),
             person("owner_id", F("Owner")), choice("status", F("Status"), "risk_status"),
             text("accepted_by", F("Accepted by")), date("accepted_on", F("Accepted on")),
             longText("acceptance_reason", F("Reason for acceptance")),
             date("acceptance_review_on", F("Review acceptance by"))});
        t << risk;
    }
    t << tableDef("risk_consequence", T("Consequences"), T("Consequence"), "map", false,
                  "category",
                  {parentRef("risk_id", F("Risk"), "risk"),
                   text("category", F("Consequence category"), true),
                   integer("consequence_before", F("Consequence before"), 1, 7),
                   integer("consequence_after", F("Consequence after"), 1, 7)});
    {
        TableDef dev = tableDef(
            "deviation", T("Deviations"), T("Deviation"), "map", true, "title",
            {text("case_number", F("Case number")), date("reported_on", F("Reported on"), true),
             choice("category", F("Category"), "deviation_category"),
             choice("severity", F("Severity"), "severity"), text("title", F("Title"), true),
             longText("description", F("Description")), text("location", F("Location")),
             choice("status", F("Status"), "deviation_status"), date("closed_on", F("Closed on")),
             ref("action_id", F("Action"), "action"),
             since(3, flag("absence", F("Injury with absence")))});
        dev.naturalKey = QStringLiteral("case_number");
        dev.yearFromDate = QStringLiteral("reported_on");
        t << dev;
    }
    t << tableDef("training_record", T("Training"), T("Training record"), "map", true, "course",
                  {person("person_id", F("Person")), text("course", F("Course"), true),
                   longText("content", F("Course content")),
                   real("hours", F("Hours"), 0, 10000), date("completed_on", F("Completed on")),
                   text("provider", F("Provider")), date("valid_until", F("Valid until"))});
    t << tableDef("competence_requirement", T("Required competence"), T("Required competence"),
                  "map", false, "course",
                  {choice("role", F("Role"), "role"), text("course", F("Course"), true),
                   longText("description", F("Description")), flag("mandatory", F("Mandatory"))});
    t << tableDef("appraisal_status", T("Appraisal talks"), T("Appraisal talks"), "map", true,
                  "held",
                  {integer("employees", F("Employees"), 0, 100000),
                   integer("held", F("Held"), 0, 100000),
                   integer("planned", F("Planned"), 0, 100000), longText("note", F("Note"))});
    t << tableDef("survey", T("Work-environment surveys"), T("Work-environment survey"), "map",
                  true, "status",
                  {choice("status", F("Status"), "survey_status"),
                   date("conducted_on", F("Conducted on")),
                   real("response_rate", F("Response rate (%)"), 0, 100),
                   longText("summary", F("Main findings")), longText("follow_up", F("Follow-up"))});
    t << tableDef("document_ref", T("Documentation"), T("Document"), "map", true, "title",
                  {choice("kind", F("Kind"), "document_kind"), text("title", F("Title"), true),
                   text("reference", F("Archive reference")), date("dated", F("Date"))});
    // Since format 3: the HSE meetings held, with their minutes (KA-9).
    t << tableDef("hse_meeting", T("HSE meetings"), T("HSE meeting"), "map", true, "held_on",
                  {date("held_on", F("Date"), true), choice("forum", F("Forum"), "hse_forum"),
                   text("minutes_ref", F("Minutes (archive reference)")),
                   longText("topics", F("Main topics"))});
    // --- Planlegge og prioritere tiltak ---------------------------------------------------------
    t << tableDef("action", T("Action plan"), T("Action"), "plan", true, "title",
                  {text("title", F("Action"), true), longText("description", F("Description")),
                   choice("source", F("Source"), "action_source"),
                   text("source_id", F("Source record")),
                   choice("priority", F("Priority"), "priority"),
                   money("cost_nok", F("Cost (NOK)")),
                   person("responsible_id", F("Responsible")), date("deadline", F("Deadline")),
                   choice("status", F("Status"), "action_status"),
                   date("completed_on", F("Completed on")),
                   flag("effect_evaluated", F("Effect evaluated")),
                   longText("effect_note", F("Effect")),
                   text("archive_ref", F("Archive reference")),
                   ref("carried_from_id", F("Carried over from"), "action")});
    t << tableDef("local_routine", T("Local routines"), T("Local routine"), "plan", false, "title",
                  {text("title", F("Routine"), true), longText("description", F("Description")),
                   choice("level", F("Level"), "routine_level"), person("owner_id", F("Owner")),
                   date("approved_on", F("Approved on")), date("review_on", F("Review by")),
                   text("archive_ref", F("Archive reference"))});
    t << tableDef("coordination_agreement", T("Coordination agreements"),
                  T("Coordination agreement"), "plan", false, "partner",
                  {text("partner", F("Other employer"), true), text("premises", F("Shared premises or activity")),
                   text("main_enterprise", F("Main enterprise")),
                   flag("signed_by_leaders", F("Signed by the leaders")),
                   flag("signed_by_safety_reps", F("Signed by the safety representatives")),
                   date("signed_on", F("Signed on")), date("valid_until", F("Valid until")),
                   text("archive_ref", F("Archive reference"))});
    // --- Følge opp ------------------------------------------------------------------------------
    t << tableDef("inspection_round", T("Inspection rounds"), T("Inspection round"), "follow_up",
                  true, "area",
                  {date("held_on", F("Date")), text("area", F("Area"), true),
                   text("participants", F("Participants")),
                   choice("status", F("Status"), "work_status"),
                   longText("summary", F("Summary"))});
    t << tableDef("inspection_finding", T("Findings"), T("Finding"), "follow_up", false,
                  "description",
                  {parentRef("round_id", F("Inspection round"), "inspection_round"),
                   text("description", F("Finding"), true), text("location", F("Location")),
                   choice("severity", F("Severity"), "severity"),
                   flag("reassess_risk", F("Risk assessment to be revised")),
                   ref("action_id", F("Action"), "action"),
                   choice("status", F("Status"), "deviation_status")});
    t << tableDef("indicator", T("Indicators"), T("Indicator"), "follow_up", true, "name",
                  {text("name", F("Indicator"), true), text("unit_of_measure", F("Unit")),
                   real("target", F("Target"), -1000000000, 1000000000),
                   choice("direction", F("Better when"), "direction"),
                   longText("description", F("Description"))});
    t << tableDef("indicator_value", T("Indicator values"), T("Indicator value"), "follow_up",
                  false, "period",
                  {parentRef("indicator_id", F("Indicator"), "indicator"),
                   text("period", F("Month (yyyy-mm)"), true), real("value", F("Value"), -1000000000, 1000000000)});
    t << tableDef("system_review", T("Annual system review"), T("System review point"),
                  "follow_up", true, "criterion",
                  {choice("criterion", F("Criterion"), "review_criterion"),
                   choice("assessment", F("Assessment"), "assessment"),
                   longText("comment", F("Comment"))});
    // Since format 3: supervision by authorities and external parties as a register (RA-3 e),
    // each order given able to become an action; the occupational health service's work (RA-3 d);
    // the year's key figures from HR and the registers.
    t << tableDef("supervision", T("External supervision"), T("Supervision"), "follow_up", true,
                  "subject",
                  {date("held_on", F("Date")), choice("authority", F("Authority"), "authority"),
                   text("subject", F("Subject"), true),
                   text("report_ref", F("Report (archive reference)")),
                   longText("summary", F("Summary"))});
    t << tableDef("supervision_order", T("Orders"), T("Order"), "follow_up", false, "description",
                  {parentRef("supervision_id", F("Supervision"), "supervision"),
                   text("description", F("Order given"), true), date("deadline", F("Deadline")),
                   choice("status", F("Status"), "deviation_status"),
                   ref("action_id", F("Action"), "action")});
    t << tableDef("health_service_work", T("Occupational health service"),
                  T("Occupational health service assignment"), "follow_up", true, "work",
                  {text("work", F("Assignment"), true), date("done_on", F("Date")),
                   text("for_whom", F("For whom")), longText("note", F("Note"))});
    t << tableDef("key_figures", T("Key figures"), T("Key figures"), "follow_up", true,
                  "hours_worked",
                  {real("hours_worked", F("Hours worked"), 0, 1000000000),
                   real("sick_leave_q1", F("Sick leave Q1 (%)"), 0, 100),
                   real("sick_leave_q2", F("Sick leave Q2 (%)"), 0, 100),
                   real("sick_leave_q3", F("Sick leave Q3 (%)"), 0, 100),
                   real("sick_leave_q4", F("Sick leave Q4 (%)"), 0, 100),
                   choice("fire_protection", F("Fire protection documentation"), "register_status", false),
                   choice("chemical_register", F("Chemical register"), "register_status", false),
                   longText("note", F("Note"))});
    // --- Rapportering ---------------------------------------------------------------------------
    t << tableDef("report_text", T("Report texts"), T("Report text"), "report", true, "section",
                  {choice("section", F("Section"), "report_section"), longText("body", F("Text"))});
    t << tableDef("report_contributor", T("Contributors"), T("Contributor"), "report", true,
                  "name",
                  {choice("contributor", F("Contributor"), "contributor"), text("name", F("Name")),
                   longText("contribution", F("Contribution"))});
    // Since format 3: where and when the report was treated (the local AMU's meeting).
    t << tableDef("report_treatment", T("Treatment of the report"), T("Treatment"), "report", true,
                  "treated_on",
                  {choice("body", F("Treated by"), "treatment_body"),
                   date("treated_on", F("Treated on"), true), text("case_ref", F("Case number")),
                   longText("note", F("Decision or remarks"))});
    t << tableDef("signoff", T("Sign-offs"), T("Sign-off"), "report", true, "name",
                  {choice("scope", F("Signed"), "signoff_scope"), text("name", F("Name"), true),
                   text("role", F("Role")), col("signed_at", CT::DateTime, F("Signed at")),
                   longText("comment", F("Comment")), text("fingerprint", F("Fingerprint")),
                   col("withdrawn_at", CT::DateTime, F("Withdrawn at")),
                   longText("withdrawn_reason", F("Reason for withdrawal"))});
    t << tableDef("comment", T("Comments"), T("Comment"), "", false, "body",
                  {text("table_name", F("Record type"), true), text("record_id", F("Record"), true),
                   text("author", F("Author")), longText("body", F("Comment")),
                   flag("resolved", F("Resolved")), text("resolved_by", F("Resolved by")),
                   col("resolved_at", CT::DateTime, F("Resolved at"))});
    // --- the risk matrix (one per file) ---------------------------------------------------------
    t << tableDef("matrix_axis", T("Risk matrix steps"), T("Risk matrix step"), "map", false,
                  "label_en",
                  {choice("axis", F("Axis"), "matrix_axis"), integer("step", F("Step"), 1, 7, true),
                   text("label_nb", F("Label (bokmål)"), true),
                   text("label_en", F("Label (English)"), true)});
    t << tableDef("matrix_category", T("Consequence categories"), T("Consequence category"),
                  "map", false, "name_en",
                  {text("key", F("Key"), true), text("name_nb", F("Name (bokmål)"), true),
                   text("name_en", F("Name (English)"), true),
                   integer("sort_order", F("Order"), 0, 1000)});
    t << tableDef("matrix_cell", T("Risk matrix cells"), T("Risk matrix cell"), "map", false,
                  "level",
                  {integer("probability", F("Probability"), 1, 7, true),
                   integer("consequence", F("Consequence"), 1, 7, true),
                   choice("level", F("Level"), "risk_level")});
    return t;
}
#undef F
#undef T

#define C(text) QT_TRANSLATE_NOOP("ik::Choice", text)
QList<ChoiceSet> buildChoiceSets()
{
    auto set = [](const char *name, QList<Choice> choices) {
        return ChoiceSet{QString::fromLatin1(name), std::move(choices)};
    };
    auto c = [](const char *key, const char *label) {
        return Choice{QString::fromLatin1(key), label};
    };
    return {
        set("year_status", {c("open", C("Open")), c("closed", C("Closed"))}),
        set("role", {c("line_manager", C("Line manager")), c("hse_coordinator", C("HSE coordinator")),
                     c("safety_representative", C("Safety representative")),
                     c("hse_group", C("HSE group member")),
                     c("hse_driver", C("Drives the HSE work")),
                     c("all_employees", C("All employees")),
                     c("occupational_health_service", C("Occupational health service")),
                     c("radiation_protection_coordinator", C("Radiation protection coordinator")),
                     c("chemical_register_contact", C("Chemical register contact")),
                     c("fire_warden", C("Fire warden")), c("first_aider", C("First aider"))}),
        set("goal_result", {c("not_evaluated", C("Not evaluated")), c("reached", C("Reached")),
                            c("partly", C("Partly reached")), c("not_reached", C("Not reached"))}),
        set("focus_source", {c("ntnu", C("NTNU focus area")), c("unit", C("The unit's own topic"))}),
        set("phase", {c("initiate", C("Initiate")), c("map", C("Map")),
                      c("plan", C("Plan and prioritise")), c("follow_up", C("Follow up")),
                      c("report", C("Report"))}),
        set("recurrence", {c("yearly", C("Every year")), c("biennial", C("Every second year")),
                           c("tertial", C("Every tertial")), c("once", C("Once"))}),
        set("item_status", {c("not_started", C("Not started")), c("in_progress", C("In progress")),
                            c("done", C("Done")), c("not_applicable", C("Not applicable"))}),
        set("compliance", {c("not_assessed", C("Not assessed")), c("compliant", C("Complied with")),
                           c("partly", C("Partly complied with")),
                           c("not_compliant", C("Not complied with"))}),
        set("hazard", {c("chemicals", C("Chemicals")), c("biological", C("Biological agents")),
                       c("radiation", C("Radiation")), c("noise", C("Noise")),
                       c("ergonomics", C("Ergonomics")), c("psychosocial", C("Psychosocial")),
                       c("field_work", C("Field work")), c("lab_equipment", C("Lab equipment")),
                       c("travel", C("Travel")), c("other", C("Other"))}),
        set("priority", {c("high", C("High")), c("medium", C("Medium")), c("low", C("Low"))}),
        set("work_status", {c("planned", C("Planned")), c("in_progress", C("In progress")),
                            c("done", C("Done"))}),
        set("risk_status", {c("open", C("Open")), c("measures_planned", C("Measures planned")),
                            c("accepted", C("Accepted")), c("closed", C("Closed"))}),
        set("deviation_category",
            {c("injury", C("Personal injury")), c("near_miss", C("Near miss")),
             c("hazard", C("Hazardous condition")), c("environment", C("External environment")),
             c("material", C("Material damage")), c("improvement", C("Improvement proposal")),
             c("other", C("Other"))}),
        set("severity", {c("low", C("Low")), c("medium", C("Medium")), c("high", C("High")),
                         c("critical", C("Critical"))}),
        set("deviation_status", {c("open", C("Open")), c("in_progress", C("In progress")),
                                 c("closed", C("Closed"))}),
        set("survey_status", {c("not_due", C("Not due this year")), c("planned", C("Planned")),
                              c("held", C("Held")), c("followed_up", C("Followed up"))}),
        set("document_kind",
            {c("risk_assessment", C("Risk assessment")), c("meeting_minutes", C("Minutes of HSE meeting")),
             c("inspection", C("Inspection round result")), c("training", C("Training overview")),
             c("fire_protection", C("Fire protection documentation")),
             c("deviations", C("Deviation overview")), c("action_plan", C("Action plan")),
             c("routine", C("Local routine")), c("agreement", C("Coordination agreement")),
             c("other", C("Other"))}),
        set("action_source", {c("risk", C("Risk assessment")), c("deviation", C("Deviation")),
                              c("inspection", C("Inspection round")),
                              c("survey", C("Work-environment survey")), c("goal", C("Goal")),
                              c("appraisal", C("Appraisal talks")),
                              c("system_review", C("System review")),
                              c("supervision", C("Supervision order")), c("other", C("Other"))}),
        set("action_status", {c("planned", C("Planned")), c("in_progress", C("In progress")),
                              c("done", C("Done")), c("cancelled", C("Cancelled"))}),
        set("routine_level", {c("unit", C("Unit")), c("faculty", C("Faculty"))}),
        set("direction", {c("higher", C("Higher")), c("lower", C("Lower"))}),
        set("review_criterion",
            {c("a", C("(a) Complies with laws and internal requirements")),
             c("b", C("(b) Supports NTNU's HSE focus areas")),
             c("c", C("(c) Contributes to continuous improvement")),
             c("d", C("(d) Is in use and maintained"))}),
        set("assessment", {c("not_assessed", C("Not assessed")), c("fulfilled", C("Fulfilled")),
                           c("partly", C("Partly fulfilled")), c("not_fulfilled", C("Not fulfilled"))}),
        set("report_section",
            {c("ra3a", C("(a) Status against the HSE goals")), c("ra3b", C("(b) Focus areas")),
             c("ra3c", C("(c) The systematic HSE work")),
             c("ra3d", C("(d) The occupational health service's work")),
             c("ra3e", C("(e) Supervision and inspections by authorities or external parties")),
             c("ra1", C("Need for changes in the HSE system"))}),
        set("contributor", {c("safety_representative", C("Safety representative")),
                            c("hse_section", C("HSE section")),
                            c("occupational_health_service", C("Occupational health service")),
                            c("chief_safety_representative", C("Chief safety representative")),
                            c("amu", C("Working environment committee (AMU)")),
                            c("other", C("Other"))}),
        set("signoff_scope", {c("review", C("Annual review")), c("action_plan", C("Action plan"))}),
        set("hse_forum", {c("hse_group", C("HSE group")), c("hse_committee", C("HSE committee")),
                          c("local_amu", C("Local working environment committee")),
                          c("staff_meeting", C("Staff meeting")), c("other", C("Other"))}),
        set("authority", {c("labour_inspection", C("Labour Inspection Authority")),
                          c("radiation", C("Radiation and Nuclear Safety Authority (DSA)")),
                          c("fire_service", C("Fire service")),
                          c("electrical", C("Electrical safety authority (DLE)")),
                          c("food_safety", C("Food Safety Authority")),
                          c("external_audit", C("External audit")), c("other", C("Other"))}),
        set("register_status", {c("not_checked", C("Not checked")), c("up_to_date", C("Up to date")),
                                c("needs_update", C("Needs updating")),
                                c("not_relevant", C("Not relevant"))}),
        set("treatment_body", {c("local_amu", C("Local working environment committee")),
                               c("amu", C("Working environment committee (AMU)")),
                               c("hse_committee", C("HSE committee")),
                               c("management", C("Management meeting")), c("other", C("Other"))}),
        set("matrix_axis", {c("probability", C("Probability")), c("consequence", C("Consequence"))}),
        set("risk_level", {c("acceptable", C("Acceptable")), c("assess", C("Assess measures")),
                           c("unacceptable", C("Not acceptable"))}),
    };
}
#undef C

// --- the domain rules, in one place ----------------------------------------------------------
// What each status means, which date makes a row due and what a new row starts with. The status
// (core/review/yearstatus), the report, the calendar, the year rollover and the record editors
// read these, so "is this action still open?" has one answer everywhere.

void addStatusMeanings(QList<ChoiceSet> &sets)
{
    const auto mark = [&sets](const char *set, std::initializer_list<std::pair<const char *, Completion>> keys) {
        for (ChoiceSet &s : sets)
            if (s.name == QLatin1String(set))
                for (const auto &[key, completion] : keys)
                    for (Choice &c : s.choices)
                        if (c.key == QLatin1String(key))
                            c.completion = completion;
    };
    // Every other status is Open.
    mark("year_status", {{"closed", Completion::Done}});
    // Not applicable: nothing more to do this year, so it counts as done in the phase progress.
    mark("item_status", {{"done", Completion::Done}, {"not_applicable", Completion::Done}});
    mark("work_status", {{"done", Completion::Done}});
    // An accepted risk needs no measures; its acceptance still falls due for review (risk's dueWhile).
    mark("risk_status", {{"accepted", Completion::Done}, {"closed", Completion::Done}});
    mark("deviation_status", {{"closed", Completion::Done}});
    mark("survey_status", {{"not_due", Completion::Dropped}, {"followed_up", Completion::Done}});
    mark("action_status", {{"done", Completion::Done}, {"cancelled", Completion::Dropped}});
}

void addDomainRules(QList<TableDef> &tables)
{
    const auto table = [&tables](const char *name) -> TableDef & {
        for (TableDef &t : tables)
            if (t.name == QLatin1String(name))
                return t;
        Q_UNREACHABLE();
    };
    table("action").dueColumn = QStringLiteral("deadline");
    table("checklist_item").dueColumn = QStringLiteral("due_date");
    table("risk").dueColumn = QStringLiteral("acceptance_review_on");
    table("risk").dueWhile = {QStringLiteral("accepted")};
    table("supervision_order").dueColumn = QStringLiteral("deadline");
    // Someone entered in the list of people works here now.
    table("person").newRowDefaults = {{QStringLiteral("active"), true}};
}

// An action made from a finding or a deviation: a high or critical one is a high-priority action,
// any other starts at medium.
QString actionPriorityFor(const QString &severity)
{
    return severity == QLatin1String("high") || severity == QLatin1String("critical") ? QStringLiteral("high")
                                                                                      : QStringLiteral("medium");
}

QString columnSql(const ColumnDef &c)
{
    QString type;
    switch (c.type) {
    case ColumnType::Integer:
    case ColumnType::Bool:
    case ColumnType::Year: type = QStringLiteral("INTEGER"); break;
    case ColumnType::Real:
    case ColumnType::Money: type = QStringLiteral("REAL"); break;
    default: type = QStringLiteral("TEXT"); break;
    }
    QString sql = c.name + QLatin1Char(' ') + type;
    if (c.required)
        sql += QStringLiteral(" NOT NULL");
    if (c.type == ColumnType::Reference) {
        sql += QStringLiteral(" REFERENCES %1(id) ON DELETE %2")
                   .arg(c.reference, c.parent ? QStringLiteral("CASCADE") : QStringLiteral("SET NULL"));
    }
    return sql;
}

} // namespace

const ColumnDef *TableDef::column(const QString &name) const
{
    for (const ColumnDef &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString TableDef::parentColumn() const
{
    for (const ColumnDef &c : columns)
        if (c.parent)
            return c.name;
    return {};
}

QStringList TableDef::columnNames() const
{
    QStringList names = schema::commonColumns();
    if (yearScoped)
        names << QStringLiteral("year");
    for (const ColumnDef &c : columns)
        names << c.name;
    return names;
}

const Choice *ChoiceSet::find(const QString &key) const
{
    for (const Choice &c : choices)
        if (c.key == key)
            return &c;
    return nullptr;
}

Completion ChoiceSet::completion(const QString &key) const
{
    const Choice *c = find(key);
    return c ? c->completion : Completion::Open;
}

QStringList ChoiceSet::keys(Completion wanted) const
{
    QStringList out;
    for (const Choice &c : choices)
        if (c.completion == wanted)
            out << c.key;
    return out;
}

Completion TableDef::completion(const QVariantMap &row) const
{
    const ColumnDef *status = column(QStringLiteral("status"));
    if (!status || status->type != ColumnType::Choice)
        return Completion::Open;
    return schema::choiceSet(status->reference)->completion(row.value(status->name).toString());
}

QDate TableDef::dueDate(const QVariantMap &row) const
{
    if (dueColumn.isEmpty())
        return {};
    const bool due = dueWhile.isEmpty() ? !isClosed(row)
                                        : dueWhile.contains(row.value(QStringLiteral("status")).toString());
    return due ? QDate::fromString(row.value(dueColumn).toString(), Qt::ISODate) : QDate();
}

bool TableDef::isOverdue(const QVariantMap &row, const QDate &today) const
{
    const QDate due = dueDate(row);
    return due.isValid() && due < today;
}

QVariantMap TableDef::newRow() const
{
    QVariantMap row = newRowDefaults;
    for (const ColumnDef &c : columns)
        if (c.isChoice() && c.required && !row.contains(c.name))
            row.insert(c.name, schema::choiceSet(c.reference)->choices.constFirst().key);
    return row;
}

namespace schema {

const QList<TableDef> &tables()
{
    static const QList<TableDef> all = [] {
        QList<TableDef> built = buildTables();
        addDomainRules(built);
        return built;
    }();
    return all;
}

const TableDef *table(const QString &name)
{
    for (const TableDef &t : tables())
        if (t.name == name)
            return &t;
    return nullptr;
}

const QList<ChoiceSet> &choiceSets()
{
    static const QList<ChoiceSet> all = [] {
        QList<ChoiceSet> built = buildChoiceSets();
        addStatusMeanings(built);
        return built;
    }();
    return all;
}

const ChoiceSet *choiceSet(const QString &name)
{
    for (const ChoiceSet &s : choiceSets())
        if (s.name == name)
            return &s;
    return nullptr;
}

bool yearLockApplies(const TableDef &t)
{
    if (t.name == QLatin1String("signoff"))
        return false;
    if (t.yearScoped)
        return true;
    const QString parentColumn = t.parentColumn();
    return !parentColumn.isEmpty() && yearLockApplies(*table(t.column(parentColumn)->reference));
}

LinkColumn linkColumn(const QString &table, const QString &column)
{
    if (table != QLatin1String("action") || column != QLatin1String("source_id"))
        return {};
    // action_source key → the table its records lie in
    static const LinkColumn source{QStringLiteral("source"),
                                   {{QStringLiteral("risk"), QStringLiteral("risk")},
                                    {QStringLiteral("deviation"), QStringLiteral("deviation")},
                                    {QStringLiteral("inspection"), QStringLiteral("inspection_finding")},
                                    {QStringLiteral("survey"), QStringLiteral("survey")},
                                    {QStringLiteral("goal"), QStringLiteral("goal")},
                                    {QStringLiteral("appraisal"), QStringLiteral("appraisal_status")},
                                    {QStringLiteral("system_review"), QStringLiteral("system_review")},
                                    {QStringLiteral("supervision"), QStringLiteral("supervision_order")}}};
    return source;
}

QString linkedTable(const QString &table, const QString &column, const QVariantMap &row)
{
    const LinkColumn link = linkColumn(table, column);
    return link.selector.isEmpty() ? QString() : link.tables.value(row.value(link.selector).toString());
}

QStringList createStatements()
{
    QStringList out;
    out << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)");
    // The change log is append-only; it references rows by id so it survives their deletion.
    out << QStringLiteral(
        "CREATE TABLE change_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT, "
        "table_name TEXT NOT NULL, record_id TEXT NOT NULL, operation TEXT NOT NULL, "
        "column_name TEXT, old_value TEXT, new_value TEXT)");
    QStringList indexes;
    indexes << QStringLiteral("CREATE INDEX change_log_record ON change_log(table_name, record_id)");
    for (const TableDef &t : tables()) {
        QStringList cols{QStringLiteral("id TEXT PRIMARY KEY NOT NULL"),
                         QStringLiteral("created_at TEXT NOT NULL"), QStringLiteral("created_by TEXT"),
                         QStringLiteral("modified_at TEXT NOT NULL"), QStringLiteral("modified_by TEXT")};
        if (t.yearScoped)
            cols << QStringLiteral("year INTEGER NOT NULL REFERENCES review_year(year) ON DELETE CASCADE");
        for (const ColumnDef &c : t.columns) {
            QString sql = columnSql(c);
            if (t.name == QLatin1String("review_year") && c.name == QLatin1String("year"))
                sql += QStringLiteral(" UNIQUE");
            cols << sql;
        }
        out << QStringLiteral("CREATE TABLE %1 (%2)").arg(t.name, cols.join(QStringLiteral(", ")));
        if (t.yearScoped)
            indexes << QStringLiteral("CREATE INDEX %1_year ON %1(year)").arg(t.name);
        for (const ColumnDef &c : t.columns)
            if (c.type == ColumnType::Reference)
                indexes << QStringLiteral("CREATE INDEX %1_%2 ON %1(%2)").arg(t.name, c.name);
    }
    // Since format 2: one risk-matrix cell per probability × consequence.
    indexes << QStringLiteral("CREATE UNIQUE INDEX matrix_cell_position ON matrix_cell(probability, consequence)");
    return out + indexes;
}

QString priorityForSeverity(const QString &severity)
{
    return actionPriorityFor(severity);
}

QString sqlList(const QStringList &keys)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z0-9_]+$"));
    QStringList quoted;
    for (const QString &key : keys) {
        Q_ASSERT(identifier.match(key).hasMatch());
        quoted << QLatin1Char('\'') + key + QLatin1Char('\'');
    }
    return QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

const QStringList &phases()
{
    static const QStringList all{QStringLiteral("initiate"), QStringLiteral("map"),
                                 QStringLiteral("plan"), QStringLiteral("follow_up"),
                                 QStringLiteral("report")};
    return all;
}

QString phaseLabel(const QString &phase)
{
    const Choice *c = choiceSet(QStringLiteral("phase"))->find(phase);
    return c ? QString::fromUtf8(c->label) : phase;
}

} // namespace schema
} // namespace ik
