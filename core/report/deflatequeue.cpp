#include "core/report/deflatequeue.h"

#include <exception>
#include <system_error>

namespace ik::report {

DeflateQueue::DeflateQueue(int level) : m_level(level)
{
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &) {
        // No thread to be had: deflate() compresses on the caller's thread.
    }
}

DeflateQueue::~DeflateQueue()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

QByteArray DeflateQueue::deflated(const char *data, qsizetype size, int level)
{
    const QByteArray z = qCompress(reinterpret_cast<const uchar *>(data), size, level);
    return z.mid(4); // zlib's stream, without Qt's length in front
}

std::future<QByteArray> DeflateQueue::deflate(std::string text)
{
    std::promise<QByteArray> done;
    std::future<QByteArray> result = done.get_future();
    if (!m_thread.joinable()) {
        done.set_value(deflated(text.data(), qsizetype(text.size()), m_level));
        return result;
    }
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back({std::move(text), std::move(done)});
    }
    m_wake.notify_one();
    return result;
}

void DeflateQueue::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, and nothing left to compress
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        // Out of memory on a huge page must not end the program from this thread: it goes to
        // the waiting painter, whose report then fails with a message, as on its own thread.
        try {
            job.done.set_value(deflated(job.text.data(), qsizetype(job.text.size()), m_level));
        } catch (...) {
            job.done.set_exception(std::current_exception());
        }
    }
}

} // namespace ik::report
