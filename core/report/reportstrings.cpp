#include "core/report/reportstrings.h"

#include "core/store/schema.h"

#include <QHash>
#include <QSet>

#include <mutex>

namespace ik::report {

namespace {

struct Pair
{
    const char *en;
    const char *nb;
};

#define R(text) QT_TRANSLATE_NOOP("ik::Report", text)

// The report's own texts (context "ik::Report"), then the schema's field ("ik::Field") and
// choice ("ik::Choice") labels that the report prints, keyed by their English source text.
const Pair kPairs[] = {
    // The year-over-year comparison (yearcomparisonreport.cpp).
    {R("Year over year"), "Utvikling over år"},
    {R("The key figures of every review year this file holds, up to %1: deviations per tertial, goal results, "
       "training coverage of the HSE roles, risk levels and the indicators."),
     "Nøkkeltall for hvert gjennomgangsår denne filen har, til og med %1: avvik per tertial, måloppnåelse, "
     "opplæringsdekning for HMS-rollene, risikonivåer og indikatorene."},
    {R("Only the last %1 years are shown."), "Bare de siste %1 årene vises."},
    {R("Figure"), "Nøkkeltall"},
    {R("Deviations, tertial 1 (Jan–Apr)"), "Avvik, 1. tertial (jan–apr)"},
    {R("Deviations, tertial 2 (May–Aug)"), "Avvik, 2. tertial (mai–aug)"},
    {R("Deviations, tertial 3 (Sep–Dec)"), "Avvik, 3. tertial (sep–des)"},
    {R("Deviations, whole year"), "Avvik, hele året"},
    {R("Goals set"), "Mål satt"},
    {R("Goals reached"), "Mål nådd"},
    {R("Goals partly reached"), "Mål delvis nådd"},
    {R("Goals not reached"), "Mål ikke nådd"},
    {R("Goals not evaluated"), "Mål ikke vurdert"},
    {R("%1 of %2 (%3 %)"), "%1 av %2 (%3 %)"},
    {R("Required training in order at the end of the year"), "Påkrevd opplæring i orden ved årets slutt"},
    {R("Risks assessed"), "Risikoer vurdert"},
    {R("Risks, residual level: %1"), "Risikoer, restnivå: %1"},
    {R("Risks not scored"), "Risikoer uten score"},
    {R("%1, mean per month"), "%1, snitt per måned"},
    {R("target %1"), "mål %1"},
    {R("The file holds no review year to compare."), "Filen har ikke noe gjennomgangsår å sammenligne."},
    {R("Pale bars: earlier years. Full colour: %1."), "Blasse søyler: tidligere år. Full farge: %1."},
    {R("Not scored"), "Uten score"},
    {R("Risks by residual level"), "Risikoer etter restnivå"},
    {R("Residual level: after measures where they are scored, else before."),
     "Restnivå: etter tiltak der det er vurdert, ellers før."},
    // The tertial deviation overview (FO-2).
    {R("Deviations, tertial %1 %2"), "Avvik, %1. tertial %2"},
    {R("Overview of HSE deviations for the working environment committee (AMU) and the board"), "Oversikt over HMS-avvik for arbeidsmiljøutvalget (AMU) og styret"},
    {R("%1 deviations were reported in the tertial, against %2 in the same tertial last year."), "%1 avvik ble meldt i tertialet, mot %2 i samme tertial i fjor."},
    {R("By category"), "Etter kategori"},
    {R("By severity"), "Etter alvorlighet"},
    {R("By status"), "Etter status"},
    {R("No deviations were reported in this tertial."), "Ingen avvik ble meldt i dette tertialet."},
    {R("The deviations and the measures they led to"), "Avvikene og tiltakene de førte til"},
    {R("Measure"), "Tiltak"},
    {R("Case number"), "Saksnummer"},
    {R("Reported on"), "Meldt"},
    {R("Title"), "Tittel"},
    {R("HSE annual report"), "HMS-årsrapport"},
    {R("Annual review of the systematic HSE work (internal control) %1"), "Årlig gjennomgang av det systematiske HMS-arbeidet (internkontroll) %1"},
    {R("Page %1 of %2"), "Side %1 av %2"},
    {R("Contents"), "Innhold"},
    {R("Date"), "Dato"},
    {R("Status"), "Status"},
    {R("Draft"), "Utkast"},
    {R("Signed off"), "Godkjent"},
    {R("signed off by"), "godkjent av"},
    {R("This report documents the unit's annual review of its systematic health, safety and environment work "
       "(internal control) following NTNU's guideline: status against the HSE goals, focus areas, the systematic HSE "
       "work, the occupational health service's work, supervision and inspections, the need for changes, contributors "
       "and sign-off."),
     "Denne rapporten dokumenterer enhetens årlige gjennomgang av det systematiske helse-, miljø- og sikkerhetsarbeidet "
     "(internkontroll) etter NTNUs retningslinje: status mot HMS-målene, satsingsområder, det systematiske HMS-arbeidet, "
     "bedriftshelsetjenestens arbeid, tilsyn og inspeksjoner, behovet for endringer, bidragsytere og godkjenning."},
    {R("(No text has been written for this section.)"), "(Det er ikke skrevet tekst til dette avsnittet.)"},
    {R("Status against the HSE goals"), "Status mot HMS-målene"},
    {R("Goals for %1"), "Mål for %1"},
    {R("Last year's goals (%1): were they reached?"), "Fjorårets mål (%1): ble de nådd?"},
    {R("No goals are recorded for this year."), "Det er ikke registrert mål for dette året."},
    {R("No goals are recorded for last year."), "Det er ikke registrert mål for fjoråret."},
    {R("Focus areas"), "Satsingsområder"},
    {R("No focus areas are recorded for this year."), "Det er ikke registrert satsingsområder for dette året."},
    {R("The systematic HSE work"), "Det systematiske HMS-arbeidet"},
    {R("The annual review, phase by phase"), "Den årlige gjennomgangen, fase for fase"},
    {R("Checklist item"), "Sjekkpunkt"},
    {R("%1 of %2 done"), "%1 av %2 utført"},
    {R("due"), "frist"},
    {R("overdue"), "forfalt"},
    {R("No checklist items in this phase."), "Ingen sjekkpunkter i denne fasen."},
    {R("Risk assessment"), "Risikovurdering"},
    {R("%1 risks were assessed in %2; %3 remain above the acceptable level after measures."),
     "%1 risikoer ble vurdert i %2; %3 ligger fortsatt over akseptabelt nivå etter tiltak."},
    {R("Probability"), "Sannsynlighet"},
    {R("Consequence"), "Konsekvens"},
    {R("Before measures"), "Før tiltak"},
    {R("After measures"), "Etter tiltak"},
    {R("Risks above the acceptable level"), "Risikoer over akseptabelt nivå"},
    {R("Before"), "Før"},
    {R("After"), "Etter"},
    {R("Level"), "Nivå"},
    {R("No risk is above the acceptable level."), "Ingen risiko ligger over akseptabelt nivå."},
    {R("Action plan"), "Handlingsplan"},
    {R("%1 actions, %2 of them overdue (marked)."), "%1 tiltak, hvorav %2 har passert fristen (markert)."},
    {R("No actions are recorded for this year."), "Det er ikke registrert tiltak for dette året."},
    {R("Deviations per tertial"), "Avvik per tertial"},
    {R("Deviations"), "Avvik"},
    {R("Tertial 1 (Jan–Apr)"), "1. tertial (jan–apr)"},
    {R("Tertial 2 (May–Aug)"), "2. tertial (mai–aug)"},
    {R("Tertial 3 (Sep–Dec)"), "3. tertial (sep–des)"},
    {R("Pale bars: %1. Full colour: %2."), "Lyse søyler: %1. Full farge: %2."},
    {R("Total"), "Sum"},
    {R("(no category)"), "(ingen kategori)"},
    {R("No deviations are recorded for this year or the year before."), "Det er ikke registrert avvik for dette året eller året før."},
    {R("Training and competence"), "Opplæring og kompetanse"},
    {R("Required competence per role, measured against the training records of the people holding the role in %1: "
       "%2 of %3 requirements are not met (marked)."),
     "Kompetansekrav per rolle, målt mot opplæringen til dem som har rollen i %1: %2 av %3 krav er ikke oppfylt (markert)."},
    {R("Missing"), "Mangler"},
    {R("Expired"), "Utløpt"},
    {R("In order"), "I orden"},
    {R("recommended"), "anbefalt"},
    {R("No competence requirements are recorded."), "Det er ikke registrert kompetansekrav."},
    {R("Training completed in %1"), "Opplæring gjennomført i %1"},
    {R("No training is recorded for this year."), "Det er ikke registrert opplæring for dette året."},
    {R("Inspection rounds and findings"), "HMS-runder og funn"},
    {R("Appraisal talks and work-environment survey"), "Medarbeidersamtaler og arbeidsmiljøundersøkelse"},
    {R("No appraisal talks are recorded for this year."), "Det er ikke registrert medarbeidersamtaler for dette året."},
    {R("No work-environment survey is recorded for this year."), "Det er ikke registrert arbeidsmiljøundersøkelse for dette året."},
    {R("Findings"), "Funn"},
    {R("Findings (open findings are marked)"), "Funn (åpne funn er markert)"},
    {R("No inspection rounds are recorded for this year."), "Det er ikke registrert HMS-runder for dette året."},
    {R("No findings are recorded for this year."), "Det er ikke registrert funn for dette året."},
    {R("Indicators"), "Indikatorer"},
    {R("No indicators are recorded for this year."), "Det er ikke registrert indikatorer for dette året."},
    {R("Annual review of the HSE system"), "Årlig gjennomgang av HMS-systemet"},
    {R("The annual review of the HSE system is not recorded for this year."), "Den årlige gjennomgangen av HMS-systemet er ikke registrert for dette året."},
    {R("The occupational health service's work"), "Bedriftshelsetjenestens arbeid"},
    {R("Supervision and inspections by authorities or external parties"), "Tilsyn og inspeksjoner fra myndigheter eller eksterne parter"},
    {R("Need for changes in the HSE system"), "Behov for endringer i HMS-systemet"},
    {R("Contributors"), "Bidragsytere"},
    {R("No contributors are recorded for this year."), "Det er ikke registrert bidragsytere for dette året."},
    {R("Contributors named in the guideline (RA-2) but not recorded: %1."),
     "Bidragsytere som retningslinjen nevner (RA-2), men som ikke er registrert: %1."},
    {R("Sign-off"), "Godkjenning"},
    {R("The review has not been signed off: this report is a draft."), "Gjennomgangen er ikke godkjent: denne rapporten er et utkast."},
    {R("Place and date"), "Sted og dato"},
    {R("Signature, line manager"), "Underskrift, linjeleder"},
    {R("Yes"), "Ja"},
    {R("No"), "Nei"},
    {R("The report was cancelled."), "Rapporten ble avbrutt."},

    // Field labels ("ik::Field") the report prints.
    {"Goal", "Mål"}, {"Description", "Beskrivelse"}, {"Link to the HSE policy", "Kobling til HMS-politikken"},
    {"How it is measured", "Hvordan det måles"}, {"Target date", "Måldato"}, {"Result", "Resultat"},
    {"Evaluation", "Evaluering"}, {"Focus area", "Satsingsområde"}, {"Source", "Kilde"}, {"Responsible", "Ansvarlig"},
    {"Note", "Merknad"}, {"No.", "Nr."}, {"Unwanted event", "Uønsket hendelse"}, {"Owner", "Eier"},
    {"Proposed measures", "Foreslåtte tiltak"}, {"Reason for acceptance", "Begrunnelse for aksept"},
    {"Action", "Tiltak"}, {"Source record", "Kildepost"}, {"Priority", "Prioritet"}, {"Cost (NOK)", "Kostnad (kr)"},
    {"Deadline", "Frist"}, {"Completed on", "Utført"}, {"Effect evaluated", "Effekt vurdert"}, {"Effect", "Effekt"},
    {"Archive reference", "Arkivreferanse"}, {"Carried over from", "Videreført fra"}, {"Category", "Kategori"},
    {"Role", "Rolle"}, {"Course", "Kurs"}, {"Person", "Person"}, {"Valid until", "Gyldig til"}, {"Hours", "Timer"},
    {"Provider", "Tilbyder"}, {"Course content", "Kursinnhold"}, {"Area", "Område"}, {"Participants", "Deltakere"},
    {"Summary", "Oppsummering"}, {"Inspection round", "HMS-runde"}, {"Finding", "Funn"}, {"Location", "Sted"},
    {"Severity", "Alvorlighet"}, {"Risk assessment to be revised", "Risikovurdering revideres"},
    {"Indicator", "Indikator"}, {"Target", "Mål"}, {"Better when", "Bedre når"}, {"Criterion", "Kriterium"},
    {"Assessment", "Vurdering"}, {"Comment", "Kommentar"}, {"Contributor", "Bidragsyter"}, {"Name", "Navn"},
    {"Contribution", "Bidrag"}, {"Employees", "Ansatte"}, {"Held", "Gjennomført"},
    {"Conducted on", "Gjennomført dato"}, {"Response rate (%)", "Svarprosent (%)"}, {"Main findings", "Hovedfunn"},
    {"Follow-up", "Oppfølging"}, {"Not due this year", "Ikke aktuelt i år"}, {"Followed up", "Fulgt opp"}, {"Signed", "Godkjent"}, {"Signed at", "Godkjent den"},

    // Choice labels ("ik::Choice") the report prints.
    {"Initiate", "Igangsette"}, {"Map", "Kartlegge"}, {"Plan and prioritise", "Planlegge og prioritere tiltak"},
    {"Follow up", "Følge opp"}, {"Report", "Rapportering"},
    {"Line manager", "Linjeleder"}, {"HSE coordinator", "HMS-koordinator"}, {"Safety representative", "Verneombud"},
    {"HSE group member", "Medlem av HMS-gruppen"}, {"Drives the HSE work", "Driver HMS-arbeidet"},
    {"All employees", "Alle ansatte"}, {"Occupational health service", "Bedriftshelsetjenesten"},
    {"Radiation protection coordinator", "Strålevernkoordinator"}, {"Chemical register contact", "Stoffkartotek-kontakt"},
    {"Fire warden", "Brannvernleder"}, {"First aider", "Førstehjelper"},
    {"Not evaluated", "Ikke evaluert"}, {"Reached", "Nådd"}, {"Partly reached", "Delvis nådd"}, {"Not reached", "Ikke nådd"},
    {"NTNU focus area", "NTNUs satsingsområde"}, {"The unit's own topic", "Enhetens eget tema"},
    {"Not started", "Ikke startet"}, {"In progress", "Pågår"}, {"Done", "Utført"}, {"Not applicable", "Ikke relevant"},
    {"High", "Høy"}, {"Medium", "Middels"}, {"Low", "Lav"}, {"Critical", "Kritisk"}, {"Planned", "Planlagt"},
    {"Open", "Åpen"}, {"Measures planned", "Tiltak planlagt"}, {"Accepted", "Akseptert"}, {"Closed", "Lukket"},
    {"Personal injury", "Personskade"}, {"Near miss", "Nestenulykke"}, {"Hazardous condition", "Farlig forhold"},
    {"External environment", "Ytre miljø"}, {"Material damage", "Materielle skader"},
    {"Improvement proposal", "Forbedringsforslag"}, {"Other", "Annet"},
    {"Deviation", "Avvik"}, {"Work-environment survey", "Arbeidsmiljøundersøkelse"}, {"Appraisal talks", "Medarbeidersamtaler"},
    {"System review", "Systemgjennomgang"}, {"Cancelled", "Avlyst"}, {"Higher", "Høyere"}, {"Lower", "Lavere"},
    {"(a) Complies with laws and internal requirements", "(a) Er i samsvar med lover og interne krav"},
    {"(b) Supports NTNU's HSE focus areas", "(b) Er egnet til å støtte NTNUs satsingsområder innen HMS"},
    {"(c) Contributes to continuous improvement", "(c) Bidrar til kontinuerlig forbedring"},
    {"(d) Is in use and maintained", "(d) Er i bruk og blir vedlikeholdt"},
    {"Not assessed", "Ikke vurdert"}, {"Fulfilled", "Oppfylt"}, {"Partly fulfilled", "Delvis oppfylt"},
    {"Not fulfilled", "Ikke oppfylt"}, {"HSE section", "HMS-seksjonen"}, {"Chief safety representative", "Hovedverneombud"},
    {"Working environment committee (AMU)", "Arbeidsmiljøutvalget (AMU)"}, {"Annual review", "Årlig gjennomgang"},
    {"Acceptable", "Akseptabel"}, {"Assess measures", "Vurder tiltak"}, {"Not acceptable", "Ikke akseptabel"},
};
#undef R

const QHash<QString, QString> &bokmal()
{
    static const QHash<QString, QString> nb = [] {
        QHash<QString, QString> built;
        for (const Pair &p : kPairs)
            built.insert(QString::fromUtf8(p.en), QString::fromUtf8(p.nb));
        return built;
    }();
    return nb;
}

std::mutex g_missingMutex;
QSet<QString> g_missing;

QString translate(const QString &english, const QString &language)
{
    if (language != QLatin1String("nb") || english.isEmpty())
        return english;
    const QHash<QString, QString> &nb = bokmal();
    const auto it = nb.constFind(english);
    if (it != nb.constEnd())
        return *it;
    std::lock_guard lock(g_missingMutex);
    g_missing.insert(english);
    return english;
}

} // namespace

QString text(const char *english, const QString &language)
{
    return translate(QString::fromUtf8(english), language);
}

QString choiceLabel(const QString &choiceSet, const QString &key, const QString &language)
{
    const ChoiceSet *set = schema::choiceSet(choiceSet);
    const Choice *choice = set ? set->find(key) : nullptr;
    return choice ? translate(QString::fromUtf8(choice->label), language) : key;
}

QString fieldLabel(const QString &tableName, const QString &column, const QString &language)
{
    const TableDef *def = schema::table(tableName);
    const ColumnDef *col = def ? def->column(column) : nullptr;
    return col ? translate(QString::fromUtf8(col->label), language) : column;
}

QStringList missingTranslations()
{
    std::lock_guard lock(g_missingMutex);
    QStringList out(g_missing.begin(), g_missing.end());
    out.sort();
    return out;
}

} // namespace ik::report
