<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ik::ui::ChangeLogView</name>
    <message>
        <source>All records</source>
        <translation>Alle poster</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle endringer</translation>
    </message>
    <message>
        <source>Since my last visit (%1)</source>
        <translation>Siden mitt forrige besøk (%1)</translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation>Siden mitt forrige besøk</translation>
    </message>
    <message>
        <source>Since the sign-off</source>
        <translation>Siden signeringen</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Mellom datoer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Posttype:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>This is your first visit to this file: all changes are shown.</source>
        <translation>Dette er ditt første besøk i denne fila: alle endringer vises.</translation>
    </message>
    <message>
        <source>%1 is not signed off: all changes are shown.</source>
        <translation>%1 er ikke signert: alle endringer vises.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n endring.</numerusform>
            <numerusform>%n endringer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::ChangeText</name>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
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
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
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
    <message>
        <source>Checklist item</source>
        <translation>Sjekklistepunkt</translation>
    </message>
</context>
<context>
    <name>ik::ui::ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Merk alt</translation>
    </message>
</context>
<context>
    <name>ik::ui::Comments</name>
    <message>
        <source>The comment is empty.</source>
        <translation>Kommentaren er tom.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Your comment on %1 “%2”:</source>
        <translation>Din kommentar til %1 «%2»:</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Merk kommentar som løst</translation>
    </message>
</context>
<context>
    <name>ik::ui::CommentsPanel</name>
    <message>
        <source>Open comments</source>
        <translation>Åpne kommentarer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Løst</translation>
    </message>
    <message>
        <source>Mark the selected comment as dealt with</source>
        <translation>Merk den valgte kommentaren som fulgt opp</translation>
    </message>
    <message>
        <source>Right-click a row in any table and choose Comment… to add one.</source>
        <translation>Høyreklikk en rad i en tabell og velg Kommentar … for å legge til en.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Løst</translation>
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
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Rediger → Angre tar hele importen tilbake.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2
The file keeps the change, and the step has left the undo list.</source>
        <translation>«%1» kunne ikke angres: %2
Filen beholder endringen, og steget er tatt ut av angrelisten.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2
The file stays as it is, and the step has left the redo list.</source>
        <translation>«%1» kunne ikke gjøres om: %2
Filen forblir som den er, og steget er tatt ut av listen over det som kan gjøres om.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
</context>
<context>
    <name>ik::ui::FacultyOverviewWindow</name>
    <message>
        <source>Faculty Overview</source>
        <translation>Fakultetsoversikt</translation>
    </message>
    <message>
        <source>Review &amp;year:</source>
        <translation>Gjennomgangs&amp;år:</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Velg &amp;filer …</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Velg &amp;mappe …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Choose the units&apos; files, or a folder that holds them. They are only read, never changed.</source>
        <translation>Velg enhetenes filer, eller en mappe som inneholder dem. De blir bare lest, aldri endret.</translation>
    </message>
    <message>
        <source>Filter the units…</source>
        <translation>Filtrer enhetene …</translation>
    </message>
    <message>
        <source>Filter the units</source>
        <translation>Filtrer enhetene</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åpne &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Opens the unit&apos;s file in the main window for reading; nothing can be changed there.</source>
        <translation>Åpner enhetens fil i hovedvinduet for lesing; ingenting kan endres der.</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Rapportspråk:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksporter &amp;PDF …</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Eksporter &amp;XLSX …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Choose the units&apos; files</source>
        <translation>Velg enhetenes filer</translation>
    </message>
    <message>
        <source>Unit files (*.db *.ikdb);;All files (*)</source>
        <translation>Enhetsfiler (*.db *.ikdb);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Choose a folder of unit files</source>
        <translation>Velg en mappe med enhetsfiler</translation>
    </message>
    <message>
        <source>Reading the units&apos; files…</source>
        <translation>Leser enhetenes filer …</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 av %2 filer</translation>
    </message>
    <message>
        <source>Units counted: %1, files not counted: %2. Signed off: %3, changed since signing: %4, not signed off: %5. Actions overdue: %6. Risks still red after measures: %7.</source>
        <translation>Enheter talt med: %1, filer ikke talt med: %2. Godkjent: %3, endret etter godkjenning: %4, ikke godkjent: %5. Tiltak over fristen: %6. Risikoer som fortsatt er røde etter tiltak: %7.</translation>
    </message>
    <message>
        <source>Cancelled: only the files read so far are shown.</source>
        <translation>Avbrutt: bare filene som var lest, vises.</translation>
    </message>
    <message>
        <source>Faculty HSE overview %1</source>
        <translation>HMS-oversikt for fakultetet %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the faculty overview</source>
        <translation>Eksporter fakultetsoversikten</translation>
    </message>
    <message>
        <source>The faculty overview was written to
