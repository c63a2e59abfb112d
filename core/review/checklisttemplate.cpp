#include "core/review/checklisttemplate.h"

#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ik {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ik::ChecklistTemplate", text); }

bool bilingual(const QJsonValue &value, QString *nb, QString *en)
{
    const QJsonObject o = value.toObject();
    *nb = o.value(QLatin1String("nb")).toString().trimmed();
    *en = o.value(QLatin1String("en")).toString().trimmed();
    return !nb->isEmpty() && !en->isEmpty();
}
} // namespace

std::optional<ChecklistTemplate> ChecklistTemplate::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = tr("The template is not valid JSON: %1 (at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    ChecklistTemplate t;
    t.m_id = root.value(QLatin1String("id")).toString();
    t.m_version = root.value(QLatin1String("version")).toInt();
    if (t.m_id.isEmpty() || t.m_version < 1 || !bilingual(root.value(QLatin1String("name")), &t.m_nameNb, &t.m_nameEn)) {
        *error = tr("The template needs an id, a version of 1 or more, and a name in both languages.");
        return std::nullopt;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9._-]+$"));
    static const QRegularExpression idPattern(QStringLiteral("^(IG|KA|PL|FO|RA|IK)-\\d+$"));
    static const QRegularExpression duePattern(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const ChoiceSet *recurrences = schema::choiceSet(QStringLiteral("recurrence"));
    const ChoiceSet *roles = schema::choiceSet(QStringLiteral("role"));
    QSet<QString> keys;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        TemplateItem item;
        item.key = o.value(QLatin1String("key")).toString();
        const auto fail = [&](const QString &what) {
            *error = tr("Template item %1 (“%2”): %3").arg(i + 1).arg(item.key, what);
            return std::nullopt;
        };
        if (!keyPattern.match(item.key).hasMatch())
            return fail(tr("the key must be lower-case letters, digits, dots, dashes or underscores"));
        if (keys.contains(item.key))
            return fail(tr("the key is used twice"));
        keys.insert(item.key);
        item.phase = o.value(QLatin1String("phase")).toString();
        if (!schema::phases().contains(item.phase))
            return fail(tr("unknown phase “%1”").arg(item.phase));
        if (!bilingual(o.value(QLatin1String("title")), &item.titleNb, &item.titleEn))
            return fail(tr("the title is missing in one of the languages"));
        if (!bilingual(o.value(QLatin1String("guidance")), &item.guidanceNb, &item.guidanceEn))
            return fail(tr("the guidance is missing in one of the languages"));
        for (const QJsonValue &r : o.value(QLatin1String("requirements")).toArray()) {
            if (!idPattern.match(r.toString()).hasMatch())
                return fail(tr("“%1” is not a requirement ID").arg(r.toString()));
            item.requirements << r.toString();
        }
        if (item.requirements.isEmpty())
            return fail(tr("it names no requirement"));
        item.recurrence = o.value(QLatin1String("recurrence")).toString();
        if (!recurrences->find(item.recurrence))
            return fail(tr("unknown recurrence “%1”").arg(item.recurrence));
        item.role = o.value(QLatin1String("role")).toString();
        if (!roles->find(item.role))
            return fail(tr("unknown role “%1”").arg(item.role));
        const QRegularExpressionMatch due = duePattern.match(o.value(QLatin1String("due")).toString());
        if (!due.hasMatch() || !QDate(2024, due.captured(1).toInt(), due.captured(2).toInt()).isValid())
            return fail(tr("the due date must be MM-DD"));
        item.dueMonth = due.captured(1).toInt();
        item.dueDay = due.captured(2).toInt();
        t.m_items << item;
    }
    if (t.m_items.isEmpty()) {
        *error = tr("The template has no items.");
        return std::nullopt;
    }
    return t;
}

QStringList ChecklistTemplate::builtInIds()
{
    QStringList ids;
    for (const QString &name : QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}))
        ids << name.chopped(5);
    return ids;
}

std::optional<ChecklistTemplate> ChecklistTemplate::builtIn(const QString &id, QString *error)
{
    QFile file(QStringLiteral(":/templates/%1.json").arg(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("There is no built-in template “%1” (there is: %2).")
                     .arg(id, builtInIds().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

QStringList ChecklistTemplate::coveredRequirements() const
{
    QStringList ids;
    for (const TemplateItem &item : m_items)
        for (const QString &r : item.requirements)
            if (!ids.contains(r))
                ids << r;
    return ids;
}

QList<ChecklistTemplate::Occurrence>
ChecklistTemplate::dueIn(int year, bool firstYear, std::optional<int> lastBiennial) const
{
    QList<Occurrence> out;
    for (const TemplateItem &item : m_items) {
        // 02-29 is a valid MM-DD (the loader checks against a leap year); in other years the
        // deadline is the last day of February rather than no date at all.
        const QDate month(year, item.dueMonth, 1);
        const QDate due = month.addDays(std::min(item.dueDay, month.daysInMonth()) - 1);
        if (item.recurrence == QLatin1String("yearly")) {
            out.append({&item, 1, due});
        } else if (item.recurrence == QLatin1String("once")) {
            if (firstYear)
                out.append({&item, 1, due});
        } else if (item.recurrence == QLatin1String("biennial")) {
            if (!lastBiennial || year - *lastBiennial >= 2)
                out.append({&item, 1, due});
        } else if (item.recurrence == QLatin1String("tertial")) {
            // The template's date falls in the first tertial; the same day ends tertials 2 and 3.
            out.append({&item, 1, due});
            out.append({&item, 2, QDate(year, 8, 31)});
            out.append({&item, 3, QDate(year, 12, 31)});
        }
    }
    return out;
}

} // namespace ik
