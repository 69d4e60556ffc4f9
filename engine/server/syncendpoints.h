#pragma once

#include "server/authenticator.h"
#include "server/httpmessage.h"
#include "server/requestlog.h"
#include "server/syncservice.h"

#include <optional>

namespace sitesync {

class ConnectionBook;
class SiteSession;

// The sync endpoints of protocol v1 (/sync/v1/initialise, bind, contact, push, pull) as one serving
// thread answers them, on that thread's own database connection: decompression, JSON, limits
// that need the body, authentication and the service call.
class SyncEndpoints {
public:
    enum class Endpoint { Initialise, Bind, Contact, Push, Pull };

    SyncEndpoints(SiteSession& session, Authenticator& authenticator, ConnectionBook& connections);

    // The endpoint a request names, or none (answered "unknown endpoint").
    static std::optional<Endpoint> endpointOf(const HttpRequest& request);
    // Its name for the request log and metrics ("push"), or "unknown".
    static QByteArray endpointName(const HttpRequest& request);

    // Authenticates the request; `mayDerive` false: NeedsDerivation when only the slow password
    // hash could decide (the server hands such a request to its login lane).
    Authenticator::Verdict authenticate(const HttpRequest& request, bool mayDerive);
    // Serves a request whose sender was accepted; notes in `summary` the site and the records in and
    // out.
    HttpResponse serve(const HttpRequest& request, const Authenticator::Verdict& verdict, RequestSummary& summary);

private:
    SiteSession& m_session;
    Authenticator& m_authenticator;
    ConnectionBook& m_connections;
    SyncService m_service;
};

}  // namespace sitesync
