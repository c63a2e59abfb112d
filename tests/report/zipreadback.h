#pragma once
// The parts of a zip archive the program wrote (the report's DOCX), read with libzip as another
// program would. Tests that include this link PkgConfig::libzip.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <zip.h>

namespace iktest {

// Every part by name; empty if the data is no zip archive.
inline QHash<QString, QByteArray> unzip(const QByteArray &data)
{
    QHash<QString, QByteArray> parts;
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &ze);
    zip_t *archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : nullptr;
    zip_error_fini(&ze);
    if (!archive) {
        if (source)
            zip_source_free(source);
        return parts;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0)
            continue;
        zip_file_t *f = zip_fopen_index(archive, zip_uint64_t(i), 0);
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        const bool read = f && zip_fread(f, bytes.data(), st.size) == zip_int64_t(st.size);
        if (f)
            zip_fclose(f);
        if (read)
            parts.insert(QString::fromUtf8(st.name), bytes);
    }
    zip_discard(archive);
    return parts;
}

} // namespace iktest
