#pragma once

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <string>
#include <thread>

namespace ik::report {

// Compresses texts with zlib on one thread of its own, in the order they are given, while the
// caller goes on: the PDF writer's page contents, each compressed while the next page is painted.
// One long-lived thread, because a thread started for each of a large report's 459 pages cost
// more than compressing the page, and the painter stood waiting for threads to start.
// Where no thread can be had, deflate() compresses at once, on the caller's thread.
class DeflateQueue
{
public:
    explicit DeflateQueue(int level);
    // Compresses what is queued, then ends its thread.
    ~DeflateQueue();
    DeflateQueue(const DeflateQueue &) = delete;
    DeflateQueue &operator=(const DeflateQueue &) = delete;

    // The zlib stream of `text` (RFC 1950, as a PDF's /FlateDecode holds it), once compressed.
    std::future<QByteArray> deflate(std::string text);

    // zlib's stream of `size` bytes at `data`, compressed on this thread.
    static QByteArray deflated(const char *data, qsizetype size, int level);

private:
    struct Job
    {
        std::string text;
        std::promise<QByteArray> done;
    };
    void run();

    const int m_level;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue; // guarded by m_mutex
    bool m_stopping = false; // guarded by m_mutex
    std::thread m_thread;    // last: started once the rest is there
};

} // namespace ik::report
