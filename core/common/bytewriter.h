#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace ik {

// Appends to a QByteArray through a pointer. QByteArray's own append does its checks out of line
// on every call, and output made of millions of short pieces (the JSON and CSV of export --all)
// spent a sixth of its time there (docs/performance.md). The array grows in doubling steps; it
// holds exactly what was written, and may be read, once finish() has been called or the writer
// has gone. Appending after finish() goes on from the array's end. Output too large to hold at
// once is written out in pieces with drainTo().
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray &out) : m_out(out) {}
    ~ByteWriter() { finish(); }
    ByteWriter(const ByteWriter &) = delete;
    ByteWriter &operator=(const ByteWriter &) = delete;

    void append(QByteArrayView bytes)
    {
        const qsizetype n = bytes.size();
        if (m_end - m_cursor < n)
            grow(n);
        if (n > 0)
            std::memcpy(m_cursor, bytes.data(), size_t(n));
        m_cursor += n;
    }
    void append(char c)
    {
        if (m_cursor == m_end)
            grow(1);
        *m_cursor++ = c;
    }

    // The bytes the array holds so far.
    qsizetype size() const { return m_begin ? m_cursor - m_begin : m_out.size(); }

    // Writes what the array holds to `sink` and empties it, keeping its room for what comes next.
    // False when the sink did not take all of it (its errorString() says why).
    bool drainTo(QIODevice &sink)
    {
        const qsizetype n = size();
        const char *bytes = m_begin ? m_begin : m_out.constData();
        const bool written = n == 0 || sink.write(bytes, n) == n;
        if (m_begin)
            m_cursor = m_begin;
        else
            m_out.resize(0); // Qt 6 keeps the allocation
        return written;
    }

    void finish()
    {
        if (!m_begin)
            return;
        m_out.resize(m_cursor - m_begin);
        m_begin = m_cursor = m_end = nullptr;
    }

private:
    void grow(qsizetype needed)
    {
        const qsizetype written = m_begin ? m_cursor - m_begin : m_out.size();
        m_out.resize(std::max({written + needed, 2 * written, qsizetype(4096)}));
        m_begin = m_out.data();
        m_cursor = m_begin + written;
        m_end = m_begin + m_out.size();
    }

    QByteArray &m_out;
    char *m_begin = nullptr; // where m_out's bytes start while it is being written
    char *m_cursor = nullptr;
    char *m_end = nullptr;
};

} // namespace ik
