#pragma once

#include <QString>
#include <QStringList>

namespace ik::report {

// The report's fixed texts and the schema labels it prints, in bokmål or English. The report's
// language is chosen per export, independent of the UI language and of any installed
// translator, so the pairs live in one table here (reportstrings.cpp) rather than in .qm files.

// `english` is a source string of that table; returns it in `language` ("nb" or "en").
QString text(const char *english, const QString &language);
QString choiceLabel(const QString &choiceSet, const QString &key, const QString &language);
QString fieldLabel(const QString &table, const QString &column, const QString &language);

// English strings asked for in bokmål that the table lacks (printed in English); for tests.
QStringList missingTranslations();

} // namespace ik::report
