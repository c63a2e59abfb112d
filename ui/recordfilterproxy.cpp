#include "recordfilterproxy.h"

#include "recordmodel.h"

#include <QDate>

namespace ik::ui {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordModel::RawRole);
    setSortLocaleAware(true);
}

void RecordFilterProxy::setValueFilter(int sourceColumn, const QString &value)
{
    if (value.isEmpty())
        m_values.remove(sourceColumn);
    else
        m_values.insert(sourceColumn, value);
    invalidateFilter();
}

void RecordFilterProxy::setTertialFilter(int sourceColumn, int tertial)
{
    m_tertialColumn = sourceColumn;
    m_tertial = tertial;
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QModelIndex i = source->index(sourceRow, it.key(), sourceParent);
        if (source->data(i, RecordModel::RawRole).toString() != it.value())
            return false;
    }
    if (m_tertial > 0 && m_tertialColumn >= 0) {
        const QModelIndex i = source->index(sourceRow, m_tertialColumn, sourceParent);
        const QDate d = QDate::fromString(source->data(i, RecordModel::RawRole).toString(), Qt::ISODate);
        if (!d.isValid() || (d.month() - 1) / 4 + 1 != m_tertial)
            return false;
    }
    return true;
}

} // namespace ik::ui
