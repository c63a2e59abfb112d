#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ik {

// One duty of the yearly HSE cycle, as the template describes it.
struct TemplateItem
{
    QString key;          // stable across template versions
    QString phase;        // initiate, map, plan, follow_up, report
    QString titleNb, titleEn;
    QString guidanceNb, guidanceEn;
    QStringList requirements; // IDs of the guideline's requirements (IG-1 … IK-8)
    QString recurrence;   // yearly, biennial, tertial, once
    QString role;         // default responsible role (choice set "role")
    int dueMonth = 12;
    int dueDay = 31;
};

// A checklist template: the duties of the HSE cycle and the requirements they cover.
class ChecklistTemplate
{
public:
    // Parses and validates template JSON; on any fault returns nullopt with a message.
    static std::optional<ChecklistTemplate> fromJson(const QByteArray &json, QString *error);
    // A template shipped inside the program ("ntnu").
    static std::optional<ChecklistTemplate> builtIn(const QString &id, QString *error);
    static QStringList builtInIds();

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString nameNb() const { return m_nameNb; }
    QString nameEn() const { return m_nameEn; }
    const QList<TemplateItem> &items() const { return m_items; }
    // Every requirement ID named by some item.
    QStringList coveredRequirements() const;

    // One checklist entry a review year gets from an item.
    struct Occurrence
    {
        const TemplateItem *item;
        int occurrence; // 1; tertial items 1–3
        QDate due;
    };
    // The entries due in `year`. `firstYear`: the unit's first review year (where "once" items
    // fall). `lastBiennial`: the last year the biennial duties (the survey) were done, if any.
    QList<Occurrence> dueIn(int year, bool firstYear, std::optional<int> lastBiennial) const;

private:
    QString m_id;
    int m_version = 0;
    QString m_nameNb, m_nameEn;
    QList<TemplateItem> m_items;
};

} // namespace ik
