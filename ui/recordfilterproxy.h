#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace ik::ui {

class RecordModel;

// What a table view shows of a RecordModel. It sorts by stored values (ISO dates sort as dates).
// Filtering is not done here but in the file's query (RecordModel::setMatch/setRange), so that a
// filter over 100 000 rows still fetches page by page instead of loading every row to test it.
//
// A record id that another column of its row places in a table (an action's source record, see
// schema::linkedTable) shows as that record's name; the stored id is left as it is, and the cell
// takes no typing. While read-only (a locked review year) no cell can be edited or checked.
class RecordFilterProxy : public QSortFilterProxyModel
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
