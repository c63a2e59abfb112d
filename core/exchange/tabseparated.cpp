#include "core/exchange/tabseparated.h"

namespace ik::tsv {

namespace {

bool needsQuotes(const QString &cell)
{
    return cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
           || cell.startsWith(QLatin1Char('"'));
}

QString quoted(QString cell)
{
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

} // namespace

QString write(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells << (needsQuotes(cell) ? quoted(cell) : cell);
        out += cells.join(QLatin1Char('\t')) + QStringLiteral("\r\n");
    }
    return out;
}

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    const qsizetype n = text.size();
    qsizetype i = 0;
    bool rowOpen = false; // something (a cell, a tab) was read since the last line break
    while (i < n) {
        if (cell.isEmpty() && text.at(i) == QLatin1Char('"')) {
            // A quoted cell: up to the quote that is not doubled; what follows it up to the next
            // tab or line break is kept as text (a spreadsheet would not write any).
            ++i;
            while (i < n) {
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += text.at(i++);
            }
            rowOpen = true;
            continue;
        }
        const QChar c = text.at(i++);
        if (c == QLatin1Char('\t')) {
            row << cell;
            cell.clear();
            rowOpen = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i < n && text.at(i) == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            rowOpen = false;
        } else {
            cell += c;
            rowOpen = true;
        }
    }
    if (rowOpen) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace ik::tsv
