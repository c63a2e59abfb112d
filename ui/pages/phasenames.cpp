#include "ui/pages/phasenames.h"

#include <QCoreApplication>
#include <QStringList>

namespace ik::ui {

namespace {
QString g_language = QStringLiteral("en");
}

const QStringList &pageKeys()
{
    static const QStringList keys{QStringLiteral("overview"), QStringLiteral("initiate"),
                                  QStringLiteral("map"),      QStringLiteral("plan"),
                                  QStringLiteral("follow_up"), QStringLiteral("report")};
    return keys;
}

QString pageTitle(const QString &key)
{
    if (key == QLatin1String("overview"))
        return QCoreApplication::translate("ik::ui::Phase", "Overview");
    if (key == QLatin1String("initiate"))
        return QCoreApplication::translate("ik::ui::Phase", "Initiate");
    if (key == QLatin1String("map"))
        return QCoreApplication::translate("ik::ui::Phase", "Map");
    if (key == QLatin1String("plan"))
        return QCoreApplication::translate("ik::ui::Phase", "Plan and prioritise measures");
    if (key == QLatin1String("follow_up"))
        return QCoreApplication::translate("ik::ui::Phase", "Follow up");
    if (key == QLatin1String("report"))
        return QCoreApplication::translate("ik::ui::Phase", "Reporting");
    return key;
}

QString pageGuidance(const QString &key)
{
    if (key == QLatin1String("overview"))
        return QCoreApplication::translate(
            "ik::ui::Phase", "The review year at a glance: how far each phase has come, what is "
                             "overdue, and what falls due in the next 30 days.");
    if (key == QLatin1String("initiate"))
        return QCoreApplication::translate(
            "ik::ui::Phase",
            "The line manager starts the year's HSE work together with the HSE coordinator, the "
            "safety representative and the employees. Make known who holds which HSE role and "
            "which tasks are delegated, check whether last year's goals were reached, and set "
            "this year's goals, linked to NTNU's HSE policy and focus areas.");
    if (key == QLatin1String("map"))
        return QCoreApplication::translate(
            "ik::ui::Phase",
            "Keep the legal register up to date and map the HSE challenges with NTNU's four "
            "tools: appraisal talks, the work-environment survey, risk assessment and the "
            "overview of deviations. Check that leaders, HSE coordinators and safety "
            "representatives have the training their roles require, and document the results.");
    if (key == QLatin1String("plan"))
        return QCoreApplication::translate(
            "ik::ui::Phase",
            "Turn what the mapping found into an action plan: what is to be done, its priority "
            "and cost, who is responsible and by when. Keep local routines and coordination "
            "agreements with other employers, and file them in the archive.");
    if (key == QLatin1String("follow_up"))
        return QCoreApplication::translate(
            "ik::ui::Phase",
            "Hold at least one HSE inspection round a year and turn findings into actions. Follow "
            "the deviations each tertial and the unit's indicators, and review whether the HSE "
            "system complies, supports the focus areas, improves and is in use.");
    if (key == QLatin1String("report"))
        return QCoreApplication::translate(
            "ik::ui::Phase",
            "Write the HSE annual report: status against the goals, focus areas, the systematic "
            "HSE work, the occupational health service's work and external inspections, and "
            "whether the HSE system needs to change. Note who contributed.");
    return {};
}

QString uiLanguage() { return g_language; }
void setUiLanguage(const QString &language) { g_language = language; }

} // namespace ik::ui
