#include "recordfilterproxy.h"

namespace ik::ui {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QIdentityProxyModel(parent) {}

} // namespace ik::ui
