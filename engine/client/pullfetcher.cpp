#include "client/pullfetcher.h"

#include "client/centralconnection.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RemoteSync)
};

Result<PulledBatch> read(const Result<QJsonObject>& answer)
{
    if (!answer)
        return answer.error();
    Result<QList<WireRecord>> records = WireRecord::listFromJson(answer->value(QLatin1String("records")));
    if (!records)
        return makeError(ErrorKind::Database,
                         Text::tr("The central server sent a malformed batch: %1").arg(records.error().message));
    PulledBatch batch;
    batch.records = std::move(records).value();
    batch.cursor = answer->value(QLatin1String("cursor")).toInteger(-1);
    batch.queueCursor = answer->value(QLatin1String("queue_cursor")).toInteger(-1);
    batch.more = answer->value(QLatin1String("more")).toBool();
    if (batch.cursor < 0 || batch.queueCursor < 0)
        return makeError(ErrorKind::Database, Text::tr("The central server sent a batch without its cursors."));
    return batch;
}

}  // namespace

PullFetcher::PullFetcher(QUrl central, int siteId, QString password, QString hardwareId, QByteArray trustedPem)
    : m_central(std::move(central))
    , m_siteId(siteId)
    , m_password(std::move(password))
    , m_hardwareId(std::move(hardwareId))
    , m_trustedPem(std::move(trustedPem))
{
    m_thread.setObjectName(QStringLiteral("sitesync-pull"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

PullFetcher::~PullFetcher()
{
    if (m_answer.valid())
        m_answer.wait();
    QMetaObject::invokeMethod(
        m_context, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void PullFetcher::request(const QJsonObject& body)
{
    auto promise = std::make_shared<std::promise<Result<PulledBatch>>>();
    m_answer = promise->get_future();
    QMetaObject::invokeMethod(
        m_context,
        [this, body, promise] {
            if (!m_connection)
                m_connection =
                    std::make_unique<CentralConnection>(m_central, m_siteId, m_password, m_hardwareId, m_trustedPem);
            Result<PulledBatch> batch = read(m_connection->post(QStringLiteral("pull"), body));
            m_bytesSent = m_connection->bytesSent();
            m_bytesReceived = m_connection->bytesReceived();
            promise->set_value(std::move(batch));
        },
        Qt::QueuedConnection);
}

Result<PulledBatch> PullFetcher::take()
{
    if (!m_answer.valid())
        return makeError(ErrorKind::Database, Text::tr("No pull request is on its way."));
    return m_answer.get();
}

}  // namespace sitesync
