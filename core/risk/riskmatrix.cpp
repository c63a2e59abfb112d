#include "core/risk/riskmatrix.h"

#include "core/store/sqlitestatement.h"
#include "core/store/unitfile.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace ik {

namespace {
QString pick(const std::pair<QString, QString> &label, const QString &language)
{
    return language == QLatin1String("nb") ? label.first : label.second;
}
} // namespace

RiskMatrix RiskMatrix::defaultMatrix()
{
    RiskMatrix m;
    m.m_probabilityLabels = {{QStringLiteral("Svært liten"), QStringLiteral("Very unlikely")},
                             {QStringLiteral("Liten"), QStringLiteral("Unlikely")},
                             {QStringLiteral("Middels"), QStringLiteral("Possible")},
                             {QStringLiteral("Stor"), QStringLiteral("Likely")},
                             {QStringLiteral("Svært stor"), QStringLiteral("Very likely")}};
    m.m_consequenceLabels = {{QStringLiteral("Svært liten"), QStringLiteral("Insignificant")},
                             {QStringLiteral("Liten"), QStringLiteral("Minor")},
                             {QStringLiteral("Middels"), QStringLiteral("Moderate")},
                             {QStringLiteral("Alvorlig"), QStringLiteral("Serious")},
                             {QStringLiteral("Svært alvorlig"), QStringLiteral("Very serious")}};
    m.m_categories = {{QStringLiteral("health"), QStringLiteral("Helse"), QStringLiteral("Health")},
                      {QStringLiteral("material"), QStringLiteral("Materielle verdier"),
                       QStringLiteral("Material values")},
                      {QStringLiteral("environment"), QStringLiteral("Ytre miljø"),
                       QStringLiteral("External environment")},
                      {QStringLiteral("reputation"), QStringLiteral("Omdømme"),
                       QStringLiteral("Reputation")}};
    for (int p = 1; p <= 5; ++p) {
        QList<Level> row;
        for (int c = 1; c <= 5; ++c) {
            const int v = p * c;
            row << (v <= 4 ? Level::Acceptable : v < 15 ? Level::Assess : Level::Unacceptable);
        }
        m.m_levels << row;
    }
    return m;
}

RiskMatrix RiskMatrix::load(const UnitFile &file)
{
    RiskMatrix m;
    QMap<int, std::pair<QString, QString>> probability, consequence;
    for (const Record &r : file.records(QStringLiteral("matrix_axis"))) {
        auto &target = r.value(QStringLiteral("axis")).toString() == QLatin1String("probability")
                           ? probability
                           : consequence;
        target.insert(r.value(QStringLiteral("step")).toInt(),
                      {r.value(QStringLiteral("label_nb")).toString(),
                       r.value(QStringLiteral("label_en")).toString()});
    }
    if (probability.isEmpty() || consequence.isEmpty())
        return defaultMatrix();
    m.m_probabilityLabels = probability.values();
    m.m_consequenceLabels = consequence.values();
    RecordFilter byOrder;
    byOrder.orderBy = QStringLiteral("sort_order");
    for (const Record &r : file.records(QStringLiteral("matrix_category"), byOrder))
        m.m_categories.append({r.value(QStringLiteral("key")).toString(),
                               r.value(QStringLiteral("name_nb")).toString(),
                               r.value(QStringLiteral("name_en")).toString()});
    const RiskMatrix fallback = defaultMatrix();
    for (int p = 1; p <= m.probabilitySteps(); ++p)
        m.m_levels << QList<Level>(m.consequenceSteps(), Level::Assess);
    for (const Record &r : file.records(QStringLiteral("matrix_cell"))) {
        const int p = r.value(QStringLiteral("probability")).toInt();
        const int c = r.value(QStringLiteral("consequence")).toInt();
        if (!m.contains(p, c))
            continue;
        const QString level = r.value(QStringLiteral("level")).toString();
        m.m_levels[p - 1][c - 1] = level == QLatin1String("acceptable") ? Level::Acceptable
                                   : level == QLatin1String("unacceptable") ? Level::Unacceptable
                                                                            : Level::Assess;
    }
    return m;
}

QString RiskMatrix::probabilityLabel(int step, const QString &language) const
{
    return step >= 1 && step <= probabilitySteps() ? pick(m_probabilityLabels[step - 1], language)
                                                   : QString();
}

