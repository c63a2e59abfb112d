#pragma once

#include "core/exchange/sheet.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ik::xlsx {

// Limits that keep a hostile or damaged workbook from exhausting memory: a zip can claim (or
// inflate to) far more than it holds. Each part is read with its limit whatever the archive
// says about its size.
struct Limits
{
    qint64 partBytes = 512LL * 1024 * 1024;  // one part, uncompressed
    qint64 totalBytes = 1024LL * 1024 * 1024; // all parts read, uncompressed
    qint64 entries = 10000;
};

// A workbook (Office Open XML, as Excel and LibreOffice write it) opened from its bytes.
// Reads shared and inline strings, numbers, booleans, formula results and dates (cells whose
// number format is a date format, in the 1900 date system with its leap-year quirk, or the 1904
// system where the workbook says so). A damaged archive, a part missing or too large, or XML that
// is not well formed is refused with a message.
class Workbook
{
public:
    static std::optional<Workbook> open(const QByteArray &data, QString *error, const Limits &limits = {});

    QStringList sheetNames() const { return m_names; }
    // The sheet at `index` (0-based), with its header row and rows.
    std::optional<Sheet> sheet(int index, QString *error) const;

private:
    QByteArray m_data;
    Limits m_limits;
    QStringList m_names;
    QStringList m_paths;       // each sheet's part in the archive
    QStringList m_shared;      // the shared strings
    QList<bool> m_dateStyles;  // per cell style (cellXfs index): a date format
    bool m_date1904 = false;
};

// An Excel serial day number as a date: day 1 is 1900-01-01, and day 60 is the 1900-02-29 that
// Lotus 1-2-3 and Excel count but never was (so it is invalid); in the 1904 system day 0 is
// 1904-01-01.
QDate dateFromSerial(double serial, bool date1904 = false);
// And back, for the writer and tests (the 1900 system).
double serialFromDate(const QDate &date);

} // namespace ik::xlsx
