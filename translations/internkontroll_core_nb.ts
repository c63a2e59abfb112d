<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ik::BuildInfo</name>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version. There is no warranty.</source>
        <translation>Fri programvare under GNU General Public License, versjon 3 eller en senere versjon. Programmet leveres uten garanti.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (bygget med %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lisens: %1</translation>
    </message>
</context>
<context>
    <name>ik::Calendar</name>
    <message>
        <source>HSE %1 %2</source>
        <translation>HMS %1 %2</translation>
    </message>
    <message>
        <source>HSE action: %1</source>
        <translation>HMS-tiltak: %1</translation>
    </message>
    <message>
        <source>HSE: %1</source>
        <translation>HMS: %1</translation>
    </message>
</context>
<context>
    <name>ik::ChecklistTemplate</name>
    <message>
        <source>The template is not valid JSON: %1 (at character %2).</source>
        <translation>Malen er ikke gyldig JSON: %1 (ved tegn %2).</translation>
    </message>
    <message>
        <source>The template needs an id, a version of 1 or more, and a name in both languages.</source>
        <translation>Malen må ha en id, et versjonsnummer på 1 eller høyere og et navn på begge språk.</translation>
    </message>
    <message>
        <source>Template item %1 (“%2”): %3</source>
        <translation>Punkt %1 i malen («%2»): %3</translation>
    </message>
    <message>
        <source>the key must be lower-case letters, digits, dots, dashes or underscores</source>
        <translation>nøkkelen kan bare inneholde små bokstaver, sifre, punktum, bindestrek og understrek</translation>
    </message>
    <message>
        <source>the key is used twice</source>
        <translation>nøkkelen er brukt to ganger</translation>
    </message>
    <message>
        <source>unknown phase “%1”</source>
        <translation>ukjent fase «%1»</translation>
    </message>
    <message>
        <source>the title is missing in one of the languages</source>
        <translation>tittelen mangler på ett av språkene</translation>
    </message>
    <message>
        <source>the guidance is missing in one of the languages</source>
        <translation>veiledningen mangler på ett av språkene</translation>
    </message>
    <message>
        <source>“%1” is not a requirement ID</source>
        <translation>«%1» er ikke en gyldig krav-ID</translation>
    </message>
    <message>
        <source>it names no requirement</source>
        <translation>det viser ikke til noe krav</translation>
    </message>
    <message>
        <source>unknown recurrence “%1”</source>
        <translation>ukjent hyppighet «%1»</translation>
    </message>
    <message>
        <source>unknown role “%1”</source>
        <translation>ukjent rolle «%1»</translation>
    </message>
    <message>
        <source>the due date must be MM-DD</source>
        <translation>fristen må ha formen MM-DD</translation>
    </message>
    <message>
        <source>The template has no items.</source>
        <translation>Malen har ingen punkter.</translation>
    </message>
    <message>
        <source>There is no built-in template “%1” (there is: %2).</source>
        <translation>Det finnes ingen innebygd mal «%1» (disse finnes: %2).</translation>
    </message>
</context>
<context>
    <name>ik::Choice</name>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Linjeleder</translation>
    </message>
    <message>
        <source>HSE coordinator</source>
        <translation>HMS-koordinator</translation>
    </message>
    <message>
        <source>Safety representative</source>
        <translation>Verneombud</translation>
    </message>
    <message>
        <source>HSE group member</source>
        <translation>Medlem av HMS-gruppen</translation>
    </message>
    <message>
        <source>Drives the HSE work</source>
        <translation>Driver HMS-arbeidet</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Alle ansatte</translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation>Bedriftshelsetjenesten</translation>
    </message>
    <message>
        <source>Radiation protection coordinator</source>
        <translation>Strålevernkoordinator</translation>
    </message>
    <message>
        <source>Chemical register contact</source>
        <translation>Stoffkartotek-kontakt</translation>
    </message>
    <message>
        <source>Fire warden</source>
        <translation>Brannansvarlig</translation>
    </message>
    <message>
        <source>First aider</source>
        <translation>Førstehjelper</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Ikke evaluert</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Delvis nådd</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Ikke nådd</translation>
    </message>
    <message>
        <source>NTNU focus area</source>
        <translation>NTNUs satsningsområde</translation>
    </message>
    <message>
        <source>The unit&apos;s own topic</source>
        <translation>Enhetens eget tema</translation>
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
        <source>Plan and prioritise</source>
        <translation>Planlegge og prioritere tiltak</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Følge opp</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapportering</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hvert år</translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation>Annethvert år</translation>
    </message>
    <message>
        <source>Every tertial</source>
        <translation>Hvert tertial</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke påbegynt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Ikke relevant</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Complied with</source>
        <translation>Etterleves</translation>
    </message>
    <message>
        <source>Partly complied with</source>
        <translation>Etterleves delvis</translation>
    </message>
    <message>
        <source>Not complied with</source>
        <translation>Etterleves ikke</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Kjemikalier</translation>
    </message>
    <message>
        <source>Biological agents</source>
        <translation>Biologiske faktorer</translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation>Stråling</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Støy</translation>
    </message>
    <message>
        <source>Ergonomics</source>
        <translation>Ergonomi</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psykososialt arbeidsmiljø</translation>
    </message>
    <message>
        <source>Field work</source>
        <translation>Feltarbeid</translation>
    </message>
    <message>
        <source>Lab equipment</source>
        <translation>Laboratorieutstyr</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Middels</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Measures planned</source>
        <translation>Tiltak planlagt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akseptert</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>Personskade</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Nestenulykke</translation>
    </message>
    <message>
        <source>Hazardous condition</source>
        <translation>Farlig forhold</translation>
    </message>
    <message>
        <source>External environment</source>
        <translation>Ytre miljø</translation>
    </message>
    <message>
        <source>Material damage</source>
        <translation>Materiell skade</translation>
    </message>
    <message>
        <source>Improvement proposal</source>
        <translation>Forbedringsforslag</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Not due this year</source>
        <translation>Ikke aktuelt i år</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Fulgt opp</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <source>Minutes of HSE meeting</source>
        <translation>Referat fra HMS-møte</translation>
    </message>
    <message>
        <source>Inspection round result</source>
        <translation>Resultat fra HMS-runde</translation>
    </message>
    <message>
        <source>Training overview</source>
        <translation>Oversikt over gjennomført HMS-opplæring</translation>
    </message>
    <message>
        <source>Fire protection documentation</source>
        <translation>Brannverndokumentasjon</translation>
    </message>
    <message>
        <source>Deviation overview</source>
        <translation>Oversikt over HMS-avvik</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Local routine</source>
        <translation>Lokal HMS-rutine</translation>
    </message>
    <message>
        <source>Coordination agreement</source>
        <translation>Samordningsavtale</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation>HMS-runde</translation>
    </message>
    <message>
        <source>Work-environment survey</source>
        <translation>Arbeidsmiljøundersøkelse</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Appraisal talks</source>
        <translation>Medarbeidersamtaler</translation>
    </message>
    <message>
        <source>System review</source>
        <translation>Gjennomgang av HMS-systemet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation>Fakultet</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Høyere</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lavere</translation>
    </message>
    <message>
        <source>(a) Complies with laws and internal requirements</source>
        <translation>(a) Er i overensstemmelse med lovverk og interne krav</translation>
    </message>
    <message>
        <source>(b) Supports NTNU&apos;s HSE focus areas</source>
        <translation>(b) Underbygger NTNUs satsningsområder for HMS</translation>
    </message>
    <message>
        <source>(c) Contributes to continuous improvement</source>
        <translation>(c) Bidrar til kontinuerlig forbedring</translation>
    </message>
    <message>
        <source>(d) Is in use and maintained</source>
        <translation>(d) Er tatt i bruk og blir vedlikeholdt</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Delvis oppfylt</translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <source>(a) Status against the HSE goals</source>
        <translation>(a) Status i forhold til HMS-målene</translation>
    </message>
    <message>
        <source>(b) Focus areas</source>
        <translation>(b) Satsningsområder</translation>
    </message>
    <message>
        <source>(c) The systematic HSE work</source>
        <translation>(c) Det systematiske HMS-arbeidet</translation>
    </message>
    <message>
        <source>(d) The occupational health service&apos;s work</source>
        <translation>(d) Bedriftshelsetjenestens arbeid</translation>
    </message>
    <message>
        <source>(e) Supervision and inspections by authorities or external parties</source>
        <translation>(e) Tilsyn og kontroller utført av offentlige myndigheter eller eksterne aktører</translation>
    </message>
    <message>
        <source>Need for changes in the HSE system</source>
        <translation>Behov for endringer i HMS-systemet</translation>
    </message>
    <message>
        <source>HSE section</source>
        <translation>HMS-seksjonen</translation>
    </message>
    <message>
        <source>Chief safety representative</source>
        <translation>Hovedverneombud</translation>
    </message>
    <message>
        <source>Working environment committee (AMU)</source>
        <translation>Arbeidsmiljøutvalget (AMU)</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Årlig gjennomgang</translation>
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
        <source>Acceptable</source>
        <translation>Akseptabel</translation>
    </message>
    <message>
        <source>Assess measures</source>
        <translation>Vurder tiltak</translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <translation>Ikke akseptabel</translation>
    </message>
    <message>
        <source>Supervision order</source>
        <translation>Pålegg fra tilsyn</translation>
    </message>
    <message>
        <source>HSE group</source>
        <translation>HMS-gruppe</translation>
    </message>
    <message>
        <source>HSE committee</source>
        <translation>HMS-utvalg</translation>
    </message>
    <message>
        <source>Local working environment committee</source>
        <translation>Lokalt arbeidsmiljøutvalg (LAMU)</translation>
    </message>
    <message>
        <source>Staff meeting</source>
        <translation>Allmøte</translation>
    </message>
    <message>
        <source>Labour Inspection Authority</source>
        <translation>Arbeidstilsynet</translation>
    </message>
    <message>
        <source>Radiation and Nuclear Safety Authority (DSA)</source>
        <translation>Direktoratet for strålevern og atomsikkerhet (DSA)</translation>
    </message>
    <message>
        <source>Fire service</source>
        <translation>Brannvesenet</translation>
    </message>
    <message>
        <source>Electrical safety authority (DLE)</source>
        <translation>Det lokale eltilsynet (DLE)</translation>
    </message>
    <message>
        <source>Food Safety Authority</source>
        <translation>Mattilsynet</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>Ekstern revisjon</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Ikke kontrollert</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Needs updating</source>
        <translation>Må oppdateres</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Ikke aktuelt</translation>
    </message>
    <message>
        <source>Management meeting</source>
        <translation>Ledermøte</translation>
    </message>
</context>
<context>
    <name>ik::Cli</name>
    <message>
        <source>%1 — review year %2</source>
        <translation>%1 — gjennomgangsår %2</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>%1/%2 utført</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 done, %3 overdue</source>
        <translation>Tiltak: %1 av %2 utført, %3 over fristen</translation>
    </message>
    <message>
        <source>Open deviations: %1</source>
        <translation>Åpne avvik: %1</translation>
    </message>
    <message>
        <source>Risks above the acceptable level: %1 of %2</source>
        <translation>Risikoer over akseptabelt nivå: %1 av %2</translation>
    </message>
    <message>
        <source>Sign-off: not signed off</source>
        <translation>Godkjenning: ikke godkjent</translation>
    </message>
    <message>
        <source>Sign-off:</source>
        <translation>Godkjenning:</translation>
    </message>
    <message>
        <source>%1 signed by %2 (%3) %4</source>
        <translation>%1 godkjent av %2 (%3) %4</translation>
    </message>
    <message>
        <source> — CHANGED since sign-off (changes logged: %1)</source>
        <translation> — ENDRET siden godkjenningen (loggførte endringer: %1)</translation>
    </message>
    <message>
        <source> — unchanged since</source>
        <translation> — uendret siden</translation>
    </message>
    <message>
        <source>Overdue (%1):</source>
        <translation>Over fristen (%1):</translation>
    </message>
    <message>
        <source>Due in the next 30 days (%1):</source>
        <translation>Frist de neste 30 dagene (%1):</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, versjon %3)</translation>
    </message>
    <message>
        <source>before measures</source>
        <translation>før tiltak</translation>
    </message>
    <message>
        <source>after measures</source>
        <translation>etter tiltak</translation>
    </message>
    <message>
        <source>before → after measures</source>
        <translation>før → etter tiltak</translation>
    </message>
    <message>
        <source>Risk matrix %1, %2</source>
        <translation>Risikomatrise %1, %2</translation>
    </message>
    <message>
        <source>External supervision: %1, open orders: %2</source>
        <translation>Eksterne tilsyn: %1, åpne pålegg: %2</translation>
    </message>
