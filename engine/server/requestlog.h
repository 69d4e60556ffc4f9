#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QString>

namespace sitesync {

// What the central's log and metrics say of one request it answered (OPS-4): filled in as the
// request goes (received, authenticated, served) and written once, when its answer leaves.
struct RequestSummary {
    QByteArray endpoint;         // "push", "pull", ..., "health", "metrics"; "unknown" otherwise
    int siteId = 0;              // the site it was served for; 0 when no site was accepted
    QString siteVersion;         // the SiteSync version the request said it came from, if any
    qint64 recordsIn = 0;        // records it brought (a push)
    qint64 recordsAdmitted = 0;  // of those, the ones the central did not hold yet (a batch sent again: none)
    qint64 recordsOut = 0;       // records its answer carried (a pull)
    qint64 bytesIn = 0;          // its body as received
    qint64 bytesOut = 0;         // its answer's body as sent
    int status = 0;              // the answer's HTTP status
    QByteArray result;           // "ok", or the error code of the answer (docs/protocol.md)
    QString message;             // the error's message, when it is one
    bool loginRefused = false;   // the site's credentials or binding were refused
    QHostAddress peer;
    QElapsedTimer received;   // started when the request had arrived whole
    qint64 milliseconds = 0;  // from then until its answer left

    // The request's line for the log: key=value pairs (logfmt), a value quoted when it holds a space
    // or a quote, so that journald, grep and log collectors read it as fields.
    QByteArray logLine() const;
    // Writes logLine() to the category sitesync.engine.server.request, at info level.
    void log() const;
};

// The peer as a technician reads it: an IPv4 address as such, even when it reached an IPv6 socket
// (empty when not known).
QString peerText(const QHostAddress& peer);

// A SiteSync version as a request states it, kept only when it looks like one ("0.1.0", "1.2.0-rc1"):
// at most 32 letters, digits, dots, dashes, pluses and underscores; otherwise empty.
QString versionFromHeader(const QByteArray& value);

}  // namespace sitesync
