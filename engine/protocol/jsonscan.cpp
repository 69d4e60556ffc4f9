#include "protocol/jsonscan.h"

namespace sitesync::jsonscan {

namespace {

class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\n' || peek() == '\r' || peek() == '\t'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    // A string at the current place; its raw text (escapes left as they are) in `raw`.
    bool string(QByteArrayView* raw = nullptr)
    {
        skipSpace();
        if (peek() != '"')
            return false;
        const qsizetype start = ++m_at;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\')
                ++m_at;
            ++m_at;
        }
        if (atEnd())
            return false;
        if (raw)
            *raw = m_text.sliced(start, m_at - start);
        ++m_at;
        return true;
    }
    // Any value, skipped: strings whole, brackets by depth.
    bool skipValue()
    {
        skipSpace();
        if (peek() == '"')
            return string();
        if (peek() != '{' && peek() != '[') {
            while (!atEnd() && peek() != ',' && peek() != '}' && peek() != ']')
                ++m_at;
            return !atEnd();
        }
        int depth = 0;
        do {
            const char c = peek();
            if (c == '"') {
                if (!string())
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']')
                --depth;
            ++m_at;
        } while (depth > 0 && !atEnd());
        return depth == 0;
    }
    // The elements of the array at the current place, up to stopAfter + 1.
    std::optional<qsizetype> countElements(qsizetype stopAfter)
    {
        if (!take('['))
            return std::nullopt;
        if (take(']'))
            return 0;
        qsizetype count = 0;
        while (true) {
            if (!skipValue())
                return std::nullopt;
            if (++count > stopAfter)
                return count;
            if (take(']'))
                return count;
            if (!take(','))
                return std::nullopt;
        }
    }

private:
    QByteArrayView m_text;
    qsizetype m_at = 0;
};

}  // namespace

std::optional<qsizetype> arrayLength(QByteArrayView json, QByteArrayView key, qsizetype stopAfter)
{
    Scanner scan(json);
    if (!scan.take('{'))
        return std::nullopt;
    if (scan.take('}'))
        return std::nullopt;
    while (true) {
        QByteArrayView name;
        if (!scan.string(&name) || !scan.take(':'))
            return std::nullopt;
        if (name == key) {
            scan.skipSpace();
            return scan.peek() == '[' ? scan.countElements(stopAfter) : std::nullopt;
        }
        if (!scan.skipValue())
            return std::nullopt;
        if (scan.take('}') || !scan.take(','))
            return std::nullopt;
    }
}

}  // namespace sitesync::jsonscan