</context>
<context>
    <name>ik::Csv</name>
    <message>
        <source>line %1: %2 fields, but the header has %3.</source>
        <translation>linje %1: %2 felt, men overskriftslinjen har %3.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation>linje %1: et felt i anførselstegn er ikke avsluttet.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Filen er tom: den har ingen overskriftslinje.</translation>
    </message>
</context>
<context>
    <name>ik::Demo</name>
    <message>
        <source>The demo&apos;s day must lie in its review year %1.</source>
        <translation>Demoens dag må ligge i gjennomgangsåret %1.</translation>
    </message>
</context>
<context>
    <name>ik::Faculty</name>
    <message>
        <source>Faculty HSE overview %1</source>
        <translation>HMS-oversikt for fakultetet %1</translation>
    </message>
    <message>
        <source>The units&apos; annual HSE review, rolled up for the faculty</source>
        <translation>Enhetenes årlige HMS-gjennomgang, samlet for fakultetet</translation>
    </message>
    <message>
        <source>Faculty HSE overview</source>
        <translation>HMS-oversikt for fakultetet</translation>
    </message>
    <message>
        <source>Units counted: %1 · read on %2</source>
        <translation>Enheter talt med: %1 · lest %2</translation>
    </message>
    <message>
        <source>Each unit&apos;s figures are counted from its own unit file, as the unit&apos;s program counts them for its status and its annual report. The files were only read: none was changed.</source>
        <translation>Tallene for hver enhet er talt opp fra enhetens egen fil, slik programmet teller dem for enhetens status og HMS-årsrapport. Filene ble bare lest: ingen ble endret.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Across the units</source>
        <translation>Samlet for enhetene</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>counted: %1; files not counted: %2 (see the last section)</source>
        <translation>talt med: %1; filer ikke talt med: %2 (se siste kapittel)</translation>
    </message>
    <message>
        <source>Sign-off of the review</source>
        <translation>Godkjenning av gjennomgangen</translation>
    </message>
    <message>
        <source>%1 signed off, %2 changed since signing, %3 not signed off</source>
        <translation>%1 godkjent, %2 endret etter godkjenning, %3 ikke godkjent</translation>
    </message>
    <message>
        <source>Checklist done</source>
        <translation>Sjekkliste utført</translation>
    </message>
    <message>
        <source>%1 of %2 items (%3)</source>
        <translation>%1 av %2 punkter (%3)</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Mål nådd</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 partly)</source>
        <translation>%1 av %2 (%3 delvis)</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Tiltak fullført</translation>
    </message>
    <message>
        <source>%1 of %2, %3 overdue</source>
        <translation>%1 av %2, %3 over fristen</translation>
    </message>
    <message>
        <source>Cost of the actions</source>
        <translation>Kostnad for tiltakene</translation>
    </message>
    <message>
        <source>%1 in all, %2 of it for actions done</source>
        <translation>%1 i alt, %2 av det for fullførte tiltak</translation>
    </message>
    <message>
        <source>Deviations reported</source>
        <translation>Meldte avvik</translation>
    </message>
    <message>
        <source>%1 (T1: %2, T2: %3, T3: %4); %5 open in all</source>
        <translation>%1 (T1: %2, T2: %3, T3: %4); %5 åpne i alt</translation>
    </message>
    <message>
        <source>Personal injuries</source>
        <translation>Personskader</translation>
    </message>
    <message>
        <source>%1, of them %2 with absence</source>
        <translation>%1, av dem %2 med fravær</translation>
    </message>
    <message>
        <source>Risks not acceptable</source>
        <translation>Risikoer som ikke er akseptable</translation>
    </message>
    <message>
        <source>%1 before measures, %2 after, of %3 risks</source>
        <translation>%1 før tiltak, %2 etter, av %3 risikoer</translation>
    </message>
    <message>
        <source>Training of the HSE roles</source>
        <translation>Opplæring i HMS-rollene</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met (%3)</source>
        <translation>%1 av %2 krav oppfylt (%3)</translation>
    </message>
    <message>
        <source>Inspection rounds held</source>
        <translation>HMS-runder gjennomført</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>System review (FO-4)</source>
        <translation>Systemgjennomgang (FO-4)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria assessed</source>
        <translation>%1 av %2 kriterier vurdert</translation>
    </message>
    <message>
        <source>External supervision</source>
        <translation>Eksterne tilsyn</translation>
    </message>
    <message>
        <source>%1, open orders: %2</source>
        <translation>%1, åpne pålegg: %2</translation>
    </message>
    <message>
        <source>How the units are spread</source>
        <translation>Hvordan enhetene fordeler seg</translation>
    </message>
    <message>
        <source>Red risks after measures</source>
        <translation>Røde risikoer etter tiltak</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 eller flere</translation>
    </message>
    <message>
        <source>The units</source>
        <translation>Enhetene</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Red risks before → after</source>
        <translation>Røde risikoer før → etter</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <source>Rounds held</source>
        <translation>HMS-runder</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>No unit file could be counted.</source>
        <translation>Ingen enhetsfil kunne telles med.</translation>
    </message>
    <message>
        <source>Deviations in tertial %1</source>
        <translation>Avvik i tertial %1</translation>
    </message>
    <message>
        <source>Deviations per tertial</source>
        <translation>Avvik per tertial</translation>
    </message>
    <message>
        <source>A deviation counts in the tertial of the day it was reported, as in the units&apos; own reports.</source>
        <translation>Et avvik telles i tertialet for dagen det ble meldt, som i enhetenes egne rapporter.</translation>
    </message>
    <message>
        <source>Deviations across the units by category per tertial: %1</source>
        <translation>Avvik for alle enhetene etter kategori per tertial: %1</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Etter enhet</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Fortsatt åpne</translation>
    </message>
    <message>
        <source>No deviations were reported.</source>
        <translation>Ingen avvik ble meldt.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Etter kategori</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Etter alvorlighetsgrad</translation>
    </message>
    <message>
        <source>“Still open” counts the deviations of the whole year that are not closed.</source>
        <translation>«Fortsatt åpne» teller avvikene fra hele året som ikke er lukket.</translation>
    </message>
    <message>
        <source>* The tertial had not ended on %1: its figures are not final.</source>
        <translation>* Tertialet var ikke avsluttet %1: tallene er ikke endelige.</translation>
    </message>
    <message>
        <source>Units not signed off as they stand</source>
        <translation>Enheter som ikke er godkjent slik de står</translation>
    </message>
    <message>
        <source>The review of the year is signed off by the line manager (Review → Sign Off). A file changed after signing is no longer signed off as it stands: its changes are counted from its change log.</source>
        <translation>Årets gjennomgang godkjennes av linjeleder (Gjennomgang → Signer). En fil som er endret etter godkjenningen, er ikke lenger godkjent slik den står: endringene telles fra endringsloggen.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Godkjent av</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Godkjent dato</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Endringer siden</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Every unit counted has signed off its review as it stands.</source>
        <translation>Alle enhetene som er talt med, har godkjent gjennomgangen slik den står.</translation>
    </message>
    <message>
        <source>Risks still red after measures</source>
        <translation>Risikoer som fortsatt er røde etter tiltak</translation>
    </message>
    <message>
        <source>Risks whose level after the planned measures (or before, where no score after is set) is not acceptable under the unit&apos;s own risk matrix.</source>
        <translation>Risikoer der nivået etter de planlagte tiltakene (eller før, der det ikke er vurdert etter tiltak) ikke er akseptabelt etter enhetens egen risikomatrise.</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Risikotall</translation>
    </message>
    <message>
        <source>No unit has a risk that is still not acceptable after measures.</source>
        <translation>Ingen enhet har en risiko som fortsatt ikke er akseptabel etter tiltak.</translation>
    </message>
    <message>
        <source>Files not counted</source>
        <translation>Filer som ikke er talt med</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Every file was read and counted.</source>
        <translation>Alle filene ble lest og talt med.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Deviations by category</source>
        <translation>Avvik etter kategori</translation>
    </message>
    <message>
        <source>Deviations by severity</source>
        <translation>Avvik etter alvorlighetsgrad</translation>
    </message>
    <message>
        <source>“%1”: the overview is written as .pdf, .xlsx or .csv.</source>
        <translation>«%1»: oversikten skrives som .pdf, .xlsx eller .csv.</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Ikke lest: %1</translation>
    </message>
    <message>
        <source>A copy of the same unit&apos;s file, not counted; counted: %1</source>
        <translation>En kopi av den samme enhetens fil, ikke talt med; talt med: %1</translation>
    </message>
    <message>
        <source>The file has no review year for this year</source>
        <translation>Filen har ikke gjennomgangsår for dette året</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lest</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Changed since signing</source>
        <translation>Endret etter godkjenning</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>Ikke godkjent</translation>
    </message>
    <message>
        <source>Changes since signing</source>
        <translation>Endringer etter godkjenning</translation>
    </message>
    <message>
        <source>Checklist done (%)</source>
        <translation>Sjekkliste utført (%)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goals partly reached</source>
        <translation>Mål delvis nådd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Actions overdue</source>
        <translation>Tiltak over fristen</translation>
    </message>
    <message>
        <source>Cost of actions (NOK)</source>
        <translation>Kostnad for tiltak (kr)</translation>
    </message>
    <message>
        <source>Cost of actions done (NOK)</source>
        <translation>Kostnad for fullførte tiltak (kr)</translation>
    </message>
    <message>
        <source>Deviations T1</source>
        <translation>Avvik T1</translation>
    </message>
    <message>
        <source>Deviations T2</source>
        <translation>Avvik T2</translation>
    </message>
    <message>
        <source>Deviations T3</source>
        <translation>Avvik T3</translation>
    </message>
    <message>
        <source>Deviations open</source>
        <translation>Åpne avvik</translation>
    </message>
    <message>
        <source>Injuries with absence</source>
        <translation>Personskader med fravær</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>Red risks before measures</source>
        <translation>Røde risikoer før tiltak</translation>
    </message>
    <message>
        <source>Risks above acceptable</source>
        <translation>Risikoer over akseptabelt nivå</translation>
    </message>
    <message>
        <source>Training of HSE roles (%)</source>
        <translation>Opplæring i HMS-rollene (%)</translation>
    </message>
    <message>
        <source>Training required</source>
        <translation>Opplæringskrav</translation>
    </message>
    <message>
        <source>Training met</source>
        <translation>Opplæringskrav oppfylt</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>HMS-runder</translation>
    </message>
    <message>
        <source>System review (FO-4) assessed</source>
        <translation>Systemgjennomgang (FO-4) vurdert</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Åpne pålegg</translation>
    </message>
    <message>
        <source>Last change by</source>
        <translation>Sist endret av</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sti</translation>
    </message>
    <message>
        <source>One line a unit file. Marked: not signed off as it stands, or risks still red after measures. Every figure, and more, is in the spreadsheet (XLSX) of the same overview.</source>
        <translation>Én linje per enhetsfil. Markert: ikke godkjent slik den står, eller risikoer som fortsatt er røde etter tiltak. Alle tallene, og flere, står i regnearket (XLSX) med samme oversikt.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
