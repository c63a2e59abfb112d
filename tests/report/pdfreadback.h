#pragma once
// A PDF's structure as another program reads it: `qpdf --json` (JSON version 2) for the
// catalog, outline and annotations, `pdftotext -bbox` for where words are. Nothing here uses the
// code that wrote the PDF.

#include "testsupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStringList>

namespace iktest {

struct PdfRun
{
    int exitCode = -1;
    QString out;
};

inline PdfRun runTool(const QString &program, const QStringList &args)
{
    const CliResult r = runProgram(program, args, 60000);
    return {r.exitCode, r.out};
}

class PdfStructureReader
{
public:
    struct Destination
    {
        int page = 0;    // 1-based; 0: not a page of this PDF
        double top = -1; // PDF user space (from the bottom)
        QString kind;    // "/XYZ", …
    };
    struct OutlineItem
    {
        QString title;
        Destination dest;
        QList<OutlineItem> kids;
    };
    struct Annotation
    {
        QJsonObject dict;
        QRectF rect; // PDF user space
        Destination dest;
    };

    explicit PdfStructureReader(const QString &pdf)
    {
        const PdfRun r = runTool(QStringLiteral("qpdf"),
                                 {QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"),
                                  QStringLiteral("--json-key=pages"),
                                  QStringLiteral("--json-key=outlines"), pdf});
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        m_objects = root.value(QStringLiteral("qpdf")).toArray().at(1).toObject();
        for (const QJsonValue &page : root.value(QStringLiteral("pages")).toArray()) {
            m_pages << page.toObject().value(QStringLiteral("object")).toString();
            m_pageNumber.insert(m_pages.last(),
                                page.toObject().value(QStringLiteral("pageposfrom1")).toInt());
        }
        for (const QJsonValue &o : root.value(QStringLiteral("outlines")).toArray())
            m_outline << outlineItem(o.toObject());
    }

    bool isValid() const { return !m_pages.isEmpty(); }
    int pageCount() const { return int(m_pages.size()); }
    // An object's value by reference ("12 0 R"); a direct value is returned as it is.
    QJsonValue resolve(const QJsonValue &v) const
    {
        static const QRegularExpression ref(QStringLiteral("^\\d+ \\d+ R$"));
        if (v.isString() && ref.match(v.toString()).hasMatch())
            return m_objects.value(QStringLiteral("obj:") + v.toString())
                .toObject()
                .value(QStringLiteral("value"));
        return v;
    }
    QJsonObject catalog() const
    {
        const QJsonObject trailer = m_objects.value(QStringLiteral("trailer"))
                                        .toObject()
                                        .value(QStringLiteral("value"))
                                        .toObject();
        return resolve(trailer.value(QStringLiteral("/Root"))).toObject();
    }
    const QList<OutlineItem> &outline() const { return m_outline; }
    int pageNumber(const QString &ref) const { return m_pageNumber.value(ref); }
    double mediaBoxTop(int page) const
    {
        const QJsonArray box = resolve(pageDict(page).value(QStringLiteral("/MediaBox"))).toArray();
        return box.at(3).toDouble();
    }
    QJsonObject pageDict(int page) const { return resolve(m_pages.value(page - 1)).toObject(); }
    QList<Annotation> annotations(int page) const
    {
        QList<Annotation> out;
        for (const QJsonValue &a :
             resolve(pageDict(page).value(QStringLiteral("/Annots"))).toArray()) {
            Annotation annot;
            annot.dict = resolve(a).toObject();
            const QJsonArray r = resolve(annot.dict.value(QStringLiteral("/Rect"))).toArray();
            annot.rect = QRectF(QPointF(r.at(0).toDouble(), r.at(1).toDouble()),
                                QPointF(r.at(2).toDouble(), r.at(3).toDouble()))
                             .normalized();
            annot.dest = destination(resolve(annot.dict.value(QStringLiteral("/Dest"))).toArray());
            out << annot;
        }
        return out;
    }

private:
    Destination destination(const QJsonArray &dest) const
    {
        Destination d;
        if (dest.isEmpty())
            return d;
        d.page = pageNumber(dest.at(0).toString());
        d.kind = dest.at(1).toString();
        d.top = dest.at(3).toDouble(-1);
        return d;
    }
    OutlineItem outlineItem(const QJsonObject &o) const
    {
        OutlineItem item;
        item.title = o.value(QStringLiteral("title")).toString();
        item.dest = destination(o.value(QStringLiteral("dest")).toArray());
        for (const QJsonValue &k : o.value(QStringLiteral("kids")).toArray())
            item.kids << outlineItem(k.toObject());
        return item;
    }

    QJsonObject m_objects;
    QStringList m_pages;
    QHash<QString, int> m_pageNumber;
    QList<OutlineItem> m_outline;
};

// The words of one page with their boxes, top-down coordinates in points (pdftotext -bbox).
struct PdfWord
{
    QString text;
    QRectF box;
};

inline QList<PdfWord> pageWords(const QString &pdf, int page)
{
    const PdfRun r =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<PdfWord> out;
    for (auto it = word.globalMatch(r.out); it.hasNext();) {
        const auto m = it.next();
        const QString text = m.captured(5)
                                 .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                                 .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                                 .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                                 .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                                 .replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        out.append({text, QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                 QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return out;
}

// Where the words of `phrase` stand one after another on the page: the first word's box, or an
// empty box.
inline QRectF findPhrase(const QList<PdfWord> &words, const QString &phrase)
{
    const QStringList wanted = phrase.simplified().split(QLatin1Char(' '));
    for (qsizetype i = 0; i + wanted.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < wanted.size() && all; ++k)
            all = words[i + k].text == wanted[k];
        if (all)
            return words[i].box;
    }
    return {};
}

} // namespace iktest
