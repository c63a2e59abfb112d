#include "core/report/tertialreport.h"

#include "core/exchange/csv.h"
#include "core/exchange/outputfile.h"
#include "core/report/reportrenderer.h"
#include "core/common/translations.h"
#include "core/store/labels.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace ik {

namespace {

// Deviations of a tertial of a year, as the SQL condition on reported_on.
QPair<QString, QString> tertialRange(int year, int tertial)
{
    const QDate first(year, 1 + 4 * (tertial - 1), 1);
    return {first.toString(Qt::ISODate), first.addMonths(4).toString(Qt::ISODate)};
}

QList<TertialCount> countBy(const UnitFile &file, const QString &column, const QString &choiceSet,
                            int year, int tertial)
{
    QList<TertialCount> counts;
    for (const Choice &c : schema::choiceSet(choiceSet)->choices)
        counts.append({c.key, 0, 0});
    for (int offset : {0, 1}) {
        const auto [from, to] = tertialRange(year - offset, tertial);
        QSqlQuery q(file.database());
        q.prepare(QStringLiteral("SELECT %1, count(*) FROM deviation WHERE reported_on >= ? AND reported_on < ? GROUP BY %1").arg(column));
        q.addBindValue(from);
        q.addBindValue(to);
        q.exec();
        while (q.next())
            for (TertialCount &c : counts)
                if (c.key == q.value(0).toString())
                    (offset == 0 ? c.current : c.lastYear) = q.value(1).toInt();
    }
    return counts;
}

// A text of the report (context "ik::Report") in the report's language, not the UI's.
QString reportText(const char *english, const QString &language) { return translateFor(language, "ik::Report", english); }

} // namespace

