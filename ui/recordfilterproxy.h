#pragma once

#include <QIdentityProxyModel>

namespace ik::ui {

// What a table view shows of a RecordModel: the model's rows as they are. It neither filters nor
// sorts by itself: filters run in the file's query (RecordModel::setMatch/setRange), and a header
// click reaches RecordModel::sort (QAbstractProxyModel passes sort() on), which orders the query.
// Sorting here would order only the loaded page of a 100 000-row table.
class RecordFilterProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);
};

} // namespace ik::ui