%1

Open it now?</source>
        <translation>Fakultetsoversikten ble skrevet til
%1

Åpne den nå?</translation>
    </message>
</context>
<context>
    <name>ik::ui::FindInYearDialog</name>
    <message>
        <source>Find in Year %1</source>
        <translation>Finn i året %1</translation>
    </message>
    <message>
        <source>Text to find in every register of the year</source>
        <translation>Tekst å finne i alle registrene for året</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Finn:</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es); the first are shown.</source>
        <translation>
            <numerusform>Mer enn %n treff; de første vises.</numerusform>
            <numerusform>Mer enn %n treff; de første vises.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record of %1 holds “%2”.</source>
        <translation>Ingen poster i %1 inneholder «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The record is not shown on its page: a filter or search there hides it.</source>
        <translation>Posten vises ikke på siden sin: et filter eller et søk der skjuler den.</translation>
    </message>
</context>
<context>
    <name>ik::ui::ImportDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Leave out the refused rows and import the others</source>
        <translation>Utelat de avviste radene og importer resten</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the field each column goes into; columns set to “(leave out)” are not imported. Rows that carry the id of a record update it, the others are added; nothing is deleted.</source>
        <translation>Velg feltet hver kolonne skal inn i; kolonner satt til «(utelat)» importeres ikke. Rader med id-en til en oppføring oppdaterer den, de andre legges til; ingenting slettes.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Ark:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation>Det finnes ingen tabell «%1».</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(utelat)</translation>
    </message>
    <message>
        <source>Record id (updates the record)</source>
        <translation>Oppføringens id (oppdaterer oppføringen)</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Felt for kolonnen «%1»</translation>
    </message>
    <message>
        <source>Two columns go into “%1”; choose one.</source>
        <translation>To kolonner går inn i «%1»; velg én.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Regneark (*.xlsx *.csv);;Excel-arbeidsbøker (*.xlsx);;CSV-filer (*.csv);;Alle filer (*)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Internkontroll&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The annual review of a unit&apos;s systematic HSE work, following NTNU&apos;s guideline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
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
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>Filen er oppgradert</translation>
    </message>
    <message>
        <source>Open for Editing Anyway</source>
        <translation>Åpne for redigering likevel</translation>
    </message>
    <message>
        <source>“%1” is locked for writing by %2.</source>
        <translation>«%1» er låst for skriving av %2.</translation>
    </message>
    <message>
        <source>Open it for editing only if that program no longer runs: its computer crashed, or was shut down or put away with the file open. If it does still run, both programs write to the file, and changes made in either can be lost.</source>
        <translation>Åpne den for redigering bare hvis det programmet ikke kjører lenger: datamaskinen krasjet, eller ble slått av eller lagt bort med filen åpen. Kjører det fortsatt, skriver begge programmene til filen, og endringer gjort i ett av dem kan gå tapt.</translation>
    </message>
    <message>
        <source>The file was left half-written; opened for editing here, the unfinished change is rolled back.</source>
        <translation>Filen ble etterlatt halvveis skrevet; åpnes den for redigering her, rulles den ufullførte endringen tilbake.</translation>
    </message>
    <message>
        <source>That the lock was broken is noted in the file.</source>
        <translation>At låsen ble brutt, noteres i filen.</translation>
    </message>
    <message>
        <source>Open for Editing</source>
        <translation>Åpne for redigering</translation>
    </message>
    <message>
        <source>Export Year as &amp;Workbook…</source>
        <translation>Eksporter året som &amp;arbeidsbok …</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n rad lagt til, %1 oppdatert.</numerusform>
            <numerusform>%n rader lagt til, %1 oppdatert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Rediger → Angre tar hele importen tilbake.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV with field keys, for scripts (*.csv)</source>
        <translation>CSV med feltnøkler, for skript (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Year as Workbook</source>
        <translation>Eksporter året som arbeidsbok</translation>
    </message>
    <message>
        <source>HSE %1.xlsx</source>
        <translation>HMS %1.xlsx</translation>
    </message>
    <message>
        <source>Export Re&amp;port as Word…</source>
        <translation>Eksporter årsrapporten som &amp;Word …</translation>
    </message>
    <message>
        <source>&amp;Faculty Overview…</source>
        <translation>Fakultets&amp;oversikt …</translation>
    </message>
    <message>
        <source>&amp;Find in Year…</source>
        <translation>&amp;Finn i året…</translation>
    </message>
</context>
<context>
    <name>ik::ui::MatrixLevelGrid</name>
    <message>
        <source>Change acceptance level</source>
        <translation>Endre akseptnivå</translation>
    </message>
    <message>
        <source>Acceptance levels</source>
        <translation>Akseptnivåer</translation>
    </message>
    <message>
        <source>Click a cell, or move to it with the arrow keys and press Space, to change its acceptance level</source>
        <translation>Klikk en celle, eller gå til den med piltastene og trykk mellomrom, for å endre akseptnivået</translation>
    </message>
</context>
<context>
    <name>ik::ui::MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation>Flett inn endringer fra %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deres</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flett</translation>
    </message>
    <message>
        <source>Changed differently in both copies – choose which to keep:</source>
        <translation>Endret ulikt i begge kopiene – velg hva som skal beholdes:</translation>
    </message>
    <message>
        <source>That is the open file itself.</source>
        <translation>Det er den åpne fila selv.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: %2</source>
        <translation>«%1» kan ikke flettes inn: %2</translation>
    </message>
    <message>
        <source>From “%1”: %2.</source>
        <translation>Fra «%1»: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n ny post</numerusform>
            <numerusform>%n nye poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed field(s)</source>
        <translation>
            <numerusform>%n endret felt</numerusform>
            <numerusform>%n endrede felt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n sletting</numerusform>
            <numerusform>%n slettinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>slettet</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Behold mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ta deres</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Utelat</translation>
    </message>
    <message>
        <source>The copy holds nothing that this file lacks.</source>
        <translation>Kopien inneholder ingenting som mangler i denne fila.</translation>
    </message>
    <message>
        <source>A merge cannot be undone. Before merging, a copy of this file is saved beside it.</source>
        <translation>En fletting kan ikke angres. Før flettingen lagres en kopi av denne fila ved siden av den.</translation>
    </message>
    <message>
        <source>%1 (before merge %2).db</source>
        <translation>%1 (før fletting %2).db</translation>
    </message>
    <message>
        <source>Nothing was merged: the backup copy could not be saved: %1</source>
        <translation>Ingenting ble flettet inn: sikkerhetskopien kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Ingenting ble flettet inn: %1</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed, %3 deleted; conflicts: %4 took theirs, %5 kept mine, %6 left out. This cannot be undone; the file as it was is saved as
%7</source>
        <translation>Flettet inn: %1 lagt til, %2 endret, %3 slettet; konflikter: %4 tok deres, %5 beholdt mine, %6 utelatt. Dette kan ikke angres; fila slik den var er lagret som
%7</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
    <name>ik::ui::NewYearDialog</name>
    <message>
        <source>Start review year %1</source>
        <translation>Start gjennomgangsåret %1</translation>
    </message>
    <message>
        <source>All goals of %1 are evaluated. Starting %2 adds its checklist, carries unfinished actions, roles, delegated tasks and indicators over, and locks %1.</source>
        <translation>Alle målene for %1 er evaluert. Når %2 startes, legges sjekklisten til, uferdige tiltak, roller, delegerte oppgaver og indikatorer føres videre, og %1 låses.</translation>
    </message>
    <message>
        <source>Before %2 starts, evaluate the goals of %1 (IG-6): was each reached? Starting %2 then adds its checklist, carries unfinished actions, roles, delegated tasks and indicators over, and locks %1.</source>
        <translation>Før %2 startes, evaluer målene for %1 (IG-6): ble hvert mål nådd? Når %2 startes, legges sjekklisten til, uferdige tiltak, roller, delegerte oppgaver og indikatorer føres videre, og %1 låses.</translation>
    </message>
    <message>
        <source>Goal of %1</source>
        <translation>Mål for %1</translation>
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
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>What was achieved, and why</source>
        <translation>Hva ble oppnådd, og hvorfor</translation>
    </message>
    <message>
        <source>Starting a year cannot be undone.</source>
        <translation>Å starte et nytt år kan ikke angres.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Choose a result for “%1”.</source>
        <translation>Velg et resultat for «%1».</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ingenting ble endret: %1</translation>
    </message>
    <message>
        <source>Review year %1 started: %2 checklist items, %3 unfinished actions carried over, %4 roles and delegated tasks, %5 indicators. %6 is now locked.</source>
        <translation>Gjennomgangsåret %1 er startet: %2 sjekklistepunkter, %3 uferdige tiltak ført videre, %4 roller og delegerte oppgaver, %5 indikatorer. %6 er nå låst.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
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
    <message>
        <source>Double-click or press Enter to go to it</source>
        <translation>Dobbeltklikk eller trykk Enter for å gå dit</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Ikke påbegynt ennå</translation>
    </message>
    <message>
        <source>Move Their Deadlines into the Rest of the Year</source>
        <translation>Flytt fristene deres til resten av året</translation>
    </message>
    <message>
        <source>Not started yet (due before this file was made)</source>
        <translation>Ikke påbegynt ennå (frist før filen ble laget)</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) had passed their deadline before this file was made, so they are listed as not started yet rather than overdue. Their deadlines can be spread over the rest of the year, in the template&apos;s order.</source>
        <translation>
            <numerusform>%n sjekkpunkt hadde passert fristen før denne filen ble laget, så det står som ikke påbegynt ennå, ikke som forfalt. Fristen kan flyttes til resten av året.</numerusform>
            <numerusform>%n sjekkpunkter hadde passert fristen før denne filen ble laget, så de står som ikke påbegynt ennå, ikke som forfalt. Fristene kan fordeles over resten av året, i malens rekkefølge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file or the year cannot be changed.</source>
        <translation>Filen eller året kan ikke endres.</translation>
    </message>
    <message>
        <source>Less than a week of the year is left.</source>
        <translation>Det er mindre enn en uke igjen av året.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deadline(s)</source>
        <translation>
            <numerusform>Flytt %n frist</numerusform>
            <numerusform>Flytt %n frister</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines not moved</source>
        <translation>Fristene ble ikke flyttet</translation>
    </message>
