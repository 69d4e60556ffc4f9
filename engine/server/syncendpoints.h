#pragma once

#include "server/authenticator.h"
#include "server/httpmessage.h"
#include "server/requestlog.h"

#include <QJsonObject>

#include <optional>

namespace sitesync {

class ConnectionBook;
class SiteSession;

// The sync endpoints of protocol v1 (/sync/v1/initialise, bind, contact, push, pull) as one serving
// thread answers them, on that thread's own database connection: decompression, JSON, limits
// that need the body, authentication and the service call. Each endpoint's service has its own
// file: SiteInitialisation, SiteFileTokens (bind), ContactService, PushService, PullService.
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
    // The request's body as a JSON object, inflated and within the limits that need it (notes in
    // `summary` the records a push holds), or the answer that refuses it.
    struct Body {
        QJsonObject object;
        std::optional<HttpResponse> refusal;
    };
    static Body readBody(const HttpRequest& request, Endpoint endpoint, RequestSummary& summary);
    // The endpoint's service called for the site, its answer as JSON text; notes in `summary` the
    // records admitted and served.
    Result<QByteArray> answerFor(Endpoint endpoint, const Authenticator::Identity& identity, const QJsonObject& body,
                                 RequestSummary& summary);

    SiteSession& m_session;
    Authenticator& m_authenticator;
    ConnectionBook& m_connections;
};

}  // namespace sitesync
