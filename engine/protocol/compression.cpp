#include "protocol/compression.h"

#include <zlib.h>

namespace sitesync::protocol {

QByteArray deflate(const QByteArray& data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.constData()),
                  uLong(data.size()), Z_BEST_SPEED) != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

Result<QByteArray> inflate(const QByteArray& data, qsizetype maxSize)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return makeError(ErrorKind::Database, QStringLiteral("cannot start decompression"));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof(chunk);
        rc = ::inflate(&stream, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&stream);
            return makeError(ErrorKind::BadInput, QStringLiteral("the compressed body is damaged"));
        }
        out.append(chunk, qsizetype(sizeof(chunk) - stream.avail_out));
        if (out.size() > maxSize) {
            inflateEnd(&stream);
            return makeError(ErrorKind::BadInput,
                             QStringLiteral("the body is larger than %1 bytes uncompressed").arg(maxSize));
        }
        if (rc == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            inflateEnd(&stream);
            return makeError(ErrorKind::BadInput, QStringLiteral("the compressed body is truncated"));
        }
    }
    inflateEnd(&stream);
    return out;
}

}  // namespace sitesync::protocol
