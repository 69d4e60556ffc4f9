#include "server/requestlog.h"

#include <QLoggingCategory>

namespace sitesync {

namespace {

// On at info level when `sitesyncctl serve` runs; QT_LOGGING_RULES turns it off.
Q_LOGGING_CATEGORY(lcRequest, "sitesync.engine.server.request", QtWarningMsg)

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

}  // namespace

QByteArray RequestSummary::logLine() const
{
    QByteArray line;
    appendField(line, "site", siteId > 0 ? QByteArray::number(siteId) : QByteArrayLiteral("-"));
    appendField(line, "endpoint", endpoint.isEmpty() ? QByteArrayLiteral("unknown") : endpoint);
    appendField(line, "status", QByteArray::number(status));
    appendField(line, "result", result.isEmpty() ? QByteArrayLiteral("ok") : result);
    appendField(line, "records_in", QByteArray::number(recordsIn));
    appendField(line, "records_out", QByteArray::number(recordsOut));
    appendField(line, "bytes_in", QByteArray::number(bytesIn));
    appendField(line, "bytes_out", QByteArray::number(bytesOut));
    appendField(line, "ms", QByteArray::number(milliseconds));
    const QString address = peerText(peer);
    appendField(line, "peer", address.isEmpty() ? QByteArrayLiteral("-") : address.toUtf8());
    appendField(line, "version", siteVersion.isEmpty() ? QByteArrayLiteral("-") : siteVersion.toUtf8());
    if (!message.isEmpty())
        appendField(line, "message", message.toUtf8());
    return line;
}

void RequestSummary::log() const
{
    qCInfo(lcRequest).noquote() << QString::fromUtf8(logLine());
}

QString peerText(const QHostAddress& peer)
{
    if (peer.isNull())
        return {};
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

QString versionFromHeader(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 32)
        return {};
    for (const char c : trimmed) {
        const bool allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' ||
                             c == '-' || c == '+' || c == '_';
        if (!allowed)
            return {};
    }
    return QString::fromLatin1(trimmed);
}

}  // namespace sitesync
