#include "recordfilterproxy.h"

#include "recordmodel.h"

namespace ik::ui {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RecordModel::RawRole);
    setSortLocaleAware(true);
}

} // namespace ik::ui
