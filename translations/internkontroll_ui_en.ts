<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ik::ui::ChangeLogView</name>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Since my last visit (%1)</source>
        <translation>Since my last visit (%1)</translation>
    </message>
    <message>
        <source>Since my last visit</source>
        <translation>Since my last visit</translation>
    </message>
    <message>
        <source>Since the sign-off</source>
        <translation>Since the sign-off</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Between dates</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Record type:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>This is your first visit to this file: all changes are shown.</source>
        <translation>This is your first visit to this file: all changes are shown.</translation>
    </message>
    <message>
        <source>%1 is not signed off: all changes are shown.</source>
        <translation>%1 is not signed off: all changes are shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::ChangeText</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
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
        <translation>Select a checklist item to see its guidance.</translation>
    </message>
    <message>
        <source>Guidance (%1): %2</source>
        <translation>Guidance (%1): %2</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
</context>
<context>
    <name>ik::ui::ClipboardActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Select &amp;All</translation>
    </message>
</context>
<context>
    <name>ik::ui::Comments</name>
    <message>
        <source>The comment is empty.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Your comment on %1 “%2”:</source>
        <translation>Your comment on %1 “%2”:</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Resolve comment</translation>
    </message>
</context>
<context>
    <name>ik::ui::CommentsPanel</name>
    <message>
        <source>Open comments</source>
        <translation>Open comments</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>Mark the selected comment as dealt with</source>
        <translation>Mark the selected comment as dealt with</translation>
    </message>
    <message>
        <source>Right-click a row in any table and choose Comment… to add one.</source>
        <translation>Right-click a row in any table and choose Comment… to add one.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
</context>
<context>
    <name>ik::ui::CompetenceGaps</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Required course</source>
        <translation>Required course</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Competence gaps per role</source>
        <translation>Competence gaps per role</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <source>%1 of %2 required courses for people in HSE roles are missing or expired.</source>
        <translation>%1 of %2 required courses for people in HSE roles are missing or expired.</translation>
    </message>
</context>
<context>
    <name>ik::ui::Edit</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>The record no longer exists.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Edit → Undo takes the whole import back.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2
The file keeps the change, and the step has left the undo list.</source>
        <translation>“%1” could not be undone: %2
The file keeps the change, and the step has left the undo list.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>“%1” could not be redone: %2
The file stays as it is, and the step has left the redo list.</source>
        <translation>“%1” could not be redone: %2
The file stays as it is, and the step has left the redo list.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>ik::ui::FacultyOverviewWindow</name>
    <message>
        <source>Faculty Overview</source>
        <translation>Faculty Overview</translation>
    </message>
    <message>
        <source>Review &amp;year:</source>
        <translation>Review &amp;year:</translation>
    </message>
    <message>
        <source>Choose &amp;Files…</source>
        <translation>Choose &amp;Files…</translation>
    </message>
    <message>
        <source>Choose F&amp;older…</source>
        <translation>Choose F&amp;older…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the units&apos; files, or a folder that holds them. They are only read, never changed.</source>
        <translation>Choose the units&apos; files, or a folder that holds them. They are only read, never changed.</translation>
    </message>
    <message>
        <source>Filter the units…</source>
        <translation>Filter the units…</translation>
    </message>
    <message>
        <source>Filter the units</source>
        <translation>Filter the units</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message>
        <source>Opens the unit&apos;s file in the main window for reading; nothing can be changed there.</source>
        <translation>Opens the unit&apos;s file in the main window for reading; nothing can be changed there.</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the units&apos; files</source>
        <translation>Choose the units&apos; files</translation>
    </message>
    <message>
        <source>Unit files (*.db *.ikdb);;All files (*)</source>
        <translation>Unit files (*.db *.ikdb);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder of unit files</source>
        <translation>Choose a folder of unit files</translation>
    </message>
    <message>
        <source>Reading the units&apos; files…</source>
        <translation>Reading the units&apos; files…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message>
        <source>Units counted: %1, files not counted: %2. Signed off: %3, changed since signing: %4, not signed off: %5. Actions overdue: %6. Risks still red after measures: %7.</source>
        <translation>Units counted: %1, files not counted: %2. Signed off: %3, changed since signing: %4, not signed off: %5. Actions overdue: %6. Risks still red after measures: %7.</translation>
    </message>
    <message>
        <source>Cancelled: only the files read so far are shown.</source>
        <translation>Cancelled: only the files read so far are shown.</translation>
    </message>
    <message>
        <source>Faculty HSE overview %1</source>
        <translation>Faculty HSE overview %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the faculty overview</source>
        <translation>Export the faculty overview</translation>
    </message>
    <message>
        <source>The faculty overview was written to
%1

Open it now?</source>
        <translation>The faculty overview was written to
%1

Open it now?</translation>
    </message>
</context>
<context>
    <name>ik::ui::FindInYearDialog</name>
    <message>
        <source>Find in Year %1</source>
        <translation>Find in Year %1</translation>
    </message>
    <message>
        <source>Text to find in every register of the year</source>
        <translation>Text to find in every register of the year</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>More than %n match(es); the first are shown.</source>
        <translation>
            <numerusform>More than %n match; the first are shown.</numerusform>
            <numerusform>More than %n matches; the first are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record of %1 holds “%2”.</source>
        <translation>No record of %1 holds “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The record is not shown on its page: a filter or search there hides it.</source>
        <translation>The record is not shown on its page: a filter or search there hides it.</translation>
    </message>
