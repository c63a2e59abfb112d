<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>ik::ChecklistTemplate</name>
    <message>
        <source>The template is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs an id, a version of 1 or more, and a name in both languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template item %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key must be lower-case letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown phase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is missing in one of the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidance is missing in one of the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a requirement ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown recurrence “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date must be MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in template “%1” (there is: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Choice</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSE coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSE group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives the HSE work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiation protection coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemical register contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire warden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First aider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTNU focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s own topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and prioritise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every second year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tertial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly complied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complied with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biological agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ergonomics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazardous condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not due this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of HSE meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection round result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire protection documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-environment survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faculty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Complies with laws and internal requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Supports NTNU&apos;s HSE focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) Contributes to continuous improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) Is in use and maintained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a) Status against the HSE goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(b) Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(c) The systematic HSE work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(d) The occupational health service&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(e) Supervision and inspections by authorities or external parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need for changes in the HSE system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSE section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief safety representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working environment committee (AMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Csv</name>
    <message>
        <source>line %1: %2 fields, but the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Field</name>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the HSE policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads or supervises others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance (bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law, regulation or requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of special importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unwanted event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review acceptance by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conducted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (NOK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared premises or activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the safety representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment to be revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (yyyy-mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::FileCheck</name>
    <message>
        <source>an extra %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a changed %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a missing %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is empty, so it holds no unit. Perhaps a copy or download was interrupted; look for the original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Internkontroll unit file (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database made by another program, not an Internkontroll unit file. It was not opened and has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Internkontroll (file format %2; this version reads up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: it is shorter than its own header says (it may have been cut off while copying). It was not opened and has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be read (%2). It was not opened and has not been changed; use a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s integrity check found %2 problem(s), the first being “%3”. It was not opened and has not been changed; use a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has been changed outside Internkontroll: it holds %2. Such a file could behave differently from what you see, so it was not opened and has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ReviewYear</name>
    <message>
        <source>The file already has review year %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Table</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSE roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSE role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated HSE tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated HSE task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-environment surveys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work-environment survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual system review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System review point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consequence category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk matrix cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::TableIo</name>
    <message>
        <source>There is no table “%1”. The tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: “%1” is not a field of %2. Its fields are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the column “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1: the required column “%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4 “%5”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one record is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 “%3” appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::UnitFile</name>
    <message>
        <source>The file is read-only. You can read it; to change it, save a copy or ask its owner to make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written to (perhaps a read-only medium), and SQLite needs it for its journal. You can read the file; save a copy elsewhere to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Internkontroll window (process %1 on %2) has this file open for writing. It is opened read-only here so that no change is lost; close it there to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was being written when a program stopped, and the unfinished change must be rolled back before it can be read. Open it where it can be written (not read-only) and the rollback happens by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged after an interrupted write (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a plausible review year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create “%1”: the name is taken or the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: someone else is writing to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date (yyyy-mm-dd), not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be yes or no, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the linked record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record must belong to a review year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no review year %1; start that year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown record type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file for the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass the file check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
