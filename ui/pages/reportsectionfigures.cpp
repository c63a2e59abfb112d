#include "ui/pages/reportsectionfigures.h"

#include "core/review/deviationstats.h"
#include "core/review/yearcomparison.h"
#include "core/review/yearstatus.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>

namespace ik::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ik::ui::ReportSectionFigures)
};
} // namespace

QMap<QString, QString> reportSectionFigures(const UnitFile &file, int year, const QDate &today)
{
    RecordFilter ofYear;
    ofYear.year = year;
    const YearFigures figures = yearFigures(file, year);
    const ActionFigures actions = actionFigures(file.records(QStringLiteral("action"), ofYear), today);
    const DeviationFacts deviations = deviationFacts(deviationsReportedIn(file, year));
    const auto count = [&](const char *table) { return QString::number(file.count(QString::fromLatin1(table), ofYear)); };
    int assessed = 0, criteria = 0;
    for (const Record &r : file.records(QStringLiteral("system_review"), ofYear)) {
        ++criteria;
        const QString assessment = r.value(QStringLiteral("assessment")).toString();
        assessed += !assessment.isEmpty() && assessment != QLatin1String("not_assessed");
    }
    const auto n = [](int v) { return QString::number(v); };

    QMap<QString, QString> out;
    out.insert(QStringLiteral("ra3a"),
               Text::tr("Goals: %1 – reached %2, partly %3, not reached %4, not evaluated %5.")
                   .arg(n(figures.goals), n(figures.goalsReached), n(figures.goalsPartly), n(figures.goalsNotReached),
                        n(figures.goalsNotEvaluated())));
    out.insert(QStringLiteral("ra3b"), Text::tr("Focus areas: %1.").arg(count("focus_area")));
    out.insert(QStringLiteral("ra3c"),
               Text::tr("Actions: %1, of them done %2, overdue %3. Deviations reported: %4, still open %5. "
                        "Risks: %6, unacceptable after measures %7. Inspection rounds held: %8 of %9.")
                   .arg(n(actions.counted), n(actions.done), n(actions.overdue), n(deviations.reported),
                        n(deviations.open), n(figures.risks), n(figures.risksByLevel[2]), n(figures.roundsHeld),
                        n(figures.rounds)));
    out.insert(QStringLiteral("ra3d"), Text::tr("Assignments of the occupational health service: %1.")
                                           .arg(count("health_service_work")));
    out.insert(QStringLiteral("ra3e"), Text::tr("Supervisions by authorities or external parties: %1.")
                                           .arg(count("supervision")));
    out.insert(QStringLiteral("ra1"),
               Text::tr("Annual system review: %1 of %2 criteria assessed.").arg(n(assessed), n(criteria)));
    return out;
}

} // namespace ik::ui
