#include "core/review/demounit.h"

#include "core/review/checklisttemplate.h"
#include "core/review/reviewyear.h"
#include "core/risk/riskmatrix.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QFile>
#include <QRandomGenerator>

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
        : m_file(file), m_rng(o.seed), m_scale(o.scale), m_year(o.year)
    {}

    bool run(QString *error);

private:
    template<std::size_t N>
    QString pick(const char *const (&list)[N])
    {
        return QString::fromUtf8(list[m_rng.bounded(int(N))]);
    }
    QString pickOf(const QStringList &list) { return list.at(m_rng.bounded(int(list.size()))); }
    QDate dayIn(int year) { return QDate(year, 1, 1).addDays(m_rng.bounded(365)); }
    QString add(const QString &table, const Record &row)
    {
        if (!m_ok)
            return {};
        const QString id = m_file.insert(table, row, &m_error);
        m_ok = !id.isEmpty();
        return id;
    }
    void people();
    void yearRecords(int year, bool current);
    void risks(int year);
    void deviations();
    void indicators(int year);

    UnitFile &m_file;
    QRandomGenerator m_rng;
    int m_scale;
    int m_year;
    bool m_ok = true;
    QString m_error;
    QStringList m_people, m_leaders;
    QString m_manager, m_coordinator, m_safetyRep;
    QStringList m_actions;
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
    // Goals; earlier years' goals are evaluated.
    const QStringList goals{QStringLiteral("Ingen fraværsskader i laboratoriene"),
                            QStringLiteral("Alle ledere har fullført HMS-opplæring"),
                            QStringLiteral("Avvik lukkes innen 60 dager")};
    const QStringList results{QStringLiteral("reached"), QStringLiteral("partly"), QStringLiteral("not_reached")};
    for (int i = 0; i < goals.size(); ++i)
        add(QStringLiteral("goal"),
            {{QStringLiteral("year"), year}, {QStringLiteral("title"), goals[i]},
             {QStringLiteral("policy_link"), QStringLiteral("NTNUs HMS-politikk: forebyggende arbeid")},
             {QStringLiteral("measure"), QStringLiteral("Tall fra avvikssystemet og opplæringsoversikten")},
             {QStringLiteral("target_date"), QDate(year, 12, 31)},
             {QStringLiteral("result"), current ? QStringLiteral("not_evaluated") : results[(i + year) % 3]},
             {QStringLiteral("evaluation"), current ? QString()
                                                    : QStringLiteral("Vurdert i ledermøtet i januar %1.").arg(year + 1)}});
    add(QStringLiteral("focus_area"), {{QStringLiteral("year"), year},
                                       {QStringLiteral("title"), QStringLiteral("Psykososialt arbeidsmiljø")},
                                       {QStringLiteral("source"), QStringLiteral("ntnu")}});
    add(QStringLiteral("focus_area"), {{QStringLiteral("year"), year},
                                       {QStringLiteral("title"), QStringLiteral("Sikker kjemikaliehåndtering")},
                                       {QStringLiteral("source"), QStringLiteral("unit")}});
    add(QStringLiteral("appraisal_status"),
        {{QStringLiteral("year"), year}, {QStringLiteral("employees"), 40 * m_scale},
         {QStringLiteral("held"), current ? 22 * m_scale : 37 * m_scale},
         {QStringLiteral("planned"), current ? 15 * m_scale : 3 * m_scale}});
    add(QStringLiteral("survey"),
        {{QStringLiteral("year"), year},
         {QStringLiteral("status"), (m_year - year) % 2 == 0 ? (current ? QStringLiteral("planned") : QStringLiteral("followed_up"))
                                                           : QStringLiteral("not_due")},
         {QStringLiteral("response_rate"), (m_year - year) % 2 == 0 && !current ? 71.5 : QVariant()}});
    // Training: about 20 a year at scale 1 (60 over three years).
    const QStringList courses{QStringLiteral("HMS-plattformen"), QStringLiteral("HMS for ledere"),
                              QStringLiteral("Verneombudsopplæring (40 t)"), QStringLiteral("Strålevernkurs"),
                              QStringLiteral("Stoffkartotek (ECOonline)"), QStringLiteral("Førstehjelp")};
    for (int i = 0; i < 20 * m_scale; ++i) {
        const QDate done = dayIn(year);
        add(QStringLiteral("training_record"),
            {{QStringLiteral("year"), year}, {QStringLiteral("person_id"), pickOf(m_people)},
             {QStringLiteral("course"), pickOf(courses)}, {QStringLiteral("hours"), 2 + m_rng.bounded(38)},
             {QStringLiteral("completed_on"), done}, {QStringLiteral("provider"), QStringLiteral("HMS-seksjonen")},
             {QStringLiteral("valid_until"), done.addYears(3)}});
    }
    // Actions: about 17 a year (50 over three years).
    const QStringList actionTitles{QStringLiteral("Skifte avtrekksvifte i lab"), QStringLiteral("Oppdatere stoffkartotek"),
                                   QStringLiteral("Ny rutine for avfallshåndtering"), QStringLiteral("Ergonomisk vurdering av kontorplasser"),
                                   QStringLiteral("Merking av nødutganger"), QStringLiteral("Kurs i førstehjelp"),
                                   QStringLiteral("Gjennomgå rømningsplan"), QStringLiteral("Sikre gassflasker")};
    const QStringList sources{QStringLiteral("risk"), QStringLiteral("deviation"), QStringLiteral("inspection"),
                              QStringLiteral("survey"), QStringLiteral("goal")};
    for (int i = 0; i < 17 * m_scale; ++i) {
        const QDate deadline = dayIn(year);
        const bool done = !current || m_rng.bounded(3) == 0;
        m_actions << add(QStringLiteral("action"),
                         {{QStringLiteral("year"), year}, {QStringLiteral("title"), pickOf(actionTitles)},
                          {QStringLiteral("source"), pickOf(sources)},
                          {QStringLiteral("priority"), pickOf({QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low")})},
                          {QStringLiteral("cost_nok"), 1000 * m_rng.bounded(1, 80)},
                          {QStringLiteral("responsible_id"), pickOf(m_leaders)},
                          {QStringLiteral("deadline"), deadline},
                          {QStringLiteral("status"), done ? QStringLiteral("done") : pickOf({QStringLiteral("planned"), QStringLiteral("in_progress")})},
                          {QStringLiteral("completed_on"), done ? QVariant(deadline.addDays(-m_rng.bounded(30))) : QVariant()},
                          {QStringLiteral("effect_evaluated"), done && !current}});
    }
    // One inspection round a year; the current year has two (20 findings in all at scale 1).
    for (int round = 0; round < (current ? 2 : 1); ++round) {
        const QString id = add(QStringLiteral("inspection_round"),
                               {{QStringLiteral("year"), year}, {QStringLiteral("held_on"), QDate(year, 4 + 5 * round, 10)},
                                {QStringLiteral("area"), round ? QStringLiteral("Kontorer og fellesarealer") : QStringLiteral("Laboratorier")},
                                {QStringLiteral("participants"), QStringLiteral("Linjeleder, verneombud, HMS-koordinator")},
                                {QStringLiteral("status"), QStringLiteral("done")}});
        for (int f = 0; f < (current ? 10 : 4) * m_scale; ++f)
            add(QStringLiteral("inspection_finding"),
                {{QStringLiteral("round_id"), id},
                 {QStringLiteral("description"), pickOf({QStringLiteral("Blokkert nødutgang"), QStringLiteral("Manglende merking av kjemikalier"),
                                                         QStringLiteral("Utgått brannslukker"), QStringLiteral("Løse ledninger på gulv"),
                                                         QStringLiteral("Øyeskylleflaske mangler")})},
                 {QStringLiteral("location"), pick(kRooms)},
                 {QStringLiteral("severity"), pickOf({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")})},
                 {QStringLiteral("status"), current && f % 3 == 0 ? QStringLiteral("open") : QStringLiteral("closed")}});
    }
    const QStringList criteria{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    for (const QString &c : criteria)
        add(QStringLiteral("system_review"), {{QStringLiteral("year"), year}, {QStringLiteral("criterion"), c},
                                              {QStringLiteral("assessment"), current ? QStringLiteral("not_assessed") : QStringLiteral("fulfilled")},
                                              {QStringLiteral("comment"), current ? QString() : QStringLiteral("Gjennomgått i HMS-gruppen.")}});
    add(QStringLiteral("report_text"), {{QStringLiteral("year"), year}, {QStringLiteral("section"), QStringLiteral("ra3a")},
                                        {QStringLiteral("body"), QStringLiteral("Enheten nådde to av tre HMS-mål i %1.").arg(y)}});
    add(QStringLiteral("report_text"), {{QStringLiteral("year"), year}, {QStringLiteral("section"), QStringLiteral("ra3d")},
                                        {QStringLiteral("body"), QStringLiteral("Bedriftshelsetjenesten gjennomførte ergonomiske vurderinger og støymålinger.")}});
    add(QStringLiteral("report_contributor"), {{QStringLiteral("year"), year}, {QStringLiteral("contributor"), QStringLiteral("occupational_health_service")},
                                               {QStringLiteral("name"), QStringLiteral("BHT NTNU")}});
    add(QStringLiteral("document_ref"), {{QStringLiteral("year"), year}, {QStringLiteral("kind"), QStringLiteral("meeting_minutes")},
                                         {QStringLiteral("title"), QStringLiteral("Referat HMS-møte mars %1").arg(y)},
                                         {QStringLiteral("reference"), QStringLiteral("%1/%2").arg(y).arg(1000 + m_rng.bounded(9000))},
                                         {QStringLiteral("dated"), QDate(year, 3, 15)}});
    risks(year);
    indicators(year);
    // Checklist: earlier years are done; the current year is under way.
    const QDate today = QDate(m_year, 6, 15);
    for (const Record &item : m_file.records(QStringLiteral("checklist_item"), RecordFilter::ofYear(year))) {
        const QDate due = QDate::fromString(item.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        const bool done = !current || (due < today && m_rng.bounded(4) != 0);
        if (done)
            m_file.update(QStringLiteral("checklist_item"), item.value(QStringLiteral("id")).toString(),
                          {{QStringLiteral("status"), QStringLiteral("done")},
                           {QStringLiteral("completed_on"), due.addDays(-m_rng.bounded(10))},
                           {QStringLiteral("responsible_id"), m_coordinator}},
                          &m_error);
    }
}

void Builder::risks(int year)
{
    // Three assessments with 40 risks in the current year at scale 1; one smaller a year before.
    const bool current = year == m_year;
    const QStringList activities{QStringLiteral("Arbeid med flussyre"), QStringLiteral("Feltarbeid på fjellet"),
                                 QStringLiteral("Bruk av røntgendiffraktometer")};
    const QStringList events{QStringLiteral("Søl av etsende kjemikalie"), QStringLiteral("Fall på glatt underlag"),
                             QStringLiteral("Eksponering for stråling"), QStringLiteral("Brann i avtrekksskap"),
                             QStringLiteral("Kutt fra glassutstyr"), QStringLiteral("Nedkjøling ved uvær")};
    const int assessments = current ? 3 : 1;
    for (int a = 0; a < assessments * m_scale; ++a) {
        const QString activity = add(QStringLiteral("activity"),
                                     {{QStringLiteral("year"), year}, {QStringLiteral("name"), activities[a % 3]},
                                      {QStringLiteral("location"), pick(kRooms)},
                                      {QStringLiteral("hazards"), QStringLiteral("chemicals,lab_equipment")},
                                      {QStringLiteral("needs_assessment"), true},
                                      {QStringLiteral("priority"), QStringLiteral("high")}});
        const QString assessment = add(QStringLiteral("risk_assessment"),
                                       {{QStringLiteral("year"), year}, {QStringLiteral("title"), QStringLiteral("Risikovurdering: ") + activities[a % 3]},
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
                                     {{QStringLiteral("assessment_id"), assessment}, {QStringLiteral("number"), r + 1},
                                      {QStringLiteral("event"), pickOf(events)},
                                      {QStringLiteral("cause"), QStringLiteral("Manglende rutine eller utstyr")},
                                      {QStringLiteral("existing_measures"), QStringLiteral("Opplæring, verneutstyr")},
                                      {QStringLiteral("probability_before"), pBefore},
                                      {QStringLiteral("proposed_measures"), QStringLiteral("Ny arbeidsinstruks")},
                                      {QStringLiteral("probability_after"), pAfter},
                                      {QStringLiteral("owner_id"), pickOf(m_leaders)},
                                      {QStringLiteral("status"), accepted ? QStringLiteral("accepted") : QStringLiteral("measures_planned")},
                                      {QStringLiteral("accepted_by"), accepted ? QStringLiteral("Instituttleder") : QString()},
                                      {QStringLiteral("accepted_on"), accepted ? QVariant(QDate(year, 3, 20)) : QVariant()},
                                      {QStringLiteral("acceptance_reason"), accepted ? QStringLiteral("Tiltak ikke gjennomførbare før nytt bygg") : QString()},
                                      {QStringLiteral("acceptance_review_on"), accepted ? QVariant(QDate(year, 7, 1)) : QVariant()}});
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
}

void Builder::deviations()
{
    // 120 over three years at scale 1, spread over the tertials.
    const QStringList categories{QStringLiteral("injury"), QStringLiteral("near_miss"), QStringLiteral("hazard"),
                                 QStringLiteral("environment"), QStringLiteral("material"), QStringLiteral("improvement")};
    const QStringList titles{QStringLiteral("Kjemikaliesøl i avtrekksskap"), QStringLiteral("Glatt trapp ved inngang"),
                             QStringLiteral("Manglende verneutstyr"), QStringLiteral("Nestenulykke med trillebord"),
                             QStringLiteral("Feil avfallssortering"), QStringLiteral("Forslag: bedre belysning i lab")};
    for (int i = 0; i < 120 * m_scale; ++i) {
        const int year = m_year - 2 + i % 3;
        QDate reported = dayIn(year);
        if (year == m_year && reported > QDate(m_year, 6, 15))
            reported = reported.addMonths(-6);
        const bool closed = year < m_year || m_rng.bounded(2) == 0;
        add(QStringLiteral("deviation"),
            {{QStringLiteral("year"), year}, {QStringLiteral("case_number"), QStringLiteral("HMS-%1-%2").arg(year).arg(i + 1, 5, 10, QLatin1Char('0'))},
             {QStringLiteral("reported_on"), reported}, {QStringLiteral("category"), pickOf(categories)},
             {QStringLiteral("severity"), pickOf({QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")})},
             {QStringLiteral("title"), pickOf(titles)}, {QStringLiteral("location"), pick(kRooms)},
             {QStringLiteral("status"), closed ? QStringLiteral("closed") : QStringLiteral("open")},
             {QStringLiteral("closed_on"), closed ? QVariant(reported.addDays(m_rng.bounded(60))) : QVariant()}});
    }
}

void Builder::indicators(int year)
{
    // Eight indicators a year, with a value for each month (up to June in the current year).
    if (year < m_year - 1)
        return;
    const QList<std::pair<QString, QString>> names{
        {QStringLiteral("Fraværsskader"), QStringLiteral("antall")}, {QStringLiteral("Innmeldte avvik"), QStringLiteral("antall")},
        {QStringLiteral("Lukkede avvik innen frist"), QStringLiteral("%")}, {QStringLiteral("Sykefravær"), QStringLiteral("%")},
        {QStringLiteral("Gjennomførte medarbeidersamtaler"), QStringLiteral("%")}, {QStringLiteral("Ledere med HMS-opplæring"), QStringLiteral("%")},
        {QStringLiteral("Tiltak fullført i tide"), QStringLiteral("%")}, {QStringLiteral("Brannøvelser"), QStringLiteral("antall")}};
    const int months = year == m_year ? 6 : 12;
    for (int i = 0; i < 8 * m_scale; ++i) {
        const auto &[name, unit] = names[i % names.size()];
        const QString id = add(QStringLiteral("indicator"),
                               {{QStringLiteral("year"), year}, {QStringLiteral("name"), name},
                                {QStringLiteral("unit_of_measure"), unit},
                                {QStringLiteral("direction"), i == 0 || i == 3 ? QStringLiteral("lower") : QStringLiteral("higher")},
                                {QStringLiteral("target"), unit == QLatin1String("%") ? 90.0 : 0.0}});
        for (int m = 1; m <= months; ++m)
            add(QStringLiteral("indicator_value"),
                {{QStringLiteral("indicator_id"), id},
                 {QStringLiteral("period"), QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'))},
                 {QStringLiteral("value"), unit == QLatin1String("%") ? 60.0 + m_rng.bounded(40) : double(m_rng.bounded(4))}});
    }
}

bool Builder::run(QString *error)
{
    QString loadError;
    const auto checklist = ChecklistTemplate::builtIn(QStringLiteral("ntnu"), &loadError);
    UnitFile::Transaction tx(m_file);
    m_file.update(QStringLiteral("unit"), m_file.records(QStringLiteral("unit")).first().value(QStringLiteral("id")).toString(),
                  {{QStringLiteral("employee_count"), 40 * m_scale},
                   {QStringLiteral("parent_unit"), QStringLiteral("Fakultet for naturvitenskap")},
                   {QStringLiteral("hse_policy_link"), QStringLiteral("Målene bygger på NTNUs HMS-politikk og satsingsområdene i HMS-årsrapporten.")}},
                  &m_error);
    for (int year = m_year - 1; year <= m_year && m_ok; ++year)
        m_ok = startReviewYear(m_file, year, *checklist, &m_error);
    people();
    for (int i = 0; i < 30 * m_scale; ++i)
        add(QStringLiteral("legal_requirement"),
            {{QStringLiteral("title"), pickOf({QStringLiteral("Arbeidsmiljøloven"), QStringLiteral("Internkontrollforskriften"),
                                               QStringLiteral("Forskrift om utførelse av arbeid"), QStringLiteral("Strålevernforskriften"),
                                               QStringLiteral("Forskrift om håndtering av farlig stoff"), QStringLiteral("Brann- og eksplosjonsvernloven")})},
             {QStringLiteral("reference"), QStringLiteral("FOR-%1").arg(1990 + m_rng.bounded(30))},
             {QStringLiteral("special_importance"), i % 4 == 0},
             {QStringLiteral("compliance"), pickOf({QStringLiteral("compliant"), QStringLiteral("partly"), QStringLiteral("not_assessed")})},
             {QStringLiteral("last_reviewed"), QDate(m_year - 1, 11, 1)}});
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
    deviations();
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
    if (o.year == 0)
        o.year = QDate::currentDate().year();
    o.scale = qMax(1, o.scale);
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
