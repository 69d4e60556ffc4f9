#include "server/centralserver.h"

#include "protocol/compression.h"
#include "protocol/protocol.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>

namespace sitesync {

Q_LOGGING_CATEGORY(lcServer, "sitesync.engine.server", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::CentralServer)
};

using protocol::ErrorCode;

QHttpServerResponse errorResponse(ErrorCode code, const QString& message, int retryAfter = 0)
{
    const QJsonObject body{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), protocol::errorCodeId(code)},
                                                                 {QStringLiteral("message"), message}}}};
    QHttpServerResponse response(protocol::kJsonType, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QHttpServerResponse::StatusCode(protocol::httpStatus(code)));
    if (retryAfter > 0)
        response.setHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}

QHttpServerResponse jsonResponse(const QHttpServerRequest& request, QByteArray data, const QByteArray& session)
{
    const bool deflate = request.value("Accept-Encoding").contains("deflate") && data.size() > 512;
    if (deflate)
        data = protocol::deflate(data);
    QHttpServerResponse response(protocol::kJsonType, data);
    if (deflate)
        response.setHeader("Content-Encoding", "deflate");
    if (!session.isEmpty())
        response.setHeader(protocol::kSessionHeader, session);
    return response;
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

CentralServer::CentralServer(std::unique_ptr<SiteSession> session, QObject* parent)
    : QObject(parent)
    , m_session(std::move(session))
    , m_http(std::make_unique<QHttpServer>())
    , m_service(*m_session)
{
    const struct {
        const char* path;
        Endpoint endpoint;
    } routes[] = {{"/sync/v1/initialise", Endpoint::Initialise},
                  {"/sync/v1/bind", Endpoint::Bind},
                  {"/sync/v1/contact", Endpoint::Contact},
                  {"/sync/v1/push", Endpoint::Push},
                  {"/sync/v1/pull", Endpoint::Pull}};
    for (const auto& route : routes) {
        const Endpoint endpoint = route.endpoint;
        m_http->route(QString::fromLatin1(route.path), QHttpServerRequest::Method::Post,
                      [this, endpoint](const QHttpServerRequest& request) { return handle(request, endpoint); });
    }
}

CentralServer::~CentralServer() = default;

Status CentralServer::useTls(const QString& certificateFile, const QString& keyFile)
{
    QFile certFile(certificateFile);
    QFile keyData(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyData.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound,
                         Text::tr("Cannot read the TLS certificate %1 or key %2.").arg(certificateFile, keyFile));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QByteArray keyPem = keyData.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return makeError(ErrorKind::BadInput,
                         Text::tr("%1 or %2 is not a PEM certificate or key.").arg(certificateFile, keyFile));
    m_http->sslSetup(certificate, key);
    return {};
}

Result<quint16> CentralServer::listen(const QHostAddress& address, quint16 port)
{
    // Without its key the central still serves; sites then log in with their passwords only.
    if (Status s = Authenticator::prepare(m_session->database()); !s)
        qCWarning(lcServer).noquote() << "no session tokens for now: their key cannot be read or created:"
                                      << s.error().message;
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0)
        return makeError(ErrorKind::Database,
                         Text::tr("Cannot listen on %1:%2; is the port in use?").arg(address.toString()).arg(port));
    qCInfo(lcServer) << "listening on" << address.toString() << bound;
    return bound;
}

QHttpServerResponse CentralServer::handle(const QHttpServerRequest& request, Endpoint endpoint)
{
    if (request.body().size() > protocol::kMaxBodyBytes)
        return errorResponse(ErrorCode::BodyTooLarge,
                             Text::tr("The request body is larger than %1 bytes.").arg(protocol::kMaxBodyBytes));
    // Initialising and importing bind an unbound site; everything else needs the binding. One thread
    // serves every request here, so it derives a password itself when it must.
    const bool binds = endpoint == Endpoint::Initialise || endpoint == Endpoint::Bind;
    const Authenticator::Verdict verdict = m_authenticator.authenticate(
        m_session->database(),
        {request.remoteAddress(), request.value(protocol::kVersionHeader), request.value("Authorization"),
         request.value(protocol::kHardwareHeader), request.value(protocol::kSessionHeader)},
        !binds, true);
    if (verdict.outcome != Authenticator::Outcome::Accepted) {
        const Authenticator::Failure& failure = verdict.failure;
        qCInfo(lcServer) << "refused" << request.remoteAddress().toString() << protocol::errorCodeId(failure.code);
        return errorResponse(failure.code, failure.message, failure.retryAfterSeconds);
    }
    const Authenticator::Identity& identity = verdict.identity;
    QByteArray body = request.body();
    if (request.value("Content-Encoding") == "deflate") {
        Result<QByteArray> inflated = protocol::inflate(body, protocol::kMaxInflatedBytes);
        if (!inflated)
            return errorResponse(inflated.error().message.contains(QLatin1String("larger")) ? ErrorCode::BodyTooLarge
                                                                                            : ErrorCode::MalformedBody,
                                 inflated.error().message);
        body = std::move(inflated).value();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(ErrorCode::MalformedBody, Text::tr("The request body is not a JSON object."));
    // An oversized push is refused as soon as its records can be counted, before any is read.
    if (endpoint == Endpoint::Push) {
        if (Status s = SyncService::checkPushSize(document.object()); !s)
            return errorResponse(ErrorCode::BodyTooLarge, s.error().message);
    }
    Result<QByteArray> answer = makeError(ErrorKind::Database, QString());
    auto asText = [](const Result<QJsonObject>& object) -> Result<QByteArray> {
        if (!object)
            return object.error();
        return QJsonDocument(*object).toJson(QJsonDocument::Compact);
    };
    switch (endpoint) {
    case Endpoint::Initialise:
        answer = asText(m_service.initialise(identity.siteId, identity.hardwareId));
        break;
    case Endpoint::Bind:
        answer = asText(m_service.bindImported(identity.siteId, identity.hardwareId, document.object()));
        break;
    case Endpoint::Contact:
        answer = asText(m_service.contact(identity.siteId, document.object()));
        break;
    case Endpoint::Push:
        answer = asText(m_service.push(identity.siteId, document.object()));
        break;
    case Endpoint::Pull:
        answer = m_service.pull(identity.siteId, document.object());
        break;
    }
    if (!answer)
        return errorResponse(codeFor(answer.error()), answer.error().message);
    // AD-5: a request that was served is a connection; a refused one changes nothing.
    if (Status s = m_service.recordConnection(identity.siteId); !s)
        qCWarning(lcServer) << "cannot record the connection of site" << identity.siteId << s.error().message;
    return jsonResponse(request, std::move(answer).value(), verdict.session);
}

}  // namespace sitesync
