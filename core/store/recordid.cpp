#include "core/store/recordid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace ik {

namespace {

struct Clock
{
    std::mutex lock;
    qint64 lastMs = 0;
    quint32 counter = 0; // 12 bits, the "rand_a" field used as a counter (RFC 9562, 6.2 method 1)
};

Clock &idClock()
{
    static Clock clock;
    return clock;
}

} // namespace

QString newRecordId()
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    quint32 counter;
    QRandomGenerator *random = QRandomGenerator::global();
    {
        Clock &clock = idClock();
        const std::lock_guard<std::mutex> guard(clock.lock);
        if (ms <= clock.lastMs) {
            // The same millisecond, or the wall clock went back: count on from the last id, and
            // borrow the next millisecond when the counter runs out, so ids never go backwards.
            ms = clock.lastMs;
            if (++clock.counter > 0xFFF) {
                ++ms;
                clock.counter = 0;
            }
        } else {
            // Starting low leaves room to count in a busy millisecond; random so that two
            // processes starting at once do not begin with the same value.
            clock.counter = random->bounded(0x800u);
        }
        clock.lastMs = ms;
        counter = clock.counter;
    }
    const quint64 low = random->generate64();
    uchar bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = uchar(quint64(ms) >> (40 - 8 * i));
    bytes[6] = uchar(0x70 | (counter >> 8)); // version 7
    bytes[7] = uchar(counter);
    bytes[8] = uchar(0x80 | ((low >> 56) & 0x3F)); // variant 10
    for (int i = 9; i < 16; ++i)
        bytes[i] = uchar(low >> (8 * (15 - i)));
    static const char hex[] = "0123456789abcdef";
    QString text(36, Qt::Uninitialized);
    QChar *out = text.data();
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *out++ = QLatin1Char('-');
        *out++ = QLatin1Char(hex[bytes[i] >> 4]);
        *out++ = QLatin1Char(hex[bytes[i] & 0xF]);
    }
    return text;
}

QString currentUtcText()
{
    thread_local qint64 formattedMs = -1;
    thread_local QString formatted;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != formattedMs) {
        formatted = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        formattedMs = ms;
    }
    return formatted;
}

} // namespace ik
