#include "core/exchange/zipwriter.h"

#include <zip.h>

#include <memory>

namespace ik {

namespace {

struct SourceFree
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};

QString zipMessage(zip_error_t *error)
{
    return QStringLiteral("Could not build the zip archive: %1").arg(QString::fromUtf8(zip_error_strerror(error)));
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &data, Compression compression)
{
    m_parts.append({name, data, compression});
}

QByteArray ZipWriter::finish(QString *error) const
{
    zip_error_t ze;
    zip_error_init(&ze);
    // The archive is written into this buffer source; the extra reference keeps it readable
    // after zip_close() has let go of it.
    std::unique_ptr<zip_source_t, SourceFree> target(zip_source_buffer_create(nullptr, 0, 0, &ze));
    zip_t *archive = target ? zip_open_from_source(target.get(), ZIP_TRUNCATE, &ze) : nullptr;
    if (!archive) {
        if (error)
            *error = zipMessage(&ze);
        zip_error_fini(&ze);
        return {};
    }
    zip_source_keep(target.get());
    const auto failed = [&](zip_error_t *why) {
        if (error)
            *error = zipMessage(why);
        zip_discard(archive);
        zip_error_fini(&ze);
        return QByteArray();
    };
    for (const Part &part : m_parts) {
        // The data stays owned by m_parts (freep = 0), which outlives zip_close().
        zip_source_t *source = zip_source_buffer(archive, part.data.constData(), zip_uint64_t(part.data.size()), 0);
        if (!source)
            return failed(zip_get_error(archive));
        const QByteArray name = part.name.toUtf8();
        const zip_int64_t index = zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return failed(zip_get_error(archive));
        }
        const zip_int32_t method = part.compression == Compression::Store ? ZIP_CM_STORE : ZIP_CM_DEFLATE;
        if (zip_set_file_compression(archive, zip_uint64_t(index), method, 0) < 0)
            return failed(zip_get_error(archive));
    }
    if (zip_close(archive) < 0)
        return failed(zip_get_error(archive));

    QByteArray out;
    if (zip_source_open(target.get()) < 0 || zip_source_seek(target.get(), 0, SEEK_END) < 0) {
        if (error)
            *error = zipMessage(zip_source_error(target.get()));
        zip_error_fini(&ze);
        return {};
    }
    const zip_int64_t size = zip_source_tell(target.get());
    out.resize(qsizetype(qMax<zip_int64_t>(size, 0)));
    const bool read = size >= 0 && zip_source_seek(target.get(), 0, SEEK_SET) == 0
                      && zip_source_read(target.get(), out.data(), zip_uint64_t(size)) == size;
    if (!read && error)
        *error = zipMessage(zip_source_error(target.get()));
    zip_source_close(target.get());
    zip_error_fini(&ze);
    return read ? out : QByteArray();
}

} // namespace ik