</context>
<context>
    <name>ik::ui::ImportDialog</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Leave out the refused rows and import the others</source>
        <translation>Leave out the refused rows and import the others</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the field each column goes into; columns set to “(leave out)” are not imported. Rows that carry the id of a record update it, the others are added; nothing is deleted.</source>
        <translation>Choose the field each column goes into; columns set to “(leave out)” are not imported. Rows that carry the id of a record update it, the others are added; nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation>There is no table “%1”.</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(leave out)</translation>
    </message>
    <message>
        <source>Record id (updates the record)</source>
        <translation>Record id (updates the record)</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Field for the column “%1”</translation>
    </message>
    <message>
        <source>Two columns go into “%1”; choose one.</source>
        <translation>Two columns go into “%1”; choose one.</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ik::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Unit File…</source>
        <translation>&amp;New Unit File…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open a &amp;Demo Unit</source>
        <translation>Open a &amp;Demo Unit</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Delete Row</source>
        <translation>&amp;Delete Row</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language takes effect when you start the program again.</source>
        <translation>The new language takes effect when you start the program again.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Requirements Behind This Page</source>
        <translation>&amp;Requirements Behind This Page</translation>
    </message>
    <message>
        <source>&amp;About Internkontroll</source>
        <translation>&amp;About Internkontroll</translation>
    </message>
    <message>
        <source>About Internkontroll</source>
        <translation>About Internkontroll</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Internkontroll&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The annual review of a unit&apos;s systematic HSE work, following NTNU&apos;s guideline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Internkontroll&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The annual review of a unit&apos;s systematic HSE work, following NTNU&apos;s guideline.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later.&lt;/p&gt;</translation>
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
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>&amp;Start Review Year %1…</source>
        <translation>&amp;Start Review Year %1…</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <source>“%1” cannot be opened.</source>
        <translation>“%1” cannot be opened.</translation>
    </message>
    <message>
        <source>HSE %1 %2.db</source>
        <translation>HSE %1 %2.db</translation>
    </message>
    <message>
        <source>Create unit file</source>
        <translation>Create unit file</translation>
    </message>
    <message>
        <source>Unit files (%1)</source>
        <translation>Unit files (%1)</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Cannot create the file</translation>
    </message>
    <message>
        <source>Open unit file</source>
        <translation>Open unit file</translation>
    </message>
    <message>
        <source>Unit files (%1);;All files (*)</source>
        <translation>Unit files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot create the demo unit</source>
        <translation>Cannot create the demo unit</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>%1 (copy).db</source>
        <translation>%1 (copy).db</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>File upgraded</source>
        <translation>File upgraded</translation>
    </message>
    <message>
        <source>Open for Editing Anyway</source>
        <translation>Open for Editing Anyway</translation>
    </message>
    <message>
        <source>“%1” is locked for writing by %2.</source>
        <translation>“%1” is locked for writing by %2.</translation>
    </message>
    <message>
        <source>Open it for editing only if that program no longer runs: its computer crashed, or was shut down or put away with the file open. If it does still run, both programs write to the file, and changes made in either can be lost.</source>
        <translation>Open it for editing only if that program no longer runs: its computer crashed, or was shut down or put away with the file open. If it does still run, both programs write to the file, and changes made in either can be lost.</translation>
    </message>
    <message>
        <source>The file was left half-written; opened for editing here, the unfinished change is rolled back.</source>
        <translation>The file was left half-written; opened for editing here, the unfinished change is rolled back.</translation>
    </message>
    <message>
        <source>That the lock was broken is noted in the file.</source>
        <translation>That the lock was broken is noted in the file.</translation>
    </message>
    <message>
        <source>Open for Editing</source>
        <translation>Open for Editing</translation>
    </message>
    <message>
        <source>Export Year as &amp;Workbook…</source>
        <translation>Export Year as &amp;Workbook…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added, %1 updated.</source>
        <translation>
            <numerusform>%n row added, %1 updated.</numerusform>
            <numerusform>%n rows added, %1 updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Edit → Undo takes the whole import back.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV with field keys, for scripts (*.csv)</source>
        <translation>CSV with field keys, for scripts (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Year as Workbook</source>
        <translation>Export Year as Workbook</translation>
    </message>
    <message>
        <source>HSE %1.xlsx</source>
        <translation>HSE %1.xlsx</translation>
    </message>
    <message>
        <source>Export Re&amp;port as Word…</source>
        <translation>Export Re&amp;port as Word…</translation>
    </message>
    <message>
        <source>&amp;Faculty Overview…</source>
        <translation>&amp;Faculty Overview…</translation>
    </message>
    <message>
        <source>&amp;Find in Year…</source>
        <translation>&amp;Find in Year…</translation>
    </message>
</context>
<context>
    <name>ik::ui::MatrixLevelGrid</name>
    <message>
        <source>Change acceptance level</source>
        <translation>Change acceptance level</translation>
    </message>
    <message>
        <source>Acceptance levels</source>
        <translation>Acceptance levels</translation>
    </message>
    <message>
        <source>Click a cell, or move to it with the arrow keys and press Space, to change its acceptance level</source>
        <translation>Click a cell, or move to it with the arrow keys and press Space, to change its acceptance level</translation>
    </message>
</context>
<context>
    <name>ik::ui::MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Merge changes from %1</source>
        <translation>Merge changes from %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Changed differently in both copies – choose which to keep:</source>
        <translation>Changed differently in both copies – choose which to keep:</translation>
    </message>
    <message>
        <source>That is the open file itself.</source>
        <translation>That is the open file itself.</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: %2</source>
        <translation>“%1” cannot be merged: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>%n new record</numerusform>
            <numerusform>%n new records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed field(s)</source>
        <translation>
            <numerusform>%n changed field</numerusform>
            <numerusform>%n changed fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <source>The copy holds nothing that this file lacks.</source>
        <translation>The copy holds nothing that this file lacks.</translation>
    </message>
    <message>
        <source>A merge cannot be undone. Before merging, a copy of this file is saved beside it.</source>
        <translation>A merge cannot be undone. Before merging, a copy of this file is saved beside it.</translation>
    </message>
    <message>
        <source>%1 (before merge %2).db</source>
        <translation>%1 (before merge %2).db</translation>
    </message>
    <message>
        <source>Nothing was merged: the backup copy could not be saved: %1</source>
        <translation>Nothing was merged: the backup copy could not be saved: %1</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nothing was merged: %1</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed, %3 deleted; conflicts: %4 took theirs, %5 kept mine, %6 left out. This cannot be undone; the file as it was is saved as
%7</source>
        <translation>Merged: %1 added, %2 changed, %3 deleted; conflicts: %4 took theirs, %5 kept mine, %6 left out. This cannot be undone; the file as it was is saved as
%7</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>From “%1”: %2.</source>
        <translation>From “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>ik::ui::NewUnitDialog</name>
    <message>
        <source>New unit file</source>
        <translation>New unit file</translation>
    </message>
    <message>
        <source>e.g. Department of Chemistry</source>
        <translation>e.g. Department of Chemistry</translation>
    </message>
    <message>
        <source>&amp;Unit name:</source>
        <translation>&amp;Unit name:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>First review &amp;year:</source>
        <translation>First review &amp;year:</translation>
    </message>
    <message>
        <source>Checklist &amp;template:</source>
        <translation>Checklist &amp;template:</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
</context>
<context>
    <name>ik::ui::NewYearDialog</name>
    <message>
        <source>Start review year %1</source>
        <translation>Start review year %1</translation>
    </message>
    <message>
        <source>All goals of %1 are evaluated. Starting %2 adds its checklist, carries unfinished actions, roles, delegated tasks and indicators over, and locks %1.</source>
        <translation>All goals of %1 are evaluated. Starting %2 adds its checklist, carries unfinished actions, roles, delegated tasks and indicators over, and locks %1.</translation>
    </message>
    <message>
        <source>Before %2 starts, evaluate the goals of %1 (IG-6): was each reached? Starting %2 then adds its checklist, carries unfinished actions, roles, delegated tasks and indicators over, and locks %1.</source>
        <translation>Before %2 starts, evaluate the goals of %1 (IG-6): was each reached? Starting %2 then adds its checklist, carries unfinished actions, roles, delegated tasks and indicators over, and locks %1.</translation>
    </message>
    <message>
        <source>Goal of %1</source>
        <translation>Goal of %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>What was achieved, and why</source>
        <translation>What was achieved, and why</translation>
    </message>
    <message>
        <source>Starting a year cannot be undone.</source>
        <translation>Starting a year cannot be undone.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Start %1</translation>
    </message>
    <message>
        <source>Choose a result for “%1”.</source>
        <translation>Choose a result for “%1”.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Review year %1 started: %2 checklist items, %3 unfinished actions carried over, %4 roles and delegated tasks, %5 indicators. %6 is now locked.</source>
        <translation>Review year %1 started: %2 checklist items, %3 unfinished actions carried over, %4 roles and delegated tasks, %5 indicators. %6 is now locked.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ik::ui::OverviewPage</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>The year %1 at a glance</source>
        <translation>The year %1 at a glance</translation>
    </message>
    <message>
        <source>Progress per phase (checklist)</source>
        <translation>Progress per phase (checklist)</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v of %m done</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <source>no checklist items</source>
        <translation>no checklist items</translation>
    </message>
    <message>
        <source>Open deviations: %1</source>
        <translation>Open deviations: %1</translation>
    </message>
    <message>
        <source>Actions done: %1 of %2</source>
        <translation>Actions done: %1 of %2</translation>
    </message>
    <message>
        <source>Overdue actions: %1</source>
        <translation>Overdue actions: %1</translation>
    </message>
    <message>
        <source>Risks above the acceptable level: %1 of %2</source>
        <translation>Risks above the acceptable level: %1 of %2</translation>
    </message>
    <message>
        <source> (tertial %1)</source>
        <translation> (tertial %1)</translation>
    </message>
    <message>
        <source>Review acceptance: %1</source>
        <translation>Review acceptance: %1</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to it</source>
        <translation>Double-click or press Enter to go to it</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Not started yet</translation>
    </message>
    <message>
        <source>Move Their Deadlines into the Rest of the Year</source>
        <translation>Move Their Deadlines into the Rest of the Year</translation>
    </message>
    <message>
        <source>Not started yet (due before this file was made)</source>
        <translation>Not started yet (due before this file was made)</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist item(s) had passed their deadline before this file was made, so they are listed as not started yet rather than overdue. Their deadlines can be spread over the rest of the year, in the template&apos;s order.</source>
        <translation>
            <numerusform>%n checklist item had passed its deadline before this file was made, so it is listed as not started yet rather than overdue. Its deadline can be moved into the rest of the year.</numerusform>
            <numerusform>%n checklist items had passed their deadline before this file was made, so they are listed as not started yet rather than overdue. Their deadlines can be spread over the rest of the year, in the template&apos;s order.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file or the year cannot be changed.</source>
        <translation>The file or the year cannot be changed.</translation>
    </message>
    <message>
        <source>Less than a week of the year is left.</source>
        <translation>Less than a week of the year is left.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n deadline(s)</source>
        <translation>
            <numerusform>Move %n deadline</numerusform>
            <numerusform>Move %n deadlines</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines not moved</source>
        <translation>Deadlines not moved</translation>
    </message>
</context>
<context>
    <name>ik::ui::PageExtras</name>
    <message>
        <source>Comment…</source>
        <translation>Comment…</translation>
    </message>
</context>
<context>
    <name>ik::ui::Phase</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Initiate</source>
        <translation>Initiate</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Plan and prioritise measures</source>
        <translation>Plan and prioritise measures</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>The review year at a glance: how far each phase has come, what is overdue, and what falls due in the next 30 days.</source>
        <translation>The review year at a glance: how far each phase has come, what is overdue, and what falls due in the next 30 days.</translation>
    </message>
    <message>
        <source>The line manager starts the year&apos;s HSE work together with the HSE coordinator, the safety representative and the employees. Make known who holds which HSE role and which tasks are delegated, check whether last year&apos;s goals were reached, and set this year&apos;s goals, linked to NTNU&apos;s HSE policy and focus areas.</source>
        <translation>The line manager starts the year&apos;s HSE work together with the HSE coordinator, the safety representative and the employees. Make known who holds which HSE role and which tasks are delegated, check whether last year&apos;s goals were reached, and set this year&apos;s goals, linked to NTNU&apos;s HSE policy and focus areas.</translation>
    </message>
    <message>
        <source>Keep the legal register up to date and map the HSE challenges with NTNU&apos;s four tools: appraisal talks, the work-environment survey, risk assessment and the overview of deviations. Check that leaders, HSE coordinators and safety representatives have the training their roles require, and document the results.</source>
        <translation>Keep the legal register up to date and map the HSE challenges with NTNU&apos;s four tools: appraisal talks, the work-environment survey, risk assessment and the overview of deviations. Check that leaders, HSE coordinators and safety representatives have the training their roles require, and document the results.</translation>
    </message>
    <message>
        <source>Turn what the mapping found into an action plan: what is to be done, its priority and cost, who is responsible and by when. Keep local routines and coordination agreements with other employers, and file them in the archive.</source>
        <translation>Turn what the mapping found into an action plan: what is to be done, its priority and cost, who is responsible and by when. Keep local routines and coordination agreements with other employers, and file them in the archive.</translation>
    </message>
    <message>
        <source>Hold at least one HSE inspection round a year and turn findings into actions. Follow the deviations each tertial and the unit&apos;s indicators, and review whether the HSE system complies, supports the focus areas, improves and is in use.</source>
        <translation>Hold at least one HSE inspection round a year and turn findings into actions. Follow the deviations each tertial and the unit&apos;s indicators, and review whether the HSE system complies, supports the focus areas, improves and is in use.</translation>
    </message>
    <message>
        <source>Write the HSE annual report: status against the goals, focus areas, the systematic HSE work, the occupational health service&apos;s work and external inspections, and whether the HSE system needs to change. Note who contributed.</source>
        <translation>Write the HSE annual report: status against the goals, focus areas, the systematic HSE work, the occupational health service&apos;s work and external inspections, and whether the HSE system needs to change. Note who contributed.</translation>
    </message>
</context>
<context>
    <name>ik::ui::PhasePage</name>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>ik::ui::PhasePages</name>
    <message>
        <source>Unit and people</source>
        <translation>Unit and people</translation>
    </message>
    <message>
        <source>HSE roles and HSE group</source>
        <translation>HSE roles and HSE group</translation>
    </message>
    <message>
        <source>Last year&apos;s goals (%1)</source>
        <translation>Last year&apos;s goals (%1)</translation>
    </message>
    <message>
        <source>Import deviations</source>
        <translation>Import deviations</translation>
    </message>
    <message numerus="yes">
        <source>%n deviation(s) imported.</source>
        <translation>
            <numerusform>%n deviation imported.</numerusform>
            <numerusform>%n deviations imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the file, skipped.</source>
        <translation>
            <numerusform>%n already in the file, skipped.</numerusform>
            <numerusform>%n already in the file, skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from spreadsheet…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <source>Competence gaps per role</source>
        <translation>Competence gaps per role</translation>
    </message>
    <message>
        <source>Training and competence</source>
        <translation>Training and competence</translation>
    </message>
    <message>
        <source>Appraisal talks and survey</source>
        <translation>Appraisal talks and survey</translation>
    </message>
    <message>
        <source>Make an action</source>
        <translation>Make an action</translation>
    </message>
    <message>
        <source>Adds the selected finding to the action plan</source>
        <translation>Adds the selected finding to the action plan</translation>
    </message>
    <message>
        <source>Deviations per tertial</source>
        <translation>Deviations per tertial</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>The finding no longer exists.</source>
        <translation>The finding no longer exists.</translation>
    </message>
    <message>
        <source>This finding already has an action.</source>
        <translation>This finding already has an action.</translation>
    </message>
    <message>
        <source>Make an action from a finding</source>
        <translation>Make an action from a finding</translation>
    </message>
    <message>
        <source>Add the missing criteria</source>
        <translation>Add the missing criteria</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
    <message>
        <source>Probability %1 × consequence %2 (%3)</source>
        <translation>Probability %1 × consequence %2 (%3)</translation>
    </message>
    <message>
        <source>Risk before</source>
        <translation>Risk before</translation>
    </message>
    <message>
        <source>Risk after</source>
        <translation>Risk after</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Year over year</translation>
    </message>
    <message>
        <source>Adds the selected order to the action plan</source>
        <translation>Adds the selected order to the action plan</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>This order already has an action.</source>
        <translation>This order already has an action.</translation>
    </message>
    <message>
        <source>Make an action from an order</source>
        <translation>Make an action from an order</translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::RecordForm</name>
    <message>
        <source>Select a row to see all its fields here.</source>
        <translation>Select a row to see all its fields here.</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>Go to the linked %1</source>
        <translation>Go to the linked %1</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>(resolved)</source>
        <translation>(resolved)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>ik::ui::RecordModel</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>No %1 is named “%2”. Add it under %3 first, then choose it here.</source>
        <translation>No %1 is named “%2”. Add it under %3 first, then choose it here.</translation>
    </message>
    <message>
        <source>No %1 is named “%2”. Choose Create “%2” in the list to add it.</source>
        <translation>No %1 is named “%2”. Choose Create “%2” in the list to add it.</translation>
    </message>
    <message>
        <source>Create %1 “%2”</source>
        <translation>Create %1 “%2”</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReferencePicker</name>
    <message>
        <source>Create “%1”</source>
        <translation>Create “%1”</translation>
    </message>
    <message>
        <source>No %1 is named “%2”</source>
        <translation>No %1 is named “%2”</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReportActions</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Report language:</source>
        <translation>Report language:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Report language</translation>
    </message>
    <message>
        <source>HSE annual report %1</source>
        <translation>HSE annual report %1</translation>
    </message>
    <message>
        <source>HSE annual report %1 – preview</source>
        <translation>HSE annual report %1 – preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation>Writing the annual report…</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Export the annual report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>The annual report was written to
%1

Open it now?</source>
        <translation>The annual report was written to
%1

Open it now?</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <source>Write the annual report as a Word document (DOCX), to finish it in Word or LibreOffice</source>
        <translation>Write the annual report as a Word document (DOCX), to finish it in Word or LibreOffice</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>HSE annual report %1 %2</source>
        <translation>HSE annual report %1 %2</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReportSectionFigures</name>
    <message>
        <source>Goals: %1 – reached %2, partly %3, not reached %4, not evaluated %5.</source>
        <translation>Goals: %1 – reached %2, partly %3, not reached %4, not evaluated %5.</translation>
    </message>
    <message>
        <source>Focus areas: %1.</source>
        <translation>Focus areas: %1.</translation>
    </message>
    <message>
        <source>Actions: %1, of them done %2, overdue %3. Deviations reported: %4, still open %5. Risks: %6, unacceptable after measures %7. Inspection rounds held: %8 of %9.</source>
        <translation>Actions: %1, of them done %2, overdue %3. Deviations reported: %4, still open %5. Risks: %6, unacceptable after measures %7. Inspection rounds held: %8 of %9.</translation>
    </message>
    <message>
        <source>Assignments of the occupational health service: %1.</source>
        <translation>Assignments of the occupational health service: %1.</translation>
    </message>
    <message>
        <source>Supervisions by authorities or external parties: %1.</source>
        <translation>Supervisions by authorities or external parties: %1.</translation>
    </message>
    <message>
        <source>Annual system review: %1 of %2 criteria assessed.</source>
        <translation>Annual system review: %1 of %2 criteria assessed.</translation>
    </message>
</context>
<context>
    <name>ik::ui::ReportTextsEditor</name>
    <message>
        <source>Guidance: %1</source>
        <translation>Guidance: %1</translation>
    </message>
    <message>
        <source>Change report text %1</source>
        <translation>Change report text %1</translation>
    </message>
</context>
<context>
    <name>ik::ui::RequirementsDialog</name>
    <message>
        <source>Requirements behind “%1”</source>
        <translation>Requirements behind “%1”</translation>
    </message>
    <message>
        <source>The guideline&apos;s requirements that this page&apos;s checklist covers (NTNU&apos;s guideline for the annual HSE review and Internkontrollforskriften § 5):</source>
        <translation>The guideline&apos;s requirements that this page&apos;s checklist covers (NTNU&apos;s guideline for the annual HSE review and Internkontrollforskriften § 5):</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>(not described)</source>
        <translation>(not described)</translation>
    </message>
</context>
<context>
    <name>ik::ui::RiskMatrixAccessible</name>
    <message>
        <source>Consequence %1</source>
        <translation>Consequence %1</translation>
    </message>
    <message>
        <source>Probability %1</source>
        <translation>Probability %1</translation>
    </message>
    <message>
        <source>Probability %1, consequence %2: %3</source>
        <translation>Probability %1, consequence %2: %3</translation>
    </message>
</context>
<context>
    <name>ik::ui::RiskMatrixEditor</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Drag a risk to another cell, or select it and move it with the arrow keys. Page Up and Page Down select the previous or next risk. Click a cell to list only its risks; Escape shows all again.</source>
        <translation>Drag a risk to another cell, or select it and move it with the arrow keys. Page Up and Page Down select the previous or next risk. Click a cell to list only its risks; Escape shows all again.</translation>
    </message>
    <message>
        <source>Risk %1: %2
%3: probability %4 × consequence %5 = %6 (%7)</source>
        <translation>Risk %1: %2
%3: probability %4 × consequence %5 = %6 (%7)</translation>
    </message>
    <message>
        <source>After measures</source>
        <translation>After measures</translation>
    </message>
    <message>
        <source>Before measures</source>
        <translation>Before measures</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>The risk no longer exists.</translation>
    </message>
    <message>
        <source>Move risk %1 to %2 × %3</source>
        <translation>Move risk %1 to %2 × %3</translation>
    </message>
    <message>
        <source>Risk %1: %2 – %3: probability %4, consequence %5, %6</source>
        <translation>Risk %1: %2 – %3: probability %4, consequence %5, %6</translation>
    </message>
</context>
<context>
    <name>ik::ui::RiskMatrixSettingsDialog</name>
    <message>
        <source>Risk matrix settings</source>
        <translation>Risk matrix settings</translation>
    </message>
    <message>
        <source>Probability steps:</source>
        <translation>Probability steps:</translation>
    </message>
    <message>
        <source>Consequence steps:</source>
        <translation>Consequence steps:</translation>
    </message>
    <message>
        <source>Change size…</source>
        <translation>Change size…</translation>
    </message>
    <message>
        <source>Click a cell to change its acceptance level:</source>
        <translation>Click a cell to change its acceptance level:</translation>
    </message>
    <message>
        <source>Size and levels</source>
        <translation>Size and levels</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Step labels</source>
        <translation>Step labels</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Remove category</source>
        <translation>Remove category</translation>
    </message>
    <message>
        <source>Consequence categories</source>
        <translation>Consequence categories</translation>
    </message>
    <message>
        <source>Change the matrix size</source>
        <translation>Change the matrix size</translation>
    </message>
    <message>
        <source>Every risk&apos;s probability and consequence is moved to the nearest step of the new size. This cannot be undone. Change the size?</source>
        <translation>Every risk&apos;s probability and consequence is moved to the nearest step of the new size. This cannot be undone. Change the size?</translation>
    </message>
    <message numerus="yes">
        <source>The matrix is now %1 × %2; %n risk(s) moved to new steps.</source>
        <translation>
            <numerusform>The matrix is now %1 × %2; %n risk moved to new steps.</numerusform>
            <numerusform>The matrix is now %1 × %2; %n risks moved to new steps.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation>Select a category first.</translation>
    </message>
    <message>
        <source>The matrix needs at least one consequence category.</source>
        <translation>The matrix needs at least one consequence category.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk consequence(s) are scored in this category. Remove the category and those scores?</source>
        <translation>
            <numerusform>%n risk consequence is scored in this category. Remove the category and that score?</numerusform>
            <numerusform>%n risk consequences are scored in this category. Remove the category and those scores?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove consequence category</source>
        <translation>Remove consequence category</translation>
    </message>
    <message>
        <source>Add consequence category</source>
        <translation>Add consequence category</translation>
    </message>
</context>
<context>
    <name>ik::ui::RiskView</name>
    <message>
        <source>Import risk register…</source>
        <translation>Import risk register…</translation>
    </message>
    <message>
        <source>Adds the risks of a CSV file (see docs/import.md): all rows or none</source>
        <translation>Adds the risks of a CSV file (see docs/import.md): all rows or none</translation>
    </message>
    <message>
        <source>Import risk register</source>
        <translation>Import risk register</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) imported.</source>
        <translation>
            <numerusform>%n risk imported.</numerusform>
            <numerusform>%n risks imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Before measures</source>
        <translation>Before measures</translation>
    </message>
    <message>
        <source>After measures</source>
        <translation>After measures</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Matrix settings…</source>
        <translation>Matrix settings…</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Assessment:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Create action</source>
        <translation>Create action</translation>
    </message>
    <message>
        <source>Adds the selected risk&apos;s proposed measures to the action plan</source>
        <translation>Adds the selected risk&apos;s proposed measures to the action plan</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Actions for the selected risk</source>
        <translation>Actions for the selected risk</translation>
    </message>
    <message>
        <source>Select a risk first.</source>
        <translation>Select a risk first.</translation>
    </message>
    <message>
        <source>All assessments %1</source>
        <translation>All assessments %1</translation>
    </message>
    <message>
        <source>%1. %2 (before %3, after %4)</source>
        <translation>%1. %2 (before %3, after %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s) need a recorded acceptance (who, when, why, review date).</source>
        <translation>
            <numerusform>%n risk needs a recorded acceptance (who, when, why, review date).</numerusform>
            <numerusform>%n risks need a recorded acceptance (who, when, why, review date).</numerusform>
        </translation>
    </message>
    <message>
        <source>The risk no longer exists.</source>
        <translation>The risk no longer exists.</translation>
    </message>
    <message>
        <source>Measures against: %1</source>
        <translation>Measures against: %1</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::SharingActions</name>
    <message>
        <source>Change Log</source>
        <translation>Change Log</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>&amp;Merge Changes From…</source>
        <translation>&amp;Merge Changes From…</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Export &amp;Calendar…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Sign Off…</translation>
    </message>
    <message>
        <source>Change &amp;Log</source>
        <translation>Change &amp;Log</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Comments</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>Your &amp;Name…</translation>
    </message>
    <message>
        <source>&amp;Unlock Year</source>
        <translation>&amp;Unlock Year</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due in the next 30 days – see the Overview.</source>
        <translation>%1: %2 overdue, %3 due in the next 30 days – see the Overview.</translation>
    </message>
    <message>
        <source>Merge changes from a copy</source>
        <translation>Merge changes from a copy</translation>
    </message>
    <message>
        <source>Unit files (*.db *.ikdb);;All files (*)</source>
        <translation>Unit files (*.db *.ikdb);;All files (*)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Export deadlines as a calendar</source>
        <translation>Export deadlines as a calendar</translation>
    </message>
    <message>
        <source>HSE deadlines %1 %2.ics</source>
        <translation>HSE deadlines %1 %2.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <source>The deadlines of %1 were written to %2.</source>
        <translation>The deadlines of %1 were written to %2.</translation>
    </message>
    <message>
        <source>Start review year</source>
        <translation>Start review year</translation>
    </message>
    <message>
        <source>Unlock Year</source>
        <translation>Unlock Year</translation>
    </message>
    <message>
        <source>Your changes are recorded without a name.</source>
        <translation>Your changes are recorded without a name.</translation>
    </message>
    <message>
        <source>Your changes are recorded as “%1”.</source>
        <translation>Your changes are recorded as “%1”.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>The change log records who made each change. Your name:</source>
        <translation>The change log records who made each change. Your name:</translation>
    </message>
    <message>
        <source>%1: %2 overdue, %3 due in the next 30 days, %4 not started yet that were due before this file was made – see the Overview.</source>
        <translation>%1: %2 overdue, %3 due in the next 30 days, %4 not started yet that were due before this file was made – see the Overview.</translation>
    </message>
