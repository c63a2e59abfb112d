#pragma once

#include <QEventLoop>
#include <QThread>

#include <memory>
#include <optional>

namespace ik::ui {

// Runs `work` on a thread of its own and returns its result. Meanwhile the GUI thread's event
// loop goes on turning (painting, timers) but takes no user input, which waits until the work is
// done: so the window does not freeze, and nothing can be clicked halfway through, e.g. a second
// Open. `work` must not touch widgets or a UnitFile (whose connection belongs to the GUI thread);
// reading the file through a connection of its own is fine.
template<typename Work>
auto waitOffGuiThread(Work work) -> decltype(work())
{
    std::optional<decltype(work())> result;
    const std::unique_ptr<QThread> thread(QThread::create([&result, &work] { result = work(); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    return std::move(*result);
}

} // namespace ik::ui
