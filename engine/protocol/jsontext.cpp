#include "protocol/jsontext.h"

#include <QLocale>

#include <cmath>

namespace sitesync::jsontext {

void appendString(QByteArray& out, QByteArrayView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Bytes that are not UTF-8 would make the whole answer unreadable; they are replaced, as
    // QString replaces them.
    QByteArray repaired;
    if (!text.isValidUtf8())
        repaired = QString::fromUtf8(text).toUtf8();
    const QByteArrayView utf8 = repaired.isNull() ? text : QByteArrayView(repaired);
    out.append('"');
    qsizetype plain = 0;  // start of the run of characters copied as they are
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.sliced(plain));
    out.append('"');
}

void appendInteger(QByteArray& out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void appendReal(QByteArray& out, double value)
{
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

}  // namespace sitesync::jsontext
