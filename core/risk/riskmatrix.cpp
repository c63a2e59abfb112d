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

// A risk's rows (one per consequence category) read in order, scored into one evaluation each;
// the worst category decides.
class RiskScorer
{
public:
    explicit RiskScorer(const RiskMatrix &matrix) : m_matrix(matrix) {}

    // A row of kRiskRows: year, risk id, probability before and after, category, consequence
    // before and after.
    void add(QList<RiskEvaluation> &out, const sqlite::ReadStatement &q)
    {
        const QString id = q.value(1).toString();
        auto it = m_index.constFind(id);
        if (it == m_index.constEnd()) {
            it = m_index.insert(id, out.size());
            out.append({id, {}, {}});
        }
        RiskEvaluation &e = out[*it];
        const QString category = q.value(4).toString();
        raise(e.before, q.value(2), q.value(5), category);
        raise(e.after, q.value(3), q.value(6), category);
    }

private:
    void raise(RiskScore &score, const QVariant &probability, const QVariant &consequence,
               const QString &category) const
    {
        if (probability.isNull())
            return;
        score.probability = probability.toInt();
        if (consequence.isNull())
            return;
        const int value = RiskMatrix::value(score.probability, consequence.toInt());
        const RiskMatrix::Level level = m_matrix.level(score.probability, consequence.toInt());
        if (!score.level || level > *score.level || (level == *score.level && value > score.value)) {
            score.consequence = consequence.toInt();
            score.category = category;
            score.value = value;
            score.level = level;
        }
    }

    const RiskMatrix &m_matrix;
    QHash<QString, qsizetype> m_index; // risk id → its place in its list
};

// The rows RiskScorer reads, in the report's order (assessment, then number), and each risk's
// assessment's year first.
const QString kRiskRows = QStringLiteral(
    "SELECT a.year, r.id, r.probability_before, r.probability_after, c.category, "
    "c.consequence_before, c.consequence_after FROM risk r "
    "JOIN risk_assessment a ON a.id = r.assessment_id "
    "LEFT JOIN risk_consequence c ON c.risk_id = r.id ");

} // namespace

QList<RiskEvaluation> evaluateRisks(const UnitFile &file, int year)
{
    const RiskMatrix matrix = RiskMatrix::load(file);
    // Through SQLite's C API (sqlitestatement.h): the status, the report and the export read
    // every risk of a year, or of the file, this way.
    sqlite::ReadStatement q(file.database(),
                            kRiskRows + QStringLiteral("WHERE (? = 0 OR a.year = ?) ORDER BY a.rowid, r.number, r.rowid"),
                            {year, year});
    QList<RiskEvaluation> out;
    RiskScorer scorer(matrix);
    while (q.next())
        scorer.add(out, q);
    return out;
}

QHash<int, QList<RiskEvaluation>> evaluateRisksByYear(const UnitFile &file)
{
    const RiskMatrix matrix = RiskMatrix::load(file);
    sqlite::ReadStatement q(file.database(), kRiskRows + QStringLiteral("ORDER BY a.rowid, r.number, r.rowid"));
    QHash<int, QList<RiskEvaluation>> out;
    RiskScorer scorer(matrix); // a risk belongs to one year, so one index serves them all
    while (q.next())
        scorer.add(out[q.value(0).toInt()], q);
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
