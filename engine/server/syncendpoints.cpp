#include "server/syncendpoints.h"

#include "protocol/compression.h"
#include "protocol/jsonscan.h"
#include "protocol/protocol.h"
#include "server/connectionbook.h"
#include "server/contactservice.h"
#include "server/errorresponse.h"
#include "server/pullservice.h"
#include "server/pushservice.h"
#include "server/sitefiletokens.h"
#include "server/siteinitialisation.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::CentralServer)
};

using protocol::ErrorCode;

HttpResponse jsonResponse(const HttpRequest& request, QByteArray data)
{
    HttpResponse response;
    response.setHeader("Content-Type", protocol::kJsonType);
    if (request.header("accept-encoding").contains("deflate") && data.size() > 512) {
        data = protocol::deflate(data);
        response.setHeader("Content-Encoding", "deflate");
    }
    response.body = std::move(data);
    return response;
}

Result<QByteArray> asText(const Result<QJsonObject>& object)
{
    if (!object)
        return object.error();
    return QJsonDocument(*object).toJson(QJsonDocument::Compact);
}

// The versions this central serves, where a site learns what it speaks with (OPS-3).
Result<QJsonObject> withRange(Result<QJsonObject> object)
{
    if (object) {
        const protocol::VersionRange served = protocol::servedVersions();
        object.value().insert(
            QStringLiteral("protocol_range"),
            QJsonObject{{QStringLiteral("oldest"), served.oldest}, {QStringLiteral("current"), served.current}});
    }
    return object;
}

ErrorCode codeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::BadInput:
        return ErrorCode::MalformedBody;
    case ErrorKind::Refused:
        return ErrorCode::NotAllowed;
    case ErrorKind::OutOfSequence:
        return ErrorCode::OutOfSequence;
    default:
        return ErrorCode::ServerError;
    }
}

}  // namespace

SyncEndpoints::SyncEndpoints(SiteSession& session, Authenticator& authenticator, ConnectionBook& connections)
    : m_session(session)
    , m_authenticator(authenticator)
    , m_connections(connections)
{
}

std::optional<SyncEndpoints::Endpoint> SyncEndpoints::endpointOf(const HttpRequest& request)
{
    if (request.method != "POST")
        return std::nullopt;
    static const struct {
        const char* path;
        Endpoint endpoint;
    } routes[] = {{"/sync/v1/initialise", Endpoint::Initialise},
                  {"/sync/v1/bind", Endpoint::Bind},
                  {"/sync/v1/contact", Endpoint::Contact},
                  {"/sync/v1/push", Endpoint::Push},
                  {"/sync/v1/pull", Endpoint::Pull}};
    for (const auto& route : routes) {
        if (request.path == route.path)
            return route.endpoint;
    }
    return std::nullopt;
}

QByteArray SyncEndpoints::endpointName(const HttpRequest& request)
{
    if (!endpointOf(request))
        return QByteArrayLiteral("unknown");
    return request.path.mid(request.path.lastIndexOf('/') + 1);
}

Authenticator::Verdict SyncEndpoints::authenticate(const HttpRequest& request, bool mayDerive)
{
    const std::optional<Endpoint> endpoint = endpointOf(request);
    // Initialising and importing bind an unbound site; everything else needs the binding.
    const bool binds = endpoint == Endpoint::Initialise || endpoint == Endpoint::Bind;
    const Authenticator::Attempt attempt{
        request.peer, request.header(protocol::kVersionHeader.toLower()), request.header("authorization"),
        request.header(protocol::kHardwareHeader.toLower()), request.header(protocol::kSessionHeader.toLower())};
    return m_authenticator.authenticate(m_session.database(), attempt, !binds, mayDerive);
}

HttpResponse SyncEndpoints::serve(const HttpRequest& request, const Authenticator::Verdict& verdict,
                                  RequestSummary& summary)
{
    const std::optional<Endpoint> endpoint = endpointOf(request);
    if (!endpoint)
        return errorResponse(ErrorCode::UnknownEndpoint, Text::tr("There is no such endpoint."));
    const Authenticator::Identity& identity = verdict.identity;
    summary.siteId = identity.siteId;
    const Body body = readBody(request, *endpoint, summary);
    if (body.refusal)
        return *body.refusal;
    Result<QByteArray> answer = answerFor(*endpoint, identity, body.object, summary);
    if (!answer)
        return errorResponse(codeFor(answer.error()), answer.error().message);
    // AD-5: a request that was served is a connection; a refused one changes nothing. ACC-4: with it
    // goes the version the site said it runs.
    m_connections.note(identity.siteId, endpoint == Endpoint::Contact, m_session.database().now(),
                       peerText(request.peer), summary.siteVersion);
    HttpResponse response = jsonResponse(request, std::move(answer).value());
    if (!verdict.session.isEmpty())
        response.setHeader(protocol::kSessionHeader, verdict.session);
    return response;
}

SyncEndpoints::Body SyncEndpoints::readBody(const HttpRequest& request, Endpoint endpoint, RequestSummary& summary)
{
    QByteArray body = request.body;
    if (request.header("content-encoding") == "deflate") {
        Result<QByteArray> inflated = protocol::inflate(body, protocol::kMaxRequestInflatedBytes);
        if (!inflated)
            return {{},
                    errorResponse(inflated.error().message.contains(QLatin1String("larger")) ? ErrorCode::BodyTooLarge
                                                                                             : ErrorCode::MalformedBody,
                                  inflated.error().message)};
        body = std::move(inflated).value();
    }
    // An oversized push is refused from its text, before a document of it is built.
    if (endpoint == Endpoint::Push) {
        if (Status s = PushService::checkPushSize(body); !s)
            return {{}, errorResponse(ErrorCode::BodyTooLarge, s.error().message)};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {{}, errorResponse(ErrorCode::MalformedBody, Text::tr("The request body is not a JSON object."))};
    if (endpoint == Endpoint::Push) {
        if (Status s = PushService::checkPushSize(document.object()); !s)
            return {{}, errorResponse(ErrorCode::BodyTooLarge, s.error().message)};
        summary.recordsIn = document.object().value(QLatin1String("records")).toArray().size();
    }
    return {document.object(), std::nullopt};
}

Result<QByteArray> SyncEndpoints::answerFor(Endpoint endpoint, const Authenticator::Identity& identity,
                                            const QJsonObject& body, RequestSummary& summary)
{
    Result<QByteArray> answer = makeError(ErrorKind::Database, QString());
    const int version = identity.protocolVersion;
    switch (endpoint) {
    case Endpoint::Initialise:
        answer =
            asText(withRange(SiteInitialisation(m_session).initialise(identity.siteId, identity.hardwareId, version)));
        break;
    case Endpoint::Bind:
        answer = asText(
            withRange(SiteFileTokens(m_session).bindImported(identity.siteId, identity.hardwareId, body, version)));
        break;
    case Endpoint::Contact:
        answer = asText(withRange(ContactService(m_session).contact(identity.siteId, body)));
        break;
    case Endpoint::Push: {
        Result<PushService::PushOutcome> pushed = PushService(m_session).push(identity.siteId, body);
        if (pushed)
            summary.recordsAdmitted = pushed->admitted;
        answer = pushed ? asText(Result<QJsonObject>(pushed->answer)) : Result<QByteArray>(pushed.error());
        break;
    }
    case Endpoint::Pull:
        answer = PullService(m_session).pull(identity.siteId, body, version);
        if (answer)
            summary.recordsOut = jsonscan::arrayLength(*answer, "records", protocol::kPullBatch).value_or(0);
        break;
    }
    return answer;
}

}  // namespace sitesync
