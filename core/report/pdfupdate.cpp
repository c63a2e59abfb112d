#include "core/report/pdfupdate.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <future>
#include <system_error>
#include <vector>

namespace ik::report {

namespace {

constexpr size_t kObjectsPerStream = 200;
constexpr size_t kStreamsPerBatch = 16;

// What the update takes from the last cross-reference stream's dictionary.
struct Trailer
{
    size_t offset = 0; // of that stream
    int size = 0;
    std::string root, info, id;
};

std::string readTrailer(const std::string &pdf, Trailer &t)
{
    const size_t at = pdf.rfind("startxref");
    if (at == std::string::npos)
        return "it has no startxref";
    t.offset = size_t(std::strtoull(pdf.c_str() + at + 9, nullptr, 10));
    const size_t end = t.offset < at ? pdf.find("stream", t.offset) : std::string::npos;
    if (end == std::string::npos || end > at)
        return "its startxref does not point to a cross-reference stream";
    const QString dict = QString::fromLatin1(pdf.data() + t.offset, qsizetype(end - t.offset));
    if (!dict.contains(QLatin1String("/Type /XRef")))
        return "it does not end in a cross-reference stream";
    const auto value = [&](const char *pattern) {
        const QRegularExpressionMatch m = QRegularExpression(QLatin1String(pattern)).match(dict);
        return m.hasMatch() ? m.captured(1).toStdString() : std::string();
    };
    t.size = std::atoi(value(R"(/Size\s+(\d+))").c_str());
    t.root = value(R"(/Root\s+(\d+\s+\d+\s+R))");
    t.info = value(R"(/Info\s+(\d+\s+\d+\s+R))");
    t.id = value(R"(/ID\s*(\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]))");
    if (t.size <= 0 || t.root.empty() || t.id.empty())
        return "its cross-reference stream has no /Size, /Root or /ID";
    return {};
}

std::string deflated(const std::string &data)
{
    // zlib's fastest level: the structure's text is repetitive, and time is what it saves.
    const QByteArray z = qCompress(reinterpret_cast<const uchar *>(data.data()), qsizetype(data.size()), 1);
    return std::string(z.constData() + 4, size_t(z.size() - 4)); // without Qt's length
}

void writeStream(std::string &pdf, int number, const std::string &dictionary, const std::string &data)
{
    pdf += std::to_string(number);
    pdf += " 0 obj\n<< ";
    pdf += dictionary;
    pdf += " /Length ";
    pdf += std::to_string(data.size());
    pdf += " /Filter /FlateDecode >>\nstream\n";
    pdf += data;
    pdf += "\nendstream\nendobj\n"; // PDF/A: an end-of-line before "endstream"
}

void putBigEndian(std::string &out, unsigned long long value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out += char((value >> (8 * i)) & 0xff);
}

} // namespace

void PdfUpdateObjects::reserve(size_t objects, size_t bytes)
{
    m_objects.reserve(objects);
    m_text.reserve(bytes);
}

std::string &PdfUpdateObjects::add(int number)
{
    m_objects.push_back({number, m_text.size()});
    return m_text;
}

std::string_view PdfUpdateObjects::body(size_t i) const
{
    const size_t end = i + 1 < m_objects.size() ? m_objects[i + 1].start : m_text.size();
    return std::string_view(m_text).substr(m_objects[i].start, end - m_objects[i].start);
}

int pdfObjectCount(const std::string &pdf)
{
    Trailer t;
    return readTrailer(pdf, t).empty() ? t.size : 0;
}

std::string appendPdfUpdate(std::string &pdf, const PdfUpdateObjects &objects)
{
    Trailer trailer;
    if (std::string problem = readTrailer(pdf, trailer); !problem.empty())
        return problem;
    int next = trailer.size;
    for (size_t i = 0; i < objects.size(); ++i)
        next = std::max(next, objects.number(i) + 1);
    // A number twice would have two places in the cross-reference, written by two threads.
    std::vector<bool> numbered(size_t(next), false);
    for (size_t i = 0; i < objects.size(); ++i) {
        const int number = objects.number(i);
        if (number <= 0 || numbered[size_t(number)])
            return "object " + std::to_string(number) + " is not a number the update can give an object";
        numbered[size_t(number)] = true;
    }

    struct Entry
    {
        int type = 0; // 1: at an offset in the file; 2: in an object stream; 0: not in the update
        unsigned long long field2 = 0;
        int field3 = 0;
    };
    // By object number: the update's objects, its object streams, and its cross-reference stream.
    const size_t streamCount = (objects.size() + kObjectsPerStream - 1) / kObjectsPerStream;
    const int firstStream = next;
    next += int(streamCount);
    std::vector<Entry> entries(size_t(next) + 1);
    // Room for all of it at once, the objects' text being more than their deflated streams: the
    // PDF copied over and over as it grew was a fifth of adding the structure. (Room not written
    // to is not memory used.)
    pdf.reserve(pdf.size() + objects.textSize() + 16 * objects.size() + 64 * streamCount + 4096);
    if (pdf.empty() || pdf.back() != '\n')
        pdf += '\n';

    // The object streams are made a batch at a time: a few megabytes held at once. Each batch's
    // streams are made and deflated half on a second thread, half on this one (the report's
    // structure tree is some 100 000 objects, and deflating them over a quarter of adding it);
    // the bytes are the same as one thread would write.
    struct ObjectStream
    {
        int number;
        size_t count;
        size_t headerSize;
        std::string data; // the header and the objects, then deflated
    };
    const auto makeStream = [&](size_t stream) {
        const size_t first = stream * kObjectsPerStream;
        const size_t last = std::min(objects.size(), first + kObjectsPerStream);
        const int number = firstStream + int(stream);
        // The header (each object's number and offset) first, then the objects themselves.
        std::string data;
        size_t offset = 0;
        for (size_t i = first; i < last; ++i) {
            data += std::to_string(objects.number(i));
            data += ' ';
            data += std::to_string(offset);
            data += ' ';
            offset += objects.body(i).size() + 1;
            entries[size_t(objects.number(i))] = {2, static_cast<unsigned long long>(number), int(i - first)};
        }
        const size_t headerSize = data.size();
        data.reserve(headerSize + offset);
        for (size_t i = first; i < last; ++i) {
            data += objects.body(i);
            data += '\n';
        }
        return ObjectStream{number, last - first, headerSize, deflated(data)};
    };
    for (size_t batchStart = 0; batchStart < streamCount; batchStart += kStreamsPerBatch) {
        const size_t batchEnd = std::min(streamCount, batchStart + kStreamsPerBatch);
        std::vector<ObjectStream> batch(batchEnd - batchStart);
        const auto makeRange = [&](size_t from, size_t to) {
            for (size_t s = from; s < to; ++s)
                batch[s - batchStart] = makeStream(s);
        };
        const size_t half = batchStart + batch.size() / 2;
        std::future<void> firstHalf;
        try {
            if (half > batchStart)
                firstHalf = std::async(std::launch::async, makeRange, batchStart, half);
        } catch (const std::system_error &) {
            // No thread to be had: this thread makes them all.
        }
        makeRange(firstHalf.valid() ? half : batchStart, batchEnd);
        if (firstHalf.valid())
            firstHalf.get();
        for (const ObjectStream &o : batch) {
            entries[size_t(o.number)] = {1, pdf.size(), 0};
            writeStream(pdf, o.number,
                        "/Type /ObjStm /N " + std::to_string(o.count) + " /First " + std::to_string(o.headerSize), o.data);
        }
    }

    const int xref = next++;
    const size_t xrefOffset = pdf.size();
    entries[size_t(xref)] = {1, xrefOffset, 0};
    std::string rows, index;
    // The subsections: each run of consecutive numbers in the update.
    for (size_t start = 0; start < entries.size();) {
        if (entries[start].type == 0) {
            ++start;
            continue;
        }
        size_t end = start;
        for (; end < entries.size() && entries[end].type != 0; ++end) {
            putBigEndian(rows, static_cast<unsigned long long>(entries[end].type), 1);
            putBigEndian(rows, entries[end].field2, 4);
            putBigEndian(rows, static_cast<unsigned long long>(entries[end].field3), 2);
        }
        index += std::to_string(start) + ' ' + std::to_string(end - start) + ' ';
        start = end;
    }
    std::string dictionary = "/Type /XRef /Size " + std::to_string(next) + " /Index [ " + index +
                             "] /W [ 1 4 2 ] /Root " + trailer.root + " /ID " + trailer.id + " /Prev " +
                             std::to_string(trailer.offset);
    if (!trailer.info.empty())
        dictionary += " /Info " + trailer.info;
    writeStream(pdf, xref, dictionary, deflated(rows));
    pdf += "startxref\n";
    pdf += std::to_string(xrefOffset);
    pdf += "\n%%EOF\n";
    return {};
}

} // namespace ik::report