</context>
<context>
    <name>ik::Field</name>
    <message>
        <source>Unit name</source>
        <translation>Enhetens navn</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institusjon</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>Overordnet enhet</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Antall ansatte</translation>
    </message>
    <message>
        <source>Link to the HSE policy</source>
        <translation>Kobling til HMS-politikken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Leads or supervises others</source>
        <translation>Leder eller kontrollerer andre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Oppgave</translation>
    </message>
    <message>
        <source>Delegated to</source>
        <translation>Delegert til</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funksjon</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighet</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Delegert av</translation>
    </message>
    <message>
        <source>Delegated on</source>
        <translation>Delegeringsdato</translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation>Dokumentreferanse</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Hvordan det måles</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>Follows goal</source>
        <translation>Viderefører mål</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Satsningsområde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Template key</source>
        <translation>Malnøkkel</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Forekomst</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Title (bokmål)</source>
        <translation>Tittel (bokmål)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Tittel (engelsk)</translation>
    </message>
    <message>
        <source>Guidance (bokmål)</source>
        <translation>Veiledning (bokmål)</translation>
    </message>
    <message>
        <source>Guidance (English)</source>
        <translation>Veiledning (engelsk)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Hyppighet</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Ansvarlig rolle</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fullført dato</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Law, regulation or requirement</source>
        <translation>Lov, forskrift eller krav</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gjelder for</translation>
    </message>
    <message>
        <source>Of special importance</source>
        <translation>Av særlig betydning</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Etterlevelse</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Sist gjennomgått</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Farer</translation>
    </message>
    <message>
        <source>Needs a risk assessment</source>
        <translation>Trenger risikovurdering</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Ledet av</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Unwanted event</source>
        <translation>Uønsket hendelse</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Existing measures</source>
        <translation>Eksisterende tiltak</translation>
    </message>
    <message>
        <source>Probability before</source>
        <translation>Sannsynlighet før</translation>
    </message>
    <message>
        <source>Proposed measures</source>
        <translation>Foreslåtte tiltak</translation>
    </message>
    <message>
        <source>Probability after</source>
        <translation>Sannsynlighet etter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akseptert av</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akseptert dato</translation>
    </message>
    <message>
        <source>Reason for acceptance</source>
        <translation>Begrunnelse for aksept</translation>
    </message>
    <message>
        <source>Review acceptance by</source>
        <translation>Revurder aksept innen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Consequence category</source>
        <translation>Konsekvenskategori</translation>
    </message>
    <message>
        <source>Consequence before</source>
        <translation>Konsekvens før</translation>
    </message>
    <message>
        <source>Consequence after</source>
        <translation>Konsekvens etter</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Meldt dato</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Alvorlighetsgrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Lukket dato</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Course content</source>
        <translation>Kursinnhold</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Varighet (timer)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Kursholder</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gjennomførte</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagte</translation>
    </message>
    <message>
        <source>Conducted on</source>
        <translation>Gjennomført dato</translation>
    </message>
    <message>
        <source>Response rate (%)</source>
        <translation>Svarprosent</translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation>Hovedfunn</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation>Arkivreferanse</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>Kildepost</translation>
    </message>
    <message>
        <source>Cost (NOK)</source>
        <translation>Kostnad (kr)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Effect evaluated</source>
        <translation>Effekt vurdert</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>Videreført fra</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutine</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Godkjent dato</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revideres innen</translation>
    </message>
    <message>
        <source>Other employer</source>
        <translation>Annen virksomhet</translation>
    </message>
    <message>
        <source>Shared premises or activity</source>
        <translation>Felles lokaler eller aktivitet</translation>
    </message>
    <message>
        <source>Main enterprise</source>
        <translation>Hovedbedrift</translation>
    </message>
    <message>
        <source>Signed by the leaders</source>
        <translation>Signert av lederne</translation>
    </message>
    <message>
        <source>Signed by the safety representatives</source>
        <translation>Signert av verneombudene</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signert dato</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation>HMS-runde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Risk assessment to be revised</source>
        <translation>Risikovurderingen må revideres</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Måleenhet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Bedre når</translation>
    </message>
    <message>
        <source>Month (yyyy-mm)</source>
        <translation>Måned (åååå-mm)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Bidragsyter</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Bidrag</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signert tidspunkt</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtrykk</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Begrunnelse for tilbaketrekking</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Posttype</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Løst av</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>Løst tidspunkt</translation>
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
        <source>Label (bokmål)</source>
        <translation>Betegnelse (bokmål)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Betegnelse (engelsk)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Name (bokmål)</source>
        <translation>Navn (bokmål)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Navn (engelsk)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Rekkefølge</translation>
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
        <source>Goal: days to close a deviation</source>
        <translation>Mål: dager til et avvik er lukket</translation>
    </message>
    <message>
        <source>Injury with absence</source>
        <translation>Skade med fravær</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Minutes (archive reference)</source>
        <translation>Referat (arkivreferanse)</translation>
    </message>
    <message>
        <source>Main topics</source>
        <translation>Hovedsaker</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Report (archive reference)</source>
        <translation>Rapport (arkivreferanse)</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Tilsyn</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Oppdrag</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For hvem</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>Arbeidede timer</translation>
    </message>
    <message>
        <source>Sick leave Q1 (%)</source>
        <translation>Sykefravær 1. kvartal (%)</translation>
    </message>
    <message>
        <source>Sick leave Q2 (%)</source>
        <translation>Sykefravær 2. kvartal (%)</translation>
    </message>
    <message>
        <source>Sick leave Q3 (%)</source>
        <translation>Sykefravær 3. kvartal (%)</translation>
    </message>
    <message>
        <source>Sick leave Q4 (%)</source>
        <translation>Sykefravær 4. kvartal (%)</translation>
    </message>
    <message>
        <source>Fire protection documentation</source>
        <translation>Brannverndokumentasjon</translation>
    </message>
    <message>
        <source>Chemical register</source>
        <translation>Stoffkartotek</translation>
    </message>
    <message>
        <source>Treated by</source>
        <translation>Behandlet av</translation>
    </message>
    <message>
        <source>Treated on</source>
        <translation>Behandlet dato</translation>
    </message>
    <message>
        <source>Decision or remarks</source>
        <translation>Vedtak eller merknader</translation>
    </message>
    <message>
        <source>Order given</source>
        <translation>Pålegg</translation>
    </message>
