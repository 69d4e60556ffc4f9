#include "server/requestlog.h"

#include "protocol/logfmt.h"

#include <QLoggingCategory>

namespace sitesync {

namespace {

// On at info level when `sitesyncctl serve` runs; QT_LOGGING_RULES turns it off.
Q_LOGGING_CATEGORY(lcRequest, "sitesync.engine.server.request", QtWarningMsg)

}  // namespace

QByteArray RequestSummary::logLine() const
{
    QByteArray line;
    logfmt::appendField(line, "site", siteId > 0 ? QByteArray::number(siteId) : QByteArrayLiteral("-"));
    logfmt::appendField(line, "endpoint", endpoint.isEmpty() ? QByteArrayLiteral("unknown") : endpoint);
    logfmt::appendField(line, "status", QByteArray::number(status));
    logfmt::appendField(line, "result", result.isEmpty() ? QByteArrayLiteral("ok") : result);
    logfmt::appendField(line, "records_in", QByteArray::number(recordsIn));
    logfmt::appendField(line, "records_out", QByteArray::number(recordsOut));
    logfmt::appendField(line, "bytes_in", QByteArray::number(bytesIn));
    logfmt::appendField(line, "bytes_out", QByteArray::number(bytesOut));
    logfmt::appendField(line, "ms", QByteArray::number(milliseconds));
    const QString address = peerText(peer);
    logfmt::appendField(line, "peer", address.isEmpty() ? QByteArrayLiteral("-") : address.toUtf8());
    logfmt::appendField(line, "version", siteVersion.isEmpty() ? QByteArrayLiteral("-") : siteVersion.toUtf8());
    if (!message.isEmpty())
        logfmt::appendField(line, "message", message.toUtf8());
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
