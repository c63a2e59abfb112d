#pragma once
// One part of a zip archive (an XLSX workbook's sheet XML), read with libzip: what the tests
// look for that the program's own reader does not need (frozen panes, filters).

#include "catch.h"

#include <QByteArray>

#include <zip.h>

namespace iktest {

inline QByteArray partOf(const QByteArray &xlsx, const char *name)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(xlsx.constData(), zip_uint64_t(xlsx.size()), 0, &ze);
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &ze);
    REQUIRE(z);
    zip_file_t *f = zip_fopen(z, name, 0);
    REQUIRE(f);
    QByteArray out;
    char buffer[4096];
    for (zip_int64_t n; (n = zip_fread(f, buffer, sizeof buffer)) > 0;)
        out.append(buffer, qsizetype(n));
    zip_fclose(f);
    zip_discard(z);
    return out;
}

} // namespace iktest
