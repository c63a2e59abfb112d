#include "core/exchange/sheet.h"

#include "core/exchange/csv.h"
#include "core/exchange/xlsxreader.h"

#include <QCoreApplication>

namespace ik {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("ik::Sheet", text); }
} // namespace

SheetFormat sniffSheetFormat(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("PK\x03\x04")) ? SheetFormat::Xlsx : SheetFormat::Csv;
}

std::optional<Sheet> readSheet(const QByteArray &data, const QString &sheet,
                               const QStringList &preferred, QString *error)
{
    if (sniffSheetFormat(data) == SheetFormat::Csv) {
        if (!sheet.isEmpty() && sheet != QLatin1String("1")) {
            *error = tr("A CSV file has one sheet only; “%1” cannot be chosen.").arg(sheet);
            return std::nullopt;
        }
        const auto table = csv::parse(data, error);
        if (!table)
            return std::nullopt;
        Sheet out;
        out.header = table->header;
        out.lines = table->lines;
        out.rows.reserve(table->rows.size());
        for (const QStringList &row : table->rows) {
            QVariantList cells;
            cells.reserve(row.size());
            for (const QString &cell : row)
                cells << (cell.isEmpty() ? QVariant() : QVariant(cell));
            out.rows << cells;
        }
        return out;
    }
    const auto book = xlsx::Workbook::open(data, error);
    if (!book)
        return std::nullopt;
    const QStringList names = book->sheetNames();
    int index = -1;
    if (!sheet.isEmpty()) {
        bool number = false;
        const int n = sheet.toInt(&number);
        for (int i = 0; i < names.size() && index < 0; ++i)
            if (names[i].compare(sheet, Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0 && number && n >= 1 && n <= names.size())
            index = n - 1;
        if (index < 0) {
            *error = tr("The workbook has no sheet “%1”. Its sheets are: %2.")
                         .arg(sheet, names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    } else {
        for (const QString &wanted : preferred)
            for (int i = 0; i < names.size() && index < 0; ++i)
                if (names[i].compare(wanted, Qt::CaseInsensitive) == 0)
                    index = i;
        if (index < 0)
            index = 0;
    }
    return book->sheet(index, error);
}

} // namespace ik