</context>
<context>
    <name>ik::ui::SignOffBanner</name>
    <message>
        <source>Sign Off…</source>
        <translation>Sign Off…</translation>
    </message>
    <message>
        <source>%1 is not signed off.</source>
        <translation>%1 is not signed off.</translation>
    </message>
    <message>
        <source>%1 signed off by %2 (%3) on %4.</source>
        <translation>%1 signed off by %2 (%3) on %4.</translation>
    </message>
    <message numerus="yes">
        <source>Changed since sign-off: %n change(s).</source>
        <translation>
            <numerusform>Changed since sign-off: %n change.</numerusform>
            <numerusform>Changed since sign-off: %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show Changes…</source>
        <translation>Show Changes…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Changes since the sign-off</source>
        <translation>Changes since the sign-off</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Signed by %1 on %2.</translation>
    </message>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Withdraw sign-off</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ik::ui::SignOffDialog</name>
    <message>
        <source>Sign off %1</source>
        <translation>Sign off %1</translation>
    </message>
    <message>
        <source>Withdraw sign-off</source>
        <translation>Withdraw sign-off</translation>
    </message>
    <message>
        <source>Signing records who approved the review year, and a fingerprint of what it held. Later changes show as “changed since sign-off”.</source>
        <translation>Signing records who approved the review year, and a fingerprint of what it held. Later changes show as “changed since sign-off”.</translation>
    </message>
    <message>
        <source>e.g. Head of department</source>
        <translation>e.g. Head of department</translation>
    </message>
    <message>
        <source>&amp;Sign off:</source>
        <translation>&amp;Sign off:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Sign Off</translation>
    </message>
    <message>
        <source>Give your name and role.</source>
        <translation>Give your name and role.</translation>
    </message>
    <message>
        <source>Sign off an unfinished review?</source>
        <translation>Sign off an unfinished review?</translation>
    </message>
    <message>
        <source>The review of %1 is not finished:</source>
        <translation>The review of %1 is not finished:</translation>
    </message>
    <message>
        <source>Sign it off all the same?</source>
        <translation>Sign it off all the same?</translation>
    </message>
