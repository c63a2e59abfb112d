#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

namespace ik::ui {

// Quits the application once `target` has painted for the first time. For measuring the time
// from start to the first painted window (`internkontroll --quit-after-first-paint FILE`).
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QObject *target)
        : QObject(target)
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Leave after this paint has been delivered.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace ik::ui