</context>
<context>
    <name>ik::FileCheck</name>
    <message>
        <source>an extra %1 “%2”</source>
        <translation>et ekstra databaseobjekt «%2» (%1)</translation>
    </message>
    <message>
        <source>a changed %1 “%2”</source>
        <translation>et endret databaseobjekt «%2» (%1)</translation>
    </message>
    <message>
        <source>a missing %1 “%2”</source>
        <translation>et manglende databaseobjekt «%2» (%1)</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Filen «%1» finnes ikke.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Filen «%1» kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The file “%1” is empty, so it holds no unit. Perhaps a copy or download was interrupted; look for the original.</source>
        <translation>Filen «%1» er tom og inneholder derfor ingen enhet. Kanskje ble en kopiering eller nedlasting avbrutt; se etter originalen.</translation>
    </message>
    <message>
        <source>“%1” is not an Internkontroll unit file (it is not an SQLite database).</source>
        <translation>«%1» er ikke en enhetsfil fra Internkontroll (det er ikke en SQLite-database).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database made by another program, not an Internkontroll unit file. It was not opened and has not been changed.</source>
        <translation>«%1» er en SQLite-database laget av et annet program, ikke en enhetsfil fra Internkontroll. Den ble ikke åpnet og er ikke endret.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Internkontroll (file format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation>«%1» er skrevet av en nyere versjon av Internkontroll (filformat %2; denne versjonen leser til og med %3). Installer den nyere versjonen for å åpne den.</translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than its own header says (it may have been cut off while copying). It was not opened and has not been changed.</source>
        <translation>«%1» er skadet: den er kortere enn filhodet oppgir (den kan ha blitt avkortet under kopiering). Den ble ikke åpnet og er ikke endret.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>«%1» kan ikke åpnes: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged: SQLite&apos;s integrity check found %n problem(s), the first being “%2”. It was not opened and has not been changed; use a backup copy.</source>
        <translation>
            <numerusform>«%1» er skadet: integritetskontrollen i SQLite fant %n feil, «%2». Den ble ikke åpnet og er ikke endret; bruk en sikkerhetskopi.</numerusform>
            <numerusform>«%1» er skadet: integritetskontrollen i SQLite fant %n feil, den første er «%2». Den ble ikke åpnet og er ikke endret; bruk en sikkerhetskopi.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has been changed outside Internkontroll: it holds %2. Such a file could behave differently from what you see, so it was not opened and has not been changed.</source>
        <translation>«%1» er endret utenfor Internkontroll: %2. En slik fil kan oppføre seg annerledes enn det du ser, så den ble ikke åpnet og er ikke endret.</translation>
    </message>
    <message>
        <source>“%1” is being written by another program and stayed busy; try again in a moment.</source>
        <translation>«%1» skrives av et annet program og forble opptatt; prøv igjen om litt.</translation>
    </message>
    <message>
        <source>a schema that cannot be read</source>
        <translation>et databaseskjema som ikke kan leses</translation>
    </message>
    <message>
        <source>“%1” is marked as an Internkontroll unit file, but its file format number (%2) is not one that any version of Internkontroll writes: it has been changed outside the program or damaged. It was not opened and has not been changed; use a backup copy.</source>
        <translation>«%1» er merket som en enhetsfil fra Internkontroll, men filformatnummeret (%2) er ikke et som noen versjon av Internkontroll skriver: filen er endret utenfor programmet, eller den er skadet. Den ble ikke åpnet og er ikke endret; bruk en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read. It was not opened and has not been changed; use a backup copy.</source>
        <translation>«%1» er skadet og kan ikke leses. Den ble ikke åpnet og er ikke endret; bruk en sikkerhetskopi.</translation>
    </message>
</context>
<context>
    <name>ik::FileLock</name>
    <message>
        <source>process %1</source>
        <translation>prosess %1</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>prosess %1 (%2)</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>en ukjent datamaskin</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 på %2</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 for brukeren %2 på %3</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, siden %2</translation>
    </message>
    <message>
        <source>It is held from another computer, and whether the program still runs there cannot be checked from here.</source>
        <translation>Den holdes fra en annen datamaskin, og herfra kan det ikke sjekkes om programmet fortsatt kjører der.</translation>
    </message>
    <message>
        <source>It has been held for more than %1 hours.</source>
        <translation>Den har vært holdt i mer enn %1 timer.</translation>
    </message>
    <message>
        <source>The lock could not be broken: its file “%1” could not be removed (%2).</source>
        <translation>Låsen kunne ikke brytes: låsefilen «%1» kunne ikke fjernes (%2).</translation>
    </message>
    <message>
        <source>The lock could not be broken: another program took it at the same moment.</source>
        <translation>Låsen kunne ikke brytes: et annet program tok den i samme øyeblikk.</translation>
    </message>
    <message>
        <source>The lock was not broken: it belongs to a program that runs on this computer. Close the file there.</source>
        <translation>Låsen ble ikke brutt: den tilhører et program som kjører på denne datamaskinen. Lukk filen der.</translation>
    </message>
</context>
<context>
    <name>ik::Merge</name>
    <message>
        <source>“%1” is not a copy of this unit file: the two share no history, so there is nothing to merge safely.</source>
        <translation>«%1» er ikke en kopi av denne enhetsfilen: de to har ingen felles historikk, så ingenting kan flettes trygt.</translation>
    </message>
</context>
<context>
    <name>ik::OutputFile</name>
    <message>
        <source>“%1” is the unit file itself, or a file kept beside it; writing there would destroy the unit&apos;s record. Choose another name.</source>
        <translation>«%1» er selve enhetsfilen, eller en fil som ligger ved siden av den; å skrive dit ville ødelegge enhetens data. Velg et annet navn.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <source>not all of it could be written; perhaps the disk is full</source>
        <translation>ikke alt kunne skrives; kanskje disken er full</translation>
    </message>
</context>
<context>
    <name>ik::Paste</name>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Det finnes ingen tabell «%1».</translation>
    </message>
    <message>
        <source>Nothing was pasted: line %1 of the pasted text has %2 cells, but only %3 columns of the table follow the cell pasted onto.</source>
        <translation>Ingenting ble limt inn: linje %1 i teksten som ble limt inn har %2 celler, men bare %3 kolonner i tabellen følger etter cellen det ble limt inn i.</translation>
    </message>
    <message>
        <source>There is nothing to paste.</source>
        <translation>Det er ingenting å lime inn.</translation>
    </message>
    <message>
        <source>Nothing was pasted. In the pasted text, %1</source>
        <translation>Ingenting ble limt inn. I teksten som ble limt inn: %1</translation>
    </message>
    <message>
        <source>Nothing was pasted: new rows (%1) have a %2 the register already has.</source>
        <translation>Ingenting ble limt inn: nye rader (%1) har et %2 som allerede finnes i registeret.</translation>
    </message>
</context>
<context>
    <name>ik::Report</name>
    <message>
        <source>HSE annual report</source>
        <translation>HMS-årsrapport</translation>
    </message>
    <message>
        <source>Annual review of the systematic HSE work (internal control) %1</source>
        <translation>Årlig gjennomgang av det systematiske HMS-arbeidet (internkontroll) %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>signed off by</source>
        <translation>godkjent av</translation>
    </message>
    <message>
        <source>This report documents the unit&apos;s annual review of its systematic health, safety and environment work (internal control) following NTNU&apos;s guideline: status against the HSE goals, focus areas, the systematic HSE work, the occupational health service&apos;s work, supervision and inspections, the need for changes, contributors and sign-off.</source>
        <translation>Denne rapporten dokumenterer enhetens årlige gjennomgang av det systematiske helse-, miljø- og sikkerhetsarbeidet (internkontroll) etter NTNUs retningslinje: status mot HMS-målene, satsingsområder, det systematiske HMS-arbeidet, bedriftshelsetjenestens arbeid, tilsyn og inspeksjoner, behovet for endringer, bidragsytere og godkjenning.</translation>
    </message>
    <message>
        <source>(No text has been written for this section.)</source>
        <translation>(Det er ikke skrevet tekst til dette avsnittet.)</translation>
    </message>
    <message>
        <source>Status against the HSE goals</source>
        <translation>Status mot HMS-målene</translation>
    </message>
    <message>
        <source>Goals for %1</source>
        <translation>Mål for %1</translation>
    </message>
    <message>
        <source>Last year&apos;s goals (%1): were they reached?</source>
        <translation>Fjorårets mål (%1): ble de nådd?</translation>
    </message>
    <message>
        <source>No goals are recorded for this year.</source>
        <translation>Det er ikke registrert mål for dette året.</translation>
    </message>
    <message>
        <source>No goals are recorded for last year.</source>
        <translation>Det er ikke registrert mål for fjoråret.</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Satsingsområder</translation>
    </message>
    <message>
        <source>No focus areas are recorded for this year.</source>
        <translation>Det er ikke registrert satsingsområder for dette året.</translation>
    </message>
    <message>
        <source>The systematic HSE work</source>
        <translation>Det systematiske HMS-arbeidet</translation>
    </message>
    <message>
        <source>The annual review, phase by phase</source>
        <translation>Den årlige gjennomgangen, fase for fase</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Sjekkpunkt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 utført</translation>
    </message>
    <message>
        <source>due</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>forfalt</translation>
    </message>
    <message>
        <source>No checklist items in this phase.</source>
        <translation>Ingen sjekkpunkter i denne fasen.</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
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
        <source>Before measures</source>
        <translation>Før tiltak</translation>
    </message>
    <message>
        <source>After measures</source>
        <translation>Etter tiltak</translation>
    </message>
    <message>
        <source>Risks above the acceptable level</source>
        <translation>Risikoer over akseptabelt nivå</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Etter</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>No risk is above the acceptable level.</source>
        <translation>Ingen risiko ligger over akseptabelt nivå.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>No actions are recorded for this year.</source>
        <translation>Det er ikke registrert tiltak for dette året.</translation>
    </message>
    <message>
        <source>Deviations per tertial</source>
        <translation>Avvik per tertial</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Tertial 1 (Jan–Apr)</source>
        <translation>1. tertial (jan–apr)</translation>
    </message>
    <message>
        <source>Tertial 2 (May–Aug)</source>
        <translation>2. tertial (mai–aug)</translation>
    </message>
    <message>
        <source>Tertial 3 (Sep–Dec)</source>
        <translation>3. tertial (sep–des)</translation>
    </message>
    <message>
        <source>Pale bars: %1. Full colour: %2.</source>
        <translation>Lyse søyler: %1. Full farge: %2.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ingen kategori)</translation>
    </message>
    <message>
        <source>No deviations are recorded for this year or the year before.</source>
        <translation>Det er ikke registrert avvik for dette året eller året før.</translation>
    </message>
    <message>
        <source>Training and competence</source>
        <translation>Opplæring og kompetanse</translation>
    </message>
    <message>
        <source>Required competence per role, measured against the training records of the people holding the role in %1: %2 of %3 requirements are not met (marked).</source>
        <translation>Kompetansekrav per rolle, målt mot opplæringen til dem som har rollen i %1: %2 av %3 krav er ikke oppfylt (markert).</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>I orden</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>anbefalt</translation>
    </message>
    <message>
        <source>No competence requirements are recorded.</source>
        <translation>Det er ikke registrert kompetansekrav.</translation>
    </message>
    <message>
        <source>Training completed in %1</source>
        <translation>Opplæring gjennomført i %1</translation>
    </message>
    <message>
        <source>No training is recorded for this year.</source>
        <translation>Det er ikke registrert opplæring for dette året.</translation>
    </message>
    <message>
        <source>Inspection rounds and findings</source>
        <translation>HMS-runder og funn</translation>
    </message>
    <message>
        <source>Appraisal talks and work-environment survey</source>
        <translation>Medarbeidersamtaler og arbeidsmiljøundersøkelse</translation>
    </message>
    <message>
        <source>No appraisal talks are recorded for this year.</source>
        <translation>Det er ikke registrert medarbeidersamtaler for dette året.</translation>
    </message>
    <message>
        <source>No work-environment survey is recorded for this year.</source>
        <translation>Det er ikke registrert arbeidsmiljøundersøkelse for dette året.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Findings (open findings are marked)</source>
        <translation>Funn (åpne funn er markert)</translation>
    </message>
    <message>
        <source>No inspection rounds are recorded for this year.</source>
        <translation>Det er ikke registrert HMS-runder for dette året.</translation>
    </message>
    <message>
        <source>No findings are recorded for this year.</source>
        <translation>Det er ikke registrert funn for dette året.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>No indicators are recorded for this year.</source>
        <translation>Det er ikke registrert indikatorer for dette året.</translation>
    </message>
    <message>
        <source>Annual review of the HSE system</source>
        <translation>Årlig gjennomgang av HMS-systemet</translation>
    </message>
    <message>
        <source>The annual review of the HSE system is not recorded for this year.</source>
        <translation>Den årlige gjennomgangen av HMS-systemet er ikke registrert for dette året.</translation>
    </message>
    <message>
        <source>The occupational health service&apos;s work</source>
        <translation>Bedriftshelsetjenestens arbeid</translation>
    </message>
    <message>
        <source>Supervision and inspections by authorities or external parties</source>
        <translation>Tilsyn og inspeksjoner fra myndigheter eller eksterne parter</translation>
    </message>
    <message>
        <source>Need for changes in the HSE system</source>
        <translation>Behov for endringer i HMS-systemet</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Bidragsytere</translation>
    </message>
    <message>
        <source>No contributors are recorded for this year.</source>
        <translation>Det er ikke registrert bidragsytere for dette året.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>The review has not been signed off: this report is a draft.</source>
        <translation>Gjennomgangen er ikke godkjent: denne rapporten er et utkast.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Sted og dato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Rapporten ble avbrutt.</translation>
    </message>
    <message>
        <source>Deviations, tertial %1 %2</source>
        <translation>Avvik, %1. tertial %2</translation>
    </message>
    <message>
        <source>Overview of HSE deviations for the working environment committee (AMU) and the board</source>
        <translation>Oversikt over HMS-avvik for arbeidsmiljøutvalget (AMU) og styret</translation>
    </message>
    <message>
        <source>%1 deviations were reported in the tertial, against %2 in the same tertial last year.</source>
        <translation>%1 avvik ble meldt i tertialet, mot %2 i samme tertial i fjor.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Etter kategori</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Etter alvorlighetsgrad</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Etter status</translation>
    </message>
    <message>
        <source>No deviations were reported in this tertial.</source>
        <translation>Ingen avvik ble meldt i dette tertialet.</translation>
    </message>
    <message>
        <source>The deviations and the measures they led to</source>
        <translation>Avvikene og tiltakene de førte til</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Utvikling over år</translation>
    </message>
    <message>
        <source>Only the last %1 years are shown.</source>
        <translation>Bare de siste %1 årene vises.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Deviations, tertial 1 (Jan–Apr)</source>
        <translation>Avvik, 1. tertial (jan–apr)</translation>
    </message>
    <message>
        <source>Deviations, tertial 2 (May–Aug)</source>
        <translation>Avvik, 2. tertial (mai–aug)</translation>
    </message>
    <message>
        <source>Deviations, tertial 3 (Sep–Dec)</source>
        <translation>Avvik, 3. tertial (sep–des)</translation>
    </message>
    <message>
        <source>Deviations, whole year</source>
        <translation>Avvik, hele året</translation>
    </message>
    <message>
        <source>Goals set</source>
        <translation>Mål satt</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Mål nådd</translation>
    </message>
    <message>
        <source>Goals partly reached</source>
        <translation>Mål delvis nådd</translation>
    </message>
    <message>
        <source>Goals not reached</source>
        <translation>Mål ikke nådd</translation>
    </message>
    <message>
        <source>Goals not evaluated</source>
        <translation>Mål ikke vurdert</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 av %2 (%3 %)</translation>
    </message>
    <message>
        <source>Required training in order at the end of the year</source>
        <translation>Påkrevd opplæring i orden ved årets slutt</translation>
    </message>
    <message>
        <source>Risks assessed</source>
        <translation>Risikoer vurdert</translation>
    </message>
    <message>
        <source>Risks, residual level: %1</source>
        <translation>Risikoer, restrisiko: %1</translation>
    </message>
    <message>
        <source>Risks not scored</source>
        <translation>Risikoer som ikke er vurdert</translation>
    </message>
    <message>
        <source>%1, mean per month</source>
        <translation>%1, snitt per måned</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>No review year is recorded to compare.</source>
        <translation>Ingen gjennomgangsår er registrert å sammenligne.</translation>
    </message>
    <message>
        <source>Pale bars: earlier years. Full colour: %1.</source>
        <translation>Lyse søyler: tidligere år. Full farge: %1.</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Risks by residual level</source>
        <translation>Risikoer etter restrisiko</translation>
    </message>
    <message>
        <source>Residual level: after measures where they are scored, else before.</source>
        <translation>Restrisiko: etter tiltak der den er vurdert, ellers før.</translation>
    </message>
    <message>
        <source>Draft, not signed off</source>
        <translation>Utkast, ikke godkjent</translation>
    </message>
    <message>
        <source>Draft, changed since it was signed off</source>
        <translation>Utkast, endret etter at det ble godkjent</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uendret</translation>
    </message>
    <message>
        <source>Changed (changes logged: %1)</source>
        <translation>Endret (registrerte endringer: %1)</translation>
    </message>
    <message>
        <source>Unchanged since.</source>
        <translation>Uendret siden.</translation>
    </message>
    <message>
        <source>Since signing</source>
        <translation>Etter godkjenning</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>Risks assessed in %2: %1. After measures: not acceptable %3, assess measures %4, acceptable %5.</source>
        <translation>Risikoer vurdert i %2: %1. Etter tiltak: ikke akseptable %3, vurder tiltak %4, akseptable %5.</translation>
    </message>
    <message>
        <source>Risks not scored yet: %1.</source>
        <translation>Risikoer som ikke er vurdert ennå: %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>No action is planned for this risk.</source>
        <translation>Ingen tiltak er planlagt for denne risikoen.</translation>
    </message>
    <message>
        <source>(not ended)</source>
        <translation>(ikke avsluttet)</translation>
    </message>
    <message>
        <source>* The tertial had not ended on %1: its figures are not final.</source>
        <translation>* Tertialet var ikke avsluttet %1: tallene er ikke endelige.</translation>
    </message>
    <message>
        <source>tertial 1 (Jan–Apr)</source>
        <translation>tertial 1 (jan.–apr.)</translation>
    </message>
    <message>
        <source>tertial 2 (May–Aug)</source>
        <translation>tertial 2 (mai–aug.)</translation>
    </message>
    <message>
        <source>tertial 3 (Sep–Dec)</source>
        <translation>tertial 3 (sep.–des.)</translation>
    </message>
    <message>
        <source>Changed since (changes logged: %1).</source>
        <translation>Endret siden (loggførte endringer: %1).</translation>
    </message>
    <message>
        <source>The codes in brackets name the requirements of NTNU&apos;s guideline that an item meets: IG initiate, KA map, PL plan and prioritise, FO follow up, RA report, and IK the internal control regulations (section 5).</source>
        <translation>Kodene i hakeparentes viser hvilke krav i NTNUs retningslinje et punkt oppfyller: IG igangsette, KA kartlegge, PL planlegge og prioritere tiltak, FO følge opp, RA rapportere, og IK internkontrollforskriften (§ 5).</translation>
    </message>
    <message>
        <source>%1 actions, by deadline; %2 of them overdue (marked). Cancelled actions are not in the total cost.</source>
        <translation>%1 tiltak, etter frist; %2 av dem har passert fristen (markert). Avlyste tiltak er ikke med i samlet kostnad.</translation>
    </message>
    <message>
        <source>%1 is the first review year recorded: there is no earlier year to compare with.</source>
        <translation>%1 er det første registrerte gjennomgangsåret: det finnes ikke noe tidligere år å sammenligne med.</translation>
    </message>
    <message>
        <source>The key figures of every review year recorded, up to %1: deviations per tertial, goal results, training coverage of the HSE roles, risk levels and the indicators.</source>
        <translation>Nøkkeltallene for hvert registrerte gjennomgangsår fram til %1: avvik per tertial, måloppnåelse, opplæring i HMS-rollene, risikonivåer og indikatorene.</translation>
    </message>
    <message>
        <source>Not recorded as contributors: %1.</source>
        <translation>Ikke registrert som bidragsytere: %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 partly)</source>
        <translation>%1 av %2 (%3 delvis)</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Tiltak fullført</translation>
    </message>
    <message>
        <source>%1 of %2, %3 overdue</source>
        <translation>%1 av %2, %3 over fristen</translation>
    </message>
    <message>
        <source>Cost of the actions</source>
        <translation>Kostnad for tiltakene</translation>
    </message>
    <message>
        <source>%1 in all, %2 of it for actions done</source>
        <translation>%1 i alt, %2 av det for fullførte tiltak</translation>
    </message>
    <message>
        <source>Deviations reported</source>
        <translation>Meldte avvik</translation>
    </message>
    <message>
        <source>%1 (%2); %3 still open</source>
        <translation>%1 (%2); %3 fortsatt åpne</translation>
    </message>
    <message>
        <source>Personal injuries</source>
        <translation>Personskader</translation>
    </message>
    <message>
        <source>%1, of them %2 with absence</source>
        <translation>%1, av dem %2 med fravær</translation>
    </message>
    <message>
        <source>Risks not acceptable</source>
        <translation>Risikoer som ikke er akseptable</translation>
    </message>
    <message>
        <source>%1 before measures, %2 after</source>
        <translation>%1 før tiltak, %2 etter</translation>
    </message>
    <message>
        <source>Training of the HSE roles</source>
        <translation>Opplæring i HMS-rollene</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>%1 av %2 krav oppfylt</translation>
    </message>
    <message>
        <source>Inspection rounds held</source>
        <translation>HMS-runder gjennomført</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>External supervision</source>
        <translation>Eksterne tilsyn</translation>
    </message>
    <message>
        <source>%1, open orders: %2</source>
        <translation>%1, åpne pålegg: %2</translation>
    </message>
    <message>
        <source>Risks still not acceptable after the planned measures: %1; see the risk assessment.</source>
        <translation>Antall risikoer som fortsatt ikke er akseptable etter de planlagte tiltakene: %1; se risikovurderingen.</translation>
    </message>
    <message>
        <source>Orders from supervision not yet closed: %1.</source>
        <translation>Antall pålegg fra tilsyn som ikke er lukket: %1.</translation>
    </message>
    <message>
        <source>Legal requirements not complied with: %1; see the legal requirements.</source>
        <translation>Antall lovkrav som ikke er oppfylt: %1; se lovkravene.</translation>
    </message>
    <message>
        <source>Actions past their deadline: %1.</source>
        <translation>Antall tiltak som har passert fristen: %1.</translation>
    </message>
    <message>
        <source>Personal injuries that led to absence: %1.</source>
        <translation>Antall personskader som førte til fravær: %1.</translation>
    </message>
    <message>
        <source>Training requirements of the HSE roles not met: %1.</source>
        <translation>Antall opplæringskrav i HMS-rollene som ikke er oppfylt: %1.</translation>
    </message>
    <message>
        <source>Criteria of the HSE system that the annual review found only partly or not fulfilled: %1.</source>
        <translation>Kriterier for HMS-systemet som den årlige gjennomgangen fant bare delvis eller ikke oppfylt: %1.</translation>
    </message>
    <message>
        <source>The most important findings</source>
        <translation>De viktigste funnene</translation>
    </message>
    <message>
        <source>No risk, order, legal requirement, deadline, injury or training requirement calls for attention.</source>
        <translation>Ingen risiko, pålegg, lovkrav, frist, skade eller opplæringskrav krever særskilt oppmerksomhet.</translation>
    </message>
    <message>
        <source>What must change</source>
        <translation>Hva som må endres</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>Ikke registrert ennå</translation>
    </message>
    <message>
        <source>For %1 nothing is recorded yet of: %2.</source>
        <translation>For %1 er ingenting registrert ennå av: %2.</translation>
    </message>
    <message>
        <source>The HSE organisation</source>
        <translation>HMS-organiseringen</translation>
    </message>
    <message>
        <source>How responsibility, tasks and authority for HSE are distributed in the unit in %1.</source>
        <translation>Slik er ansvar, oppgaver og myndighet for HMS fordelt ved enheten i %1.</translation>
    </message>
    <message>
        <source>HSE roles</source>
        <translation>HMS-roller</translation>
    </message>
    <message>
        <source>No HSE roles are recorded for this year.</source>
        <translation>Ingen HMS-roller er registrert for dette året.</translation>
    </message>
    <message>
        <source>Delegated HSE tasks</source>
        <translation>Delegerte HMS-oppgaver</translation>
    </message>
    <message>
        <source>No HSE tasks are recorded as delegated.</source>
        <translation>Ingen HMS-oppgaver er registrert som delegert.</translation>
    </message>
    <message>
        <source>Legal requirements</source>
        <translation>Lovkrav</translation>
    </message>
    <message>
        <source>%1 of %2 requirements are not, or not fully, complied with or not assessed (marked).</source>
        <translation>%1 av %2 krav er ikke, eller ikke helt, oppfylt eller ikke vurdert (markert).</translation>
    </message>
    <message>
        <source>of special importance</source>
        <translation>av særlig betydning</translation>
    </message>
    <message>
        <source>No legal requirements are recorded.</source>
        <translation>Ingen lovkrav er registrert.</translation>
    </message>
    <message>
        <source>Overall mapping and risk assessments</source>
        <translation>Overordnet kartlegging og risikovurderinger</translation>
    </message>
    <message>
        <source>No activities are mapped for this year.</source>
        <translation>Ingen aktiviteter er kartlagt for dette året.</translation>
    </message>
    <message>
        <source>Risk assessments of %1</source>
        <translation>Risikovurderinger i %1</translation>
    </message>
    <message>
        <source>No risk assessments are recorded for this year.</source>
        <translation>Ingen risikovurderinger er registrert for dette året.</translation>
    </message>
    <message>
        <source>Local routines, coordination agreements and documentation</source>
        <translation>Lokale rutiner, samordningsavtaler og dokumentasjon</translation>
    </message>
    <message>
        <source>No local routines are recorded.</source>
        <translation>Ingen lokale rutiner er registrert.</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>the leaders</source>
        <translation>lederne</translation>
    </message>
    <message>
        <source>the safety representatives</source>
        <translation>verneombudene</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>ikke signert</translation>
    </message>
    <message>
        <source>No coordination agreements are recorded.</source>
        <translation>Ingen samordningsavtaler er registrert.</translation>
    </message>
    <message>
        <source>Documentation in the archive</source>
        <translation>Dokumentasjon i arkivet</translation>
    </message>
    <message>
        <source>No documents are recorded for this year.</source>
        <translation>Ingen dokumenter er registrert for dette året.</translation>
    </message>
    <message>
        <source>Deviations in detail</source>
        <translation>Avvik i detalj</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Meldt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Median dager til lukking</translation>
    </message>
    <message>
        <source>Closed within %1 days</source>
        <translation>Lukket innen %1 dager</translation>
    </message>
    <message>
        <source>No deviations were reported in %1.</source>
        <translation>Ingen avvik ble meldt i %1.</translation>
    </message>
    <message>
        <source>The unit&apos;s goal is to close a deviation within %1 days.</source>
        <translation>Enhetens mål er å lukke et avvik innen %1 dager.</translation>
    </message>
    <message>
        <source>The unit has set no goal for the time to close a deviation.</source>
        <translation>Enheten har ikke satt noe mål for hvor raskt et avvik skal lukkes.</translation>
    </message>
    <message>
        <source>Deviations still open</source>
        <translation>Avvik som fortsatt er åpne</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Personal injuries with absence</source>
        <translation>Personskader med fravær</translation>
    </message>
    <message>
        <source>Personal injuries without absence</source>
        <translation>Personskader uten fravær</translation>
    </message>
    <message>
        <source>H-value (injuries with absence per million hours worked)</source>
        <translation>H-verdi (skader med fravær per million arbeidede timer)</translation>
    </message>
    <message>
        <source>%1, estimated from %2 employees at %3 hours each; enter the hours worked for the real figure</source>
        <translation>%1, anslått ut fra %2 ansatte med %3 timer hver; registrer arbeidede timer for det faktiske tallet</translation>
    </message>
    <message>
        <source>not known: no hours worked entered</source>
        <translation>ukjent: arbeidede timer er ikke registrert</translation>
    </message>
    <message>
        <source>Sick leave per quarter</source>
        <translation>Sykefravær per kvartal</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>ikke registrert</translation>
    </message>
    <message>
        <source>Sick leave, mean of the quarters entered</source>
        <translation>Sykefravær, gjennomsnitt av de registrerte kvartalene</translation>
    </message>
    <message>
        <source>HSE meetings held</source>
        <translation>HMS-møter holdt</translation>
    </message>
    <message>
        <source>No HSE meetings are recorded for this year.</source>
        <translation>Ingen HMS-møter er registrert for dette året.</translation>
    </message>
    <message>
        <source>No assignments of the occupational health service are recorded for this year.</source>
        <translation>Ingen oppdrag for bedriftshelsetjenesten er registrert for dette året.</translation>
    </message>
    <message>
        <source>No supervision by authorities or external parties is recorded for this year.</source>
        <translation>Ingen tilsyn fra myndigheter eller eksterne parter er registrert for dette året.</translation>
    </message>
    <message>
        <source>Orders given (open orders are marked)</source>
        <translation>Gitte pålegg (åpne pålegg er markert)</translation>
    </message>
    <message>
        <source>No orders were given.</source>
        <translation>Ingen pålegg ble gitt.</translation>
    </message>
    <message>
        <source>Next year&apos;s goals and plan</source>
        <translation>Neste års mål og plan</translation>
    </message>
    <message>
        <source>The goals for %1 are not set yet.</source>
        <translation>Målene for %1 er ikke satt ennå.</translation>
    </message>
    <message>
        <source>Actions that go on into %1</source>
        <translation>Tiltak som videreføres i %1</translation>
    </message>
    <message>
        <source>No action goes on into %1.</source>
        <translation>Ingen tiltak videreføres i %1.</translation>
    </message>
    <message>
        <source>Treated by the local working environment committee on: ____________</source>
        <translation>Behandlet i lokalt arbeidsmiljøutvalg den: ____________</translation>
    </message>
    <message>
        <source>Treated by: %1.</source>
        <translation>Behandlet av: %1.</translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation>Linjeleder</translation>
    </message>
    <message>
        <source>Safety representative</source>
        <translation>Verneombud</translation>
    </message>
    <message>
        <source>Figure %1</source>
        <translation>Figur %1</translation>
    </message>
    <message>
        <source>%1, risks by cell colour: red (%2) %3, yellow (%4) %5, green (%6) %7.</source>
        <translation>%1, antall risikoer per farge: rødt (%2) %3, gult (%4) %5, grønt (%6) %7.</translation>
    </message>
    <message>
        <source>Two risk matrices, probability against consequence, with the number of risks in each cell. %1 %2</source>
        <translation>To risikomatriser, sannsynlighet mot konsekvens, med antall risikoer i hver rute. %1 %2</translation>
    </message>
    <message>
        <source>Bar chart of the deviations per tertial, %1 and %2, stacked by category</source>
        <translation>Stolpediagram over avvik per tertial, %1 og %2, delt opp etter kategori</translation>
    </message>
    <message>
        <source>Bar chart of the deviations per tertial, year by year</source>
        <translation>Stolpediagram over avvik per tertial, år for år</translation>
    </message>
    <message>
        <source>Bar chart of each year&apos;s risks by residual level</source>
        <translation>Stolpediagram over hvert års risikoer etter restrisiko</translation>
    </message>
    <message>
        <source>Lines to sign on, each with place and date, for: %1.</source>
        <translation>Linjer for underskrift, hver med sted og dato, for: %1.</translation>
    </message>
