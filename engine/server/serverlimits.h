#pragma once

#include <QtGlobal>

namespace sitesync {

// What the central's web service allows one connection and all of them together (OPS-6). Every
// limit is checked before the work it protects: a body's size from its headers before the body
// is read, a slow client by the clock before it can hold a connection for ever.
struct ServerLimits {
    // Threads that serve requests, each with its own database connection; a long initialisation
    // occupies one of them and the others keep answering polls.
    int workers = 4;
    // Open connections at most; one more is answered "busy" and closed. The file descriptor limit
    // is raised to fit when the system allows, and the cap lowered when it does not.
    int maxConnections = 2000;
    // A connection with no request in progress is closed after this long.
    int idleSeconds = 60;
    // A request's line and headers arrive within this long of its first byte...
    int headerSeconds = 30;
    // ...and its body keeps at least this rate after the first `headerSeconds`, so that a site on a
    // poor link sends a large push while a client that trickles bytes is cut off.
    int minBytesPerSecond = 500;
    // Request line and headers together at most (bytes).
    int maxHeaderBytes = 16 * 1024;
    // Request bodies received and not yet answered, on all connections together (bytes); a request
    // that would pass it is answered "busy".
    qint64 maxBodyBytesInFlight = 128 * 1024 * 1024;
};

// The bytes of request bodies the connections hold together, against ServerLimits; used in the
// thread that owns the connections only.
class BodyBudget {
public:
    explicit BodyBudget(qint64 limit)
        : m_limit(limit)
    {
    }
    bool reserve(qint64 bytes)
    {
        if (bytes > 0 && m_used + bytes > m_limit)
            return false;
        m_used += bytes;
        return true;
    }
    void release(qint64 bytes) { m_used -= bytes; }
    qint64 used() const { return m_used; }

private:
    qint64 m_limit;
    qint64 m_used = 0;
};

}  // namespace sitesync
