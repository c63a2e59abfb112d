#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <cstdio>

namespace ik::ui {

// Quits the application once `target` has painted for the first time, and prints how long that
// took since `start` ("first paint: 123 ms"). For measuring the time from start to the first
// painted window (`internkontroll --quit-after-first-paint FILE`); the process itself ends
// later, once a check that still runs has ended.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QObject *target, const QElapsedTimer &start)
        : QObject(target)
        , m_start(start)
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            std::printf("first paint: %lld ms\n", static_cast<long long>(m_start.elapsed()));
            std::fflush(stdout);
            // Leave after this paint has been delivered.
            QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        }
        return false;
    }

private:
    QElapsedTimer m_start;
};

} // namespace ik::ui