QString RiskMatrix::consequenceLabel(int step, const QString &language) const
{
    return step >= 1 && step <= consequenceSteps() ? pick(m_consequenceLabels[step - 1], language)
                                                    : QString();
}

bool RiskMatrix::contains(int probability, int consequence) const
{
    return probability >= 1 && probability <= probabilitySteps() && consequence >= 1
           && consequence <= consequenceSteps();
}

RiskMatrix::Level RiskMatrix::level(int probability, int consequence) const
{
    if (!contains(probability, consequence))
        return Level::Unacceptable; // outside the matrix: never pass as acceptable
    return m_levels[probability - 1][consequence - 1];
}

QString RiskMatrix::levelKey(Level level)
{
    switch (level) {
    case Level::Acceptable: return QStringLiteral("acceptable");
    case Level::Assess: return QStringLiteral("assess");
    case Level::Unacceptable: return QStringLiteral("unacceptable");
    }
    return {};
}

QColor RiskMatrix::levelColor(Level level)
{
    switch (level) {
    case Level::Acceptable: return QColor(0x8B, 0xC3, 0x4A);
    case Level::Assess: return QColor(0xFF, 0xD5, 0x4F);
    case Level::Unacceptable: return QColor(0xE5, 0x39, 0x35);
    }
    return {};
}

namespace {

// Every risk of the file, or of one year, scored under the file's matrix: the worst category
// decides. Read in two plain scans, the risks in the report's order (assessment, then number),
// then every consequence by rowid. Joining the consequences to the risks made SQLite build an
// automatic index on each read, four times the cost of both scans (docs/performance.md).
class RiskScorer
{
public:
    RiskScorer(const UnitFile &file, int year) : m_matrix(RiskMatrix::load(file))
    {
        sqlite::ReadStatement risks(
            file.database(),
            QStringLiteral("SELECT a.year, r.id, r.probability_before, r.probability_after FROM risk r "
                           "JOIN risk_assessment a ON a.id = r.assessment_id "
                           "WHERE (? = 0 OR a.year = ?) ORDER BY a.rowid, r.number, r.rowid"),
            {year, year});
        QByteArray buffer;
        while (risks.next()) {
            const QString id = risks.value(1).toString();
            m_index.insert(risks.utf8(1, &buffer).toByteArray(), m_scored.size());
            m_years.append(risks.value(0).toInt());
            m_scored.append({id, {}, {}});
            m_probabilities.append({risks.value(2), risks.value(3)});
        }
        for (qsizetype i = 0; i < m_matrix.categories().size(); ++i)
            m_categoryRank.insert(m_matrix.categories()[i].key, i);
        sqlite::ReadStatement consequences(
            file.database(),
            QStringLiteral("SELECT risk_id, category, consequence_before, consequence_after "
                           "FROM risk_consequence ORDER BY rowid"));
        // Ids and categories looked up by SQLite's own bytes: a QString made of each was most
        // of the scoring (docs/performance.md).
        QHash<QByteArray, QString> categoryText;
        while (consequences.next()) {
            const QByteArrayView riskId = consequences.utf8(0, &buffer);
            const auto it = m_index.constFind(QByteArray::fromRawData(riskId.data(), riskId.size()));
            if (it == m_index.cend())
                continue; // a risk of another year
            RiskEvaluation &e = m_scored[*it];
            const QByteArrayView categoryBytes = consequences.utf8(1, &buffer);
            auto known = categoryText.constFind(QByteArray::fromRawData(categoryBytes.data(), categoryBytes.size()));
            if (known == categoryText.cend()) {
                // Copied first: value() has SQLite convert the column to UTF-16, which frees
                // the bytes categoryBytes points to.
                const QByteArray key = categoryBytes.toByteArray();
                known = categoryText.insert(key, consequences.value(1).toString());
            }
            const QString &category = *known;
            raise(e.before, m_probabilities[*it].first, consequences.value(2), category);
            raise(e.after, m_probabilities[*it].second, consequences.value(3), category);
        }
        // A risk without a scored category still shows its probabilities.
        for (qsizetype i = 0; i < m_scored.size(); ++i) {
            if (!m_probabilities[i].first.isNull())
                m_scored[i].before.probability = m_probabilities[i].first.toInt();
            if (!m_probabilities[i].second.isNull())
                m_scored[i].after.probability = m_probabilities[i].second.toInt();
        }
    }

