#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ik {

class UnitFile;

// The unit's probability × consequence matrix: its size, step labels, consequence categories and
// the acceptance level of each cell. Stored in the unit file (matrix_axis, matrix_category,
// matrix_cell); a new file gets defaultMatrix().
class RiskMatrix
{
public:
    enum class Level { Acceptable, Assess, Unacceptable };
    struct Category
    {
        QString key, nameNb, nameEn;
    };

    static RiskMatrix defaultMatrix();
    static RiskMatrix load(const UnitFile &file);

    int probabilitySteps() const { return m_probabilityLabels.size(); }
    int consequenceSteps() const { return m_consequenceLabels.size(); }
    QString probabilityLabel(int step, const QString &language) const;
    QString consequenceLabel(int step, const QString &language) const;
    const QList<Category> &categories() const { return m_categories; }

    bool contains(int probability, int consequence) const;
    Level level(int probability, int consequence) const;
    static int value(int probability, int consequence) { return probability * consequence; }

    static QString levelKey(Level level);
    static QColor levelColor(Level level);

private:
    QList<std::pair<QString, QString>> m_probabilityLabels; // nb, en per step
    QList<std::pair<QString, QString>> m_consequenceLabels;
    QList<Category> m_categories;
    QList<QList<Level>> m_levels; // [probability-1][consequence-1]
};

// A risk's scores before or after measures: the worst category decides.
struct RiskScore
{
    int probability = 0;
    int consequence = 0; // the worst category's
    QString category;    // which category that was
    int value = 0;
    std::optional<RiskMatrix::Level> level; // unset until probability and a consequence are set
};

struct RiskEvaluation
{
    QString riskId;
    RiskScore before, after;
    // The risk as it stands: after measures where that is scored, else before.
    const RiskScore &residual() const { return after.level ? after : before; }
};

// Scores every risk of the year's assessments (or every risk, with year 0) under the file's matrix.
QList<RiskEvaluation> evaluateRisks(const UnitFile &file, int year);
// The same for every year at once, by year, each year's as evaluateRisks(file, year) gives it:
// one read of the risks where a comparison of years would read them once per year.
QHash<int, QList<RiskEvaluation>> evaluateRisksByYear(const UnitFile &file);

// Writes the default matrix into a new file.
bool insertDefaultRiskMatrix(UnitFile &file, QString *error);

} // namespace ik
