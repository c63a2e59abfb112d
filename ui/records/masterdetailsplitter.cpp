#include "ui/records/masterdetailsplitter.h"

#include "ui/shell/settingskeys.h"

#include <QResizeEvent>
#include <QSettings>

namespace ik::ui {

namespace {

// Below this width the form goes under the table: side by side, neither would be readable.
int besideFrom(const QWidget *w) { return w->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80; }
// The form's share beside the table at first, before the user moves the divider.
int formWidth(const QWidget *w) { return w->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 46; }

} // namespace

MasterDetailSplitter::MasterDetailSplitter(QWidget *table, QWidget *form, QWidget *owner)
    : QSplitter(Qt::Horizontal, owner), m_owner(owner)
{
    setObjectName(QStringLiteral("recordFormSplitter"));
    addWidget(table);
    addWidget(form);
    setStretchFactor(0, 1);
    setStretchFactor(1, 0);
    setCollapsible(0, false);
    setCollapsible(1, true); // a table that needs all the room can put its form away
    connect(this, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(recordFormSplitKey(m_owner->objectName(), orientation()), saveState());
    });
}

QSize MasterDetailSplitter::minimumSizeHint() const
{
    QSize size;
    for (int i = 0; i < count(); ++i)
        size = size.expandedTo(widget(i)->minimumSizeHint().expandedTo(widget(i)->minimumSize()));
    return size;
}

void MasterDetailSplitter::resizeEvent(QResizeEvent *event)
{
    const Qt::Orientation wanted = event->size().width() >= besideFrom(this) ? Qt::Horizontal : Qt::Vertical;
    if (!m_arranged || wanted != orientation())
        arrange(wanted, event->size());
    QSplitter::resizeEvent(event);
}

void MasterDetailSplitter::arrange(Qt::Orientation orientation, const QSize &size)
{
    m_arranged = true;
    setOrientation(orientation);
    const QByteArray state = QSettings().value(recordFormSplitKey(m_owner->objectName(), orientation)).toByteArray();
    if (!state.isEmpty() && restoreState(state)) {
        setOrientation(orientation); // the state holds one; this arrangement is the size's
        return;
    }
    if (orientation == Qt::Horizontal)
        setSizes({std::max(1, size.width() - formWidth(this)), formWidth(this)});
    else if (size.height() < fontMetrics().lineSpacing() * 16)
        setSizes({size.height(), 0}); // too low for both: the table first, the form dragged out when wanted
    else
        setSizes({size.height() * 3 / 5, size.height() * 2 / 5});
}

} // namespace ik::ui
