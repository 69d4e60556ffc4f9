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
};

}  // namespace sitesync