</context>
<context>
    <name>ik::ui::StartWidget</name>
    <message>
        <source>Internkontroll – the annual HSE review</source>
        <translation>Internkontroll – the annual HSE review</translation>
    </message>
    <message>
        <source>Work through the year&apos;s HSE review phase by phase: initiate, map, plan and prioritise measures, follow up, and report. One file holds your unit&apos;s whole HSE record.</source>
        <translation>Work through the year&apos;s HSE review phase by phase: initiate, map, plan and prioritise measures, follow up, and report. One file holds your unit&apos;s whole HSE record.</translation>
    </message>
    <message>
        <source>&amp;New unit file…</source>
        <translation>&amp;New unit file…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a &amp;demo unit</source>
        <translation>Open a &amp;demo unit</translation>
    </message>
    <message>
        <source>&amp;Recent files:</source>
        <translation>&amp;Recent files:</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <source>No recent files yet. Create a unit file, open one, or try the demo unit.</source>
        <translation>No recent files yet. Create a unit file, open one, or try the demo unit.</translation>
    </message>
</context>
<context>
    <name>ik::ui::TableClipboard</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Review year %1 is closed and locked. Unlock it (Year menu) to change it.</source>
        <translation>Review year %1 is closed and locked. Unlock it (Year menu) to change it.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Nothing was pasted: choose the record the new rows belong to first.</source>
        <translation>Nothing was pasted: choose the record the new rows belong to first.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::TableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected %1</source>
        <translation>Delete the selected %1</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>Show only %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tertial:</source>
        <translation>Tertial:</translation>
    </message>
    <message>
        <source>Show only one tertial</source>
        <translation>Show only one tertial</translation>
    </message>
    <message>
        <source>1st tertial (Jan–Apr)</source>
        <translation>1st tertial (Jan–Apr)</translation>
    </message>
    <message>
        <source>2nd tertial (May–Aug)</source>
        <translation>2nd tertial (May–Aug)</translation>
    </message>
    <message>
        <source>3rd tertial (Sep–Dec)</source>
        <translation>3rd tertial (Sep–Dec)</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) that belong to it will be deleted too.</source>
        <translation>
            <numerusform>%n record that belongs to it will be deleted too.</numerusform>
            <numerusform>%n records that belong to it will be deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) link to it and will lose that link.</source>
        <translation>
            <numerusform>%n other record links to it and will lose that link.</numerusform>
            <numerusform>%n other records link to it and will lose that link.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in %1</source>
        <translation>Find in %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
