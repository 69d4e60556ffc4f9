#include "faketransport.h"

#include "client/networktransport.h"
#include "protocol/protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <utility>

namespace sitesync::test {

namespace {

// As Qt's network layer names an HTTP status of an answer (QHttpThreadDelegate), with its reason.
QNetworkReply::NetworkError errorOfStatus(int status)
{
    switch (status) {
    case 400:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status > 500    ? QNetworkReply::UnknownServerError
               : status >= 400 ? QNetworkReply::UnknownContentError
                               : QNetworkReply::NoError;
    }
}

QString reasonOf(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 404:
        return QStringLiteral("Not Found");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

// Qt's words for a connection closed by the other side, and for a request given up.
const QString kClosed = QStringLiteral("Connection closed");
const QString kCanceled = QStringLiteral("Operation canceled");

// One request through a FakeTransport: sent on to the network, or not, and answered as its fault
// says. It lives no longer than the transport (CentralConnection holds both, the reply for one
// exchange).
class FakeReply : public TransportReply {
public:
    FakeReply(const TransportRequest& request, std::optional<Fault> fault, Transport& network)
        : m_url(request.url)
        , m_fault(std::move(fault))
    {
        if (m_fault && !m_fault->reachesCentral()) {
            // The central never hears of it.
            if (m_fault->kind != Fault::Kind::Hang)
                QTimer::singleShot(0, this, [this] { answerHere(); });
            return;
        }
        if (m_fault && m_fault->kind == Fault::Kind::Delay) {
            QTimer::singleShot(m_fault->delay, this, [this, request, &network] {
                if (!m_finished)
                    send(request, network);
            });
            return;
        }
        send(request, network);
    }

    bool isFinished() const override { return m_finished; }
    void abort() override
    {
        if (m_finished)
            return;
        if (m_central && !m_central->isFinished()) {
            m_central->disconnect(this);
            m_central->abort();
        }
        m_fromCentral = false;
        m_status = 0;
        m_body.clear();
        m_contentType.clear();
        m_error = QNetworkReply::OperationCanceledError;
        m_errorText = kCanceled;
        finish();
    }
    int status() const override { return m_status; }
    QByteArray header(const QByteArray& name) const override
    {
        if (m_fromCentral)
            return m_central->header(name);
        return name.compare("Content-Type", Qt::CaseInsensitive) == 0 ? m_contentType : QByteArray();
    }
    QByteArray readBody() override { return std::exchange(m_body, {}); }
    QNetworkReply::NetworkError error() const override { return m_error; }
    QString errorText() const override { return m_errorText; }

private:
    void send(const TransportRequest& request, Transport& network)
    {
        m_central = network.post(request);
        connect(m_central.get(), &TransportReply::moved, this, [this] {
            if (showsMoves())
                Q_EMIT moved();
        });
        connect(m_central.get(), &TransportReply::finished, this, [this] { centralAnswered(); });
    }

    // What the site sees move: the exchange with the central as it goes, but not one whose answer
    // is swallowed or replaced.
    bool showsMoves() const
    {
        return !m_fault || m_fault->kind == Fault::Kind::Truncated || m_fault->kind == Fault::Kind::Delay;
    }

    void centralAnswered()
    {
        if (m_fault && m_fault->kind == Fault::Kind::Hang)
            return;  // swallowed: the site waits on
        if (m_fault && m_fault->stage == Fault::Stage::AfterCentral &&
            (m_fault->kind == Fault::Kind::Status || m_fault->kind == Fault::Kind::Dropped)) {
            answerHere();
            return;
        }
        m_fromCentral = true;
        m_status = m_central->status();
        m_body = m_central->readBody();
        m_error = m_central->error();
        m_errorText = m_central->errorText();
        if (m_fault && m_fault->kind == Fault::Kind::Truncated) {
            m_body.truncate(m_body.size() / 2);
            m_error = QNetworkReply::RemoteHostClosedError;
            m_errorText = kClosed;
        }
        finish();
    }

    // The fault's own answer, or the closed connection.
    void answerHere()
    {
        if (m_finished)
            return;
        if (m_fault->kind == Fault::Kind::Dropped) {
            m_status = 0;
            m_error = QNetworkReply::RemoteHostClosedError;
            m_errorText = kClosed;
        } else {
            m_status = m_fault->status;
            m_body = m_fault->body;
            m_contentType = m_body.isEmpty() ? QByteArray() : protocol::kJsonType;
            m_error = errorOfStatus(m_status);
            m_errorText = m_error == QNetworkReply::NoError
                              ? QStringLiteral("Unknown error")
                              : QStringLiteral("Error transferring %1 - server replied: %2")
                                    .arg(m_url.toString(), reasonOf(m_status));
        }
        finish();
    }

    void finish()
    {
        m_finished = true;
        Q_EMIT finished();
    }

    QUrl m_url;
    std::optional<Fault> m_fault;
    std::unique_ptr<TransportReply> m_central;
    bool m_fromCentral = false;  // the headers are the central's answer's
    bool m_finished = false;
    int m_status = 0;
    QByteArray m_body;
    QByteArray m_contentType;  // of an answer made here
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorText;
};

}  // namespace

Fault Fault::answer(int status, QByteArray body, Stage stage)
{
    Fault fault;
    fault.kind = Kind::Status;
    fault.stage = stage;
    fault.status = status;
    fault.body = std::move(body);
    return fault;
}

Fault Fault::serverError(Stage stage)
{
    const QJsonObject error{
        {QStringLiteral("code"), protocol::errorCodeId(protocol::ErrorCode::ServerError)},
        {QStringLiteral("message"), QStringLiteral("The central's database failed (a fault the test injected).")}};
    return answer(protocol::httpStatus(protocol::ErrorCode::ServerError),
                  QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact), stage);
}

Fault Fault::delayed(std::chrono::milliseconds by)
{
    Fault fault;
    fault.kind = Kind::Delay;
    fault.stage = Stage::AfterCentral;
    fault.delay = by;
    return fault;
}

Fault Fault::hang(Stage stage)
{
    Fault fault;
    fault.kind = Kind::Hang;
    fault.stage = stage;
    return fault;
}

Fault Fault::truncated()
{
    Fault fault;
    fault.kind = Kind::Truncated;
    fault.stage = Stage::AfterCentral;
    return fault;
}

Fault Fault::dropped(Stage stage)
{
    Fault fault;
    fault.kind = Kind::Dropped;
    fault.stage = stage;
    return fault;
}

void FaultPlan::inject(const QString& endpoint, int occurrence, const Fault& fault, int times)
{
    std::lock_guard lock(m_mutex);
    const int from = m_requests.value(endpoint) + occurrence;
    m_rules.append({endpoint, from, from + times - 1, fault});
}

int FaultPlan::requests(const QString& endpoint) const
{
    std::lock_guard lock(m_mutex);
    return m_requests.value(endpoint);
}

std::optional<Fault> FaultPlan::next(const QString& endpoint)
{
    std::lock_guard lock(m_mutex);
    const int number = ++m_requests[endpoint];
    for (const Rule& rule : std::as_const(m_rules)) {
        if (rule.endpoint == endpoint && number >= rule.from && number <= rule.upto)
            return rule.fault;
    }
    return std::nullopt;
}

FakeTransport::FakeTransport(std::shared_ptr<FaultPlan> plan)
    : m_plan(std::move(plan))
    , m_network(std::make_unique<NetworkTransport>())
{
}

FakeTransport::~FakeTransport() = default;

std::unique_ptr<TransportReply> FakeTransport::post(const TransportRequest& request)
{
    return std::make_unique<FakeReply>(request, m_plan->next(request.endpoint()), *m_network);
}

TransportFactory FakeTransport::following(std::shared_ptr<FaultPlan> plan)
{
    return [plan = std::move(plan)] { return std::make_unique<FakeTransport>(plan); };
}

}  // namespace sitesync::test