</context>
<context>
    <name>ik::ReviewYear</name>
    <message>
        <source>The file already has review year %1.</source>
        <translation>Filen har allerede gjennomgangsåret %1.</translation>
    </message>
</context>
<context>
    <name>ik::RiskImport</name>
    <message>
        <source>The file has no review year %1.</source>
        <translation>Filen har ikke gjennomgangsåret %1.</translation>
    </message>
    <message>
        <source>a risk must name its assessment.</source>
        <translation>en risiko må angi risikovurderingen sin.</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>linje %1, kolonne %2 (%3): %4</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>line 1: the column “%1” appears twice.</source>
        <translation>linje 1: kolonnen «%1» forekommer to ganger.</translation>
    </message>
    <message>
        <source>line 1: the required column “%1” is missing.</source>
        <translation>linje 1: den påkrevde kolonnen «%1» mangler.</translation>
    </message>
    <message>
        <source>line 1: “%1” is not a column of a risk register. The columns are: %2.</source>
        <translation>linje 1: «%1» er ikke en kolonne i et risikoregister. Kolonnene er: %2.</translation>
    </message>
    <message>
        <source>the matrix has %1 consequence steps.</source>
        <translation>matrisen har %1 konsekvenstrinn.</translation>
    </message>
    <message>
        <source>the matrix has %1 probability steps.</source>
        <translation>matrisen har %1 sannsynlighetstrinn.</translation>
    </message>
