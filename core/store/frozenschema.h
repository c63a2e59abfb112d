#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ik::frozen {

// The schemas of the released file formats, frozen: a format never changes once released, so a
// file of format N is checked against format N's own statements (core/store/formats/format-N.sql,
// built in as a resource), whichever format the program itself writes. schema::kVersion is the
// newest; a test keeps its frozen file equal to schema::createStatements().

// The oldest format this program opens (it upgrades it when opened for writing).
inline constexpr int kOldestFormat = 1;
// Whether `version` is a format this program knows: kOldestFormat … schema::kVersion.
bool isKnownFormat(int version);

// Format `version`'s CREATE statements in order, exactly as SQLite keeps them in sqlite_schema.
// Empty for a format that is not known.
QStringList statements(int version);

// One row of sqlite_schema.
struct SchemaObject
{
    QString type; // table, index, trigger, view
    QString name;
    QString table; // tbl_name
    QString sql;   // null for the indexes SQLite makes itself for a PRIMARY KEY or UNIQUE
    bool operator==(const SchemaObject &) const = default;
};

// Every row sqlite_schema holds in a trusted file of format `version`: its tables and indexes,
// and the automatic indexes (sqlite_autoindex_<table>_<n>) SQLite makes for their keys. Made
// once per format by creating the statements in a database in memory, so the automatic indexes
// are exactly SQLite's. Empty for a format that is not known.
QList<SchemaObject> expectedObjects(int version);

} // namespace ik::frozen