</context>
<context>
    <name>ik::ui::PageExtras</name>
    <message>
        <source>Comment…</source>
        <translation>Kommentar …</translation>
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
        <source>The line manager starts the year&apos;s HSE work together with the HSE coordinator, the safety representative and the employees. Make known who holds which HSE role and which tasks are delegated, check whether last year&apos;s goals were reached, and set this year&apos;s goals, linked to NTNU&apos;s HSE policy and focus areas.</source>
        <translation>Linjelederen tar initiativ til årets HMS-arbeid sammen med HMS-koordinator, verneombud og de ansatte. Gjør kjent hvem som har hvilke HMS-roller og hvilke oppgaver som er delegert, kontroller om fjorårets mål ble nådd, og sett årets mål med kobling til NTNUs HMS-politikk og satsningsområder.</translation>
    </message>
    <message>
        <source>Keep the legal register up to date and map the HSE challenges with NTNU&apos;s four tools: appraisal talks, the work-environment survey, risk assessment and the overview of deviations. Check that leaders, HSE coordinators and safety representatives have the training their roles require, and document the results.</source>
        <translation>Hold oversikten over lover og krav oppdatert, og kartlegg HMS-utfordringene med NTNUs fire verktøy: medarbeidersamtale, arbeidsmiljøundersøkelse, risikovurdering og oversikten over HMS-avvik. Kontroller at ledere, HMS-koordinatorer og verneombud har opplæringen rollen krever, og dokumenter resultatene.</translation>
    </message>
    <message>
        <source>Turn what the mapping found into an action plan: what is to be done, its priority and cost, who is responsible and by when. Keep local routines and coordination agreements with other employers, and file them in the archive.</source>
        <translation>Gjør funnene fra kartleggingen om til en handlingsplan: hva som skal gjøres, prioritet og kostnad, hvem som er ansvarlig og innen når. Hold lokale rutiner og samordningsavtaler med andre arbeidsgivere ved like, og arkiver dem.</translation>
    </message>
    <message>
        <source>Hold at least one HSE inspection round a year and turn findings into actions. Follow the deviations each tertial and the unit&apos;s indicators, and review whether the HSE system complies, supports the focus areas, improves and is in use.</source>
        <translation>Gjennomfør minst én HMS-runde i året og gjør funn om til tiltak. Følg opp avvikene hvert tertial og enhetens indikatorer, og vurder om HMS-systemet etterlever kravene, støtter satsningsområdene, bidrar til forbedring og er i bruk.</translation>
    </message>
    <message>
        <source>Write the HSE annual report: status against the goals, focus areas, the systematic HSE work, the occupational health service&apos;s work and external inspections, and whether the HSE system needs to change. Note who contributed.</source>
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
        <source>Last year&apos;s goals (%1)</source>
        <translation>Fjorårets mål (%1)</translation>
    </message>
    <message>
        <source>Import deviations</source>
        <translation>Importer avvik</translation>
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
        <source>Import from spreadsheet…</source>
        <translation>Importer fra regneark …</translation>
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
    <message>
        <source>Add the missing criteria</source>
        <translation>Legg til manglende kriterier</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>ikke vurdert</translation>
    </message>
    <message>
        <source>Probability %1 × consequence %2 (%3)</source>
        <translation>Sannsynlighet %1 × konsekvens %2 (%3)</translation>
    </message>
    <message>
        <source>Risk before</source>
        <translation>Risiko før</translation>
    </message>
    <message>
        <source>Risk after</source>
        <translation>Risiko etter</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Utvikling over år</translation>
    </message>
    <message>
        <source>Adds the selected order to the action plan</source>
        <translation>Legger det valgte pålegget til i tiltaksplanen</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>Pålegget finnes ikke lenger.</translation>
    </message>
    <message>
        <source>This order already has an action.</source>
        <translation>Dette pålegget har allerede et tiltak.</translation>
    </message>
    <message>
        <source>Make an action from an order</source>
        <translation>Lag et tiltak av et pålegg</translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n oppdatert.</numerusform>
            <numerusform>%n oppdaterte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::RecordForm</name>
    <message>
        <source>Select a row to see all its fields here.</source>
        <translation>Velg en rad for å se alle feltene her.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gå til</translation>
    </message>
    <message>
        <source>Go to the linked %1</source>
        <translation>Gå til koblet %1</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Koblede poster</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(løst)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
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
    <message>
        <source>No %1 is named “%2”. Add it under %3 first, then choose it here.</source>
        <translation>Ingen %1 heter «%2». Legg inn posten under %3 først, og velg den så her.</translation>
    </message>
    <message>
        <source>No %1 is named “%2”. Choose Create “%2” in the list to add it.</source>
        <translation>Ingen %1 heter «%2». Velg Opprett «%2» i lista, så blir posten lagt inn.</translation>
    </message>
    <message>
        <source>Create %1 “%2”</source>
        <translation>Opprett %1 «%2»</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReferencePicker</name>
    <message>
        <source>Create “%1”</source>
        <translation>Opprett «%1»</translation>
    </message>
    <message>
        <source>No %1 is named “%2”</source>
        <translation>Ingen %1 heter «%2»</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReportActions</name>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvis</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF …</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Rapportspråk:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Rapportspråk</translation>
    </message>
    <message>
        <source>HSE annual report %1</source>
        <translation>HMS-årsrapport %1</translation>
    </message>
    <message>
        <source>HSE annual report %1 – preview</source>
        <translation>HMS-årsrapport %1 – forhåndsvisning</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation>Skriver årsrapporten …</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Eksporter årsrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
    <message>
        <source>The annual report was written to
