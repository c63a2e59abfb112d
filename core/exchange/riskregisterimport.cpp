#include "core/exchange/riskregisterimport.h"

#include "core/exchange/csv.h"
#include "core/risk/riskmatrix.h"
#include "core/store/schema.h"
#include "core/exchange/tableexchange.h"
#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QHash>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::RiskImport", text); }

// The risk's own columns that a register may carry (the assessment comes by title instead).
QStringList riskColumns()
{
    QStringList out;
    for (const ColumnDef &c : schema::table(QStringLiteral("risk"))->columns)
        if (c.name != QLatin1String("assessment_id"))
            out << c.name;
    return out;
}

// A row's problem with its line; a full disk is no fault of the row and comes without it.
QString lineProblem(const UnitFile &file, int line, const QString &problem)
{
    return file.lastFailureWasStorage() ? problem : tr("line %1: %2").arg(QString::number(line), problem);
}

} // namespace

bool importRiskRegister(UnitFile &file, const QByteArray &data, int year, ImportResult *result,
                        QString *error, const Progress &progress)
{
    if (file.isReadOnly()) {
        *error = file.readOnlyReason();
        return false;
    }
    if (!file.years().contains(year)) {
        *error = tr("The file has no review year %1.").arg(year);
        return false;
    }
    const auto parsed = csv::parse(data, error);
    if (!parsed)
        return false;
    const RiskMatrix matrix = RiskMatrix::load(file);
    const QStringList own = riskColumns();
    QHash<QString, std::pair<QString, QString>> consequenceColumns; // header → category, column
    QStringList allowed{QStringLiteral("assessment")};
    allowed << own;
    for (const RiskMatrix::Category &c : matrix.categories()) {
        consequenceColumns.insert(c.key + QStringLiteral("_before"), {c.key, QStringLiteral("consequence_before")});
        consequenceColumns.insert(c.key + QStringLiteral("_after"), {c.key, QStringLiteral("consequence_after")});
        allowed << c.key + QStringLiteral("_before") << c.key + QStringLiteral("_after");
    }
    QStringList header;
    for (const QString &h : parsed->header) {
        const QString name = h.trimmed().toLower();
        if (!allowed.contains(name)) {
            *error = tr("line 1: “%1” is not a column of a risk register. The columns are: %2.")
                         .arg(h, allowed.join(QStringLiteral(", ")));
            return false;
        }
        if (header.contains(name)) {
            *error = tr("line 1: the column “%1” appears twice.").arg(h);
            return false;
        }
        header << name;
    }
    for (const QString &needed : {QStringLiteral("assessment"), QStringLiteral("event")})
        if (!header.contains(needed)) {
            *error = tr("line 1: the required column “%1” is missing.").arg(needed);
            return false;
        }

    const TableDef &riskDef = *schema::table(QStringLiteral("risk"));
    const TableDef &consequenceDef = *schema::table(QStringLiteral("risk_consequence"));
    QHash<QString, QString> assessments; // title → id, this year's
    RecordFilter thisYear;
    thisYear.year = year;
    for (const Record &a : file.records(QStringLiteral("risk_assessment"), thisYear))
        assessments.insert(a.value(QStringLiteral("title")).toString(), a.value(QStringLiteral("id")).toString());

    ImportResult counts;
    UnitFile::Transaction tx(file);
    const int total = int(parsed->rows.size());
    for (qsizetype r = 0; r < parsed->rows.size(); ++r) {
        if (!reportProgress(progress, int(r), total)) {
            *error = importCancelledMessage();
            return false;
        }
        const QStringList &cells = parsed->rows[r];
        const int line = parsed->lines[r];
        const auto bad = [&](qsizetype c, const QString &problem) {
            *error = tr("line %1, column %2 (%3): %4").arg(QString::number(line), QString::number(c + 1), header[c], problem);
            return false;
        };
        Record risk;
        QHash<QString, Record> consequences; // category → values
        QString assessmentTitle;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString value = csv::unescapedCell(cells[c].trimmed());
            if (header[c] == QLatin1String("assessment")) {
                assessmentTitle = value;
                if (value.isEmpty())
                    return bad(c, tr("a risk must name its assessment."));
                continue;
            }
            const auto cc = consequenceColumns.constFind(header[c]);
            QString problem;
            if (cc != consequenceColumns.constEnd()) {
                const QVariant v = UnitFile::normalizedValue(consequenceDef, cc->second, value, &problem);
                if (!problem.isEmpty())
                    return bad(c, problem);
                if (!v.isNull() && v.toInt() > matrix.consequenceSteps())
                    return bad(c, tr("the matrix has %1 consequence steps.").arg(matrix.consequenceSteps()));
                if (!v.isNull())
                    consequences[cc->first].insert(cc->second, v);
                continue;
            }
            QString text = value;
            const ColumnDef *column = riskDef.column(header[c]);
            if (column && column->type == ColumnType::Reference && !text.isEmpty()) {
                text = importedReference(file, column->reference, text, &problem);
                if (text.isEmpty())
                    return bad(c, problem);
            }
            const QVariant v = UnitFile::normalizedValue(riskDef, header[c], text, &problem);
            if (!problem.isEmpty())
                return bad(c, problem);
            if (header[c].startsWith(QLatin1String("probability_")) && !v.isNull()
                && v.toInt() > matrix.probabilitySteps())
                return bad(c, tr("the matrix has %1 probability steps.").arg(matrix.probabilitySteps()));
            if (!v.isNull())
                risk.insert(header[c], v);
        }
        QString problem;
        QString assessment = assessments.value(assessmentTitle);
        if (assessment.isEmpty()) {
            assessment = file.insert(QStringLiteral("risk_assessment"),
                                     {{QStringLiteral("year"), year}, {QStringLiteral("title"), assessmentTitle}}, &problem);
            if (assessment.isEmpty()) {
                *error = lineProblem(file, line, problem);
                return false;
            }
            assessments.insert(assessmentTitle, assessment);
            counts.added.append({QStringLiteral("risk_assessment"), assessment});
        }
        risk.insert(QStringLiteral("assessment_id"), assessment);
        const QString riskId = file.insert(QStringLiteral("risk"), risk, &problem);
        if (riskId.isEmpty()) {
            *error = lineProblem(file, line, problem);
            return false;
        }
        counts.added.append({QStringLiteral("risk"), riskId});
        for (auto it = consequences.cbegin(); it != consequences.cend(); ++it) {
            Record values = it.value();
            values.insert(QStringLiteral("risk_id"), riskId);
            values.insert(QStringLiteral("category"), it.key());
            if (file.insert(QStringLiteral("risk_consequence"), values, &problem).isEmpty()) {
                *error = lineProblem(file, line, problem);
                return false;
            }
        }
        ++counts.inserted;
    }
    if (!tx.commit(error))
        return false;
    if (result)
        *result = counts;
    return true;
}

} // namespace ik
