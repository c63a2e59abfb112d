#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace ik {

struct ColumnDef;
struct TableDef;

// A table's columns in the order a Record (QVariantMap) keeps them, by name, each at a fixed
// place. A row written many times over (an import, a redo) is checked, bound and logged by
// place: making, searching and freeing a map of names per row was a sixth of its time.
class RowLayout
{
public:
    // The layout of one of schema::tables(), made once.
    static const RowLayout &of(const TableDef &table);

    int size() const { return int(m_names.size()); }
    const QString &name(int place) const { return m_names[place]; }
    // The place of a column, or -1 if the table has none of that name.
    int place(const QString &name) const;
    // Where the ColumnDef table.columns[index] is.
    int placeOfColumn(qsizetype index) const { return m_placeOfColumn[index]; }
    // Whether the column at `place` is one of schema::commonColumns().
    bool isCommon(int place) const { return m_common[place]; }

    int id = -1, createdAt = -1, createdBy = -1, modifiedAt = -1, modifiedBy = -1;
    int year = -1; // -1 unless the table is year-scoped

private:
    explicit RowLayout(const TableDef &table);
    friend struct RowLayouts;
    QStringList m_names;            // sorted as QString's operator< sorts
    std::vector<bool> m_common;     // by place
    QList<int> m_placeOfColumn;     // by index in TableDef::columns
};

// One row by the places of its table's layout: a value per column, and which were given.
// A value not given is a null QVariant, as Record::value() gives for a missing key.
struct PlacedRow
{
    explicit PlacedRow(const RowLayout &layout)
        : layout(&layout), values(std::size_t(layout.size())), given(std::size_t(layout.size()), false)
    {}
    void set(int place, QVariant value)
    {
        values[std::size_t(place)] = std::move(value);
        given[std::size_t(place)] = true;
    }
    // Leaves the column out again, as if it had never been given.
    void unset(int place)
    {
        values[std::size_t(place)] = QVariant();
        given[std::size_t(place)] = false;
    }
    bool has(int place) const { return given[std::size_t(place)]; }
    const QVariant &value(int place) const { return values[std::size_t(place)]; }
    // By name, for rules written for any row (date order, the year a row belongs to).
    QVariant value(const QString &name) const
    {
        const int at = layout->place(name);
        return at < 0 ? QVariant() : values[std::size_t(at)];
    }
    // Whether every column of the layout was given.
    bool isWhole() const;
    // The columns given, by name.
    QVariantMap toRecord() const;
    // A row given by name, placed; nothing if it names a column the layout lacks (`unknown`
    // says which).
    static std::optional<PlacedRow> fromRecord(const RowLayout &layout, const QVariantMap &record,
                                               QString *unknown);

    const RowLayout *layout;
    std::vector<QVariant> values;
    std::vector<bool> given;
};

// A new row whose every value has been checked and made as UnitFile::normalizedValue makes it:
// what an import's plan holds, so that writing it (UnitFile::insertMany) need not check each
// value a second time. The only way a value gets in is set(), which checks it.
class CheckedRow
{
public:
    explicit CheckedRow(const TableDef &table);

    // Checks `value` for `field` and keeps what normalizedValue makes of it. On a refusal
    // `error` says why and the field is kept as null (as an empty cell is), or, for a field the
    // table lacks, not kept.
    const QVariant &set(const QString &field, const QVariant &value, QString *error);
    // Leaves out the fields that hold nothing: a new row is what it holds.
    void dropNulls();

    const TableDef &table() const { return *m_table; }
    const PlacedRow &placed() const { return m_row; }
    bool has(const QString &field) const;
    QVariant value(const QString &field) const { return m_row.value(field); }
    // The fields kept, by name.
    QVariantMap toRecord() const;

private:
    const TableDef *m_table;
    PlacedRow m_row;
};

} // namespace ik
