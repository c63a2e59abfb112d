#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ik {

// A zip archive built in memory (libzip), for the Office Open XML files the program writes
// itself (the annual report as DOCX). Parts are stored in the order they are added, which
// OPC readers prefer for [Content_Types].xml; nothing touches the disk until the caller writes
// the finished bytes through the output writer (outputfile.h).
class ZipWriter
{
public:
    enum class Compression { Deflate, Store }; // Store: already compressed data (PNG)

    void add(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);

    // The whole archive; empty, with a message, if libzip fails.
    QByteArray finish(QString *error) const;

private:
    struct Part
    {
        QString name;
        QByteArray data;
        Compression compression;
    };
    QList<Part> m_parts;
};

} // namespace ik