</context>
<context>
    <name>ik::RiskMatrixEdit</name>
    <message>
        <source>A risk matrix has from %1 to %2 steps on each axis.</source>
        <translation>En risikomatrise har fra %1 til %2 trinn på hver akse.</translation>
    </message>
    <message>
        <source>The matrix has no %1 step %2.</source>
        <translation>Matrisen har ikke %1-trinn %2.</translation>
    </message>
    <message>
        <source>The cell %1×%2 is outside the matrix.</source>
        <translation>Cellen %1×%2 ligger utenfor matrisen.</translation>
    </message>
    <message>
        <source>A consequence category needs a name in bokmål and in English.</source>
        <translation>En konsekvenskategori trenger navn på bokmål og engelsk.</translation>
    </message>
    <message>
        <source>There is no consequence category “%1”.</source>
        <translation>Det finnes ingen konsekvenskategori «%1».</translation>
    </message>
    <message>
        <source>The matrix needs at least one consequence category.</source>
        <translation>Matrisen må ha minst én konsekvenskategori.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk consequence(s) use this category.</source>
        <translation>
            <numerusform>%n risikokonsekvens bruker denne kategorien.</numerusform>
            <numerusform>%n risikokonsekvenser bruker denne kategorien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::RiskProblems</name>
    <message>
        <source>who accepted it</source>
        <translation>hvem som aksepterte den</translation>
    </message>
    <message>
        <source>when</source>
        <translation>når</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>begrunnelsen</translation>
    </message>
    <message>
        <source>when to review the acceptance</source>
        <translation>når aksepten skal vurderes på nytt</translation>
    </message>
    <message>
        <source>Risk %1 “%2” needs a recorded acceptance; missing: %3.</source>
        <translation>Risiko %1 «%2» trenger registrert aksept; mangler: %3.</translation>
    </message>
</context>
<context>
    <name>ik::SchemaUpgrade</name>
    <message>
        <source>the name is taken</source>
        <translation>navnet er opptatt</translation>
    </message>
    <message>
        <source>“%1” is in file format %2, of an older version of Internkontroll. It is shown as it is; it will be upgraded to format %3, with a copy of it as it was kept beside it, when it is opened for writing.</source>
        <translation>«%1» har filformat %2, fra en eldre versjon av Internkontroll. Den vises slik den er; når den åpnes for skriving, blir den oppgradert til format %3, og en kopi av den slik den var, legges ved siden av.</translation>
    </message>
    <message>
        <source>“%1” is in file format %2, of an older version of Internkontroll, and could not be upgraded to format %3 (%4). It has not been changed. You can read it; to change it, try again, or open it with the version that wrote it.</source>
        <translation>«%1» har filformat %2, fra en eldre versjon av Internkontroll, og kunne ikke oppgraderes til format %3 (%4). Den er ikke endret. Du kan lese den; for å endre den, prøv igjen, eller åpne den med versjonen som skrev den.</translation>
    </message>
    <message>
        <source>it cannot be opened for writing</source>
        <translation>den kan ikke åpnes for skriving</translation>
    </message>
    <message>
        <source>no copy of it could be written beside it: %1</source>
        <translation>ingen kopi av den kunne skrives ved siden av den: %1</translation>
    </message>
    <message>
        <source>the copy of it did not match the file</source>
        <translation>kopien stemte ikke med filen</translation>
    </message>
    <message>
        <source>another program is writing to it</source>
        <translation>et annet program skriver til den</translation>
    </message>
    <message>
        <source>another program changed it while the copy was made</source>
        <translation>et annet program endret den mens kopien ble laget</translation>
    </message>
    <message>
        <source>the upgraded file did not pass the file check</source>
        <translation>den oppgraderte filen besto ikke filkontrollen</translation>
    </message>
    <message>
        <source>it could not be written; perhaps the disk is full</source>
        <translation>den kunne ikke skrives; kanskje disken er full</translation>
    </message>
    <message>
        <source>“%1” was in file format %2, of an older version of Internkontroll, and has been upgraded to format %3. A copy of the file as it was is kept beside it as “%4”; older versions of Internkontroll can open only that copy.</source>
        <translation>«%1» hadde filformat %2, fra en eldre versjon av Internkontroll, og er oppgradert til format %3. En kopi av filen slik den var, ligger ved siden av den som «%4»; eldre versjoner av Internkontroll kan bare åpne den kopien.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate risk-matrix cell(s), which the program did not use, were removed (the change log lists them); the matrix is as you saw it.</source>
        <translation>
            <numerusform>%n duplisert celle i risikomatrisen, som programmet ikke brukte, er fjernet (endringsloggen viser den); matrisen er som du så den.</numerusform>
            <numerusform>%n dupliserte celler i risikomatrisen, som programmet ikke brukte, er fjernet (endringsloggen viser dem); matrisen er som du så den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Sheet</name>
    <message>
        <source>A CSV file has one sheet only; “%1” cannot be chosen.</source>
        <translation>En CSV-fil har bare ett ark; «%1» kan ikke velges.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”. Its sheets are: %2.</source>
        <translation>Arbeidsboken har ikke noe ark «%1». Arkene er: %2.</translation>
    </message>
</context>
<context>
    <name>ik::SheetExport</name>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Det finnes ingen tabell «%1».</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the workbook: %1</source>
        <translation>Kan ikke lage en midlertidig mappe for arbeidsboken: %1</translation>
    </message>
    <message>
        <source>Cannot start the workbook.</source>
        <translation>Kan ikke begynne på arbeidsboken.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Kan ikke skrive arbeidsboken: %1</translation>
    </message>
    <message>
        <source>Cannot read the workbook back: %1</source>
        <translation>Kan ikke lese arbeidsboken tilbake: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Kan ikke lese «%1».</translation>
    </message>