%1

Open it now?</source>
        <translation>Årsrapporten ble skrevet til
%1

Vil du åpne den nå?</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>Eksporter Word …</translation>
    </message>
    <message>
        <source>Write the annual report as a Word document (DOCX), to finish it in Word or LibreOffice</source>
        <translation>Skriv årsrapporten som Word-dokument (DOCX), for å gjøre den ferdig i Word eller LibreOffice</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>Eksporter Word</translation>
    </message>
    <message>
        <source>HSE annual report %1 %2</source>
        <translation>HMS-årsrapport %1 %2</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReportSectionFigures</name>
    <message>
        <source>Goals: %1 – reached %2, partly %3, not reached %4, not evaluated %5.</source>
        <translation>Mål: %1 – nådd %2, delvis %3, ikke nådd %4, ikke vurdert %5.</translation>
    </message>
    <message>
        <source>Focus areas: %1.</source>
        <translation>Satsningsområder: %1.</translation>
    </message>
    <message>
        <source>Actions: %1, of them done %2, overdue %3. Deviations reported: %4, still open %5. Risks: %6, unacceptable after measures %7. Inspection rounds held: %8 of %9.</source>
        <translation>Tiltak: %1, av dem utført %2, over fristen %3. Avvik meldt: %4, fortsatt åpne %5. Risikoer: %6, ikke akseptable etter tiltak %7. HMS-runder gjennomført: %8 av %9.</translation>
    </message>
    <message>
        <source>Assignments of the occupational health service: %1.</source>
        <translation>Oppdrag for bedriftshelsetjenesten: %1.</translation>
    </message>
    <message>
        <source>Supervisions by authorities or external parties: %1.</source>
        <translation>Tilsyn fra myndigheter eller eksterne: %1.</translation>
    </message>
    <message>
        <source>Annual system review: %1 of %2 criteria assessed.</source>
        <translation>Årlig systemgjennomgang: %1 av %2 kriterier vurdert.</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReportTextsEditor</name>
    <message>
        <source>Guidance: %1</source>
        <translation>Veiledning: %1</translation>
    </message>
    <message>
        <source>Change report text %1</source>
        <translation>Endre rapporttekst %1</translation>
    </message>
