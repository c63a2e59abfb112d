#include "ui/records/recordfilterproxy.h"

#include "ui/shell/messages.h"
#include "ui/records/fieldlabels.h"
#include "ui/records/recordmodel.h"
#include "core/store/schema.h"

namespace ik::ui {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QIdentityProxyModel(parent) {}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_records)
        disconnect(m_records->context().file, nullptr, this, nullptr);
    QIdentityProxyModel::setSourceModel(model);
    m_records = qobject_cast<RecordModel *>(model);
    m_names.clear();
    if (!m_records)
        return;
    UnitFile *file = m_records->context().file;
    connect(file, &UnitFile::recordInserted, this, &RecordFilterProxy::forgetName); // a delete undone
    connect(file, &UnitFile::recordUpdated, this, &RecordFilterProxy::forgetName);
    connect(file, &UnitFile::recordRemoved, this, &RecordFilterProxy::forgetName);
    connect(file, &UnitFile::dataReset, this, [this] { m_names.clear(); });
}

void RecordFilterProxy::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

RecordFilterProxy::Link RecordFilterProxy::linkAt(const QModelIndex &index) const
{
    if (!m_records || !index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const Record row = m_records->record(source.row());
    const QString column = m_records->columnName(source.column());
    return {schema::linkedTable(m_records->table().name, column, row),
            row.value(column).toString()};
}

QString RecordFilterProxy::linkedName(const Link &link) const
{
    const QString key = link.table + QLatin1Char('/') + link.id;
    if (auto it = m_names.constFind(key); it != m_names.cend())
        return *it;
    const QString name = recordName(*m_records->context().file, link.table, link.id);
    m_names.insert(key, name);
    return name;
}

void RecordFilterProxy::forgetName(const QString &table, const QString &id)
{
    // A linked record renamed or deleted: the cells showing its name show something else now.
    if (m_names.remove(table + QLatin1Char('/') + id) && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant RecordFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const Link link = linkAt(index);
        if (!link.table.isEmpty() && !link.id.isEmpty()) {
            const QString name = linkedName(link);
            if (!name.isEmpty()) // else the record is gone: show what is stored
                return role == Qt::ToolTipRole ? plainToolTip(name) : name;
        }
    }
    return QIdentityProxyModel::data(index, role);
}

Qt::ItemFlags RecordFilterProxy::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags f = QIdentityProxyModel::flags(index);
    if (m_readOnly || !linkAt(index).table.isEmpty())
        return f & ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    return f;
}

} // namespace ik::ui