    const QList<RiskEvaluation> &scored() const { return m_scored; }
    int yearOf(qsizetype i) const { return m_years[i]; }

private:
    void raise(RiskScore &score, const QVariant &probability, const QVariant &consequence,
               const QString &category) const
    {
        if (probability.isNull() || consequence.isNull())
            return;
        const int p = probability.toInt();
        const int c = consequence.toInt();
        const int value = RiskMatrix::value(p, c);
        const RiskMatrix::Level level = m_matrix.level(p, c);
        // Of two categories equally bad, the one the matrix lists first is named: the same
        // answer whatever order the categories were scored in.
        const bool worse = !score.level || level > *score.level
                           || (level == *score.level
                               && (value > score.value
                                   || (value == score.value && rankOf(category) < rankOf(score.category))));
        if (worse) {
            score.consequence = c;
            score.category = category;
            score.value = value;
            score.level = level;
        }
    }

    qsizetype rankOf(const QString &category) const
    {
        return m_categoryRank.value(category, m_categoryRank.size()); // one not in the matrix last
    }

    const RiskMatrix m_matrix;
    QHash<QString, qsizetype> m_categoryRank;      // category key → its place in the matrix
    QList<RiskEvaluation> m_scored;
    QList<int> m_years;                            // each scored risk's year
    QList<std::pair<QVariant, QVariant>> m_probabilities; // before and after, as stored
    QHash<QByteArray, qsizetype> m_index;          // risk id, as SQLite holds it → its place in m_scored
};

} // namespace

QList<RiskEvaluation> evaluateRisks(const UnitFile &file, int year)
{
    // Through SQLite's C API (sqlitestatement.h): the status, the report and the export read
    // every risk of a year, or of the file, this way.
    return RiskScorer(file, year).scored();
}

QHash<int, QList<RiskEvaluation>> evaluateRisksByYear(const UnitFile &file)
{
    const RiskScorer scorer(file, 0);
    QHash<int, QList<RiskEvaluation>> out;
    for (qsizetype i = 0; i < scorer.scored().size(); ++i)
        out[scorer.yearOf(i)].append(scorer.scored()[i]);
    return out;
}

bool insertDefaultRiskMatrix(UnitFile &file, QString *error)
{
    const RiskMatrix m = RiskMatrix::defaultMatrix();
    UnitFile::Transaction tx(file);
    const auto axis = [&](const QString &name, int steps, auto labelOf) {
        for (int s = 1; s <= steps; ++s)
            if (file.insert(QStringLiteral("matrix_axis"),
                            {{QStringLiteral("axis"), name}, {QStringLiteral("step"), s},
                             {QStringLiteral("label_nb"), labelOf(s, QStringLiteral("nb"))},
                             {QStringLiteral("label_en"), labelOf(s, QStringLiteral("en"))}},
                            error)
                    .isEmpty())
                return false;
        return true;
    };
    if (!axis(QStringLiteral("probability"), m.probabilitySteps(),
              [&](int s, const QString &l) { return m.probabilityLabel(s, l); })
        || !axis(QStringLiteral("consequence"), m.consequenceSteps(),
                 [&](int s, const QString &l) { return m.consequenceLabel(s, l); }))
        return false;
    int order = 0;
    for (const RiskMatrix::Category &c : m.categories())
        if (file.insert(QStringLiteral("matrix_category"),
                        {{QStringLiteral("key"), c.key}, {QStringLiteral("name_nb"), c.nameNb},
                         {QStringLiteral("name_en"), c.nameEn},
                         {QStringLiteral("sort_order"), order++}},
                        error)
                .isEmpty())
            return false;
    for (int p = 1; p <= m.probabilitySteps(); ++p)
        for (int c = 1; c <= m.consequenceSteps(); ++c)
            if (file.insert(QStringLiteral("matrix_cell"),
                            {{QStringLiteral("probability"), p}, {QStringLiteral("consequence"), c},
                             {QStringLiteral("level"), RiskMatrix::levelKey(m.level(p, c))}},
                            error)
                    .isEmpty())
                return false;
    return tx.commit(error);
}

} // namespace ik
