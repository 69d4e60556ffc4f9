#pragma once

#include <QByteArray>

namespace sitesync::logfmt {

// Appends `key=value` to a log line of key=value pairs (logfmt), the form of the central's request
// log and a site's link log (docs/observability.md): a value with a space, a quote, `=` or a
// backslash is quoted, with `\"` and `\\` inside; a line break becomes a space.
void appendField(QByteArray& line, const char* key, const QByteArray& value);

}  // namespace sitesync::logfmt
