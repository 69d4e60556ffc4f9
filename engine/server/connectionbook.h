#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace sitesync {

class Database;

// AD-5: when each site last had a request served, noted by the serving threads in memory and
// written for all sites together once a second by the server's bookkeeping thread (and when the
// server stops), so that a poll costs no durable commit of its own and no serving thread waits
// for the write. The sites page and `site list` may be that second behind. With the time go the
// address the site came from and the SiteSync version it said it runs (ACC-4).
class ConnectionBook {
public:
    // Thread-safe. `reported`: the request was the site's contact, whose report time (ACC-4) goes
    // with it. `address`: where the request came from; `version`: the SiteSync version the request
    // said it came from (empty: not known, the last one is kept).
    // `at`: the site's time now (Database::now) when the request was served.
    void note(int siteId, bool reported, const QDateTime& at, const QString& address = {}, const QString& version = {});
    // Writes what was noted since the last flush in one transaction; what fails to be written is
    // kept for the next flush.
    Status flush(Database& db);

private:
    mutable QMutex m_mutex;
    struct Noted {
        QDateTime connected;
        QDateTime reported;
        QString address;  // of the latest connection
        QString version;  // that the latest connection said
    };
    QHash<int, Noted> m_noted;
};

}  // namespace sitesync
