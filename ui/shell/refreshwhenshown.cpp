#include "ui/shell/refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace ik::ui {

RefreshWhenShown::RefreshWhenShown(QWidget *widget, std::function<void()> refresh)
    : QObject(widget), m_widget(widget), m_refresh(std::move(refresh))
{
    widget->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    m_pending = !m_widget->isVisible();
    if (!m_pending)
        m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ik::ui
