#pragma once

#include "core/rollup/facultyoverview.h"
#include "core/rollup/facultytable.h"

#include <QAbstractTableModel>

namespace ik::ui {

// The faculty overview's units as a table: one row a unit file, the columns of facultyColumns()
// in the user interface's language. Read-only. SortRole holds what a column sorts by (numbers
// as numbers, a unit without the figure first), so a QSortFilterProxyModel on SortRole sorts
// every column as a reader expects; the rows needing attention are tinted.
class FacultyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int PathRole = Qt::UserRole + 2; // the unit file's path

    explicit FacultyTableModel(QObject *parent = nullptr);

    void setUnits(QList<UnitSummary> units, const QString &language);
    const QList<UnitSummary> &units() const { return m_units; }
    // The column of `key` (facultyColumns), or -1.
    int column(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UnitSummary> m_units;
    QList<FacultyColumn> m_columns;
    QString m_language;
};

} // namespace ik::ui
