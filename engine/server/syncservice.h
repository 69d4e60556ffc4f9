#pragma once

#include "core/result.h"
#include "sync/wirerecord.h"

#include <QJsonObject>

namespace sitesync {

class SiteSession;

// What the central server does for a remote site, apart from HTTP: initialise it, take its push,
// answer its pull (docs/protocol.md). Runs on the central's database, in the server's thread.
class SyncService {
public:
    explicit SyncService(SiteSession& session)
        : m_session(session)
    {
    }

    // Binds the site to the hardware (TOP-4) and restarts its pull from the beginning (RT-5).
    Result<QJsonObject> initialise(int siteId, const QString& hardwareId);
    // Applies a pushed batch once, however often it is sent (DESIGN.md "Push").
    Result<QJsonObject> push(int siteId, const QJsonObject& body);
    // The next records routed to the site after the cursors it confirms having stored, as JSON
    // text written straight from the database.
    Result<QByteArray> pull(int siteId, const QJsonObject& body);
    // AD-5: the last time each site connected.
    Status recordConnection(int siteId);

private:
    // The wire records of a batch of log entries as a JSON array, their data read table by table;
    // it stops once the text passes protocol::kPullAnswerBytes, and says how many entries it took.
    Result<QByteArray> withData(const QList<WireRecord>& entries, qsizetype* included);

    SiteSession& m_session;
};

}  // namespace sitesync
