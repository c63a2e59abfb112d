#include "core/review/reviewyear.h"

#include "core/review/checklisttemplate.h"
#include "core/store/schema.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace ik {

namespace {
// The last year the unit held its work-environment survey (the template's biennial duty).
std::optional<int> lastSurveyYear(const UnitFile &file)
{
    QSqlQuery q(file.database());
    q.exec(QStringLiteral("SELECT max(year) FROM survey WHERE status IN ('held', 'followed_up')"));
    if (q.next() && !q.value(0).isNull())
        return q.value(0).toInt();
    return std::nullopt;
}
} // namespace

bool startReviewYear(UnitFile &file, int year, const ChecklistTemplate &checklist, QString *error,
                     const QDateTime &madeAt)
{
    const QList<int> existing = file.years();
    if (existing.contains(year)) {
        *error = QCoreApplication::translate("ik::ReviewYear", "The file already has review year %1.")
                     .arg(year);
        return false;
    }
    UnitFile::Transaction tx(file);
    if (file.insert(QStringLiteral("review_year"),
                    {{QStringLiteral("year"), year}, {QStringLiteral("status"), QStringLiteral("open")},
                     {QStringLiteral("locked"), false}},
                    error)
            .isEmpty())
        return false;
    const bool firstYear = existing.isEmpty() || year < existing.first();
    for (const auto &due : checklist.dueIn(year, firstYear, lastSurveyYear(file))) {
        const TemplateItem &item = *due.item;
        // A new item starts as every new row does (TableDef::newRow: not started).
        Record row = schema::table(QStringLiteral("checklist_item"))->newRow();
        row.insert(Record{{QStringLiteral("year"), year},
                         {QStringLiteral("template_key"), item.key},
                         {QStringLiteral("occurrence"), due.occurrence},
                         {QStringLiteral("phase"), item.phase},
                         {QStringLiteral("title_nb"), item.titleNb},
                         {QStringLiteral("title_en"), item.titleEn},
                         {QStringLiteral("guidance_nb"), item.guidanceNb},
                         {QStringLiteral("guidance_en"), item.guidanceEn},
                         {QStringLiteral("requirements"), item.requirements.join(QLatin1Char(','))},
                         {QStringLiteral("recurrence"), item.recurrence},
                         {QStringLiteral("responsible_role"), item.role},
                         {QStringLiteral("due_date"), due.due}});
        if (file.insert(QStringLiteral("checklist_item"), row, error, madeAt).isEmpty())
            return false;
    }
    return tx.commit(error);
}

} // namespace ik
