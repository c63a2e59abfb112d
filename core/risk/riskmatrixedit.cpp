#include "core/risk/riskmatrixedit.h"

#include "core/store/unitfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::RiskMatrixEdit", text); }

const QString kAxis = QStringLiteral("matrix_axis");
const QString kCategory = QStringLiteral("matrix_category");
const QString kCell = QStringLiteral("matrix_cell");

bool validSteps(int steps) { return steps >= kMinMatrixSteps && steps <= kMaxMatrixSteps; }

// The stored matrix, written out first if the file still runs on the built-in default.
bool ensureStored(UnitFile &file, QString *error)
{
    if (file.count(kAxis) > 0)
        return true;
    return insertDefaultRiskMatrix(file, error);
}

bool rewriteCells(UnitFile &file, const RiskMatrix &old, int probabilitySteps,
                  int consequenceSteps, QString *error)
{
    for (const Record &r : file.records(kCell))
        if (!file.remove(kCell, r.value(QStringLiteral("id")).toString(), error))
            return false;
    for (int p = 1; p <= probabilitySteps; ++p)
        for (int c = 1; c <= consequenceSteps; ++c) {
            const int oldP = remapStep(p, probabilitySteps, old.probabilitySteps());
            const int oldC = remapStep(c, consequenceSteps, old.consequenceSteps());
            if (file.insert(kCell,
                            {{QStringLiteral("probability"), p},
                             {QStringLiteral("consequence"), c},
                             {QStringLiteral("level"), RiskMatrix::levelKey(old.level(oldP, oldC))}},
                            error)
                    .isEmpty())
                return false;
        }
    return true;
}

bool resizeAxis(UnitFile &file, const QString &axis, int steps, QString *error)
{
    QList<int> present;
    for (const Record &r : file.records(kAxis)) {
        if (r.value(QStringLiteral("axis")).toString() != axis)
            continue;
        const int step = r.value(QStringLiteral("step")).toInt();
        if (step > steps) {
            if (!file.remove(kAxis, r.value(QStringLiteral("id")).toString(), error))
                return false;
        } else {
            present << step;
        }
    }
    for (int s = 1; s <= steps; ++s)
        if (!present.contains(s)
            && file.insert(kAxis,
                           {{QStringLiteral("axis"), axis}, {QStringLiteral("step"), s},
                            {QStringLiteral("label_nb"), QString::number(s)},
                            {QStringLiteral("label_en"), QString::number(s)}},
                           error)
                   .isEmpty())
            return false;
    return true;
}

bool remapColumn(UnitFile &file, const QString &table, const QString &column,
                 const QString &riskColumn, int oldSteps, int newSteps, QList<RiskMove> *moved,
                 QString *error)
{
    for (const Record &r : file.records(table)) {
        const QVariant value = r.value(column);
        if (value.isNull())
            continue;
        const int from = value.toInt();
        const int to = remapStep(qBound(1, from, oldSteps), oldSteps, newSteps);
        if (from == to)
            continue;
        const QString id = r.value(QStringLiteral("id")).toString();
        if (!file.update(table, id, {{column, to}}, error))
            return false;
        if (moved)
            moved->append({riskColumn.isEmpty() ? id : r.value(riskColumn).toString(), table, id,
                           column, from, to});
    }
    return true;
}

} // namespace

int remapStep(int step, int oldSteps, int newSteps)
{
    if (oldSteps <= 1 || newSteps <= 1)
        return 1;
    return int(std::lround(1.0 + double(step - 1) * (newSteps - 1) / (oldSteps - 1)));
}

bool resizeRiskMatrix(UnitFile &file, int probabilitySteps, int consequenceSteps,
                      QList<RiskMove> *moved, QString *error)
{
    if (!validSteps(probabilitySteps) || !validSteps(consequenceSteps)) {
        *error = tr("A risk matrix has from %1 to %2 steps on each axis.")
                     .arg(kMinMatrixSteps)
                     .arg(kMaxMatrixSteps);
        return false;
    }
    const RiskMatrix old = RiskMatrix::load(file);
    QList<RiskMove> moves;
    UnitFile::Transaction tx(file);
    if (!ensureStored(file, error)
        || !resizeAxis(file, QStringLiteral("probability"), probabilitySteps, error)
        || !resizeAxis(file, QStringLiteral("consequence"), consequenceSteps, error)
        || !rewriteCells(file, old, probabilitySteps, consequenceSteps, error))
        return false;
    const int oldP = old.probabilitySteps(), oldC = old.consequenceSteps();
    const QString risk = QStringLiteral("risk"), consequence = QStringLiteral("risk_consequence");
    if (!remapColumn(file, risk, QStringLiteral("probability_before"), {}, oldP, probabilitySteps, &moves, error)
        || !remapColumn(file, risk, QStringLiteral("probability_after"), {}, oldP, probabilitySteps, &moves, error)
        || !remapColumn(file, consequence, QStringLiteral("consequence_before"), QStringLiteral("risk_id"),
                        oldC, consequenceSteps, &moves, error)
        || !remapColumn(file, consequence, QStringLiteral("consequence_after"), QStringLiteral("risk_id"),
                        oldC, consequenceSteps, &moves, error))
        return false;
    if (!tx.commit(error))
        return false;
    if (moved)
        *moved = moves;
    return true;
}

