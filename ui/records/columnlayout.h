#pragma once

#include <QObject>

class QTableView;

namespace ik::ui {

class RecordModel;

// How a register's table uses its width now that every field is in the form beside it: it keeps
// the naming column, which stretches, and a few short columns (status, dates, people, numbers);
// the others are hidden (they are edited in the form). Widths fit the first rows' content, and
// a width the user sets by hand is remembered per table (QSettings, columnWidthsKey). The
// header's context menu shows or hides any column; that choice is remembered too.
class ColumnLayout : public QObject
{
    Q_OBJECT
public:
    // `owner`'s object name names the table in the settings (read when fitting, as a page may
    // rename its editor after making it).
    ColumnLayout(QTableView *view, RecordModel *model, QObject *owner);

    // Shows the kept columns, fits their widths and puts back the remembered ones.
    void fit();
    // Whether the table shows this model column (false for those left to the form).
    bool isKept(int column) const;
    // The column that stretches: the one that names a row (or the first text column).
    int stretchColumn() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stretch();
    void showMenu(const QPoint &at);
    void remember(int column, int width);

    QTableView *m_view;
    RecordModel *m_model;
    QObject *m_owner;
    bool m_fitting = false; // our own resizing is not the user's
};

} // namespace ik::ui
