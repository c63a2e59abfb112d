<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
    <context>
        <name>ik::Field</name>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::ChecklistEditor</name>
        <message>
            <source>Select a checklist item to see its guidance.</source>
            <translation>Velg et punkt i sjekklisten for å se veiledningen.</translation>
        </message>
        <message>
            <source>Guidance (%1): %2</source>
            <translation>Veiledning (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::CompetenceGaps</name>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Required course</source>
            <translation>Påkrevd kurs</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Competence gaps per role</source>
            <translation>Kompetansemangler per rolle</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Mangler</translation>
        </message>
        <message>
            <source>Expired %1</source>
            <translation>Utløpt %1</translation>
        </message>
        <message>
            <source>%1 of %2 required courses for people in HSE roles are missing or expired.</source>
            <translation>%1 av %2 påkrevde kurs for personer i HMS-roller mangler eller er utløpt.</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::Edit</name>
        <message>
            <source>The record no longer exists.</source>
            <translation>Oppføringen finnes ikke lenger.</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Endre %1</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>Legg til %1</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>Slett %1</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fil</translation>
        </message>
        <message>
            <source>&amp;New Unit File…</source>
            <translation>&amp;Ny enhetsfil …</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Åpne …</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Åpne &amp;nylig brukt</translation>
        </message>
        <message>
            <source>Open a &amp;Demo Unit</source>
            <translation>Åpne en &amp;demoenhet</translation>
        </message>
        <message>
            <source>Save a &amp;Copy…</source>
            <translation>Lagre en &amp;kopi …</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer …</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Eksporter …</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Lukk</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avslutt</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Angre</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gjør om</translation>
        </message>
        <message>
            <source>&amp;Delete Row</source>
            <translation>&amp;Slett rad</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>Å&amp;r</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Innstillinger</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Som systemet</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>The new language takes effect when you start the program again.</source>
            <translation>Det nye språket tas i bruk neste gang du starter programmet.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjelp</translation>
        </message>
        <message>
            <source>&amp;Requirements Behind This Page</source>
            <translation>&amp;Krav bak denne siden</translation>
        </message>
        <message>
            <source>&amp;About Internkontroll</source>
            <translation>&amp;Om Internkontroll</translation>
        </message>
        <message>
            <source>About Internkontroll</source>
            <translation>Om Internkontroll</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Internkontroll&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The annual review of a unit's systematic HSE work, following NTNU's guideline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Internkontroll&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Årlig gjennomgang av enhetens systematiske HMS-arbeid etter NTNUs retningslinje.&lt;/p&gt;&lt;p&gt;Lisens: GPL-3.0-or-later.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Internkontroll</source>
            <translation>Internkontroll</translation>
        </message>
        <message>
            <source>%1 – %2 – %3</source>
            <translation>%1 – %2 – %3</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[skrivebeskyttet]</translation>
        </message>
        <message>
            <source>&amp;Start Review Year %1…</source>
            <translation>&amp;Start gjennomgangsåret %1 …</translation>
        </message>
        <message>
            <source>Cannot open the file</source>
            <translation>Kan ikke åpne filen</translation>
        </message>
        <message>
            <source>“%1” cannot be opened.</source>
            <translation>«%1» kan ikke åpnes.</translation>
        </message>
        <message>
            <source>HSE %1 %2.db</source>
            <translation>HMS %1 %2.db</translation>
        </message>
        <message>
            <source>Create unit file</source>
            <translation>Opprett enhetsfil</translation>
        </message>
        <message>
            <source>Unit files (%1)</source>
            <translation>Enhetsfiler (%1)</translation>
        </message>
        <message>
            <source>Cannot create the file</source>
            <translation>Kan ikke opprette filen</translation>
        </message>
        <message>
            <source>Open unit file</source>
            <translation>Åpne enhetsfil</translation>
        </message>
        <message>
            <source>Unit files (%1);;All files (*)</source>
            <translation>Enhetsfiler (%1);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Cannot create the demo unit</source>
            <translation>Kan ikke opprette demoenheten</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Lagre en kopi</translation>
        </message>
        <message>
            <source>%1 (copy).db</source>
            <translation>%1 (kopi).db</translation>
        </message>
        <message>
            <source>Table:</source>
            <translation>Tabell:</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Import CSV</source>
            <translation>Importer CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) imported, %1 skipped as already present.</source>
            <translation>
                <numerusform>%n rad importert, %1 hoppet over fordi de finnes fra før.</numerusform>
                <numerusform>%n rader importert, %1 hoppet over fordi de finnes fra før.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksport</translation>
        </message>
        <message>
            <source>CSV (*.csv);;JSON (*.json)</source>
            <translation>CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Start review year</source>
            <translation>Start gjennomgangsår</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::NewUnitDialog</name>
        <message>
            <source>New unit file</source>
            <translation>Ny enhetsfil</translation>
        </message>
        <message>
            <source>e.g. Department of Chemistry</source>
            <translation>f.eks. Institutt for kjemi</translation>
        </message>
        <message>
            <source>&amp;Unit name:</source>
            <translation>&amp;Enhetens navn:</translation>
        </message>
        <message>
            <source>&amp;Institution:</source>
            <translation>&amp;Institusjon:</translation>
        </message>
        <message>
            <source>First review &amp;year:</source>
            <translation>Første gjennomgangs&amp;år:</translation>
        </message>
        <message>
            <source>Checklist &amp;template:</source>
            <translation>Sjekkliste&amp;mal:</translation>
        </message>
        <message>
            <source>Create…</source>
            <translation>Opprett …</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::OverviewPage</name>
        <message>
            <source>Due</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hva</translation>
        </message>
        <message>
            <source>The year %1 at a glance</source>
            <translation>Året %1 i korte trekk</translation>
        </message>
        <message>
            <source>Progress per phase (checklist)</source>
            <translation>Framdrift per fase (sjekkliste)</translation>
        </message>
        <message>
            <source>Progress: %1</source>
            <translation>Framdrift: %1</translation>
        </message>
        <message>
            <source>%v of %m done</source>
            <translation>%v av %m utført</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Nøkkeltall</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Forfalt</translation>
        </message>
        <message>
            <source>Due in the next 30 days</source>
            <translation>Frist de neste 30 dagene</translation>
        </message>
        <message>
            <source>no checklist items</source>
            <translation>ingen sjekklistepunkter</translation>
        </message>
        <message>
            <source>Open deviations: %1</source>
            <translation>Åpne avvik: %1</translation>
        </message>
        <message>
            <source>Actions done: %1 of %2</source>
            <translation>Tiltak utført: %1 av %2</translation>
        </message>
        <message>
            <source>Overdue actions: %1</source>
            <translation>Tiltak over fristen: %1</translation>
        </message>
        <message>
            <source>Risks above the acceptable level: %1 of %2</source>
            <translation>Risikoer over akseptabelt nivå: %1 av %2</translation>
        </message>
        <message>
            <source> (tertial %1)</source>
            <translation> (tertial %1)</translation>
        </message>
        <message>
            <source>Review acceptance: %1</source>
            <translation>Vurder akseptansen på nytt: %1</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::Phase</name>
        <message>
            <source>Overview</source>
            <translation>Oversikt</translation>
        </message>
        <message>
            <source>Initiate</source>
            <translation>Igangsette</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Kartlegge</translation>
        </message>
        <message>
            <source>Plan and prioritise measures</source>
            <translation>Planlegge og prioritere tiltak</translation>
        </message>
        <message>
            <source>Follow up</source>
            <translation>Følge opp</translation>
        </message>
        <message>
            <source>Reporting</source>
            <translation>Rapportering</translation>
        </message>
        <message>
            <source>The review year at a glance: how far each phase has come, what is overdue, and what falls due in the next 30 days.</source>
            <translation>Gjennomgangsåret i korte trekk: hvor langt hver fase har kommet, hva som har passert fristen, og hva som har frist de neste 30 dagene.</translation>
        </message>
        <message>
            <source>The line manager starts the year's HSE work together with the HSE coordinator, the safety representative and the employees. Make known who holds which HSE role and which tasks are delegated, check whether last year's goals were reached, and set this year's goals, linked to NTNU's HSE policy and focus areas.</source>
            <translation>Linjelederen tar initiativ til årets HMS-arbeid sammen med HMS-koordinator, verneombud og de ansatte. Gjør kjent hvem som har hvilke HMS-roller og hvilke oppgaver som er delegert, kontroller om fjorårets mål ble nådd, og sett årets mål med kobling til NTNUs HMS-politikk og satsningsområder.</translation>
        </message>
        <message>
            <source>Keep the legal register up to date and map the HSE challenges with NTNU's four tools: appraisal talks, the work-environment survey, risk assessment and the overview of deviations. Check that leaders, HSE coordinators and safety representatives have the training their roles require, and document the results.</source>
            <translation>Hold oversikten over lover og krav oppdatert, og kartlegg HMS-utfordringene med NTNUs fire verktøy: medarbeidersamtale, arbeidsmiljøundersøkelse, risikovurdering og oversikten over HMS-avvik. Kontroller at ledere, HMS-koordinatorer og verneombud har opplæringen rollen krever, og dokumenter resultatene.</translation>
        </message>
        <message>
            <source>Turn what the mapping found into an action plan: what is to be done, its priority and cost, who is responsible and by when. Keep local routines and coordination agreements with other employers, and file them in the archive.</source>
            <translation>Gjør funnene fra kartleggingen om til en handlingsplan: hva som skal gjøres, prioritet og kostnad, hvem som er ansvarlig og innen når. Hold lokale rutiner og samordningsavtaler med andre arbeidsgivere ved like, og arkiver dem.</translation>
        </message>
        <message>
            <source>Hold at least one HSE inspection round a year and turn findings into actions. Follow the deviations each tertial and the unit's indicators, and review whether the HSE system complies, supports the focus areas, improves and is in use.</source>
            <translation>Gjennomfør minst én HMS-runde i året og gjør funn om til tiltak. Følg opp avvikene hvert tertial og enhetens indikatorer, og vurder om HMS-systemet etterlever kravene, støtter satsningsområdene, bidrar til forbedring og er i bruk.</translation>
        </message>
        <message>
            <source>Write the HSE annual report: status against the goals, focus areas, the systematic HSE work, the occupational health service's work and external inspections, and whether the HSE system needs to change. Note who contributed.</source>
            <translation>Skriv HMS-årsrapporten: status mot målene, satsningsområder, det systematiske HMS-arbeidet, bedriftshelsetjenestens arbeid og tilsyn fra myndigheter eller eksterne, og om HMS-systemet må endres. Før opp hvem som har bidratt.</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::PhasePage</name>
        <message>
            <source>Checklist</source>
            <translation>Sjekkliste</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::PhasePages</name>
        <message>
            <source>Unit and people</source>
            <translation>Enhet og personer</translation>
        </message>
        <message>
            <source>HSE roles and HSE group</source>
            <translation>HMS-roller og HMS-gruppe</translation>
        </message>
        <message>
            <source>Last year's goals (%1)</source>
            <translation>Fjorårets mål (%1)</translation>
        </message>
        <message>
            <source>Import deviations</source>
            <translation>Importer avvik</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n deviation(s) imported.</source>
            <translation>
                <numerusform>%n avvik importert.</numerusform>
                <numerusform>%n avvik importert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already in the file, skipped.</source>
            <translation>
                <numerusform>%n fantes allerede i filen og ble hoppet over.</numerusform>
                <numerusform>%n fantes allerede i filen og ble hoppet over.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer CSV …</translation>
        </message>
        <message>
            <source>Competence gaps per role</source>
            <translation>Kompetansemangler per rolle</translation>
        </message>
        <message>
            <source>Training and competence</source>
            <translation>Opplæring og kompetanse</translation>
        </message>
        <message>
            <source>Appraisal talks and survey</source>
            <translation>Medarbeidersamtaler og arbeidsmiljøundersøkelse</translation>
        </message>
        <message>
            <source>Make an action</source>
            <translation>Lag tiltak</translation>
        </message>
        <message>
            <source>Adds the selected finding to the action plan</source>
            <translation>Legger det valgte funnet inn i handlingsplanen</translation>
        </message>
        <message>
            <source>Select a finding first.</source>
            <translation>Velg et funn først.</translation>
        </message>
        <message>
            <source>Deviations per tertial</source>
            <translation>Avvik per tertial</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>The finding no longer exists.</source>
            <translation>Funnet finnes ikke lenger.</translation>
        </message>
        <message>
            <source>This finding already has an action.</source>
            <translation>Dette funnet har allerede et tiltak.</translation>
        </message>
        <message>
            <source>Make an action from a finding</source>
            <translation>Lag tiltak av et funn</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::RecordModel</name>
        <message>
            <source>Overdue</source>
            <translation>Forfalt</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>Ny oppføring</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::RequirementsDialog</name>
        <message>
            <source>Requirements behind “%1”</source>
            <translation>Krav bak «%1»</translation>
        </message>
        <message>
            <source>The guideline's requirements that this page's checklist covers (NTNU's guideline for the annual HSE review and Internkontrollforskriften § 5):</source>
            <translation>Kravene i retningslinjen som sjekklisten på denne siden dekker (NTNUs retningslinje for årlig gjennomgang av HMS-arbeidet og internkontrollforskriften § 5):</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Krav</translation>
        </message>
        <message>
            <source>(not described)</source>
            <translation>(ikke beskrevet)</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::StartWidget</name>
        <message>
            <source>Internkontroll – the annual HSE review</source>
            <translation>Internkontroll – årlig gjennomgang av HMS-arbeidet</translation>
        </message>
        <message>
            <source>Work through the year's HSE review phase by phase: initiate, map, plan and prioritise measures, follow up, and report. One file holds your unit's whole HSE record.</source>
            <translation>Gå gjennom årets HMS-gjennomgang fase for fase: igangsette, kartlegge, planlegge og prioritere tiltak, følge opp og rapportere. Én fil rommer hele enhetens HMS-dokumentasjon.</translation>
        </message>
        <message>
            <source>&amp;New unit file…</source>
            <translation>&amp;Ny enhetsfil …</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Åpne …</translation>
        </message>
        <message>
            <source>Open a &amp;demo unit</source>
            <translation>Åpne en &amp;demoenhet</translation>
        </message>
        <message>
            <source>&amp;Recent files:</source>
            <translation>&amp;Nylig brukte filer:</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Nylig brukte filer</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::TableEditor</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Legg til</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>Legg til %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Slett</translation>
        </message>
        <message>
            <source>Delete the selected %1</source>
            <translation>Slett valgt %1</translation>
        </message>
        <message>
            <source>Show only %1</source>
            <translation>Vis bare %1</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Tertial:</source>
            <translation>Tertial:</translation>
        </message>
        <message>
            <source>Show only one tertial</source>
            <translation>Vis bare ett tertial</translation>
        </message>
        <message>
            <source>1st tertial (Jan–Apr)</source>
            <translation>1. tertial (jan.–apr.)</translation>
        </message>
        <message>
            <source>2nd tertial (May–Aug)</source>
            <translation>2. tertial (mai–aug.)</translation>
        </message>
        <message>
            <source>3rd tertial (Sep–Dec)</source>
            <translation>3. tertial (sep.–des.)</translation>
        </message>
        <message>
            <source>Delete “%1”?</source>
            <translation>Slette «%1»?</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) that belong to it will be deleted too.</source>
            <translation>
                <numerusform>%n oppføring som hører til, blir også slettet.</numerusform>
                <numerusform>%n oppføringer som hører til, blir også slettet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other record(s) link to it and will lose that link.</source>
            <translation>
                <numerusform>%n annen oppføring viser hit og mister koblingen.</numerusform>
                <numerusform>%n andre oppføringer viser hit og mister koblingen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ik::ui::TertialSummary</name>
        <message>
            <source>Deviations per tertial</source>
            <translation>Avvik per tertial</translation>
        </message>
        <message>
            <source>1st tertial (Jan–Apr)</source>
            <translation>1. tertial (jan.–apr.)</translation>
        </message>
        <message>
            <source>2nd tertial (May–Aug)</source>
            <translation>2. tertial (mai–aug.)</translation>
        </message>
        <message>
            <source>3rd tertial (Sep–Dec)</source>
            <translation>3. tertial (sep.–des.)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åpne</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alle kategorier</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::UnitView</name>
        <message>
            <source>Read-only: %1</source>
            <translation>Skrivebeskyttet: %1</translation>
        </message>
        <message>
            <source>Phases</source>
            <translation>Faser</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Tilbake</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Neste &gt;</translation>
        </message>
        <message>
            <source>Year %1</source>
            <translation>År %1</translation>
        </message>
        <message>
            <source>%1 of %2 checklist items done</source>
            <translation>%1 av %2 sjekklistepunkter utført</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::RiskMatrixEditor</name>
        <message>
            <source>Risk matrix</source>
            <translation>Risikomatrise</translation>
        </message>
        <message>
            <source>Drag a risk to another cell, or select it and move it with the arrow keys. Page Up and Page Down select the previous or next risk. Click a cell to list only its risks; Escape shows all again.</source>
            <translation>Dra en risiko til en annen celle, eller velg den og flytt den med piltastene. Page Up og Page Down velger forrige eller neste risiko. Klikk en celle for å vise bare dens risikoer; Escape viser alle igjen.</translation>
        </message>
        <message>
            <source>Risk %1: %2