bool setRiskMatrixLabel(UnitFile &file, const QString &axis, int step, const QString &labelNb,
                        const QString &labelEn, QString *error)
{
    UnitFile::Transaction tx(file);
    if (!ensureStored(file, error))
        return false;
    for (const Record &r : file.records(kAxis))
        if (r.value(QStringLiteral("axis")).toString() == axis
            && r.value(QStringLiteral("step")).toInt() == step) {
            if (!file.update(kAxis, r.value(QStringLiteral("id")).toString(),
                             {{QStringLiteral("label_nb"), labelNb.trimmed()},
                              {QStringLiteral("label_en"), labelEn.trimmed()}},
                             error))
                return false;
            return tx.commit(error);
        }
    *error = tr("The matrix has no %1 step %2.").arg(axis).arg(step);
    return false;
}

QString riskMatrixCellId(const UnitFile &file, int probability, int consequence)
{
    for (const Record &r : file.records(kCell))
        if (r.value(QStringLiteral("probability")).toInt() == probability
            && r.value(QStringLiteral("consequence")).toInt() == consequence)
            return r.value(QStringLiteral("id")).toString();
    return {};
}

bool setRiskMatrixLevel(UnitFile &file, int probability, int consequence, RiskMatrix::Level level,
                        QString *error)
{
    UnitFile::Transaction tx(file);
    if (!ensureStored(file, error))
        return false;
    const QString id = riskMatrixCellId(file, probability, consequence);
    const Record values{{QStringLiteral("level"), RiskMatrix::levelKey(level)}};
    if (id.isEmpty()) {
        if (!RiskMatrix::load(file).contains(probability, consequence)) {
            *error = tr("The cell %1×%2 is outside the matrix.").arg(probability).arg(consequence);
            return false;
        }
        Record row = values;
        row.insert(QStringLiteral("probability"), probability);
        row.insert(QStringLiteral("consequence"), consequence);
        if (file.insert(kCell, row, error).isEmpty())
            return false;
    } else if (!file.update(kCell, id, values, error)) {
        return false;
    }
    return tx.commit(error);
}

namespace {
std::optional<Record> categoryRow(const UnitFile &file, const QString &key)
{
    for (const Record &r : file.records(kCategory))
        if (r.value(QStringLiteral("key")).toString() == key)
            return r;
    return std::nullopt;
}
} // namespace

QString addRiskCategory(UnitFile &file, const QString &nameNb, const QString &nameEn,
                        QString *error)
{
    if (nameNb.trimmed().isEmpty() || nameEn.trimmed().isEmpty()) {
        *error = tr("A consequence category needs a name in bokmål and in English.");
        return {};
    }
    UnitFile::Transaction tx(file);
    if (!ensureStored(file, error))
        return {};
    QString base = nameEn.trimmed().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    base = base.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (base.isEmpty())
        base = QStringLiteral("category");
    QString key = base;
    for (int n = 2; categoryRow(file, key); ++n)
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    int order = 0;
    for (const Record &r : file.records(kCategory))
        order = qMax(order, r.value(QStringLiteral("sort_order")).toInt() + 1);
    if (file.insert(kCategory,
                    {{QStringLiteral("key"), key}, {QStringLiteral("name_nb"), nameNb.trimmed()},
                     {QStringLiteral("name_en"), nameEn.trimmed()},
                     {QStringLiteral("sort_order"), order}},
                    error)
            .isEmpty()
        || !tx.commit(error))
        return {};
    return key;
}

bool renameRiskCategory(UnitFile &file, const QString &key, const QString &nameNb,
                        const QString &nameEn, QString *error)
{
    if (nameNb.trimmed().isEmpty() || nameEn.trimmed().isEmpty()) {
        *error = tr("A consequence category needs a name in bokmål and in English.");
        return false;
    }
    UnitFile::Transaction tx(file);
    if (!ensureStored(file, error))
        return false;
    const std::optional<Record> row = categoryRow(file, key);
    if (!row) {
        *error = tr("There is no consequence category “%1”.").arg(key);
        return false;
    }
    return file.update(kCategory, row->value(QStringLiteral("id")).toString(),
                       {{QStringLiteral("name_nb"), nameNb.trimmed()},
                        {QStringLiteral("name_en"), nameEn.trimmed()}},
                       error)
           && tx.commit(error);
}

int riskCategoryUseCount(const UnitFile &file, const QString &key)
{
    int n = 0;
    for (const Record &r : file.records(QStringLiteral("risk_consequence")))
        n += r.value(QStringLiteral("category")).toString() == key;
    return n;
}

bool removeRiskCategory(UnitFile &file, const QString &key, bool removeConsequences,
                        QString *error)
{
    UnitFile::Transaction tx(file);
    if (!ensureStored(file, error))
        return false;
    const std::optional<Record> row = categoryRow(file, key);
    if (!row) {
        *error = tr("There is no consequence category “%1”.").arg(key);
        return false;
    }
    if (file.count(kCategory) <= 1) {
        *error = tr("The matrix needs at least one consequence category.");
        return false;
    }
    const int used = riskCategoryUseCount(file, key);
    if (used > 0 && !removeConsequences) {
        *error = QCoreApplication::translate("ik::RiskMatrixEdit", "%n risk consequence(s) use this category.", "", used);
        return false;
    }
    const QString consequence = QStringLiteral("risk_consequence");
    for (const Record &r : file.records(consequence))
        if (r.value(QStringLiteral("category")).toString() == key
            && !file.remove(consequence, r.value(QStringLiteral("id")).toString(), error))
            return false;
    return file.remove(kCategory, row->value(QStringLiteral("id")).toString(), error)
           && tx.commit(error);
}

} // namespace ik
