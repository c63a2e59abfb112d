#pragma once

#include <QHash>
#include <QIdentityProxyModel>

namespace ik::ui {

class RecordModel;

// What a table view shows of a RecordModel: the model's rows as they are, in its order. It neither
// filters nor sorts by itself: filters run in the file's query (RecordModel::setMatch/setRange),
// and a header click reaches RecordModel::sort (QAbstractProxyModel passes sort() on), which
// orders the query. Sorting here would order only the loaded page of a 100 000-row table.
//
// A record id that another column of its row places in a table (an action's source record, see
// schema::linkedTable) shows as that record's name; the stored id is left as it is, and the cell
// takes no typing. While read-only (a locked review year) no cell can be edited or checked.
class RecordFilterProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Link
    {
        QString table; // empty: the cell holds no link
        QString id;
    };
    Link linkAt(const QModelIndex &index) const;
    QString linkedName(const Link &link) const;
    void forgetName(const QString &table, const QString &id);

    RecordModel *m_records = nullptr;
    bool m_readOnly = false;
    mutable QHash<QString, QString> m_names; // "table/id" → display name
};

} // namespace ik::ui
