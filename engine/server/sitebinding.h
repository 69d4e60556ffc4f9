#pragma once

#include "core/result.h"
#include "protocol/protocol.h"

#include <QJsonObject>

namespace sitesync {

class SiteSession;

// What binding a site to a machine takes on the central, whichever way the machine comes: over the
// network (SiteInitialisation) or with a site data file (SiteFileTokens). Runs on the central's
// database, in the caller's thread.
class SiteBinding {
public:
    explicit SiteBinding(SiteSession& session)
        : m_session(session)
    {
    }

    // Binds the site to the hardware (TOP-4).
    Status bind(int siteId, const QString& hardwareId);
    // RT-5: the site receives everything it needs again from the start of the log.
    Status restartPull(int siteId);
    // What a new site learns of the network: its own record, every site (no secrets), who is who.
    // `protocolVersion`: the version the site speaks, which decides the columns of the records it
    // is sent (OPS-3).
    Result<QJsonObject> describe(int siteId, int protocolVersion = protocol::kVersion);

private:
    SiteSession& m_session;
};

}  // namespace sitesync
