#pragma once

#include <QList>
#include <QString>

namespace ik {

class UnitFile;

// One record of a review year that holds the text sought.
struct YearMatch
{
    QString table;
    QString id;
    QString recordName; // the record's name, in the language asked for
    QString key;        // its natural key where the table has one (a deviation's case number), which
                        // tells apart records of the same name
    QString field;      // the column that holds the text (a text field, or a reference whose name does)
    QString excerpt;    // that field's text around the match, on one line
    int matchStart = 0; // where the match lies in `excerpt`
};

struct YearSearch
{
    QList<YearMatch> matches; // register by register in schema order, each in insertion order
    bool truncated = false;   // more records matched than `limit`
};

// Every record of `year` with `text` in a text field or in the name of a record it refers to (a
// person's name), in every register of the year: the year's own tables and the rows that belong
// to them (a risk assessment's risks, a round's findings) and the checklist. Ignores case in every
// alphabet (æøå as well as A–Z); % and _ are letters like any other. One match per record: its
// first field that holds the text. Empty text: no matches.
YearSearch searchYear(const UnitFile &file, int year, const QString &text, const QString &language,
                      int limit = 300);

} // namespace ik
