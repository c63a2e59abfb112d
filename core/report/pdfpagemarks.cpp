#include "core/report/pdfpagemarks.h"

#include <QByteArray>
#include <QThread>

#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_String.hh>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace ik::report {

namespace {

void markPage(PageMarking &page)
{
    try {
        std::string decoded;
        if (page.flateEncoded) {
            Pl_String sink("decoded page", nullptr, decoded);
            Pl_Flate inflate("inflate page", &sink, Pl_Flate::a_inflate);
            inflate.write(reinterpret_cast<const unsigned char *>(page.content.data()), page.content.size());
            inflate.finish();
        } else {
            decoded.swap(page.content);
        }
        std::string().swap(page.content); // done with: the pages together are most of the file
        std::string marked;
        marked.reserve(decoded.size() + page.sequences.size() * 48);
        page.problem = markContent(decoded, page.sequences, marked);
        if (!page.problem.empty())
            return;
        // zlib's fastest level: the page is most of the file's bytes, and compressing them again
        // is much of the time tagging takes (docs/performance.md).
        const QByteArray z = qCompress(reinterpret_cast<const uchar *>(marked.data()), qsizetype(marked.size()), 1);
        page.marked.assign(z.constData() + 4, size_t(z.size() - 4)); // without Qt's length in front
    } catch (const std::exception &e) {
        page.problem = e.what(); // a stream that does not inflate
    }
}

} // namespace

void markPages(std::vector<PageMarking> &pages)
{
    // Each thread takes the next page not yet taken, so long and short pages even out.
    std::atomic<size_t> next{0};
    const auto work = [&] {
        for (size_t i = next++; i < pages.size(); i = next++)
            markPage(pages[i]);
    };
    const size_t threads = std::min(pages.size(), size_t(std::max(1, QThread::idealThreadCount())));
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work(); // this thread is one of them
    for (std::thread &h : helpers)
        h.join();
}

} // namespace ik::report
