// The faculty overview as a document (the annual report's engine and typography), and as the
// spreadsheet and CSV of the same figures.
#include "core/rollup/facultyreport.h"

#include "core/exchange/csv.h"
#include "core/exchange/outputfile.h"
#include "core/exchange/sheetexport.h"
#include "core/report/barchart.h"
#include "core/report/reportrenderer.h"
#include "core/report/sectionnumbers.h"
#include "core/risk/riskmatrix.h"
#include "core/rollup/facultytable.h"
#include "core/rollup/facultytexts.h"
#include "core/store/labels.h"
#include "core/store/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>

namespace ik {

namespace {

using namespace report;

// The keys of a choice set in its order, then any others the counts hold (an empty category).
QStringList keysInOrder(const QString &choiceSet, const TertialCountsByCategory &counts)
{
    QStringList keys;
    for (const Choice &c : schema::choiceSet(choiceSet)->choices)
        if (counts.contains(c.key))
            keys << c.key;
    QStringList rest;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (!keys.contains(it.key()))
            rest << it.key();
    rest.sort();
    return keys + rest;
}

class FacultyBuilder
{
public:
    FacultyBuilder(const FacultyOverview &overview, const FacultyReportOptions &options)
        : o(overview), t(overview.totals), m_lang(options.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nb")),
          m_tertial(options.tertial >= 1 && options.tertial <= 3 ? options.tertial : 0), m_locale(facultyLocale(m_lang))
    {
        // The units counted, by name, as the faculty's readers look them up.
        for (const UnitSummary &u : o.units)
            if (u.counted())
                m_counted << &u;
        std::stable_sort(m_counted.begin(), m_counted.end(), [this](const UnitSummary *a, const UnitSummary *b) {
            return unitName(*a).localeAwareCompare(unitName(*b)) < 0;
        });
    }

    Document build()
    {
        const QString title = ft("Faculty HSE overview %1", m_lang).arg(o.year);
        m_doc.language = m_lang;
        m_doc.title = title;
        m_doc.subject = ft("The units' annual HSE review, rolled up for the faculty", m_lang);
        m_doc.author = QStringLiteral("Internkontroll");
        m_doc.header = m_tertial ? QStringLiteral("%1 – %2").arg(title, tertialName(m_tertial - 1)) : title;
        m_doc.pageFormat = translateFor(m_lang, "ik::Report", "Page %1 of %2");
        paragraph(ft("Faculty HSE overview", m_lang), TextStyle::Title);
        paragraph(QString::number(o.year), TextStyle::Title);
        paragraph(ft("Units counted: %1 · read on %2", m_lang).arg(t.units).arg(date(o.today)), TextStyle::Subtitle);
        paragraph(ft("Each unit's figures are counted from its own unit file, as the unit's program counts them for "
                     "its status and its annual report. The files were only read: none was changed.",
                     m_lang),
                  TextStyle::Small);
        add(Contents{translateFor(m_lang, "ik::Report", "Contents")});
        summary();
        units();
        deviations();
        signOff();
        redRisks();
        notCounted();
        return m_doc;
    }

private:
    void add(Block block) { m_doc.blocks.append(std::move(block)); }
    void paragraph(const QString &text, TextStyle style = TextStyle::Body) { add(Paragraph{text, style}); }
    void heading1(const QString &text) { add(m_numbers.heading1(text)); }
    void heading2(const QString &text) { add(m_numbers.heading2(text)); }
    QString date(const QDate &d) const
    {
        return d.toString(m_lang == QLatin1String("nb") ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
    }
    QString number(int n) const { return m_locale.toString(n); }
    QString amount(double nok) const { return QStringLiteral("%1 kr").arg(m_locale.toString(qint64(std::llround(nok)))); }
    QString share(int part, int whole) const
    {
        const int pct = facultyShare(part, whole);
        return pct < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(pct);
    }
    QString tertialName(int index) const
    {
        static const char *const names[] = {QT_TRANSLATE_NOOP("ik::Report", "Tertial 1 (Jan–Apr)"),
                                            QT_TRANSLATE_NOOP("ik::Report", "Tertial 2 (May–Aug)"),
                                            QT_TRANSLATE_NOOP("ik::Report", "Tertial 3 (Sep–Dec)")};
        return translateFor(m_lang, "ik::Report", names[index]);
    }
    // T1, T2, T3, with a star on a tertial that had not ended on the day the files were read.
    QString tertialColumn(int index) const
    {
        return QStringLiteral("T%1%2").arg(index + 1).arg(tertialFinished(o.year, index, o.today) ? QString() : QStringLiteral("*"));
    }
    bool anyTertialUnfinished() const
    {
        for (int i = 0; i < 3; ++i)
            if ((!m_tertial || m_tertial == i + 1) && !tertialFinished(o.year, i, o.today))
                return true;
        return false;
    }
    QString unitName(const UnitSummary &u) const { return facultyText(u, QStringLiteral("unit"), m_lang); }
    static TableRow keyValue(const QString &key, const QString &value, bool marked = false)
    {
        return TableRow{{key, value}, {}, marked};
    }

    void summary()
    {
        heading1(ft("Summary", m_lang));
        Table k;
        k.columns = {{ft("Key figure", m_lang), 4}, {ft("Across the units", m_lang), 6}};
        const int red = int(RiskMatrix::Level::Unacceptable);
        const YearStatus &s = t.status;
        const YearFigures &f = t.figures;
        int done = 0, total = 0;
        for (const PhaseProgress &p : s.phases) {
            done += p.done;
            total += p.total;
        }
        const int notCounted = t.refused + t.withoutYear + t.duplicates;
        k.rows << keyValue(ft("Units", m_lang),
                           notCounted ? ft("counted: %1; files not counted: %2 (see the last section)", m_lang).arg(t.units).arg(notCounted)
                                      : number(t.units),
                           notCounted > 0);
        k.rows << keyValue(ft("Sign-off of the review", m_lang),
                           ft("%1 signed off, %2 changed since signing, %3 not signed off", m_lang)
                               .arg(t.signedOff).arg(t.changedSinceSigning).arg(t.notSigned),
                           t.signedOff < t.units);
        k.rows << keyValue(ft("Checklist done", m_lang), ft("%1 of %2 items (%3)", m_lang).arg(done).arg(total).arg(share(done, total)));
        k.rows << keyValue(ft("Goals reached", m_lang),
                           ft("%1 of %2 (%3 partly)", m_lang).arg(f.goalsReached).arg(f.goals).arg(f.goalsPartly));
        k.rows << keyValue(ft("Actions done", m_lang),
                           ft("%1 of %2, %3 overdue", m_lang).arg(s.actionsDone).arg(s.actions).arg(s.overdueActions),
                           s.overdueActions > 0);
        k.rows << keyValue(ft("Cost of the actions", m_lang),
                           ft("%1 in all, %2 of it for actions done", m_lang).arg(amount(s.actionCost), amount(s.actionCostDone)));
        k.rows << keyValue(ft("Deviations reported", m_lang),
                           ft("%1 (T1: %2, T2: %3, T3: %4); %5 open in all", m_lang)
                               .arg(f.deviations).arg(f.deviationsPerTertial[0]).arg(f.deviationsPerTertial[1])
                               .arg(f.deviationsPerTertial[2]).arg(s.openDeviations));
        k.rows << keyValue(ft("Personal injuries", m_lang),
                           ft("%1, of them %2 with absence", m_lang).arg(t.deviations.injuries).arg(t.deviations.injuriesWithAbsence),
                           t.deviations.injuriesWithAbsence > 0);
        k.rows << keyValue(ft("Risks not acceptable", m_lang),
                           ft("%1 before measures, %2 after, of %3 risks", m_lang)
                               .arg(f.risksBeforeByLevel[red]).arg(f.risksByLevel[red]).arg(f.risks),
                           f.risksByLevel[red] > 0);
        k.rows << keyValue(ft("Training of the HSE roles", m_lang),
                           ft("%1 of %2 requirements met (%3)", m_lang)
                               .arg(f.competenceCovered).arg(f.competenceRequired).arg(share(f.competenceCovered, f.competenceRequired)),
                           f.competenceCovered < f.competenceRequired);
        k.rows << keyValue(ft("Inspection rounds held", m_lang), ft("%1 of %2", m_lang).arg(f.roundsHeld).arg(f.rounds));
        k.rows << keyValue(ft("System review (FO-4)", m_lang),
                           ft("%1 of %2 criteria assessed", m_lang).arg(t.criteriaAssessed).arg(t.criteria),
                           t.criteriaAssessed < t.criteria);
        k.rows << keyValue(ft("External supervision", m_lang),
                           ft("%1, open orders: %2", m_lang).arg(s.supervisions).arg(s.openOrders), s.openOrders > 0);
        add(k);

        heading2(ft("How the units are spread", m_lang));
        Table spread;
        spread.columns = {{ft("Checklist done", m_lang), 3}, {ft("Units", m_lang), 1, true}, {QString(), 0.4},
                          {ft("Red risks after measures", m_lang), 3}, {ft("Units", m_lang), 1, true}};
        const QStringList checklistBands{QStringLiteral("0–24 %"), QStringLiteral("25–49 %"), QStringLiteral("50–74 %"),
                                         QStringLiteral("75–99 %"), QStringLiteral("100 %")};
        const QStringList redBands{ft("none", m_lang), QStringLiteral("1"), QStringLiteral("2–3"), ft("4 or more", m_lang)};
        for (int i = 0; i < 5; ++i)
            spread.rows << TableRow{{checklistBands[i], number(t.checklistSpread[size_t(i)]), QString(),
                                     i < 4 ? redBands[i] : QString(), i < 4 ? number(t.redRiskSpread[size_t(i)]) : QString()},
                                    {}, false};
        add(spread);
    }

    void units()
    {
        heading1(ft("The units", m_lang));
        paragraph(ft("One line a unit file. Marked: not signed off as it stands, or risks still red after measures. "
                     "Every figure, and more, is in the spreadsheet (XLSX) of the same overview.",
                     m_lang),
                  TextStyle::Small);
        Table table;
        table.columns = {{ft("Unit", m_lang), 2.6},
                         {ft("Checklist", m_lang), 1.1, true},
                         {ft("Goals reached", m_lang), 1, true},
                         {ft("Actions done", m_lang), 1.1, true},
                         {ft("Overdue", m_lang), 1.1, true},
                         {ft("Deviations", m_lang), 1.2, true},
                         {ft("Red risks before → after", m_lang), 1.3, true},
                         {ft("Training", m_lang), 1.15, true},
                         {ft("Rounds held", m_lang), 1, true},
                         {ft("Sign-off", m_lang), 1.8}};
        const int red = int(RiskMatrix::Level::Unacceptable);
        for (const UnitSummary *unit : m_counted) {
            const UnitSummary &u = *unit;
            const YearFigures &f = u.figures;
            QString signOff = facultySignOffText(u, m_lang);
            if (u.signOff == SignOffStatus::ChangedSince)
                signOff += QStringLiteral(" (%1)").arg(u.changesSinceSigning);
            table.rows << TableRow{{unitName(u), share(u.checklistDone(), u.checklistTotal()),
                                    QStringLiteral("%1/%2").arg(f.goalsReached).arg(f.goals),
                                    QStringLiteral("%1/%2").arg(u.status.actionsDone).arg(u.status.actions),
                                    number(u.status.overdueActions),
                                    number(f.deviations),
                                    QStringLiteral("%1 → %2").arg(f.risksBeforeByLevel[red]).arg(f.risksByLevel[red]),
                                    share(f.competenceCovered, f.competenceRequired),
                                    QStringLiteral("%1/%2").arg(f.roundsHeld).arg(f.rounds), signOff},
                                   {}, facultyAttention(u)};
        }
        table.emptyText = ft("No unit file could be counted.", m_lang);
        add(table);
    }

    // Deviations per tertial, the AMU's overview (FO-2): by unit, and for the faculty by category and severity.
    void deviations()
    {
        heading1(m_tertial ? ft("Deviations in tertial %1", m_lang).arg(m_tertial) : ft("Deviations per tertial", m_lang));
        paragraph(ft("A deviation counts in the tertial of the day it was reported, as in the units' own reports.", m_lang),
                  TextStyle::Small);
        QList<int> shown; // tertials 0–2
        for (int i = 0; i < 3; ++i)
            if (!m_tertial || m_tertial == i + 1)
                shown << i;

        if (t.figures.deviations > 0) {
            BarChart chart;
            const QStringList categories = keysInOrder(QStringLiteral("deviation_category"), t.byCategory);
            for (int i : shown)
                chart.groups << tertialName(i);
            chart.bars = {QString()}; // one bar a tertial: the year is in the heading
            for (const QString &c : categories)
                chart.series << choiceLabel(QStringLiteral("deviation_category"), c, m_lang);
            QStringList described;
            for (int i : shown) {
                QList<int> stack;
                int sum = 0;
                for (const QString &c : categories) {
                    stack << t.byCategory.value(c)[size_t(i)];
                    sum += stack.last();
                }
                chart.values << QList<QList<int>>{stack};
                described << QStringLiteral("%1: %2").arg(tertialName(i)).arg(sum);
            }
            chart.valueTitle = ft("Deviations", m_lang);
            Figure fig;
            fig.height = 2000;
            fig.paint = [chart](QPainter *p, const QRectF &rect) { chart.paint(p, rect); };
            fig.altText = ft("Deviations across the units by category per tertial: %1", m_lang).arg(described.join(QStringLiteral("; ")));
            add(fig);
        }

        heading2(ft("By unit", m_lang));
        Table byUnit;
        byUnit.columns = {{ft("Unit", m_lang), 4}};
        for (int i : shown)
            byUnit.columns.append({tertialColumn(i), 1, true});
        if (!m_tertial)
            byUnit.columns.append({ft("Year", m_lang), 1, true});
        byUnit.columns.append({ft("Personal injuries", m_lang), 1.4, true});
        byUnit.columns.append({ft("Open", m_lang), 1, true});
        for (const UnitSummary *unit : m_counted) {
            const UnitSummary &u = *unit;
            TableRow row{{unitName(u)}, {}, false};
            TertialCounts sum{};
            for (const TertialCounts &c : u.byCategory)
                for (size_t i = 0; i < sum.size(); ++i)
                    sum[i] += c[i];
            for (int i : shown)
                row.cells << number(sum[size_t(i)]);
            if (!m_tertial)
                row.cells << number(sum[3]);
            row.cells << number(u.deviations.injuries) << number(u.status.openDeviations);
            byUnit.rows << row;
        }
        byUnit.emptyText = ft("No unit file could be counted.", m_lang);
        add(byUnit);

        const auto byKey = [&](const QString &title, const QString &choiceSet, const TertialCountsByCategory &counts) {
            heading2(title);
            Table table;
            table.columns = {{title, 4}};
            for (int i : shown)
                table.columns.append({tertialColumn(i), 1, true});
            if (!m_tertial)
                table.columns.append({ft("Year", m_lang), 1, true});
            table.columns.append({ft("Still open", m_lang), 1.2, true});
            for (const QString &key : keysInOrder(choiceSet, counts)) {
                const TertialCounts c = counts.value(key);
                TableRow row{{choiceLabel(choiceSet, key, m_lang)}, {}, false};
                int inShown = 0;
                for (int i : shown) {
                    row.cells << number(c[size_t(i)]);
                    inShown += c[size_t(i)];
                }
                if (!m_tertial)
                    row.cells << number(c[3]);
                row.cells << number(c[4]);
                if (inShown > 0 || !m_tertial)
                    table.rows << row;
            }
            table.emptyText = ft("No deviations were reported.", m_lang);
            add(table);
        };
        byKey(ft("By category", m_lang), QStringLiteral("deviation_category"), t.byCategory);
        byKey(ft("By severity", m_lang), QStringLiteral("severity"), t.bySeverity);
        paragraph(ft("“Still open” counts the deviations of the whole year that are not closed.", m_lang), TextStyle::Small);
        if (anyTertialUnfinished())
            paragraph(ft("* The tertial had not ended on %1: its figures are not final.", m_lang).arg(date(o.today)),
                      TextStyle::Small);
    }

    void signOff()
    {
        heading1(ft("Units not signed off as they stand", m_lang));
        paragraph(ft("The review of the year is signed off by the line manager (Review → Sign Off). A file changed "
                     "after signing is no longer signed off as it stands: its changes are counted from its change log.",
                     m_lang),
                  TextStyle::Small);
        Table table;
        table.columns = {{ft("Unit", m_lang), 3}, {ft("Sign-off", m_lang), 2}, {ft("Signed by", m_lang), 2},
                         {ft("Signed on", m_lang), 1.3}, {ft("Changes since", m_lang), 1.2, true}, {ft("Last change", m_lang), 1.6}};
        for (const UnitSummary *unit : m_counted) {
            const UnitSummary &u = *unit;
            if (u.signOff == SignOffStatus::Signed)
                continue;
            const bool changed = u.signOff == SignOffStatus::ChangedSince;
            table.rows << TableRow{{unitName(u), facultySignOffText(u, m_lang), u.signedBy,
                                    u.signedAt.isValid() ? date(u.signedAt.toLocalTime().date()) : QString(),
                                    changed ? number(u.changesSinceSigning) : QString(),
                                    facultyText(u, QStringLiteral("last_change"), m_lang)},
                                   {}, changed};
        }
        table.emptyText = ft("Every unit counted has signed off its review as it stands.", m_lang);
        add(table);
    }

    void redRisks()
    {
        heading1(ft("Risks still red after measures", m_lang));
        paragraph(ft("Risks whose level after the planned measures (or before, where no score after is set) is not "
                     "acceptable under the unit's own risk matrix.",
                     m_lang),
                  TextStyle::Small);
        Table table;
        table.columns = {{ft("Unit", m_lang), 2.6}, {ft("Risk assessment", m_lang), 2.6}, {ft("Risk", m_lang), 4},
                         {ft("Score", m_lang), 0.8, true}};
        for (const UnitSummary *unit : m_counted)
            for (const RedRisk &r : unit->redRisks)
                table.rows << TableRow{{unitName(*unit), r.assessment, QStringLiteral("%1. %2").arg(r.number).arg(r.event),
                                        number(r.score)},
                                       {}, false};
        table.emptyText = ft("No unit has a risk that is still not acceptable after measures.", m_lang);
        add(table);
    }

    void notCounted()
    {
        heading1(ft("Files not counted", m_lang));
        Table table;
        table.columns = {{ft("File", m_lang), 3}, {ft("Why", m_lang), 7}};
        for (const UnitSummary &u : o.units)
            if (!u.counted())
                table.rows << TableRow{{QDir::toNativeSeparators(u.path), facultyReadState(u, m_lang)}, {}, !u.refusal.isEmpty()};
        table.emptyText = ft("Every file was read and counted.", m_lang);
        add(table);
    }

    const FacultyOverview &o;
    const FacultyTotals &t;
    QList<const UnitSummary *> m_counted;
    QString m_lang;
    int m_tertial;
    QLocale m_locale;
    Document m_doc;
    SectionNumbers m_numbers;
};

QStringList unitPaths(const FacultyOverview &o)
{
    QStringList paths;
    for (const UnitSummary &u : o.units)
        paths << u.path;
    return paths;
}

// A sheet of deviations per tertial by unit and `choiceSet` key.
PeopleTable deviationSheet(const FacultyOverview &o, const QString &title, const QString &choiceSet,
                           bool severity, const QString &lang)
{
    PeopleTable sheet;
    sheet.title = title;
    sheet.idColumn = false;
    sheet.header = {ft("Unit", lang), title, QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"),
                    ft("Year", lang), ft("Still open", lang)};
    sheet.types = {ColumnType::Text, ColumnType::Text, ColumnType::Integer, ColumnType::Integer, ColumnType::Integer,
                   ColumnType::Integer, ColumnType::Integer};
    for (const UnitSummary &u : o.units) {
        if (!u.counted())
            continue;
        const TertialCountsByCategory &counts = severity ? u.bySeverity : u.byCategory;
        for (const QString &key : keysInOrder(choiceSet, counts)) {
            const TertialCounts c = counts.value(key);
            sheet.rows << QVariantList{facultyText(u, QStringLiteral("unit"), lang), choiceLabel(choiceSet, key, lang),
                                       double(c[0]), double(c[1]), double(c[2]), double(c[3]), double(c[4])};
        }
    }
    return sheet;
}

} // namespace

report::Document buildFacultyDocument(const FacultyOverview &overview, const FacultyReportOptions &options)
{
    return FacultyBuilder(overview, options).build();
}

QByteArray facultyXlsx(const FacultyOverview &o, const FacultyReportOptions &options, QString *error)
{
    const QString &lang = options.language;
    PeopleTable units;
    units.title = ft("Units", lang);
    units.idColumn = false;
    const QList<FacultyColumn> columns = facultyColumns(lang);
    for (const FacultyColumn &c : columns) {
        units.header << c.header;
        units.types << (c.kind == FacultyColumn::Kind::Text       ? ColumnType::Text
                        : c.kind == FacultyColumn::Kind::Money    ? ColumnType::Money
                        : c.kind == FacultyColumn::Kind::DateTime ? ColumnType::DateTime
                                                                  : ColumnType::Integer);
    }
    for (const UnitSummary &u : o.units) {
        QVariantList row;
        for (const FacultyColumn &c : columns) {
            const QVariant v = facultyValue(u, c.key, lang);
            const bool numeric = c.kind == FacultyColumn::Kind::Count || c.kind == FacultyColumn::Kind::Percent
                                 || c.kind == FacultyColumn::Kind::Money;
            // No share (nothing to share) stays empty, so that Excel's sort and averages pass it by.
            row << (numeric && !v.isNull() && !(c.kind == FacultyColumn::Kind::Percent && v.toInt() < 0) ? QVariant(v.toDouble())
                    : numeric                                                                          ? QVariant()
                                                                                                       : v);
        }
        units.rows << row;
    }
    PeopleTable red;
    red.title = ft("Red risks after measures", lang);
    red.idColumn = false;
    red.header = {ft("Unit", lang), ft("Risk assessment", lang), ft("Number", lang), ft("Risk", lang), ft("Score", lang)};
    red.types = {ColumnType::Text, ColumnType::Text, ColumnType::Integer, ColumnType::Text, ColumnType::Integer};
    for (const UnitSummary &u : o.units)
        if (u.counted())
            for (const RedRisk &r : u.redRisks)
                red.rows << QVariantList{facultyText(u, QStringLiteral("unit"), lang), r.assessment, double(r.number), r.event,
                                         double(r.score)};
    return xlsxWorkbook({units,
                         deviationSheet(o, ft("Deviations by category", lang), QStringLiteral("deviation_category"), false, lang),
                         deviationSheet(o, ft("Deviations by severity", lang), QStringLiteral("severity"), true, lang), red},
                        lang, error);
}

QByteArray facultyCsv(const FacultyOverview &o, const FacultyReportOptions &options)
{
    csv::Writer out;
    const QList<FacultyColumn> columns = facultyColumns(options.language);
    QStringList header;
    for (const FacultyColumn &c : columns)
        header << c.key;
    out.row(header);
    for (const UnitSummary &u : o.units) {
        QStringList cells;
        for (const FacultyColumn &c : columns) {
            const QVariant v = facultyValue(u, c.key, options.language);
            if (v.isNull() || (c.kind == FacultyColumn::Kind::Percent && v.toInt() < 0))
                cells << QString();
            else if (c.kind == FacultyColumn::Kind::DateTime)
                cells << v.toDateTime().toUTC().toString(Qt::ISODate);
            else if (c.kind == FacultyColumn::Kind::Money)
                cells << QString::number(v.toDouble(), 'f', 0);
            else
                cells << v.toString();
        }
        out.row(cells);
    }
    return out.data();
}

bool writeFacultyOverview(const FacultyOverview &overview, const QString &path, const FacultyReportOptions &options,
                          QString *error)
{
    const QStringList inputs = unitPaths(overview);
    if (!checkOutputPath(inputs, path, error))
        return false;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray data;
    if (suffix == QLatin1String("csv")) {
        data = facultyCsv(overview, options);
    } else if (suffix == QLatin1String("xlsx")) {
        data = facultyXlsx(overview, options, error);
    } else if (suffix == QLatin1String("pdf")) {
        data = ReportRenderer(buildFacultyDocument(overview, options)).pdf({}, error);
    } else {
        if (error)
            *error = ft("“%1”: the overview is written as .pdf, .xlsx or .csv.", options.language)
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return !data.isEmpty() && writeOutputFile(inputs, path, data, error);
}

} // namespace ik
