#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace ik::ui {

// Sorts a RecordModel by stored values (ISO dates sort as dates) and keeps the rows whose
// columns hold chosen values, or whose date falls in a chosen tertial (Jan–Apr, May–Aug, Sep–Dec).
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    // An empty value clears the filter on that source column.
    void setValueFilter(int sourceColumn, const QString &value);
    // tertial 0 clears it.
    void setTertialFilter(int sourceColumn, int tertial);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_values;
    int m_tertialColumn = -1;
    int m_tertial = 0;
};

} // namespace ik::ui