</context>
<context>
    <name>ik::SheetImport</name>
    <message>
        <source>no %1 is named “%2”.</source>
        <translation>ingen %1 heter «%2».</translation>
    </message>
    <message>
        <source>more than one %1 is named “%2”.</source>
        <translation>mer enn én %1 heter «%2».</translation>
    </message>
    <message>
        <source>The mapping names the column “%1”, which the sheet lacks. Its columns are: %2.</source>
        <translation>Koblingen nevner kolonnen «%1», som arket ikke har. Kolonnene er: %2.</translation>
    </message>
    <message>
        <source>The mapping names the field “%1”, which %2 lacks. Its fields are: %3.</source>
        <translation>Koblingen nevner feltet «%1», som %2 ikke har. Feltene er: %3.</translation>
    </message>
    <message>
        <source>The mapping gives the field “%1” to two columns.</source>
        <translation>Koblingen gir feltet «%1» til to kolonner.</translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Det finnes ingen tabell «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be imported from a spreadsheet: change it in the program.</source>
        <translation>«%1» kan ikke importeres fra et regneark: endre det i programmet.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>the id %1 appears on an earlier line too.</source>
        <translation>id-en %1 står også på en tidligere linje.</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>linje %1, kolonne %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the review year %1 is locked; unlock it to change its records.</source>
        <translation>gjennomgangsåret %1 er låst; lås det opp for å endre oppføringene.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <source>%1 “%2” appears on an earlier line too.</source>
        <translation>%1 «%2» står også på en tidligere linje.</translation>
    </message>
    <message>
        <source>the review year %1 is locked; unlock it to add records to it.</source>
        <translation>gjennomgangsåret %1 er låst; lås det opp for å legge til oppføringer.</translation>
    </message>
    <message>
        <source>Columns left out (no field matches them): %1</source>
        <translation>Kolonner som utelates (ingen felt passer): %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s) left out: their case number is in the file already.</source>
        <translation>
            <numerusform>%n ny rad utelatt: saksnummeret finnes allerede i filen.</numerusform>
            <numerusform>%n nye rader utelatt: saksnummeret finnes allerede i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is no mapping: write the column&apos;s header, “=”, and the field (e.g. “Due date=deadline”).</source>
        <translation>«%1» er ingen kobling: skriv kolonnens overskrift, «=» og feltet (f.eks. «Frist=deadline»).</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1 før</translation>
    </message>
    <message>
        <source>%1 after</source>
        <translation>%1 etter</translation>
    </message>
    <message>
        <source>the matrix has %1 probability steps.</source>
        <translation>matrisen har %1 sannsynlighetstrinn.</translation>
    </message>
    <message>
        <source>say which consequence category the consequence is in (%1).</source>
        <translation>si hvilken konsekvenskategori konsekvensen gjelder (%1).</translation>
    </message>
    <message>
        <source>the risk matrix has no consequence category “%1”; it has %2.</source>
        <translation>risikomatrisen har ingen konsekvenskategori «%1»; den har %2.</translation>
    </message>
    <message>
        <source>the matrix has %1 consequence steps.</source>
        <translation>matrisen har %1 konsekvenstrinn.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n uendret</numerusform>
            <numerusform>%n uendrede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avviste</numerusform>
        </translation>
    </message>
    <message>
        <source>the risk assessment it names is not of the activity “%1”.</source>
        <translation>risikovurderingen som er oppgitt, gjelder ikke aktiviteten «%1».</translation>
    </message>
    <message>
        <source>no risk assessment of %1 is of the activity “%2”; make the assessment first, or add a column with the assessment.</source>
        <translation>ingen risikovurdering fra %1 gjelder aktiviteten «%2»; opprett vurderingen først, eller legg til en kolonne med risikovurderingen.</translation>
    </message>
    <message>
        <source>more than one risk assessment of %1 is of the activity “%2”; add a column with the assessment.</source>
        <translation>flere risikovurderinger fra %1 gjelder aktiviteten «%2»; legg til en kolonne med risikovurderingen.</translation>
    </message>
</context>
<context>
    <name>ik::SignOff</name>
    <message>
        <source>The annual system review (FO-4) is not assessed for: %1</source>
        <translation>Den årlige gjennomgangen av HMS-systemet (FO-4) er ikke vurdert for: %1</translation>
    </message>
    <message>
        <source>Report sections without text: %1</source>
        <translation>Avsnitt i rapporten uten tekst: %1</translation>
    </message>
    <message>
        <source>Checklist items not done: %1</source>
        <translation>Sjekklistepunkter som ikke er utført: %1</translation>
    </message>
</context>
<context>
    <name>ik::Sqlite</name>
    <message>
        <source>“%1” is already taken by another record of the kind “%2”; each must have its own.</source>
        <translation>«%1» er allerede brukt av en annen post av typen «%2»; hver må ha sin egen.</translation>
    </message>
    <message>
        <source>A value that must be unique is already taken by another record.</source>
        <translation>En verdi som må være unik, er allerede brukt av en annen post.</translation>
    </message>
    <message>
        <source>A field that must be filled in is empty.</source>
        <translation>Et felt som må fylles ut, er tomt.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <source>A linked record does not exist (any more).</source>
        <translation>En koblet post finnes ikke (lenger).</translation>
    </message>
    <message>
        <source>A value breaks a rule of the file, so the change was not made.</source>
        <translation>En verdi bryter en regel i filen, så endringen ble ikke gjort.</translation>
    </message>
    <message>
        <source>The disk is full (or the file has reached its size limit). Free some space and try again.</source>
        <translation>Disken er full (eller filen har nådd størrelsesgrensen sin). Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Filen er opptatt: et annet program skriver til den. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The file cannot be written to: it, its folder or its disk has become read-only.</source>
        <translation>Det går ikke an å skrive til filen: den, mappen dens eller disken er blitt skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The file could not be read or written (a disk or network error). Check the disk or the connection and try again.</source>
        <translation>Filen kunne ikke leses eller skrives (en disk- eller nettverksfeil). Sjekk disken eller tilkoblingen og prøv igjen.</translation>
    </message>
    <message>
        <source>The file is damaged. Nothing more can be written to it; use a backup copy.</source>
        <translation>Filen er skadet. Ingenting mer kan skrives til den; bruk en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>A value is too large to be stored.</source>
        <translation>En verdi er for stor til å lagres.</translation>
    </message>
    <message>
        <source>The file could not be read or changed (SQLite error %1).</source>
        <translation>Filen kunne ikke leses eller endres (SQLite-feil %1).</translation>
    </message>
</context>
<context>
    <name>ik::Table</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Review years</source>
        <translation>Gjennomgangsår</translation>
    </message>
    <message>
        <source>Review year</source>
        <translation>Gjennomgangsår</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>HSE roles</source>
        <translation>HMS-roller</translation>
    </message>
    <message>
        <source>HSE role</source>
        <translation>HMS-rolle</translation>
    </message>
    <message>
        <source>Delegated HSE tasks</source>
        <translation>Delegerte HMS-oppgaver</translation>
    </message>
    <message>
        <source>Delegated HSE task</source>
        <translation>Delegert HMS-oppgave</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Satsningsområder</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Satsningsområde</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Sjekkliste</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
    <message>
        <source>Legal register</source>
        <translation>Lover og krav</translation>
    </message>
    <message>
        <source>Legal requirement</source>
        <translation>Lov eller krav</translation>
    </message>
    <message>
        <source>Overall mapping</source>
        <translation>Overordnet kartlegging</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation>Risikovurderinger</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Risikovurdering</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risikoer</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation>Konsekvenser</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Opplæring</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Kursdeltakelse</translation>
    </message>
    <message>
        <source>Required competence</source>
        <translation>Kompetansekrav</translation>
    </message>
    <message>
        <source>Appraisal talks</source>
        <translation>Medarbeidersamtaler</translation>
    </message>
    <message>
        <source>Work-environment surveys</source>
        <translation>Arbeidsmiljøundersøkelser</translation>
    </message>
    <message>
        <source>Work-environment survey</source>
        <translation>Arbeidsmiljøundersøkelse</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Local routines</source>
        <translation>Lokale HMS-rutiner</translation>
    </message>
    <message>
        <source>Local routine</source>
        <translation>Lokal HMS-rutine</translation>
    </message>
    <message>
        <source>Coordination agreements</source>
        <translation>Samordningsavtaler</translation>
    </message>
    <message>
        <source>Coordination agreement</source>
        <translation>Samordningsavtale</translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation>HMS-runder</translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation>HMS-runde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Indikatorverdier</translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation>Indikatorverdi</translation>
    </message>
    <message>
        <source>Annual system review</source>
        <translation>Årlig gjennomgang av HMS-systemet</translation>
    </message>
    <message>
        <source>System review point</source>
        <translation>Gjennomgangspunkt</translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation>Rapporttekster</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Rapporttekst</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Bidragsytere</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Bidragsyter</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Signeringer</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Signering</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Risk matrix steps</source>
        <translation>Trinn i risikomatrisen</translation>
    </message>
    <message>
        <source>Risk matrix step</source>
        <translation>Trinn i risikomatrisen</translation>
    </message>
    <message>
        <source>Consequence categories</source>
        <translation>Konsekvenskategorier</translation>
    </message>
    <message>
        <source>Consequence category</source>
        <translation>Konsekvenskategori</translation>
    </message>
    <message>
        <source>Risk matrix cells</source>
        <translation>Ruter i risikomatrisen</translation>
    </message>
    <message>
        <source>Risk matrix cell</source>
        <translation>Rute i risikomatrisen</translation>
    </message>
    <message>
        <source>HSE meetings</source>
        <translation>HMS-møter</translation>
    </message>
    <message>
        <source>HSE meeting</source>
        <translation>HMS-møte</translation>
    </message>
    <message>
        <source>External supervision</source>
        <translation>Eksterne tilsyn</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Tilsyn</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pålegg</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pålegg</translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation>Bedriftshelsetjenesten</translation>
    </message>
    <message>
        <source>Occupational health service assignment</source>
        <translation>Oppdrag for bedriftshelsetjenesten</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Treatment of the report</source>
        <translation>Behandling av rapporten</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandling</translation>
    </message>
</context>
<context>
    <name>ik::TableIo</name>
    <message>
        <source>There is no table “%1”. The tables are: %2.</source>
        <translation>Det finnes ingen tabell «%1». Tabellene er: %2.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Kan ikke lese «%1».</translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Det finnes ingen tabell «%1».</translation>
    </message>
    <message>
        <source>line 1: “%1” is not a field of %2. Its fields are: %3.</source>
        <translation>linje 1: «%1» er ikke et felt i %2. Feltene er: %3.</translation>
    </message>
    <message>
        <source>line 1: the column “%1” appears twice.</source>
        <translation>linje 1: kolonnen «%1» forekommer to ganger.</translation>
    </message>
    <message>
        <source>line 1: the required column “%1” is missing.</source>
        <translation>linje 1: den obligatoriske kolonnen «%1» mangler.</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>linje %1, kolonne %2 (%3): %4</translation>
    </message>
    <message>
        <source>line %1: %2 “%3” appears twice in the file.</source>
        <translation>linje %1: %2 «%3» forekommer to ganger i filen.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>no record is named “%1”.</source>
        <translation>ingen post heter «%1».</translation>
    </message>
    <message>
        <source>more than one record is named “%1”.</source>
        <translation>mer enn én post heter «%1».</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen ble avbrutt; ingenting ble importert.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported: the risk matrix has exactly one level for each probability and consequence, and rows added one by one would break it. Change the matrix in the program, under Risk matrix, Matrix settings.</source>
        <translation>«%1» kan ikke importeres: risikomatrisen har nøyaktig ett nivå for hver kombinasjon av sannsynlighet og konsekvens, og rader lagt til én og én ville ødelegge den. Endre matrisen i programmet, under Risikomatrise, Innstillinger for matrisen.</translation>
    </message>
</context>
<context>
    <name>ik::TextEncoding</name>
    <message>
        <source>Save it as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
        <translation>Lagre den som UTF-8 (i Excel: «CSV UTF-8») og importer den på nytt.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8, UTF-16 nor Windows-1252: line %1 holds the byte 0x%2, which is no letter or sign in any of them. It may be in another encoding, or not be text. %3</source>
        <translation>Filen er verken UTF-8, UTF-16 eller Windows-1252: linje %1 inneholder byten 0x%2, som ikke er en bokstav eller et tegn i noen av dem. Den kan ha en annen tegnkoding, eller ikke være tekst. %3</translation>
    </message>
    <message>
        <source>The file starts as %1 (it has its byte-order mark) but is not valid %1: it is cut off or damaged. %2</source>
        <translation>Filen begynner som %1 (den har byte-rekkefølgemerket), men er ikke gyldig %1: den er avkortet eller skadet. %2</translation>
    </message>
    <message>
        <source>The file is in UTF-32, which the import does not read. %1</source>
        <translation>Filen er i UTF-32, som importen ikke leser. %1</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 or UTF-32 without a byte-order mark (every other byte is zero), so its encoding cannot be told for certain. %1</source>
        <translation>Filen ser ut som UTF-16 eller UTF-32 uten byte-rekkefølgemerke (annenhver byte er null), så tegnkodingen kan ikke fastslås sikkert. %1</translation>
    </message>
    <message>
        <source>The file starts as UTF-8 (it has its byte-order mark), but line %1 holds bytes that are not UTF-8: it mixes encodings or is damaged. %2</source>
        <translation>Filen begynner som UTF-8 (den har byte-rekkefølgemerket), men linje %1 inneholder byter som ikke er UTF-8: den blander tegnkodinger eller er skadet. %2</translation>
    </message>
