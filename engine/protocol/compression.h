#pragma once

#include "core/result.h"

#include <QByteArray>

namespace sitesync::protocol {

// HTTP "deflate" bodies (a zlib stream). Inflating stops at a size limit, so a small hostile body
// can never expand into memory exhaustion.
QByteArray deflate(const QByteArray& data);
Result<QByteArray> inflate(const QByteArray& data, qsizetype maxSize);

}  // namespace sitesync::protocol
