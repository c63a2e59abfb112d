#include "core/review/demounit.h"

#include "core/review/checklisttemplate.h"
#include "core/review/reviewyear.h"
#include "core/risk/riskmatrix.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QSet>
#include <QRandomGenerator>

#include <algorithm>
#include <tuple>
#include <cmath>

namespace ik {

namespace {

const char *const kFirstNames[] = {"Ingrid", "Ola", "Kari", "Lars", "Sigrid", "Håkon", "Marte",
                                   "Øystein", "Astrid", "Bjørn", "Ragnhild", "Tor", "Synnøve",
                                   "Even", "Åse", "Jørgen", "Liv", "Magnus", "Hanne", "Erlend"};
const char *const kLastNames[] = {"Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg",
                                  "Haugen", "Dahl", "Lie", "Strand", "Bakken", "Sæther",
                                  "Løkken", "Nygård", "Aas", "Grønli"};
const char *const kRooms[] = {"Lab K4-112", "Lab K4-118", "Verksted K2", "Kjemikalielager",
                              "Kontor 3. etg.", "Renrom", "Feltlager", "Seminarrom"};

class Builder
{
public:
    Builder(UnitFile &file, const DemoOptions &o)
        : m_file(file), m_rng(o.seed), m_scale(o.scale), m_year(o.year), m_asOf(o.asOf)
    {}

    bool run(QString *error);
    void legalRegister();

private:
    // What the demo wrote of a year, kept to count the indicators and goal results from.
    struct Deviation
    {
        QString id;
        QDate reported, closed;
        bool injuryWithAbsence = false;
    };
    struct Action
    {
        QString id;
        QDate deadline, completed;
    };
    struct Training
    {
        QString person, course;
        QDate completed;
    };

    template<std::size_t N>
    QString pick(const char *const (&list)[N])
    {
        return QString::fromUtf8(list[m_rng.bounded(int(N))]);
    }
    QString pickOf(const QStringList &list) { return list.at(m_rng.bounded(int(list.size()))); }
    // The last day of `year` the demo shows: its end, or the demo's day in the current year.
    QDate lastDay(int year) const { return year == m_year ? m_asOf : QDate(year, 12, 31); }
    QDate dayIn(int year) { return QDate(year, 1, 1).addDays(m_rng.bounded(365)); }
    QDate dayUntil(int year)
    {
        return QDate(year, 1, 1).addDays(m_rng.bounded(int(QDate(year, 1, 1).daysTo(lastDay(year))) + 1));
    }
    QString add(const QString &table, const Record &row)
    {
        if (!m_ok)
            return {};
        const QString id = m_file.insert(table, row, &m_error);
        m_ok = !id.isEmpty();
        return id;
    }
    void update(const QString &table, const QString &id, const Record &values)
    {
        if (m_ok)
            m_ok = m_file.update(table, id, values, &m_error);
    }
    void people();
    void yearRecords(int year, bool current);
    QStringList risks(int year);
    QList<Deviation> deviations(int year);
    QList<Training> training(int year);
    QList<Action> actions(int year, bool current, const QMap<QString, QStringList> &sources);
    QStringList inspectionRounds(int year, bool current);
    void goals(int year, bool current, const QList<Deviation> &deviations);
    void indicators(int year, const QList<Deviation> &deviations, const QList<Action> &actions, int appraisalsHeld,
                    const QList<double> &sickLeave);
    // The registers of the report: supervision and its orders, the occupational health service,
    // HSE meetings, the key figures and where the report was treated.
    void reportRegisters(int year, bool current, const QList<double> &sickLeave);
    void checklist(int year, bool current);
    int leadersTrained(const QDate &on) const;

    UnitFile &m_file;
    QRandomGenerator m_rng;
    int m_scale;
    int m_year;
    QDate m_asOf;
    bool m_ok = true;
    QString m_error;
    QStringList m_people, m_leaders;
    QString m_manager, m_coordinator, m_safetyRep;
    QList<Training> m_allTraining; // every year's, for "leaders with HSE training"
    int m_caseNumber = 0;
};

void Builder::people()
{
    const int count = 40 * m_scale;
    for (int i = 0; i < count; ++i) {
        const bool leader = i < 4 * m_scale;
        const QString name = pick(kFirstNames) + QLatin1Char(' ') + pick(kLastNames);
        const QString id = add(QStringLiteral("person"),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("position"), leader ? QStringLiteral("Gruppeleder")
                                                                    : pickOf({QStringLiteral("Professor"), QStringLiteral("Førsteamanuensis"),
                                                                              QStringLiteral("Stipendiat"), QStringLiteral("Overingeniør"),
                                                                              QStringLiteral("Postdoktor"), QStringLiteral("Rådgiver")})},
                                {QStringLiteral("email"), name.toLower().replace(QLatin1Char(' '), QLatin1Char('.'))
                                                              + QStringLiteral("@example.org")},
                                {QStringLiteral("is_leader"), leader},
                                {QStringLiteral("active"), true}});
        m_people << id;
        if (leader)
            m_leaders << id;
    }
    m_manager = m_people.at(0);
    m_coordinator = m_people.at(4 * m_scale);
    m_safetyRep = m_people.at(4 * m_scale + 1);
}

