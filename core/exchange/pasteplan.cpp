#include "core/exchange/pasteplan.h"

#include "core/exchange/sheet.h"
#include "core/exchange/sheetexport.h"
#include "core/common/translations.h"
#include "core/risk/riskmatrix.h"
#include "core/store/labels.h"
#include "core/store/schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace ik {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ik::Paste", text); }

// A pasted cell as planImport takes it: a date in the program's format as a date, a number as the
// locale writes it as a number; anything else as the text it is (planImport reads the rest).
QVariant cellOf(const ColumnDef *column, const QString &text, const QString &dateFormat)
{
    const QString cell = text.trimmed();
    if (cell.isEmpty())
        return {};
    if (column && column->type == ColumnType::Date && !dateFormat.isEmpty()) {
        const QDate date = QLocale().toDate(cell, dateFormat);
        if (date.isValid())
            return date;
    }
    if (column && (column->type == ColumnType::Real || column->type == ColumnType::Money)) {
        bool ok = false;
        const double number = QLocale().toDouble(cell, &ok);
        if (ok)
            return number;
    }
    return cell;
}

} // namespace

std::optional<ImportPlan> planPaste(const UnitFile &file, const PasteTarget &target,
                                    const QList<QStringList> &rows, QString *error)
{
    const TableDef *def = schema::table(target.table);
    if (!def) {
        *error = tr("There is no table “%1”.").arg(target.table);
        return std::nullopt;
    }
    // The columns the paste covers: as many as its widest row, no more (a column to the right of
    // it keeps what it holds).
    qsizetype width = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (qsizetype c = target.fields.size(); c < rows[r].size(); ++c)
            if (!rows[r][c].trimmed().isEmpty()) {
                *error = tr("Nothing was pasted: line %1 of the pasted text has %2 cells, but only %3 columns "
                            "of the table follow the cell pasted onto.")
                             .arg(QString::number(r + 1), QString::number(rows[r].size()),
                                  QString::number(target.fields.size()));
                return std::nullopt;
            }
        width = std::max(width, std::min(rows[r].size(), target.fields.size()));
    }
    const QStringList fields = target.fields.mid(0, width);

    // Two sheets for planImport: the rows on records, with their ids, and the new rows, with what
    // a new row holds besides the pasted cells. Both keep every pasted column, so that a message
    // counts columns as the pasted text does.
    Sheet onRecords, added;
    for (Sheet *sheet : {&onRecords, &added})
        sheet->header = target.headers.mid(0, width);
    QStringList updateMapping = fields, insertMapping = fields;
    onRecords.header << idHeader();
    updateMapping << idHeader();
    QStringList extraFields;
    for (auto it = target.newRowValues.cbegin(); it != target.newRowValues.cend(); ++it)
        if (!fields.contains(it.key())) {
            extraFields << it.key();
            added.header << it.key();
            insertMapping << it.key();
        }
    // A consequence's category shows by its name in the matrix (either language), and is kept by
    // its key.
    QHash<QString, QString> categoryKeys;
    const qsizetype categoryColumn = target.table == QLatin1String("risk_consequence") ? fields.indexOf(QStringLiteral("category")) : -1;
    if (categoryColumn >= 0) {
        const RiskMatrix matrix = RiskMatrix::load(file); // alive while its categories are read
        for (const RiskMatrix::Category &c : matrix.categories())
            for (const QString &name : {c.key, c.nameNb, c.nameEn})
                categoryKeys.insert(name.trimmed().toLower(), c.key);
    }
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QVariantList cells;
        for (qsizetype c = 0; c < width; ++c) {
            const QString text = rows[r].value(c);
            cells << (c == categoryColumn ? QVariant(categoryKeys.value(text.trimmed().toLower(), text))
                                          : cellOf(def->column(fields[c]), text, target.dateFormat));
        }
        const bool onRecord = r < target.rowIds.size();
        Sheet &sheet = onRecord ? onRecords : added;
        if (onRecord)
            cells << target.rowIds[r];
        else
            for (const QString &field : std::as_const(extraFields))
                cells << target.newRowValues.value(field);
        sheet.rows << cells;
        sheet.lines << int(r + 1);
    }

    std::optional<ImportPlan> plan;
    if (!onRecords.rows.isEmpty()) {
        plan = planImport(file, target.table, onRecords, updateMapping, target.year, error);
        if (!plan)
            return std::nullopt;
    }
    if (!added.rows.isEmpty()) {
        std::optional<ImportPlan> inserts = planImport(file, target.table, added, insertMapping, target.year, error);
        if (!inserts)
            return std::nullopt;
        if (!plan) {
            plan = inserts;
        } else {
            plan->inserts = inserts->inserts;
            plan->refused << inserts->refused;
            plan->alreadyPresent = inserts->alreadyPresent;
        }
    }
    if (!plan) {
        *error = tr("There is nothing to paste.");
        return std::nullopt;
    }
    if (!plan->refused.isEmpty()) {
        // planImport goes through the rows in order; the first refused is the first bad line.
        *error = tr("Nothing was pasted. In the pasted text, %1").arg(plan->refused.first());
        return std::nullopt;
    }
    if (plan->alreadyPresent > 0) {
        const QString language = installedLanguage().isEmpty() ? QStringLiteral("en") : installedLanguage();
        *error = tr("Nothing was pasted: new rows (%1) have a %2 the register already has.")
                     .arg(QString::number(plan->alreadyPresent), fieldLabel(*def, def->naturalKey, language).toLower());
        return std::nullopt;
    }
    return plan;
}

} // namespace ik