</context>
<context>
    <name>ik::UnitFile</name>
    <message>
        <source>The file is read-only. You can read it; to change it, save a copy or ask its owner to make it writable.</source>
        <translation>Filen er skrivebeskyttet. Du kan lese den; for å endre den kan du lagre en kopi eller be eieren om å fjerne skrivebeskyttelsen.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to (perhaps a read-only medium), and SQLite needs it for its journal. You can read the file; save a copy elsewhere to change it.</source>
        <translation>Det går ikke an å skrive til mappen «%1» (kanskje er mediet skrivebeskyttet), og SQLite trenger den til journalen sin. Du kan lese filen; lagre en kopi et annet sted for å endre den.</translation>
    </message>
    <message>
        <source>“%1” was being written when a program stopped, and the unfinished change must be rolled back before it can be read. Open it where it can be written (not read-only) and the rollback happens by itself.</source>
        <translation>Et program stoppet mens «%1» ble skrevet, og den ufullførte endringen må rulles tilbake før filen kan leses. Åpne den et sted der den kan skrives til (ikke skrivebeskyttet), så rulles endringen tilbake av seg selv.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>«%1» kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation>Kan ikke opprette filen: %1</translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation>«%1» finnes allerede; velg et annet navn.</translation>
    </message>
    <message>
        <source>The unit needs a name.</source>
        <translation>Enheten må ha et navn.</translation>
    </message>
    <message>
        <source>%1 is not a plausible review year.</source>
        <translation>%1 virker ikke som et gyldig gjennomgangsår.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: the name is taken or the folder is not writable.</source>
        <translation>Kan ikke opprette «%1»: navnet er i bruk, eller det går ikke an å skrive til mappen.</translation>
    </message>
    <message>
        <source>The file is busy: someone else is writing to it. Try again in a moment.</source>
        <translation>Filen er opptatt: noen andre skriver til den. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Filen er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>“%1” has no field “%2”.</source>
        <translation>«%1» har ikke noe felt «%2».</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>%1 må fylles ut.</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not “%2”.</source>
        <translation>%1 må være et heltall, ikke «%2».</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 må være mellom %2 og %3.</translation>
    </message>
    <message>
        <source>%1 must be a number, not “%2”.</source>
        <translation>%1 må være et tall, ikke «%2».</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 kan ikke være mindre enn null.</translation>
    </message>
    <message>
        <source>%1 must be a date (yyyy-mm-dd), not “%2”.</source>
        <translation>%1 må være en dato (åååå-mm-dd), ikke «%2».</translation>
    </message>
    <message>
        <source>%1 must be a date and time, not “%2”.</source>
        <translation>%1 må være dato og klokkeslett, ikke «%2».</translation>
    </message>
    <message>
        <source>%1 must be yes or no, not “%2”.</source>
        <translation>%1 må være ja eller nei, ikke «%2».</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: «%2» er ikke ett av valgene %3.</translation>
    </message>
    <message>
        <source>%1: the linked record no longer exists.</source>
        <translation>%1: den koblede posten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The record must belong to a review year.</source>
        <translation>Posten må høre til et gjennomgangsår.</translation>
    </message>
    <message>
        <source>The file has no review year %1; start that year first.</source>
        <translation>Filen har ikke gjennomgangsåret %1; start det året først.</translation>
    </message>
    <message>
        <source>Unknown record type “%1”.</source>
        <translation>Ukjent posttype «%1».</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the copy: %1</source>
        <translation>Kan ikke lage en midlertidig mappe for kopien: %1</translation>
    </message>
    <message>
        <source>Cannot read the file for the copy: %1</source>
        <translation>Kan ikke lese filen for å kopiere den: %1</translation>
    </message>
    <message>
        <source>Cannot write the copy: %1</source>
        <translation>Kan ikke skrive kopien: %1</translation>
    </message>
    <message>
        <source>The copy did not pass the file check: %1</source>
        <translation>Kopien besto ikke filkontrollen: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan ikke skrive «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” was left half-written, and no scratch copy could be made to recover it safely.</source>
        <translation>«%1» ble stående halvskrevet, og det gikk ikke å lage en kladdekopi for å gjenopprette den trygt.</translation>
    </message>
    <message>
        <source>“%1” was left half-written, and what the unfinished write would leave behind cannot be trusted: %2</source>
        <translation>«%1» ble stående halvskrevet, og det den ufullførte skrivingen ville etterlate, kan ikke stoles på: %2</translation>
    </message>
    <message>
        <source>Review year %1 is closed and locked. Unlock it (Year menu) to change it.</source>
        <translation>Gjennomgangsåret %1 er avsluttet og låst. Lås det opp (menyen År) for å endre det.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver (the plugin “qsqlite” in Qt&apos;s “sqldrivers” folder) is missing, so no unit file can be opened. On Debian and Ubuntu install the package libqt6sql6-sqlite; on Windows and macOS reinstall Internkontroll, whose installer brings the driver along.</source>
        <translation>Qts SQLite-driver (tillegget «qsqlite» i Qt-mappen «sqldrivers») mangler, så ingen enhetsfil kan åpnes. På Debian og Ubuntu installerer du pakken libqt6sql6-sqlite; på Windows og macOS installerer du Internkontroll på nytt, siden installasjonsprogrammet har med driveren.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be before %3 (%4).</source>
        <translation>%1 (%2) kan ikke være før %3 (%4).</translation>
    </message>
    <message>
        <source>%1 contains a direction control (%2), which makes text read differently from what was typed; remove it.</source>
        <translation>%1 inneholder et retningstegn (%2), som gjør at teksten leses annerledes enn den ble skrevet; fjern det.</translation>
    </message>
    <message>
        <source>%1 contains a control character (%2), which is not text; remove it.</source>
        <translation>%1 inneholder et kontrolltegn (%2), som ikke er tekst; fjern det.</translation>
    </message>
    <message>
        <source>%1 must be a date between %2 and %3, not “%4”.</source>
        <translation>%1 må være en dato mellom %2 og %3, ikke «%4».</translation>
    </message>
    <message>
        <source>Another Internkontroll window has this file open for writing (%1). It is opened read-only here so that no change is lost; close it there to edit it here.</source>
        <translation>Et annet Internkontroll-vindu har denne filen åpen for skriving (%1). Her åpnes den skrivebeskyttet, slik at ingen endringer går tapt; lukk den der for å redigere den her.</translation>
    </message>
    <message>
        <source>the lock file does not say whose</source>
        <translation>låsefilen sier ikke hvem som har den</translation>
    </message>
    <message>
        <source>The lock may have been left behind by a program that stopped: %1</source>
        <translation>Låsen kan være etterlatt av et program som stoppet: %1</translation>
    </message>
    <message>
        <source>“%1” was being written when a program stopped, and its lock is still there (%2). The unfinished change is rolled back only when the file is opened for writing: if that program no longer runs, break the lock (in the program: Open for Editing Anyway; on the command line: a command that writes, with --break-lock).</source>
        <translation>Et program stoppet mens «%1» ble skrevet, og låsen er der fortsatt (%2). Den ufullførte endringen rulles tilbake først når filen åpnes for skriving: kjører ikke det programmet lenger, bryt låsen (i programmet: Åpne for redigering likevel; på kommandolinjen: en kommando som skriver, med --break-lock).</translation>
    </message>
    <message>
        <source>“%1” is in file format %2, of an older version of Internkontroll, and could not be read: a temporary copy of it in format %3 could not be made. It has not been changed. Open it where it can be written, or with the version that wrote it.</source>
        <translation>«%1» har filformat %2, fra en eldre versjon av Internkontroll, og kunne ikke leses: en midlertidig kopi av den i format %3 kunne ikke lages. Den er ikke endret. Åpne den der den kan skrives til, eller med versjonen som skrev den.</translation>
    </message>
    <message>
        <source>The file could not be opened: this program&apos;s SQLite library does not accept its text sorting. Reinstall Internkontroll.</source>
        <translation>Filen kunne ikke åpnes: programmets SQLite-bibliotek godtar ikke tekstsorteringen. Installer Internkontroll på nytt.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Avbrutt: ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The file is still being checked (the check reads all of it); it can be changed in a moment. Try again.</source>
        <translation>Filen blir fortsatt kontrollert (kontrollen leser hele filen); den kan endres om et øyeblikk. Prøv igjen.</translation>
    </message>
    <message>
        <source>The file is still being checked (the check reads all of it). Try again in a moment.</source>
        <translation>Filen blir fortsatt kontrollert (kontrollen leser hele filen). Prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>A row for “%1” was given to be added to “%2”.</source>
        <translation>En rad av «%1» ble gitt for å legges til i «%2».</translation>
    </message>
    <message>
        <source>The change log could not be written.</source>
        <translation>Endringsloggen kunne ikke skrives.</translation>
    </message>
    <message>
        <source>A row of another table was given to be put back in “%1”.</source>
        <translation>En rad av en annen tabell ble gitt for å legges tilbake i «%1».</translation>
    </message>
</context>
<context>
    <name>ik::Xlsx</name>
    <message>
        <source>The file is not a workbook that can be read (XLSX): </source>
        <translation>Filen er ikke en arbeidsbok som kan leses (XLSX): </translation>
    </message>
    <message>
        <source>it is no zip archive, or a damaged one (%1).</source>
        <translation>den er ikke et zip-arkiv, eller et skadet et (%1).</translation>
    </message>
    <message>
        <source>it holds more than %1 parts.</source>
        <translation>den har mer enn %1 deler.</translation>
    </message>
    <message>
        <source>the part “%1” is missing.</source>
        <translation>delen «%1» mangler.</translation>
    </message>
    <message>
        <source>the part “%1” is damaged (%2).</source>
        <translation>delen «%1» er skadet (%2).</translation>
    </message>
    <message>
        <source>The workbook is too large to read: its part “%1” unpacks to more than %2 MB (a damaged file, or one made to exhaust memory). Save the sheet on its own, or as CSV, and import that.</source>
        <translation>Arbeidsboken er for stor til å leses: delen «%1» pakkes ut til mer enn %2 MB (en skadet fil, eller en laget for å bruke opp minnet). Lagre arket alene, eller som CSV, og importer det.</translation>
    </message>
    <message>
        <source>the part “%1” is not well-formed XML (line %2: %3).</source>
        <translation>delen «%1» er ikke velformet XML (linje %2: %3).</translation>
    </message>
    <message>
        <source>it has no sheets.</source>
        <translation>den har ingen ark.</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>Arbeidsboken har ikke noe ark %1.</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 has a cell beyond the last column.</source>
        <translation>arket «%1», rad %2 har en celle etter siste kolonne.</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2 names a shared string it lacks.</source>
        <translation>arket «%1», rad %2 viser til en delt tekst som mangler.</translation>
    </message>
    <message>
        <source>The sheet “%1” is empty: it has no header row.</source>
        <translation>Arket «%1» er tomt: det har ingen overskriftsrad.</translation>
    </message>
</context>
<context>
    <name>ik::YearRollover</name>
    <message>
        <source>Review year %1 comes before the file&apos;s latest year, %2; a new year can only follow the latest.</source>
        <translation>Gjennomgangsåret %1 kommer før filens siste år, %2; et nytt år kan bare følge etter det siste.</translation>
    </message>
</context>
<context>
    <name>ik::YearStatus</name>
    <message>
        <source>Review acceptance: %1</source>
        <translation>Vurder akseptansen på nytt: %1</translation>
    </message>
</context>
</TS>
