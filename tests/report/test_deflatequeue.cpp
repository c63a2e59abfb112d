// The PDF writer's compressing thread (core/report/deflatequeue.h): every text comes back as
// zlib compressed it, in the order given, and what is queued is compressed before it ends.
#include "catch.h"

#include "core/report/deflatequeue.h"

#include <QByteArray>

#include <future>
#include <string>
#include <vector>

using namespace ik::report;

namespace {
QByteArray inflated(const QByteArray &stream, qsizetype size)
{
    // qUncompress wants the length in front, as qCompress writes it (big-endian).
    QByteArray withLength(4, '\0');
    for (int i = 0; i < 4; ++i)
        withLength[i] = char((quint32(size) >> (8 * (3 - i))) & 0xff);
    return qUncompress(withLength + stream);
}

std::string pageText(int n)
{
    std::string text;
    for (int line = 0; line < 50 + n % 200; ++line)
        text += "BT /F1 10 Tf 72 " + std::to_string(700 - line * 12) + " Td (Side " + std::to_string(n) + ") Tj ET\n";
    return text;
}
} // namespace

TEST_CASE("Queued texts come back compressed, each its own, in the order given")
{
    std::vector<std::future<QByteArray>> results;
    std::vector<std::string> texts;
    {
        DeflateQueue queue(6);
        for (int n = 0; n < 300; ++n) {
            texts.push_back(pageText(n));
            results.push_back(queue.deflate(texts.back()));
        }
        texts.push_back(std::string());
        results.push_back(queue.deflate(std::string()));
        // The queue ends here, with pages still waiting: they are compressed before it does.
    }
    REQUIRE(results.size() == texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        INFO("text " << i);
        REQUIRE(results[i].wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        const QByteArray stream = results[i].get();
        CHECK(stream == DeflateQueue::deflated(texts[i].data(), qsizetype(texts[i].size()), 6));
        CHECK(inflated(stream, qsizetype(texts[i].size())) == QByteArray::fromStdString(texts[i]));
    }
}