TertialOverview loadTertialOverview(const UnitFile &file, int year, int tertial)
{
    TertialOverview o;
    o.year = year;
    o.tertial = tertial;
    o.byCategory = countBy(file, QStringLiteral("category"), QStringLiteral("deviation_category"), year, tertial);
    o.bySeverity = countBy(file, QStringLiteral("severity"), QStringLiteral("severity"), year, tertial);
    o.byStatus = countBy(file, QStringLiteral("status"), QStringLiteral("deviation_status"), year, tertial);
    for (const TertialCount &c : o.byCategory) {
        o.total += c.current;
        o.totalLastYear += c.lastYear;
    }
    const auto [from, to] = tertialRange(year, tertial);
    QSqlQuery q(file.database());
    q.prepare(QStringLiteral("SELECT d.case_number, d.reported_on, d.category, d.severity, d.title, d.status, "
                             "a.title, a.status FROM deviation d LEFT JOIN action a ON a.id = d.action_id "
                             "WHERE d.reported_on >= ? AND d.reported_on < ? ORDER BY d.reported_on, d.rowid"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.exec();
    while (q.next())
        o.cases.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return o;
}

report::Document buildTertialDocument(const UnitFile &file, const TertialOverview &o, const QString &lang)
{
    using namespace report;
    Document d;
    d.language = lang;
    const QString heading = reportText("Deviations, tertial %1 %2", lang).arg(o.tertial).arg(o.year);
    d.title = heading + QStringLiteral(" – ") + file.unitName();
    d.subject = reportText("Overview of HSE deviations for the working environment committee (AMU) and the board", lang);
    d.author = file.unitName();
    d.header = file.unitName() + QStringLiteral(" – ") + heading;
    d.pageFormat = reportText("Page %1 of %2", lang);
    d.blocks << Paragraph{heading, TextStyle::Title} << Paragraph{file.unitName(), TextStyle::Subtitle}
             << Paragraph{d.subject, TextStyle::Body}
             << Paragraph{reportText("%1 deviations were reported in the tertial, against %2 in the same tertial last year.", lang)
                              .arg(o.total)
                              .arg(o.totalLastYear),
                          TextStyle::Body};
    const auto countTable = [&](const char *title, const QString &choiceSet, const QList<TertialCount> &counts) {
        d.blocks << Paragraph{reportText(title, lang), TextStyle::Heading2};
        Table t;
        t.columns = {{reportText(title, lang), 3, false},
                     {QStringLiteral("T%1 %2").arg(o.tertial).arg(o.year), 1, true},
                     {QStringLiteral("T%1 %2").arg(o.tertial).arg(o.year - 1), 1, true}};
        for (const TertialCount &c : counts)
            if (c.current || c.lastYear)
                t.rows.append({{choiceLabel(choiceSet, c.key, lang), QString::number(c.current), QString::number(c.lastYear)}, {}, false});
        t.emptyText = reportText("No deviations were reported in this tertial.", lang);
        d.blocks << t;
    };
    countTable(QT_TRANSLATE_NOOP("ik::Report", "By category"), QStringLiteral("deviation_category"), o.byCategory);
    countTable(QT_TRANSLATE_NOOP("ik::Report", "By severity"), QStringLiteral("severity"), o.bySeverity);
    countTable(QT_TRANSLATE_NOOP("ik::Report", "By status"), QStringLiteral("deviation_status"), o.byStatus);
    d.blocks << Paragraph{reportText("The deviations and the measures they led to", lang), TextStyle::Heading2};
    Table cases;
    cases.columns = {{fieldLabel(QStringLiteral("deviation"), QStringLiteral("case_number"), lang), 1.2, false},
                     {fieldLabel(QStringLiteral("deviation"), QStringLiteral("reported_on"), lang), 1, false},
                     {fieldLabel(QStringLiteral("deviation"), QStringLiteral("category"), lang), 1.3, false},
                     {fieldLabel(QStringLiteral("deviation"), QStringLiteral("severity"), lang), 0.9, false},
                     {fieldLabel(QStringLiteral("deviation"), QStringLiteral("title"), lang), 2.6, false},
                     {fieldLabel(QStringLiteral("deviation"), QStringLiteral("status"), lang), 0.9, false},
                     {reportText("Measure", lang), 2.2, false}};
    for (const auto &c : o.cases) {
        QString measure = c.action;
        if (!c.action.isEmpty())
            measure += QStringLiteral(" (%1)").arg(choiceLabel(QStringLiteral("action_status"), c.actionStatus, lang));
        cases.rows.append({{c.caseNumber, c.reportedOn, choiceLabel(QStringLiteral("deviation_category"), c.category, lang),
                            choiceLabel(QStringLiteral("severity"), c.severity, lang), c.title,
                            choiceLabel(QStringLiteral("deviation_status"), c.status, lang), measure},
                           {}, !schema::choiceSet(QStringLiteral("deviation_status"))->isClosed(c.status)});
    }
    cases.emptyText = reportText("No deviations were reported in this tertial.", lang);
    d.blocks << cases;
    return d;
}

QByteArray tertialCsv(const TertialOverview &o, const QString &lang)
{
    csv::Writer out;
    const auto line = [&](const QStringList &fields) { out.row(fields); };
    line({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("label"),
          QStringLiteral("T%1 %2").arg(o.tertial).arg(o.year), QStringLiteral("T%1 %2").arg(o.tertial).arg(o.year - 1)});
    const auto counts = [&](const QString &section, const QString &set, const QList<TertialCount> &list) {
        for (const TertialCount &c : list)
            line({section, c.key, choiceLabel(set, c.key, lang), QString::number(c.current), QString::number(c.lastYear)});
    };
    counts(QStringLiteral("category"), QStringLiteral("deviation_category"), o.byCategory);
    counts(QStringLiteral("severity"), QStringLiteral("severity"), o.bySeverity);
    counts(QStringLiteral("status"), QStringLiteral("deviation_status"), o.byStatus);
    line({QStringLiteral("total"), {}, {}, QString::number(o.total), QString::number(o.totalLastYear)});
    out.blankLine();
    line({QStringLiteral("case_number"), QStringLiteral("reported_on"), QStringLiteral("category"), QStringLiteral("severity"),
          QStringLiteral("title"), QStringLiteral("status"), QStringLiteral("action"), QStringLiteral("action_status")});
    for (const auto &c : o.cases)
        line({c.caseNumber, c.reportedOn, c.category, c.severity, c.title, c.status, c.action, c.actionStatus});
    return out.data();
}

bool writeTertialReport(const UnitFile &file, const TertialOverview &overview, const QString &path,
                        const QString &language, QString *error)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return writeOutputFile(file, path, tertialCsv(overview, language), error);
    if (!checkOutputPath(file, path, error))
        return false;
    const QByteArray pdf = ReportRenderer(buildTertialDocument(file, overview, language)).pdf({}, error);
    return !pdf.isEmpty() && writeOutputFile(file, path, pdf, error);
}

} // namespace ik