</context>
<context>
    <name>ik::ui::TertialSummary</name>
    <message>
        <source>Deviations per tertial</source>
        <translation>Deviations per tertial</translation>
    </message>
    <message>
        <source>1st tertial (Jan–Apr)</source>
        <translation>1st tertial (Jan–Apr)</translation>
    </message>
    <message>
        <source>2nd tertial (May–Aug)</source>
        <translation>2nd tertial (May–Aug)</translation>
    </message>
    <message>
        <source>3rd tertial (Sep–Dec)</source>
        <translation>3rd tertial (Sep–Dec)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Tertial report for the AMU and the board:</source>
        <translation>Tertial report for the AMU and the board:</translation>
    </message>
    <message>
        <source>Export Tertial Report…</source>
        <translation>Export Tertial Report…</translation>
    </message>
    <message>
        <source>The chosen tertial&apos;s deviations by category, severity and status beside the same tertial last year, and the measures they led to, as PDF or CSV</source>
        <translation>The chosen tertial&apos;s deviations by category, severity and status beside the same tertial last year, and the measures they led to, as PDF or CSV</translation>
    </message>
    <message>
        <source>Deviations %1 tertial %2 %3.pdf</source>
        <translation>Deviations %1 tertial %2 %3.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export the tertial report</source>
        <translation>Export the tertial report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export Tertial Report</source>
        <translation>Export Tertial Report</translation>
    </message>
    <message>
        <source>The tertial report was written to