%3: probability %4 × consequence %5 = %6 (%7)</source>
            <translation>Risiko %1: %2
%3: sannsynlighet %4 × konsekvens %5 = %6 (%7)</translation>
        </message>
        <message>
            <source>After measures</source>
            <translation>Etter tiltak</translation>
        </message>
        <message>
            <source>Before measures</source>
            <translation>Før tiltak</translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Sannsynlighet</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Konsekvens</translation>
        </message>
        <message>
            <source>The risk no longer exists.</source>
            <translation>Risikoen finnes ikke lenger.</translation>
        </message>
        <message>
            <source>Move risk %1 to %2 × %3</source>
            <translation>Flytt risiko %1 til %2 × %3</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::RiskView</name>
        <message>
            <source>Import risk register…</source>
            <translation>Importer risikoregister …</translation>
        </message>
        <message>
            <source>Adds the risks of a CSV file (see docs/import.md): all rows or none</source>
            <translation>Legger til risikoene i en CSV-fil (se docs/import.md): alle rader eller ingen</translation>
        </message>
        <message>
            <source>Import risk register</source>
            <translation>Importer risikoregister</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Ingenting ble importert: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n risk(s) imported.</source>
            <translation>
                <numerusform>%n risiko importert.</numerusform>
                <numerusform>%n risikoer importert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Before measures</source>
            <translation>Før tiltak</translation>
        </message>
        <message>
            <source>After measures</source>
            <translation>Etter tiltak</translation>
        </message>
        <message>
            <source>Before and after</source>
            <translation>Før og etter</translation>
        </message>
        <message>
            <source>Matrix settings…</source>
            <translation>Innstillinger for matrisen …</translation>
        </message>
        <message>
            <source>Assessment:</source>
            <translation>Vurdering:</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Vis:</translation>
        </message>
        <message>
            <source>Create action</source>
            <translation>Opprett tiltak</translation>
        </message>
        <message>
            <source>Adds the selected risk's proposed measures to the action plan</source>
            <translation>Legger den valgte risikoens foreslåtte tiltak inn i handlingsplanen</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risikoer</translation>
        </message>
        <message>
            <source>Actions for the selected risk</source>
            <translation>Tiltak for den valgte risikoen</translation>
        </message>
        <message>
            <source>Select a risk first.</source>
            <translation>Velg en risiko først.</translation>
        </message>
        <message>
            <source>All assessments %1</source>
            <translation>Alle vurderinger %1</translation>
        </message>
        <message>
            <source>%1. %2 (before %3, after %4)</source>
            <translation>%1. %2 (før %3, etter %4)</translation>
        </message>
        <message numerus="yes">
            <source>%n risk(s) need a recorded acceptance (who, when, why, review date).</source>
            <translation>
                <numerusform>%n risiko mangler registrert aksept (hvem, når, hvorfor, dato for ny vurdering).</numerusform>
                <numerusform>%n risikoer mangler registrert aksept (hvem, når, hvorfor, dato for ny vurdering).</numerusform>
            </translation>
        </message>
        <message>
            <source>The risk no longer exists.</source>
            <translation>Risikoen finnes ikke lenger.</translation>
        </message>
        <message>
            <source>Measures against: %1</source>
            <translation>Tiltak mot: %1</translation>
        </message>
        <message>
            <source>Risk matrix</source>
            <translation>Risikomatrise</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::MatrixLevelGrid</name>
        <message>
            <source>Click a cell to change its acceptance level</source>
            <translation>Klikk en celle for å endre akseptnivået</translation>
        </message>
    </context>
    <context>
        <name>ik::ui::RiskMatrixSettingsDialog</name>
        <message>
            <source>Risk matrix settings</source>
            <translation>Innstillinger for risikomatrisen</translation>
        </message>
        <message>
            <source>Probability steps:</source>
            <translation>Trinn for sannsynlighet:</translation>
        </message>
        <message>
            <source>Consequence steps:</source>
            <translation>Trinn for konsekvens:</translation>
        </message>
        <message>
            <source>Change size…</source>
            <translation>Endre størrelse …</translation>
        </message>
        <message>
            <source>Click a cell to change its acceptance level:</source>
            <translation>Klikk en celle for å endre akseptnivået:</translation>
        </message>
        <message>
            <source>Size and levels</source>
            <translation>Størrelse og nivåer</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Akse</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Trinn</translation>
        </message>
        <message>
            <source>Bokmål</source>
            <translation>Bokmål</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Step labels</source>
            <translation>Trinnbetegnelser</translation>
        </message>
        <message>
            <source>Add category</source>
            <translation>Legg til kategori</translation>
        </message>
        <message>
            <source>Remove category</source>
            <translation>Fjern kategori</translation>
        </message>
        <message>
            <source>Consequence categories</source>
            <translation>Konsekvenskategorier</translation>
        </message>
        <message>
            <source>Change the matrix size</source>
            <translation>Endre matrisens størrelse</translation>
        </message>
        <message>
            <source>Every risk's probability and consequence is moved to the nearest step of the new size. This cannot be undone. Change the size?</source>
            <translation>Hver risikos sannsynlighet og konsekvens flyttes til nærmeste trinn i den nye størrelsen. Dette kan ikke angres. Endre størrelsen?</translation>
        </message>
        <message numerus="yes">
            <source>The matrix is now %1 × %2; %n risk(s) moved to new steps.</source>
            <translation>
                <numerusform>Matrisen er nå %1 × %2; %n risiko ble flyttet til nye trinn.</numerusform>
                <numerusform>Matrisen er nå %1 × %2; %n risikoer ble flyttet til nye trinn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Probability</source>
            <translation>Sannsynlighet</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Konsekvens</translation>
        </message>
        <message>
            <source>Select a category first.</source>
            <translation>Velg en kategori først.</translation>
        </message>
        <message>
            <source>The matrix needs at least one consequence category.</source>
            <translation>Matrisen må ha minst én konsekvenskategori.</translation>
        </message>
        <message numerus="yes">
            <source>%n risk consequence(s) are scored in this category. Remove the category and those scores?</source>
            <translation>
                <numerusform>%n risikokonsekvens er vurdert i denne kategorien. Fjerne kategorien og vurderingen?</numerusform>
                <numerusform>%n risikokonsekvenser er vurdert i denne kategorien. Fjerne kategorien og vurderingene?</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove consequence category</source>
            <translation>Fjern konsekvenskategori</translation>
        </message>
    </context>
</TS>