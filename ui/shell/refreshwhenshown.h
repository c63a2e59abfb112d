#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace ik::ui {

// A widget's refresh that waits until someone can see the widget: request() refreshes at once
// while the widget is visible, else when it is next shown. A hidden page, tab or dock so does no
// work while a file of 100 000 rows opens or changes under it. (Calling the refresh itself, e.g.
// from the widget's own controls, still runs it at once.)
class RefreshWhenShown : public QObject
{
    Q_OBJECT
public:
    RefreshWhenShown(QWidget *widget, std::function<void()> refresh);

    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace ik::ui
