#include "server/httpmessage.h"

#include "protocol/protocol.h"

namespace sitesync {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Server Error" : "Error";
    }
}

}  // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
}

QByteArray HttpResponse::toBytes() const
{
    QByteArray bytes;
    bytes.reserve(body.size() + 160);
    bytes.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reasonPhrase(status));
    bytes.append("\r\nContent-Length: ").append(QByteArray::number(body.size()));
    if (close)
        bytes.append("\r\nConnection: close");
    // Every answer, a refusal too, says which protocol versions this central serves (OPS-3).
    bytes.append("\r\n").append(protocol::kRangeHeader).append(": ").append(protocol::servedVersions().toHeader());
    for (const auto& [name, value] : headers)
        bytes.append("\r\n").append(name).append(": ").append(value);
    bytes.append("\r\n\r\n");
    if (!headOnly)
        bytes.append(body);
    return bytes;
}

}  // namespace sitesync
