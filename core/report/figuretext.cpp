#include "core/report/figuretext.h"

#include "core/common/translations.h"
#include "core/store/labels.h"

namespace ik::report {

namespace {

QString reportText(const char *english, const QString &language) { return translateFor(language, "ik::Report", english); }

} // namespace

QString riskMatrixAltText(const QString &title, const RiskMatrix &matrix, const QList<QList<int>> &counts,
                          const QString &language)
{
    int byLevel[3] = {0, 0, 0};
    for (int p = 1; p <= counts.size(); ++p)
        for (int c = 1; c <= counts[p - 1].size(); ++c)
            if (matrix.contains(p, c))
                byLevel[int(matrix.level(p, c))] += counts[p - 1][c - 1];
    const auto level = [&](RiskMatrix::Level l) {
        return choiceLabel(QStringLiteral("risk_level"), RiskMatrix::levelKey(l), language).toLower();
    };
    using L = RiskMatrix::Level;
    return reportText("%1, risks by cell colour: red (%2) %3, yellow (%4) %5, green (%6) %7.", language)
        .arg(title, level(L::Unacceptable), QString::number(byLevel[int(L::Unacceptable)]), level(L::Assess),
             QString::number(byLevel[int(L::Assess)]), level(L::Acceptable),
             QString::number(byLevel[int(L::Acceptable)]));
}

QString barChartAltText(const QString &caption, const BarChart &chart)
{
    QStringList groups;
    for (qsizetype g = 0; g < chart.groups.size() && g < chart.values.size(); ++g) {
        const QList<QList<int>> &bars = chart.values[g];
        QStringList items;
        if (bars.size() == 1 && chart.series.size() > 1) {
            for (qsizetype s = 0; s < chart.series.size() && s < bars[0].size(); ++s)
                items << QStringLiteral("%1 %2").arg(chart.series[s].toLower(), QString::number(bars[0][s]));
        } else {
            for (qsizetype b = 0; b < bars.size() && b < chart.bars.size(); ++b) {
                int total = 0;
                for (int v : bars[b])
                    total += v;
                items << QStringLiteral("%1 %2").arg(chart.bars[b], QString::number(total));
            }
        }
        groups << QStringLiteral("%1: %2").arg(chart.groups[g], items.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1: %2.").arg(caption, groups.join(QStringLiteral("; ")));
}

} // namespace ik::report