</context>
<context>
    <name>ik::ui::RequirementsDialog</name>
    <message>
        <source>Requirements behind “%1”</source>
        <translation>Krav bak «%1»</translation>
    </message>
    <message>
        <source>The guideline&apos;s requirements that this page&apos;s checklist covers (NTNU&apos;s guideline for the annual HSE review and Internkontrollforskriften § 5):</source>
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
    <name>ik::ui::RiskMatrixAccessible</name>
    <message>
        <source>Consequence %1</source>
        <translation>Konsekvens %1</translation>
    </message>
    <message>
        <source>Probability %1</source>
        <translation>Sannsynlighet %1</translation>
    </message>
    <message>
        <source>Probability %1, consequence %2: %3</source>
        <translation>Sannsynlighet %1, konsekvens %2: %3</translation>
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
    <message>
        <source>Risk %1: %2 – %3: probability %4, consequence %5, %6</source>
        <translation>Risiko %1: %2 – %3: sannsynlighet %4, konsekvens %5, %6</translation>
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
        <source>Every risk&apos;s probability and consequence is moved to the nearest step of the new size. This cannot be undone. Change the size?</source>
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
    <message>
        <source>Add consequence category</source>
        <translation>Legg til konsekvenskategori</translation>
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
        <source>Adds the selected risk&apos;s proposed measures to the action plan</source>
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
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n oppdatert.</numerusform>
            <numerusform>%n oppdaterte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::SharingActions</name>
    <message>
        <source>Change Log</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>&amp;Merge Changes From…</source>
        <translation>&amp;Flett inn endringer fra …</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Eksporter &amp;kalender …</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Gjennomgang</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Signer …</translation>
    </message>
    <message>
        <source>Change &amp;Log</source>
        <translation>Endrings&amp;logg</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Kommentarer</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Ditt &amp;navn …</translation>
    </message>
    <message>
        <source>&amp;Unlock Year</source>
        <translation>Lås &amp;opp året</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due in the next 30 days – see the Overview.</source>
        <translation>%1: %2 forfalt, %3 forfaller de neste 30 dagene – se Oversikt.</translation>
    </message>
    <message>
        <source>Merge changes from a copy</source>
        <translation>Flett inn endringer fra en kopi</translation>
    </message>
    <message>
        <source>Unit files (*.db *.ikdb);;All files (*)</source>
        <translation>Enhetsfiler (*.db *.ikdb);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flett</translation>
    </message>
    <message>
        <source>Export deadlines as a calendar</source>
        <translation>Eksporter frister som kalender</translation>
    </message>
    <message>
        <source>HSE deadlines %1 %2.ics</source>
        <translation>HMS-frister %1 %2.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>The deadlines of %1 were written to %2.</source>
        <translation>Fristene for %1 ble skrevet til %2.</translation>
    </message>
    <message>
        <source>Start review year</source>
        <translation>Start gjennomgangsår</translation>
    </message>
    <message>
        <source>Unlock Year</source>
        <translation>Lås opp året</translation>
    </message>
    <message>
        <source>Your changes are recorded without a name.</source>
        <translation>Endringene dine registreres uten navn.</translation>
    </message>
    <message>
        <source>Your changes are recorded as “%1”.</source>
        <translation>Endringene dine registreres som «%1».</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt navn</translation>
    </message>
    <message>
        <source>The change log records who made each change. Your name:</source>
        <translation>Endringsloggen viser hvem som gjorde hver endring. Ditt navn:</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due in the next 30 days, %4 not started yet that were due before this file was made – see the Overview.</source>
        <translation>%1: %2 forfalt, %3 forfaller de neste 30 dagene, %4 ikke påbegynt ennå med frist før filen ble laget – se Oversikt.</translation>
    </message>
