#pragma once

#include <QSplitter>

namespace ik::ui {

// A table with its record form: the form beside the table, or below it when the space is too
// narrow for both side by side. Where the user puts the divider is remembered per table and per
// arrangement (QSettings, recordFormSplitKey); `owner`'s object name names the table.
class MasterDetailSplitter : public QSplitter
{
    Q_OBJECT
public:
    MasterDetailSplitter(QWidget *table, QWidget *form, QWidget *owner);

    // As little as the narrower arrangement needs: below the width for both side by side, the
    // form goes under the table; the form scrolls, so it needs no more height than the table.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(Qt::Orientation orientation, const QSize &size);

    QWidget *m_owner;
    bool m_arranged = false;
};

} // namespace ik::ui
