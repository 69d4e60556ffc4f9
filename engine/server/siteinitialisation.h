#pragma once

#include "core/result.h"
#include "protocol/protocol.h"

#include <QJsonObject>

namespace sitesync {

class SiteSession;

// The central's answer to /sync/v1/initialise (docs/protocol.md): a site set up on a machine over
// the network. Runs on the central's database, in the server's thread.
class SiteInitialisation {
public:
    explicit SiteInitialisation(SiteSession& session)
        : m_session(session)
    {
    }

    // Binds the site to the hardware (TOP-4), restarts its pull from the beginning (RT-5) and
    // describes the network to it (SiteBinding::describe), saying whether it was initialised before.
    // `protocolVersion`: the version the site speaks (OPS-3).
    Result<QJsonObject> initialise(int siteId, const QString& hardwareId, int protocolVersion = protocol::kVersion);

private:
    SiteSession& m_session;
};

}  // namespace sitesync