</context>
<context>
    <name>ik::ui::SignOffBanner</name>
    <message>
        <source>Sign Off…</source>
        <translation>Signer …</translation>
    </message>
    <message>
        <source>%1 is not signed off.</source>
        <translation>%1 er ikke signert.</translation>
    </message>
    <message>
        <source>%1 signed off by %2 (%3) on %4.</source>
        <translation>%1 signert av %2 (%3) %4.</translation>
    </message>
    <message numerus="yes">
        <source>Changed since sign-off: %n change(s).</source>
        <translation>
            <numerusform>Endret etter signering: %n endring.</numerusform>
            <numerusform>Endret etter signering: %n endringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Changes…</source>
        <translation>Vis endringer …</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Trekk tilbake …</translation>
    </message>
    <message>
        <source>Changes since the sign-off</source>
        <translation>Endringer etter signeringen</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Signert av %1 %2.</translation>
    </message>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Trekk tilbake signeringen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrunnelse:</translation>
    </message>
</context>
<context>
    <name>ik::ui::SignOffDialog</name>
    <message>
        <source>Sign off %1</source>
        <translation>Signer %1</translation>
    </message>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Trekk tilbake signeringen</translation>
    </message>
    <message>
        <source>Signing records who approved the review year, and a fingerprint of what it held. Later changes show as “changed since sign-off”.</source>
        <translation>Signeringen lagrer hvem som godkjente gjennomgangsåret, og et fingeravtrykk av innholdet. Senere endringer vises som «endret etter signering».</translation>
    </message>
    <message>
        <source>e.g. Head of department</source>
        <translation>f.eks. instituttleder</translation>
    </message>
    <message>
        <source>&amp;Sign off:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Give your name and role.</source>
        <translation>Oppgi navn og rolle.</translation>
    </message>
    <message>
        <source>Sign off an unfinished review?</source>
        <translation>Godkjenne en gjennomgang som ikke er ferdig?</translation>
    </message>
    <message>
        <source>The review of %1 is not finished:</source>
        <translation>Gjennomgangen for %1 er ikke ferdig:</translation>
    </message>
    <message>
        <source>Sign it off all the same?</source>
        <translation>Vil du likevel godkjenne den?</translation>
    </message>
