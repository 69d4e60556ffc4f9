#include "protocol/logfmt.h"

namespace sitesync::logfmt {

void appendField(QByteArray& line, const char* key, const QByteArray& value)
{
    if (!line.isEmpty())
        line.append(' ');
    line.append(key).append('=');
    const bool plain = !value.isEmpty() && !value.contains(' ') && !value.contains('"') && !value.contains('=') &&
                       !value.contains('\\') && !value.contains('\n');
    if (plain) {
        line.append(value);
        return;
    }
    line.append('"');
    for (const char c : value) {
        if (c == '"' || c == '\\')
            line.append('\\').append(c);
        else if (c == '\n' || c == '\r')
            line.append(' ');
        else
            line.append(c);
    }
    line.append('"');
}

}  // namespace sitesync::logfmt
