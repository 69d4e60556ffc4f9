#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace sitesync {

// One HTTP/1.1 request as the central's web service received it (server/httpconnection.h).
struct HttpRequest {
    QByteArray method;
    QByteArray path;
    // Header names in lower case, in the order received.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    // The value of the first header of that name (any case), or an empty value.
    QByteArray header(const QByteArray& name) const;
};

// One answer, written with its Content-Length; `close` ends the connection after it.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false;
    // The answer to a HEAD request: its headers, the body's length, and no body.
    bool headOnly = false;
    // The error the answer carries (docs/protocol.md), for the request log; never sent as such.
    QByteArray errorCode;
    QString errorMessage;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray toBytes() const;
};

}  // namespace sitesync
