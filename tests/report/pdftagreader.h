#pragma once
// A tagged PDF's structure as libqpdf reads it back from the file, without the code that wrote
// it: the catalog's marks, the structure tree from /StructTreeRoot, and every text object
// (BT … ET) of every page's content with the marked content around it, resolved through the
// /ParentTree to the element it belongs to. What does not hold together is listed in problems.
// (pdftagreader.cpp includes qpdf, which clang compiles only as C++17; this header does not.)

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace iktest {

struct TaggedPdf
{
    struct Element
    {
        QByteArray type;    // /S without the slash: "H1", "TD", …
        int parent = -1;    // index in elements; -1: a kid of /StructTreeRoot
        QList<int> kids;    // elements, in /K order
        QList<QPair<int, int>> content; // (page, MCID), pages from 0
        QString alt;        // /Alt
        bool columnScope = false; // /A has /Scope /Column
        int links = 0;      // OBJR kids that are Link annotations
    };
    struct TextObject
    {
        int page = 0;
        bool artifact = false;
        int element = -1; // the element its marked content belongs to; -1: none
    };

    bool read = false;
    bool marked = false;          // /MarkInfo << /Marked true >>
    bool displayDocTitle = false; // /ViewerPreferences << /DisplayDocTitle true >>
    bool structTreeRoot = false;
    QList<Element> elements; // depth first, in reading order
    QList<TextObject> texts;
    QStringList problems;

    QList<int> ofType(const QByteArray &type) const
    {
        QList<int> out;
        for (int i = 0; i < elements.size(); ++i)
            if (elements[i].type == type)
                out << i;
        return out;
    }
};

TaggedPdf readTaggedPdf(const QString &path);

} // namespace iktest