void Builder::yearRecords(int year, bool current)
{
    const QString y = QString::number(year);
    // Roles: about ten people with HSE roles.
    const QList<std::pair<QString, QString>> roles{
        {m_manager, QStringLiteral("line_manager")}, {m_coordinator, QStringLiteral("hse_coordinator")},
        {m_safetyRep, QStringLiteral("safety_representative")}, {m_coordinator, QStringLiteral("hse_driver")},
        {m_people.at(6), QStringLiteral("hse_group")}, {m_people.at(7), QStringLiteral("hse_group")},
        {m_people.at(8), QStringLiteral("radiation_protection_coordinator")},
        {m_people.at(9), QStringLiteral("chemical_register_contact")},
        {m_people.at(10), QStringLiteral("fire_warden")}, {m_people.at(11), QStringLiteral("first_aider")}};
    for (const auto &[person, role] : roles)
        add(QStringLiteral("role_assignment"), {{QStringLiteral("year"), year},
                                                {QStringLiteral("person_id"), person},
                                                {QStringLiteral("role"), role}});
    for (const auto &[task, person] : QList<std::pair<QString, QString>>{
             {QStringLiteral("Oppfølging av stoffkartotek"), m_people.at(9)},
             {QStringLiteral("Strålevern og dosimetri"), m_people.at(8)},
             {QStringLiteral("Gjennomføre HMS-runder"), m_coordinator},
             {QStringLiteral("Opplæring av nyansatte i laboratoriet"), m_people.at(6)}})
        add(QStringLiteral("delegated_task"),
            {{QStringLiteral("year"), year}, {QStringLiteral("task"), task},
             {QStringLiteral("delegated_to_id"), person}, {QStringLiteral("delegated_by_id"), m_manager},
             {QStringLiteral("authority"), QStringLiteral("Kan stanse arbeid som ikke er forsvarlig.")},
             {QStringLiteral("delegated_on"), QDate(year, 1, 20)}});
    add(QStringLiteral("focus_area"), {{QStringLiteral("year"), year},
                                       {QStringLiteral("title"), QStringLiteral("Psykososialt arbeidsmiljø")},
                                       {QStringLiteral("source"), QStringLiteral("ntnu")}});
    add(QStringLiteral("focus_area"), {{QStringLiteral("year"), year},
                                       {QStringLiteral("title"), QStringLiteral("Sikker kjemikaliehåndtering")},
                                       {QStringLiteral("source"), QStringLiteral("unit")}});
    // Appraisal talks: most held by the end of a year; in the current one, about half so far.
    const int appraisalsHeld = (current ? 22 : 37) * m_scale;
    add(QStringLiteral("appraisal_status"),
        {{QStringLiteral("year"), year}, {QStringLiteral("employees"), 40 * m_scale},
         {QStringLiteral("held"), appraisalsHeld},
         {QStringLiteral("planned"), (current ? 15 : 3) * m_scale}});
    const QString survey = add(
        QStringLiteral("survey"),
        {{QStringLiteral("year"), year},
         {QStringLiteral("status"), (m_year - year) % 2 == 0 ? (current ? QStringLiteral("planned") : QStringLiteral("followed_up"))
                                                           : QStringLiteral("not_due")},
         {QStringLiteral("response_rate"), (m_year - year) % 2 == 0 && !current ? 71.5 : QVariant()}});
    training(year);
    QMap<QString, QStringList> sources; // action_source → records an action may come from
    sources[QStringLiteral("risk")] = risks(year);
    sources[QStringLiteral("inspection")] = inspectionRounds(year, current);
    const QList<Deviation> cases = deviations(year);
    for (const Deviation &d : cases)
        sources[QStringLiteral("deviation")] << d.id;
    sources[QStringLiteral("survey")] << survey;
    const QList<Action> planned = actions(year, current, sources);
    goals(year, current, cases);
    const QStringList criteria{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    for (const QString &c : criteria)
        add(QStringLiteral("system_review"), {{QStringLiteral("year"), year}, {QStringLiteral("criterion"), c},
                                              {QStringLiteral("assessment"), current ? QStringLiteral("not_assessed") : QStringLiteral("fulfilled")},
                                              {QStringLiteral("comment"), current ? QString() : QStringLiteral("Gjennomgått i HMS-gruppen.")}});
    add(QStringLiteral("report_text"), {{QStringLiteral("year"), year}, {QStringLiteral("section"), QStringLiteral("ra3d")},
                                        {QStringLiteral("body"), QStringLiteral("Bedriftshelsetjenesten gjennomførte ergonomiske vurderinger og støymålinger.")}});
    add(QStringLiteral("report_contributor"), {{QStringLiteral("year"), year}, {QStringLiteral("contributor"), QStringLiteral("occupational_health_service")},
                                               {QStringLiteral("name"), QStringLiteral("BHT NTNU")}});
    add(QStringLiteral("document_ref"), {{QStringLiteral("year"), year}, {QStringLiteral("kind"), QStringLiteral("meeting_minutes")},
                                         {QStringLiteral("title"), QStringLiteral("Referat HMS-møte mars %1").arg(y)},
                                         {QStringLiteral("reference"), QStringLiteral("%1/%2").arg(y).arg(1000 + m_rng.bounded(9000))},
                                         {QStringLiteral("dated"), QDate(year, 3, 15)}});
    // Sick leave per month as HR reports it: the indicator's months and the key figures' quarters.
    QList<double> sickLeave;
    for (int m = 1; m <= 12; ++m)
        sickLeave << 3.5 + m_rng.bounded(30) / 10.0;
    indicators(year, cases, planned, appraisalsHeld, sickLeave);
    reportRegisters(year, current, sickLeave);
    checklist(year, current);
}

void Builder::reportRegisters(int year, bool current, const QList<double> &sickLeave)
{
    const QDate last = lastDay(year);
    // One visit by the Labour Inspection Authority a year, in the spring, with two orders: closed
    // by the year's end, or in the current year one still open with its deadline ahead.
    const QDate visit(year, 4, 22);
    if (visit <= last) {
        const QString supervision = add(QStringLiteral("supervision"),
                                        {{QStringLiteral("year"), year}, {QStringLiteral("held_on"), visit},
                                         {QStringLiteral("authority"), year % 2 ? QStringLiteral("labour_inspection") : QStringLiteral("fire_service")},
                                         {QStringLiteral("subject"), year % 2 ? QStringLiteral("Kjemikaliehåndtering i laboratoriene")
                                                                              : QStringLiteral("Branntilsyn i bygg K4")},
                                         {QStringLiteral("report_ref"), QStringLiteral("%1/%2").arg(year).arg(2000 + year % 100)},
                                         {QStringLiteral("summary"), QStringLiteral("Tilsynet fant orden i det meste, og ga to pålegg.")}});
        const QDate firstDeadline(year, 6, 30), secondDeadline = current ? m_asOf.addDays(45) : QDate(year, 10, 31);
        add(QStringLiteral("supervision_order"),
            {{QStringLiteral("supervision_id"), supervision},
             {QStringLiteral("description"), QStringLiteral("Oppdatere stoffkartoteket for lab K4")},
             {QStringLiteral("deadline"), firstDeadline},
             {QStringLiteral("status"), firstDeadline <= last ? QStringLiteral("closed") : QStringLiteral("open")}});
        add(QStringLiteral("supervision_order"),
            {{QStringLiteral("supervision_id"), supervision},
             {QStringLiteral("description"), QStringLiteral("Dokumentere opplæring i bruk av avtrekksskap")},
             {QStringLiteral("deadline"), secondDeadline},
             {QStringLiteral("status"), current ? QStringLiteral("in_progress") : QStringLiteral("closed")}});
    }
    for (const auto &[day, work, forWhom] : QList<std::tuple<QDate, QString, QString>>{
             {QDate(year, 2, 10), QStringLiteral("Ergonomisk vurdering av kontorarbeidsplasser"), QStringLiteral("Administrasjonen")},
             {QDate(year, 5, 5), QStringLiteral("Støymålinger i verkstedet"), QStringLiteral("Verkstedet")},
             {QDate(year, 10, 12), QStringLiteral("Helseundersøkelse for ansatte som arbeider med isocyanater"), QStringLiteral("Lab K4")}})
        if (day <= last)
            add(QStringLiteral("health_service_work"), {{QStringLiteral("year"), year}, {QStringLiteral("done_on"), day},
                                                        {QStringLiteral("work"), work}, {QStringLiteral("for_whom"), forWhom}});
    // The HSE group meets every quarter, once the quarter's meeting day has come.
    for (int quarter = 0; quarter < 4; ++quarter) {
        const QDate day(year, 3 * quarter + 3, 15);
        if (day <= last)
            add(QStringLiteral("hse_meeting"), {{QStringLiteral("year"), year}, {QStringLiteral("held_on"), day},
                                                {QStringLiteral("forum"), QStringLiteral("hse_group")},
                                                {QStringLiteral("minutes_ref"), QStringLiteral("%1/%2").arg(year).arg(3000 + quarter)},
                                                {QStringLiteral("topics"), QStringLiteral("Avvik, tiltaksplan og HMS-runder.")}});
    }
    // Hours worked: the employees' full-time years, for the part of the year that has passed.
    const double share = double(QDate(year, 1, 1).daysTo(last) + 1) / QDate(year, 1, 1).daysInYear();
    Record figures{{QStringLiteral("year"), year},
                   {QStringLiteral("hours_worked"), std::round(40 * m_scale * 1700 * share)},
                   {QStringLiteral("fire_protection"), QStringLiteral("up_to_date")},
                   {QStringLiteral("chemical_register"), current ? QStringLiteral("needs_update") : QStringLiteral("up_to_date")}};
    for (int quarter = 1; quarter <= 4; ++quarter)
        if (QDate(year, 3 * quarter, 1).addMonths(1).addDays(-1) <= last)
            figures.insert(QStringLiteral("sick_leave_q%1").arg(quarter),
                           std::round(10 * (sickLeave[3 * quarter - 3] + sickLeave[3 * quarter - 2] + sickLeave[3 * quarter - 1]) / 3) / 10);
    add(QStringLiteral("key_figures"), figures);
    add(QStringLiteral("report_contributor"), {{QStringLiteral("year"), year}, {QStringLiteral("contributor"), QStringLiteral("safety_representative")},
                                               {QStringLiteral("name"), m_file.displayName(QStringLiteral("person"), m_safetyRep)},
                                               {QStringLiteral("contribution"), QStringLiteral("Deltok i HMS-runder og gjennomgang av avvik.")}});
    // A past year's report was treated by the local AMU in February of the next year.
    if (!current)
        add(QStringLiteral("report_treatment"), {{QStringLiteral("year"), year}, {QStringLiteral("body"), QStringLiteral("local_amu")},
                                                 {QStringLiteral("treated_on"), QDate(year + 1, 2, 14)},
                                                 {QStringLiteral("case_ref"), QStringLiteral("%1/%2").arg(year + 1).arg(12)}});
}

QList<Builder::Training> Builder::training(int year)
{
    // About 20 courses a year at scale 1; the leaders take "HMS for ledere" in turn.
    const QStringList courses{QStringLiteral("HMS-plattformen"), QStringLiteral("Verneombudsopplæring (40 t)"),
                              QStringLiteral("Strålevernkurs"), QStringLiteral("Stoffkartotek (ECOonline)"),
                              QStringLiteral("Førstehjelp")};
    QList<Training> out;
    for (int i = 0; i < 20 * m_scale; ++i) {
        const bool leaderCourse = i % 5 == 0;
        Training t{leaderCourse ? m_leaders.at((i / 5 + year) % m_leaders.size()) : pickOf(m_people),
                   leaderCourse ? QStringLiteral("HMS for ledere") : pickOf(courses), dayUntil(year)};
        add(QStringLiteral("training_record"),
            {{QStringLiteral("year"), year}, {QStringLiteral("person_id"), t.person},
             {QStringLiteral("course"), t.course}, {QStringLiteral("hours"), 2 + m_rng.bounded(38)},
             {QStringLiteral("completed_on"), t.completed}, {QStringLiteral("provider"), QStringLiteral("HMS-seksjonen")},
             {QStringLiteral("valid_until"), t.completed.addYears(3)}});
        out << t;
    }
    m_allTraining << out;
    return out;
}

int Builder::leadersTrained(const QDate &on) const
{
    QSet<QString> trained;
    for (const Training &t : m_allTraining)
        if (t.course == QLatin1String("HMS for ledere") && t.completed <= on && t.completed.addYears(3) >= on)
            trained.insert(t.person);
    return int(trained.size());
}

QList<Builder::Action> Builder::actions(int year, bool current, const QMap<QString, QStringList> &sources)
{
    // About 17 a year (50 over three years), each made from a record of its year.
    const QStringList titles{QStringLiteral("Skifte avtrekksvifte i lab"), QStringLiteral("Oppdatere stoffkartotek"),
                             QStringLiteral("Ny rutine for avfallshåndtering"), QStringLiteral("Ergonomisk vurdering av kontorplasser"),
                             QStringLiteral("Merking av nødutganger"), QStringLiteral("Kurs i førstehjelp"),
                             QStringLiteral("Gjennomgå rømningsplan"), QStringLiteral("Sikre gassflasker")};
    QStringList kinds;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        if (!it.value().isEmpty())
            kinds << it.key();
    // A risk still above the acceptable level after its measures, and not accepted, gets an
    // action of its own first, so the risk table names an action and a deadline for each.
    const QStringList yearRisks = sources.value(QStringLiteral("risk"));
    QStringList riskNeedsAction;
    for (const RiskEvaluation &e : evaluateRisks(m_file, year)) {
        const RiskScore &residual = e.residual();
        if (yearRisks.contains(e.riskId) && residual.level && *residual.level != RiskMatrix::Level::Acceptable
            && m_file.record(QStringLiteral("risk"), e.riskId)->value(QStringLiteral("status")) != QLatin1String("accepted"))
            riskNeedsAction << e.riskId;
    }
    QList<Action> out;
    for (int i = 0; i < 17 * m_scale; ++i) {
        Action a{{}, dayIn(year), {}};
        const QDate finished = a.deadline.addDays(-m_rng.bounded(30) + (m_rng.bounded(5) == 0 ? 45 : 0));
        if ((!current || m_rng.bounded(3) != 0) && finished <= lastDay(year))
            a.completed = finished;
        const bool forRisk = i < riskNeedsAction.size();
        const QString kind = forRisk ? QStringLiteral("risk") : pickOf(kinds);
        const QString sourceId = forRisk ? riskNeedsAction.at(i) : pickOf(sources.value(kind));
        const QString title = forRisk ? QStringLiteral("Tiltak mot «%1»")
                                            .arg(m_file.record(QStringLiteral("risk"), sourceId)->value(QStringLiteral("event")).toString())
                                      : pickOf(titles);
        a.id = add(QStringLiteral("action"),
                   {{QStringLiteral("year"), year}, {QStringLiteral("title"), title},
                    {QStringLiteral("source"), kind}, {QStringLiteral("source_id"), sourceId},
                    {QStringLiteral("priority"), pickOf({QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")})},
                    {QStringLiteral("cost_nok"), 1000 * m_rng.bounded(1, 80)},
                    {QStringLiteral("responsible_id"), pickOf(m_leaders)},
                    {QStringLiteral("deadline"), a.deadline},
                    {QStringLiteral("status"), a.completed.isValid() ? QStringLiteral("done")
                                                                      : (a.deadline.addMonths(-2) <= lastDay(year) ? QStringLiteral("in_progress")
                                                                                                                  : QStringLiteral("planned"))},
                    {QStringLiteral("completed_on"), a.completed.isValid() ? QVariant(a.completed) : QVariant()},
                    {QStringLiteral("effect_evaluated"), a.completed.isValid() && !current}});
        out << a;
    }
    return out;
}

QStringList Builder::inspectionRounds(int year, bool current)
{
    // Laboratories in April, and in the current year offices in September too (held once its day
    // has come, else planned); 4 findings a round in earlier years, 10 in the current one (scale 1).
    QStringList findings;
    for (int round = 0; round < 2; ++round) {
        const QDate held(year, 4 + 5 * round, 10);
        const bool done = held <= lastDay(year);
        if (round == 1 && !current)
            continue;
        const QString id = add(QStringLiteral("inspection_round"),
                               {{QStringLiteral("year"), year}, {QStringLiteral("held_on"), held},
                                {QStringLiteral("area"), round ? QStringLiteral("Kontorer og fellesarealer") : QStringLiteral("Laboratorier")},
                                {QStringLiteral("participants"), QStringLiteral("Linjeleder, verneombud, HMS-koordinator")},
                                {QStringLiteral("status"), done ? QStringLiteral("done") : QStringLiteral("planned")}});
        if (!done)
            continue;
        for (int f = 0; f < (current ? 10 : 4) * m_scale; ++f)
            findings << add(QStringLiteral("inspection_finding"),
                            {{QStringLiteral("round_id"), id},
                             {QStringLiteral("description"), pickOf({QStringLiteral("Blokkert nødutgang"), QStringLiteral("Manglende merking av kjemikalier"),
                                                                     QStringLiteral("Utgått brannslukker"), QStringLiteral("Løse ledninger på gulv"),
                                                                     QStringLiteral("Øyeskylleflaske mangler")})},
                             {QStringLiteral("location"), pick(kRooms)},
                             {QStringLiteral("severity"), pickOf({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")})},
                             {QStringLiteral("status"), current && f % 3 == 0 ? QStringLiteral("open") : QStringLiteral("closed")}});
    }
    return findings;
}

void Builder::goals(int year, bool current, const QList<Deviation> &cases)
{
    // Earlier years' goals are evaluated against that year's own records; the text says so.
    int injuries = 0, closedInTime = 0, closed = 0;
    for (const Deviation &d : cases) {
        injuries += d.injuryWithAbsence;
        if (d.closed.isValid()) {
            ++closed;
            closedInTime += d.reported.daysTo(d.closed) <= 60;
        }
    }
    const int leaders = int(m_leaders.size());
    const int trained = leadersTrained(QDate(year, 12, 31));
    const auto result = [](bool reached, bool partly) {
        return reached ? QStringLiteral("reached") : partly ? QStringLiteral("partly") : QStringLiteral("not_reached");
    };
    struct Goal
    {
        QString title, measure, result, evaluation;
    };
    const QList<Goal> goals{
        {QStringLiteral("Ingen fraværsskader i laboratoriene"), QStringLiteral("Personskader med fravær i avvikssystemet"),
         result(injuries == 0, injuries <= 1), QStringLiteral("%1 personskader med fravær.").arg(injuries)},
        {QStringLiteral("Alle ledere har fullført HMS-opplæring"), QStringLiteral("Opplæringsoversikten"),
         result(trained == leaders, 2 * trained >= leaders), QStringLiteral("%1 av %2 ledere har gyldig kurs.").arg(trained).arg(leaders)},
        {QStringLiteral("Avvik lukkes innen 60 dager"), QStringLiteral("Avvikssystemet: dager fra melding til lukking"),
         result(closedInTime == closed, 10 * closedInTime >= 8 * closed),
         QStringLiteral("%1 av %2 lukkede avvik ble lukket innen 60 dager.").arg(closedInTime).arg(closed)}};
    int reached = 0;
    for (const Goal &g : goals) {
        reached += g.result == QLatin1String("reached");
        add(QStringLiteral("goal"),
            {{QStringLiteral("year"), year}, {QStringLiteral("title"), g.title},
             {QStringLiteral("policy_link"), QStringLiteral("NTNUs HMS-politikk: forebyggende arbeid")},
             {QStringLiteral("measure"), g.measure}, {QStringLiteral("target_date"), QDate(year, 12, 31)},
             {QStringLiteral("result"), current ? QStringLiteral("not_evaluated") : g.result},
             {QStringLiteral("evaluation"), current ? QString() : QStringLiteral("Vurdert i ledermøtet i januar %1: %2").arg(year + 1).arg(g.evaluation)}});
    }
    const QString text = current
                             ? QStringLiteral("Målene for %1 vurderes i ledermøtet i januar %2. Per %3 er de fulgt opp gjennom året, "
                                              "men ikke vurdert.")
                                   .arg(year)
                                   .arg(year + 1)
                                   .arg(m_asOf.toString(QStringLiteral("dd.MM.yyyy")))
                             : QStringLiteral("Enheten nådde %1 av %2 HMS-mål i %3.").arg(reached).arg(goals.size()).arg(year);
    add(QStringLiteral("report_text"), {{QStringLiteral("year"), year}, {QStringLiteral("section"), QStringLiteral("ra3a")},
                                        {QStringLiteral("body"), text}});
}

void Builder::checklist(int year, bool current)
{
    // Earlier years are done; in the current year most of what was due by the demo's day.
    for (const Record &item : m_file.records(QStringLiteral("checklist_item"), RecordFilter::ofYear(year))) {
        const QDate due = QDate::fromString(item.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        const bool done = !current || (due < m_asOf && m_rng.bounded(4) != 0);
        if (done)
            update(QStringLiteral("checklist_item"), item.value(QStringLiteral("id")).toString(),
                   {{QStringLiteral("status"), QStringLiteral("done")},
                    {QStringLiteral("completed_on"), qMin(due.addDays(-m_rng.bounded(10)), lastDay(year))},
                    {QStringLiteral("responsible_id"), m_coordinator}});
    }
}

QStringList Builder::risks(int year)
{
    // Three assessments with 40 risks in the current year at scale 1; one smaller a year before.
    // Risks are numbered 1, 2, 3 … through the year, so a number names one risk.
    const bool current = year == m_year;
    // Each activity with the unwanted events that belong to it, each once, and the measure
    // proposed against them.
    struct Activity
    {
        QString name, location, hazards, measures;
        QStringList events;
    };
    const QList<Activity> activities{
        {QStringLiteral("Arbeid med flussyre"), QStringLiteral("Lab K4-112"), QStringLiteral("chemicals,lab_equipment"), QStringLiteral("Oppdatert arbeidsinstruks, opplæring og kalsiumglukonat ved arbeidsplassen"),
         {QStringLiteral("Hudkontakt med flussyre ved søl"), QStringLiteral("Sprut i øynene ved fortynning"),
          QStringLiteral("Innånding av HF-damp utenfor avtrekk"), QStringLiteral("Søl ved transport av flasker mellom rom"),
          QStringLiteral("Lekkasje fra beholder i kjemikalieskap"), QStringLiteral("Svikt i avtrekksskapet under arbeid"),
          QStringLiteral("Arbeid alene uten førstehjelp tilgjengelig"), QStringLiteral("Feil valg av hansker"),
          QStringLiteral("HF-avfall blandet med annet avfall"), QStringLiteral("Brann i avtrekksskap"),
          QStringLiteral("Kutt fra glassutstyr med syrerester"), QStringLiteral("Umerkede fortynnede løsninger"),
          QStringLiteral("Eksponering av renholdspersonale"), QStringLiteral("Forsinket førstehjelp ved skade")}},
        {QStringLiteral("Feltarbeid på fjellet"), QStringLiteral("Feltområdet på Dovrefjell"), QStringLiteral("field_work,travel"), QStringLiteral("Turplan, varsling, samband og nødutstyr"),
         {QStringLiteral("Fall på glatt eller ulendt underlag"), QStringLiteral("Nedkjøling ved uvær"),
          QStringLiteral("Skred i bratt terreng"), QStringLiteral("Lynnedslag"), QStringLiteral("Tap av samband"),
          QStringLiteral("Forstuing langt fra vei"), QStringLiteral("Drukning ved kryssing av elv"),
          QStringLiteral("Overbelastning ved tunge bører"), QStringLiteral("Snøblindhet"),
          QStringLiteral("Bilulykke på vei til feltområdet"), QStringLiteral("Kuttskade ved prøvetaking"),
          QStringLiteral("Flåttbitt"), QStringLiteral("Arbeid alene uten varsling"), QStringLiteral("Forsinket redning i dårlig vær")}},
        {QStringLiteral("Bruk av røntgendiffraktometer"), QStringLiteral("Lab K4-118"), QStringLiteral("radiation,lab_equipment"), QStringLiteral("Kontroll av sikkerhetsbrytere og skjerming, opplæring før bruk"),
         {QStringLiteral("Eksponering for stråling ved åpen dør"), QStringLiteral("Forbikoblet sikkerhetsbryter"),
          QStringLiteral("Lekkasjestråling fra skadet skjerming"), QStringLiteral("Elektrisk støt fra høyspenning"),
          QStringLiteral("Klemskade i prøveveksleren"), QStringLiteral("Berylliumstøv fra knust vindu"),
          QStringLiteral("Bruk uten opplæring"), QStringLiteral("Manglende dosimetri"), QStringLiteral("Kjølevannslekkasje"),
          QStringLiteral("Brann i elektronikken"), QStringLiteral("Støv fra prøvepreparering"),
          QStringLiteral("Tungt løft ved bytte av rør"), QStringLiteral("Feil ved service av ekstern leverandør"),
          QStringLiteral("Uklar merking av kontrollert område")}}};
    QStringList out;
    int number = 0;
    const int assessments = current ? 3 : 1;
    for (int a = 0; a < assessments * m_scale; ++a) {
        const QString activity = add(QStringLiteral("activity"),
                                     {{QStringLiteral("year"), year}, {QStringLiteral("name"), activities[a % 3].name},
                                      {QStringLiteral("location"), activities[a % 3].location},
                                      {QStringLiteral("hazards"), activities[a % 3].hazards},
                                      {QStringLiteral("needs_assessment"), true},
                                      {QStringLiteral("priority"), QStringLiteral("high")}});
        const QString assessment = add(QStringLiteral("risk_assessment"),
                                       {{QStringLiteral("year"), year}, {QStringLiteral("title"), QStringLiteral("Risikovurdering: ") + activities[a % 3].name},
                                        {QStringLiteral("activity_id"), activity}, {QStringLiteral("assessed_on"), QDate(year, 3, 1 + a % 28)},
                                        {QStringLiteral("participants"), QStringLiteral("Forskergruppen, verneombud")},
                                        {QStringLiteral("leader_id"), pickOf(m_leaders)},
                                        {QStringLiteral("status"), QStringLiteral("done")}});
        const int riskCount = current ? (a % 3 == 0 ? 14 : 13) : 5;
        for (int r = 0; r < riskCount; ++r) {
            const int pBefore = 1 + m_rng.bounded(5);
            const int pAfter = qMax(1, pBefore - 1 - m_rng.bounded(3));
            const bool accepted = r % 9 == 8;
            const QString risk = add(QStringLiteral("risk"),
                                     {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("number"), ++number},
                                      {QStringLiteral("event"), activities[a % 3].events.at(r % activities[a % 3].events.size())},
                                      {QStringLiteral("cause"), QStringLiteral("Manglende rutine eller utstyr")},
                                      {QStringLiteral("existing_measures"), QStringLiteral("Opplæring, verneutstyr")},
                                      {QStringLiteral("probability_before"), pBefore},
                                      {QStringLiteral("proposed_measures"), activities[a % 3].measures},
                                      {QStringLiteral("probability_after"), pAfter},
                                      {QStringLiteral("owner_id"), pickOf(m_leaders)},
                                      {QStringLiteral("status"), accepted ? QStringLiteral("accepted") : QStringLiteral("measures_planned")},
                                      {QStringLiteral("accepted_by"), accepted ? QStringLiteral("Instituttleder") : QString()},
                                      {QStringLiteral("accepted_on"), accepted ? QVariant(QDate(year, 3, 20)) : QVariant()},
                                      {QStringLiteral("acceptance_reason"), accepted ? QStringLiteral("Tiltak ikke gjennomførbare før nytt bygg") : QString()},
                                      {QStringLiteral("acceptance_review_on"), accepted ? QVariant(QDate(year + 1, 3, 20)) : QVariant()}});
            out << risk;
            for (const QString &category : {QStringLiteral("health"), QStringLiteral("material"),
                                            QStringLiteral("environment"), QStringLiteral("reputation")}) {
                const int cBefore = 1 + m_rng.bounded(5);
                add(QStringLiteral("risk_consequence"),
                    {{QStringLiteral("risk_id"), risk}, {QStringLiteral("category"), category},
                     {QStringLiteral("consequence_before"), cBefore},
                     {QStringLiteral("consequence_after"), qMax(1, cBefore - 1 - m_rng.bounded(2))}});
            }
        }
    }
    return out;
}

QList<Builder::Deviation> Builder::deviations(int year)
{
    // 40 a year at scale 1, reported on days up to the demo's day, each filed under its own year.
    const QStringList categories{QStringLiteral("injury"), QStringLiteral("near_miss"), QStringLiteral("hazard"),
                                 QStringLiteral("environment"), QStringLiteral("material"), QStringLiteral("improvement")};
    const QStringList titles{QStringLiteral("Kjemikaliesøl i avtrekksskap"), QStringLiteral("Glatt trapp ved inngang"),
                             QStringLiteral("Manglende verneutstyr"), QStringLiteral("Nestenulykke med trillebord"),
                             QStringLiteral("Feil avfallssortering"), QStringLiteral("Forslag: bedre belysning i lab")};
    QList<Deviation> out;
    for (int i = 0; i < 40 * m_scale; ++i) {
        Deviation d;
        d.reported = dayUntil(year);
        const QString category = pickOf(categories);
        const QString severity = pickOf({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")});
        // A personal injury of high severity is one that kept someone off work.
        d.injuryWithAbsence = category == QLatin1String("injury") && severity == QLatin1String("high");
        const QDate closing = d.reported.addDays(m_rng.bounded(75));
        if ((year < m_year || m_rng.bounded(2) == 0) && closing <= m_asOf)
            d.closed = closing;
        d.id = add(QStringLiteral("deviation"),
                   {{QStringLiteral("year"), year},
                    {QStringLiteral("case_number"), QStringLiteral("HMS-%1-%2").arg(year).arg(++m_caseNumber, 5, 10, QLatin1Char('0'))},
                    {QStringLiteral("reported_on"), d.reported}, {QStringLiteral("category"), category},
                    {QStringLiteral("severity"), severity},
                    {QStringLiteral("title"), pickOf(titles)}, {QStringLiteral("location"), pick(kRooms)},
                    {QStringLiteral("status"), d.closed.isValid() ? QStringLiteral("closed") : QStringLiteral("open")},
                    {QStringLiteral("closed_on"), d.closed.isValid() ? QVariant(d.closed) : QVariant()},
                    {QStringLiteral("absence"), category == QLatin1String("injury") ? QVariant(d.injuryWithAbsence) : QVariant()}});
        out << d;
    }
    return out;
}

void Builder::indicators(int year, const QList<Deviation> &cases, const QList<Action> &actions, int appraisalsHeld,
                         const QList<double> &sickLeave)
{
    // Eight indicators, the last two years, a value for each month that has ended by the demo's
    // day, counted from the records they are about (sick leave comes from HR, so it is the one
    // made up). Appraisal talks are counted once, in the last month, as the appraisal table has it.
    if (year < m_year - 1)
        return;
    const QDate last = lastDay(year);
    const int months = last.month() - (last.day() == last.daysInMonth() ? 0 : 1);
    enum Kind { Injuries, Reported, ClosedInTime, SickLeave, Appraisals, LeadersTrained, ActionsInTime, FireDrills };
    struct Def
    {
        Kind kind;
        const char *name, *unit, *direction;
        QVariant target;
    };
    const QList<Def> defs{{Injuries, "Fraværsskader", "antall", "lower", 0.0},
                          {Reported, "Innmeldte avvik", "antall", "higher", QVariant()},
                          {ClosedInTime, "Avvik lukket innen 60 dager", "%", "higher", 90.0},
                          {SickLeave, "Sykefravær", "%", "lower", 5.5},
                          {Appraisals, "Gjennomførte medarbeidersamtaler", "%", "higher", 90.0},
                          {LeadersTrained, "Ledere med HMS-opplæring", "%", "higher", 100.0},
                          {ActionsInTime, "Tiltak fullført innen frist", "%", "higher", 90.0},
                          {FireDrills, "Brannøvelser", "antall", "higher", QVariant()}};
    const auto inMonth = [year](const QDate &d, int m) { return d.isValid() && d.year() == year && d.month() == m; };
    for (const Def &def : defs) {
        const QString id = add(QStringLiteral("indicator"),
                               {{QStringLiteral("year"), year}, {QStringLiteral("name"), QString::fromUtf8(def.name)},
                                {QStringLiteral("unit_of_measure"), QString::fromUtf8(def.unit)},
                                {QStringLiteral("direction"), QString::fromLatin1(def.direction)},
                                {QStringLiteral("target"), def.target}});
        for (int m = 1; m <= months; ++m) {
            QVariant value;
            switch (def.kind) {
            case Injuries:
                value = int(std::count_if(cases.cbegin(), cases.cend(), [&](const Deviation &d) { return d.injuryWithAbsence && inMonth(d.reported, m); }));
                break;
            case Reported:
                value = int(std::count_if(cases.cbegin(), cases.cend(), [&](const Deviation &d) { return inMonth(d.reported, m); }));
                break;
            case ClosedInTime: {
                int closed = 0, inTime = 0;
                for (const Deviation &d : cases)
                    if (inMonth(d.closed, m)) {
                        ++closed;
                        inTime += d.reported.daysTo(d.closed) <= 60;
                    }
                if (closed > 0)
                    value = std::round(1000.0 * inTime / closed) / 10;
                break;
            }
            case SickLeave: value = sickLeave.at(m - 1); break;
            case Appraisals:
                if (m == months)
                    value = std::round(1000.0 * appraisalsHeld / (40 * m_scale)) / 10;
                break;
            case LeadersTrained:
                value = std::round(1000.0 * leadersTrained(QDate(year, m, 1).addMonths(1).addDays(-1)) / m_leaders.size()) / 10;
                break;
            case ActionsInTime: {
                int due = 0, inTime = 0;
                for (const Action &a : actions)
                    if (inMonth(a.deadline, m)) {
                        ++due;
                        inTime += a.completed.isValid() && a.completed <= a.deadline;
                    }
                if (due > 0)
                    value = std::round(1000.0 * inTime / due) / 10;
                break;
            }
            case FireDrills: value = m == 3 || m == 9 ? 1 : 0; break;
            }
            if (value.isValid())
                add(QStringLiteral("indicator_value"),
                    {{QStringLiteral("indicator_id"), id},
                     {QStringLiteral("period"), QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'))},
                     {QStringLiteral("value"), value}});
        }
    }
}

// The laws and regulations a unit with laboratories and workshops lists, each once: the register
// a coordinator keeps does not grow with the unit, so larger scales repeat it per building.
void Builder::legalRegister()
{
    struct Law
    {
        const char *title, *reference, *appliesTo;
        bool special;
    };
    static const Law laws[] = {
        {"Arbeidsmiljøloven", "LOV-2005-06-17-62", "Hele enheten", true},
        {"Internkontrollforskriften", "FOR-1996-12-06-1127", "Hele enheten", true},
        {"Forskrift om organisering, ledelse og medvirkning", "FOR-2011-12-06-1355", "Hele enheten", false},
        {"Arbeidsplassforskriften", "FOR-2011-12-06-1356", "Kontorer, laboratorier og verksted", false},
        {"Forskrift om utførelse av arbeid", "FOR-2011-12-06-1357", "Laboratorier og verksted", true},
        {"Forskrift om tiltaks- og grenseverdier", "FOR-2011-12-06-1358", "Laboratorier og verksted", false},
        {"Forskrift om administrative ordninger", "FOR-2011-12-06-1360", "Hele enheten", false},
        {"Strålevernloven", "LOV-2000-05-12-36", "Røntgenlaboratoriet", false},
        {"Strålevernforskriften", "FOR-2016-12-16-1659", "Røntgenlaboratoriet", true},
        {"Brann- og eksplosjonsvernloven", "LOV-2002-06-14-20", "Hele enheten", false},
        {"Forskrift om brannforebygging", "FOR-2015-12-17-1710", "Bygg K2 og K4", false},
        {"Forskrift om håndtering av farlig stoff", "FOR-2009-06-08-602", "Gasslager og laboratorier", true},
        {"Forskrift om elektriske lavspenningsanlegg", "FOR-1998-11-06-1060", "Verksted", false},
        {"Forskrift om sikkerhet ved arbeid i og drift av elektriske anlegg", "FOR-2006-04-28-458", "Verksted", false},
        {"Forskrift om maskiner", "FOR-2009-05-20-544", "Verksted", false},
        {"Produktkontrolloven", "LOV-1976-06-11-79", "Laboratorier", false},
        {"REACH-forskriften", "FOR-2008-05-30-516", "Laboratorier", false},
        {"CLP-forskriften", "FOR-2012-06-16-622", "Laboratorier", false},
        {"Forurensningsloven", "LOV-1981-03-13-6", "Laboratorier og verksted", false},
        {"Avfallsforskriften", "FOR-2004-06-01-930", "Laboratorier og verksted", false},
        {"Genteknologiloven", "LOV-1993-04-02-38", "Cellelaboratoriet", false},
        {"Forskrift om innesluttet bruk av genmodifiserte mikroorganismer", "FOR-2001-12-21-1600", "Cellelaboratoriet", true},
        {"Dyrevelferdsloven", "LOV-2009-06-19-97", "Forsøksdyravdelingen", false},
        {"Forskrift om bruk av dyr i forsøk", "FOR-2015-06-18-761", "Forsøksdyravdelingen", false},
        {"Folkehelseloven", "LOV-2011-06-24-29", "Hele enheten", false},
        {"Forskrift om miljørettet helsevern", "FOR-2003-04-25-486", "Hele enheten", false},
        {"Tobakksskadeloven", "LOV-1973-03-09-14", "Hele enheten", false},
        {"Byggteknisk forskrift (TEK17)", "FOR-2017-06-19-840", "Ombygging av laboratorier", false},
        {"Likestillings- og diskrimineringsloven", "LOV-2017-06-16-51", "Hele enheten", false},
        {"NTNUs retningslinje for HMS-internkontroll", "NTNU HMS-dokument", "Hele enheten", true},
    };
    const int count = int(std::size(laws));
    for (int i = 0; i < count * m_scale; ++i) {
        const Law &law = laws[i % count];
        const int copy = i / count;
        // Almost all complied with; a few partly, with what is missing; one not yet assessed.
        const bool partly = i % count == 4 || i % count == 11 || i % count == 19;
        const bool notAssessed = i % count == 27;
        QString appliesTo = QString::fromUtf8(law.appliesTo);
        if (copy > 0)
            appliesTo += QStringLiteral(" (bygg %1)").arg(copy + 1);
        add(QStringLiteral("legal_requirement"),
            {{QStringLiteral("title"), QString::fromUtf8(law.title)},
             {QStringLiteral("reference"), QString::fromUtf8(law.reference)},
             {QStringLiteral("applies_to"), appliesTo},
             {QStringLiteral("special_importance"), law.special},
             {QStringLiteral("compliance"), partly ? QStringLiteral("partly") : notAssessed ? QStringLiteral("not_assessed") : QStringLiteral("compliant")},
             {QStringLiteral("responsible_id"), m_coordinator},
             {QStringLiteral("note"), partly ? QStringLiteral("Dokumentasjonen av etterlevelsen er ikke fullstendig.") : QString()},
             {QStringLiteral("last_reviewed"), QDate(m_year - 1, 11, 1)}});
    }
}

bool Builder::run(QString *error)
{
    QString loadError;
    const auto checklist = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &loadError);
    UnitFile::Transaction tx(m_file);
    update(QStringLiteral("unit"), m_file.records(QStringLiteral("unit")).first().value(QStringLiteral("id")).toString(),
           {{QStringLiteral("employee_count"), 40 * m_scale},
            {QStringLiteral("deviation_close_days"), 60}, // as the indicator "closed within 60 days"
            {QStringLiteral("parent_unit"), QStringLiteral("Fakultet for naturvitenskap")},
            {QStringLiteral("hse_policy_link"), QStringLiteral("Målene bygger på NTNUs HMS-politikk og satsingsområdene i HMS-årsrapporten.")}});
    for (int year = m_year - 1; year <= m_year && m_ok; ++year)
        m_ok = startReviewYear(m_file, year, *checklist, &m_error, QDateTime(QDate(year, 1, 2), QTime(9, 0)));
    people();
    legalRegister();
    add(QStringLiteral("competence_requirement"), {{QStringLiteral("role"), QStringLiteral("line_manager")}, {QStringLiteral("course"), QStringLiteral("HMS for ledere")}, {QStringLiteral("mandatory"), true}});
    add(QStringLiteral("competence_requirement"), {{QStringLiteral("role"), QStringLiteral("safety_representative")}, {QStringLiteral("course"), QStringLiteral("Verneombudsopplæring (40 t)")}, {QStringLiteral("mandatory"), true}});
    add(QStringLiteral("competence_requirement"), {{QStringLiteral("role"), QStringLiteral("radiation_protection_coordinator")}, {QStringLiteral("course"), QStringLiteral("Strålevernkurs")}, {QStringLiteral("mandatory"), true}});
    add(QStringLiteral("competence_requirement"), {{QStringLiteral("role"), QStringLiteral("chemical_register_contact")}, {QStringLiteral("course"), QStringLiteral("Stoffkartotek (ECOonline)")}, {QStringLiteral("mandatory"), true}});
    add(QStringLiteral("local_routine"), {{QStringLiteral("title"), QStringLiteral("Rutine for arbeid alene i lab")}, {QStringLiteral("level"), QStringLiteral("unit")},
                                          {QStringLiteral("approved_on"), QDate(m_year - 2, 9, 1)}, {QStringLiteral("review_on"), QDate(m_year + 1, 9, 1)},
                                          {QStringLiteral("archive_ref"), QStringLiteral("%1/4711").arg(m_year - 2)}});
    add(QStringLiteral("coordination_agreement"), {{QStringLiteral("partner"), QStringLiteral("SINTEF")}, {QStringLiteral("premises"), QStringLiteral("Felles laboratorier i K4")},
                                                   {QStringLiteral("main_enterprise"), QStringLiteral("NTNU")}, {QStringLiteral("signed_by_leaders"), true},
                                                   {QStringLiteral("signed_by_safety_reps"), true}, {QStringLiteral("signed_on"), QDate(m_year - 1, 5, 2)},
                                                   {QStringLiteral("archive_ref"), QStringLiteral("%1/815").arg(m_year - 1)}});
    for (int year = m_year - 2; year <= m_year && m_ok; ++year)
        yearRecords(year, year == m_year);
    if (!m_ok || !tx.commit(&m_error)) {
        *error = m_error;
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<UnitFile> createDemo(const QString &path, const DemoOptions &options, QString *error)
{
    DemoOptions o = options;
    const QDate today = QDate::currentDate();
    if (o.year == 0)
        o.year = today.year();
    o.scale = qMax(1, o.scale);
    if (!o.asOf.isValid())
        o.asOf = o.year == today.year() ? today : o.year < today.year() ? QDate(o.year, 12, 31) : QDate(o.year, 6, 15);
    if (o.asOf.year() != o.year) {
        *error = QCoreApplication::translate("ik::Demo", "The demo's day must lie in its review year %1.").arg(o.year);
        return {};
    }
    auto file = UnitFile::create(path, {QStringLiteral("Institutt for materialteknologi (demo)"), o.year - 2,
                                        QStringLiteral("ntnu"), QStringLiteral("NTNU")},
                                 error);
    if (!file)
        return {};
    {
        Builder builder(*file, o);
        if (!builder.run(error)) {
            file.reset();
            QFile::remove(path);
            return {};
        }
    }
    return file;
}

} // namespace ik
