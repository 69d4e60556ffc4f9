#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

namespace sitesync {

class Database;

// AD-5: when each site last had a request served, noted by the serving threads in memory and
// written for all sites together by whichever serving thread finds a second has passed since the
// last write (and when the server stops), so that a poll costs no durable commit of its own. The
// sites page and `site list` may be that second behind.
class ConnectionBook {
public:
    // Thread-safe. `reported`: the request was the site's contact, whose report time (ACC-4) goes
    // with it.
    void note(int siteId, bool reported = false, const QDateTime& at = QDateTime::currentDateTimeUtc());
    // Writes what was noted since the last flush in one transaction; what fails to be written is
    // kept for the next flush.
    Status flush(Database& db);
    bool pending() const;
    // flush() when a second has passed since the last one and no other thread is writing.
    Status flushIfDue(Database& db);

private:
    mutable QMutex m_mutex;
    struct Noted {
        QDateTime connected;
        QDateTime reported;
    };
    QHash<int, Noted> m_noted;
    QElapsedTimer m_sinceFlush;
    bool m_flushing = false;
};

}  // namespace sitesync