</context>
<context>
    <name>ik::ui::StartWidget</name>
    <message>
        <source>Internkontroll – the annual HSE review</source>
        <translation>Internkontroll – årlig gjennomgang av HMS-arbeidet</translation>
    </message>
    <message>
        <source>Work through the year&apos;s HSE review phase by phase: initiate, map, plan and prioritise measures, follow up, and report. One file holds your unit&apos;s whole HSE record.</source>
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
    <message>
        <source>No recent files yet. Create a unit file, open one, or try the demo unit.</source>
        <translation>Ingen nylig brukte filer ennå. Opprett en enhetsfil, åpne en, eller prøv demoenheten.</translation>
    </message>
</context>
<context>
    <name>ik::ui::TableClipboard</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Review year %1 is closed and locked. Unlock it (Year menu) to change it.</source>
        <translation>Gjennomgangsåret %1 er avsluttet og låst. Lås det opp (menyen År) for å endre det.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <source>Nothing was pasted: choose the record the new rows belong to first.</source>
        <translation>Ingenting ble limt inn: velg først posten de nye radene hører til.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Lim inn %n rad</numerusform>
            <numerusform>Lim inn %n rader</numerusform>
        </translation>
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
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Søk (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in %1</source>
        <translation>Søk i %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søk</translation>
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
    <message>
        <source>Tertial report for the AMU and the board:</source>
        <translation>Tertialrapport til AMU og styret:</translation>
    </message>
    <message>
        <source>Export Tertial Report…</source>
        <translation>Eksporter tertialrapport …</translation>
    </message>
    <message>
        <source>The chosen tertial&apos;s deviations by category, severity and status beside the same tertial last year, and the measures they led to, as PDF or CSV</source>
        <translation>Avvikene i valgt tertial etter kategori, alvorlighet og status, ved siden av samme tertial i fjor, og tiltakene de førte til, som PDF eller CSV</translation>
    </message>
    <message>
        <source>Deviations %1 tertial %2 %3.pdf</source>
        <translation>Avvik %1 tertial %2 %3.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export the tertial report</source>
        <translation>Eksporter tertialrapporten</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export Tertial Report</source>
        <translation>Eksporter tertialrapport</translation>
    </message>
    <message>
        <source>The tertial report was written to
%1

Open it now?</source>
        <translation>Tertialrapporten ble skrevet til
%1

Vil du åpne den nå?</translation>
    </message>
    <message>
        <source>(not ended)</source>
        <translation>(ikke avsluttet)</translation>
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
    <message>
        <source>Open for Editing Anyway…</source>
        <translation>Åpne for redigering likevel …</translation>
    </message>
    <message>
        <source>Read-only: opened for reading only. Open it with File → Open to change it.</source>
        <translation>Skrivebeskyttet: åpnet bare for lesing. Åpne den med Fil → Åpne for å endre den.</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ik::ui::YearLockBanner</name>
    <message>
        <source>The file has no review year %1.</source>
        <translation>Fila har ikke gjennomgangsåret %1.</translation>
    </message>
    <message>
        <source>Unlock Year</source>
        <translation>Lås opp året</translation>
    </message>
    <message>
        <source>Review year %1 is closed and locked: it can be read but not changed.</source>
        <translation>Gjennomgangsåret %1 er avsluttet og låst: det kan leses, men ikke endres.</translation>
    </message>
</context>
<context>
    <name>ik::ui::YearOverview</name>
    <message>
        <source>Deviations per tertial, year by year</source>
        <translation>Avvik per tertial, år for år</translation>
    </message>
    <message>
        <source>Risks by residual level, year by year</source>
        <translation>Risikoer etter restnivå, år for år</translation>
    </message>
    <message>
        <source>Key figures per year</source>
        <translation>Nøkkeltall per år</translation>
    </message>
    <message>
        <source>Every review year in this file, side by side. The annual report prints the same figures for the years up to its own.</source>
        <translation>Hvert gjennomgangsår i denne filen, side om side. Årsrapporten skriver ut de samme tallene for årene til og med sitt eget.</translation>
    </message>
</context>
</TS>