%1

Open it now?</source>
        <translation>The tertial report was written to
%1

Open it now?</translation>
    </message>
    <message>
        <source>(not ended)</source>
        <translation>(not ended)</translation>
    </message>
</context>
<context>
    <name>ik::ui::UnitView</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1 of %2 checklist items done</source>
        <translation>%1 of %2 checklist items done</translation>
    </message>
    <message>
        <source>Open for Editing Anyway…</source>
        <translation>Open for Editing Anyway…</translation>
    </message>
    <message>
        <source>Read-only: opened for reading only. Open it with File → Open to change it.</source>
        <translation>Read-only: opened for reading only. Open it with File → Open to change it.</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ik::ui::YearLockBanner</name>
    <message>
        <source>The file has no review year %1.</source>
        <translation>The file has no review year %1.</translation>
    </message>
    <message>
        <source>Unlock Year</source>
        <translation>Unlock Year</translation>
    </message>
    <message>
        <source>Review year %1 is closed and locked: it can be read but not changed.</source>
        <translation>Review year %1 is closed and locked: it can be read but not changed.</translation>
    </message>
</context>
<context>
    <name>ik::ui::YearOverview</name>
    <message>
        <source>Deviations per tertial, year by year</source>
        <translation>Deviations per tertial, year by year</translation>
    </message>
    <message>
        <source>Risks by residual level, year by year</source>
        <translation>Risks by residual level, year by year</translation>
    </message>
    <message>
        <source>Key figures per year</source>
        <translation>Key figures per year</translation>
    </message>
    <message>
        <source>Every review year in this file, side by side. The annual report prints the same figures for the years up to its own.</source>
        <translation>Every review year in this file, side by side. The annual report prints the same figures for the years up to its own.</translation>
    </message>
</context>
</TS>
