#pragma once

#include "protocol/protocol.h"
#include "server/httpmessage.h"
#include "server/serverlimits.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace sitesync {

// One client connection of the central's web service, in the thread that accepted it: reads one
// HTTP/1.1 request at a time (keep-alive, no pipelining: the next is read once this one is
// answered), refuses what the limits forbid from the headers alone (a body larger than allowed is
// never read), and closes a connection that idles or trickles past ServerLimits.
class HttpConnection : public QObject {
    Q_OBJECT

public:
    // Takes ownership of the socket. `busy`: the server is at its connection cap; the first request
    // is answered "busy" and the connection closed.
    HttpConnection(QTcpSocket* socket, const ServerLimits& limits, qsizetype maxBodyBytes, BodyBudget& bodies,
                   bool busy, QObject* parent = nullptr);
    ~HttpConnection() override;

    quint64 id() const { return m_id; }
    // The answer to the request announced last; the connection then reads the next one.
    void respond(const HttpResponse& response);

Q_SIGNALS:
    // A whole request arrived; answer it with respond().
    void requestReady(HttpConnection* connection, const HttpRequest& request);
    // The connection refused a request itself (too large, too slow, the server busy...), before it
    // was handed on: `request` holds what of it was read.
    void refusedEarly(HttpConnection* connection, const HttpRequest& request, const HttpResponse& response);
    // The connection is closed; the object may go.
    void finished(HttpConnection* connection);

private:
    enum class State { Head, Body, Handling, Draining, Closing };
    void readSome();
    bool parseHead(qsizetype headEnd);
    void refuse(protocol::ErrorCode code, const QString& message, int retryAfterSeconds = 0);
    void waitForNext();
    void armDeadline();
    void deadlinePassed();
    void closeAfterWrite();
    void drain();
    void releaseBody();

    QTcpSocket* m_socket;
    ServerLimits m_limits;
    qsizetype m_maxBodyBytes;
    BodyBudget& m_bodies;
    qint64 m_reserved = 0;  // of m_bodies, for the request being read or served
    bool m_busy;
    quint64 m_id;
    State m_state = State::Head;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = 0;
    bool m_keepAlive = true;
    QElapsedTimer m_since;  // since the request's first byte (Head), its body's start (Body) or the refusal
    qint64 m_drained = 0;
    QTimer m_deadline;
};

}  // namespace sitesync
