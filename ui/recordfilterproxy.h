#pragma once

#include <QSortFilterProxyModel>

namespace ik::ui {

// Sorts a RecordModel by stored values (ISO dates sort as dates). Filtering is not done here
// but in the file's query (RecordModel::setMatch/setRange), so that a filter over 100 000 rows
// still fetches page by page instead of loading every row to test it.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);
};

} // namespace ik::ui
