#include "pollingsites.h"

#include "protocol/compression.h"
#include "protocol/protocol.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace sitesync::bench {

PollingSiteGroup::PollingSiteGroup(const Config& config, const QList<SiteSpec>& sites, const QElapsedTimer& clock,
                                   const std::atomic<int>& phase)
    : m_config(config)
    , m_clock(clock)
    , m_phase(phase)
    , m_tick(new QTimer(this))
    , m_timeouts(new QTimer(this))
{
    QList<SiteSpec> ordered = sites;
    std::sort(ordered.begin(), ordered.end(), [](const SiteSpec& a, const SiteSpec& b) { return a.place < b.place; });
    m_sites.reserve(ordered.size());
    for (const SiteSpec& spec : ordered) {
        Site site;
        site.id = spec.id;
        site.place = spec.place;
        site.port = config.ports.value(spec.place % std::max<qsizetype>(1, config.ports.size()));
        site.authorization = "Basic " + (QByteArray::number(spec.id) + ':' + config.password.toUtf8()).toBase64();
        site.hardware = "bench-hardware-" + QByteArray::number(spec.id);
        m_sites.push_back(site);
    }
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] { onTick(); });
    m_timeouts->setInterval(500);
    connect(m_timeouts, &QTimer::timeout, this, [this] { checkTimeouts(); });
}

PollingSiteGroup::~PollingSiteGroup() = default;

QList<PollSample> PollingSiteGroup::takeSamples()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_samples, {});
}

qint64 PollingSiteGroup::dueOf(qsizetype next, qint64 round) const
{
    const double place = m_sites[size_t(next)].place + double(round) * m_config.totalSites;
    return m_scheduleStartNs + qint64(place * 1e9 / m_config.rate);
}

void PollingSiteGroup::startSchedule(qint64 startNs)
{
    m_scheduled = true;
    m_scheduleStartNs = startNs;
    m_next = 0;
    m_round = 0;
    m_timeouts->start();
    onTick();
}

void PollingSiteGroup::pause()
{
    m_scheduled = false;
    m_tick->stop();
    for (Site& site : m_sites)
        site.nextDueNs = -1;
}

void PollingSiteGroup::pollAllUntilAnswered(qint64 sinceNs)
{
    m_timeouts->start();
    m_unanswered = int(m_sites.size());
    for (int i = 0; i < int(m_sites.size()); ++i) {
        Site& site = m_sites[size_t(i)];
        // The central went away: its connections are gone with it.
        dropConnection(site);
        site.untilAnswered = true;
        beginPoll(i, sinceNs);
    }
}

void PollingSiteGroup::closeAll()
{
    m_scheduled = false;
    m_tick->stop();
    m_timeouts->stop();
    // Deleted here, in their thread, which ends next.
    for (Site& site : m_sites) {
        if (QTcpSocket* socket = std::exchange(site.socket, nullptr)) {
            socket->disconnect(this);
            socket->abort();
            delete socket;
        }
    }
}

void PollingSiteGroup::onTick()
{
    if (!m_scheduled || m_sites.empty())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    while (true) {
        const qint64 due = dueOf(m_next, m_round);
        if (due > now) {
            m_tick->start(int((due - now + 999'999) / 1'000'000));
            return;
        }
        Site& site = m_sites[size_t(m_next)];
        if (!site.polling) {
            beginPoll(int(m_next), due);
        } else if (site.nextDueNs < 0) {
            site.nextDueNs = due;
        } else {
            // Two polls behind: this one is given up, as a site's timer does not queue syncs.
            std::lock_guard lock(m_mutex);
            m_samples.append({m_phase.load(), 0, {}, true});
        }
        if (++m_next == qsizetype(m_sites.size())) {
            m_next = 0;
            ++m_round;
        }
    }
}

void PollingSiteGroup::beginPoll(int index, qint64 dueNs)
{
    Site& site = m_sites[size_t(index)];
    site.polling = true;
    site.phase = m_phase.load();
    site.dueNs = dueNs;
    site.startedNs = m_clock.nsecsElapsed();
    site.firstPull = true;
    ++m_polling;
    // What RemoteSync::whereItStands reports for a site with nothing to send and no problems.
    send(index, "contact",
         QJsonObject{{QStringLiteral("pushed_seq"), 0},
                     {QStringLiteral("batch"), QString()},
                     {QStringLiteral("cursor"), site.cursor},
                     {QStringLiteral("queue_cursor"), site.queueCursor},
                     {QStringLiteral("version"), QStringLiteral(SITESYNC_VERSION)},
                     {QStringLiteral("outgoing"), 0},
                     {QStringLiteral("problems"), 0},
                     {QStringLiteral("unpushed_stores"), QJsonArray()}});
}

void PollingSiteGroup::pull(int index)
{
    Site& site = m_sites[size_t(index)];
    QJsonObject body{{QStringLiteral("cursor"), site.cursor},
                     {QStringLiteral("queue_cursor"), site.queueCursor},
                     {QStringLiteral("stored_cursor"), site.cursor},
                     {QStringLiteral("stored_queue_cursor"), site.queueCursor},
                     {QStringLiteral("limit"), protocol::kPullBatch}};
    // As PullFetcher: the first request of a pull asks what remains.
    if (std::exchange(site.firstPull, false))
        body.insert(QStringLiteral("count"), true);
    send(index, "pull", body);
}

void PollingSiteGroup::send(int index, const QByteArray& endpoint, const QJsonObject& body)
{
    Site& site = m_sites[size_t(index)];
    if (!site.socket) {
        auto* socket = new QTcpSocket(this);
        site.socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this, index] { onReadable(index); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, index, socket] { onLost(index, socket, QStringLiteral("connection closed")); });
        connect(socket, &QTcpSocket::errorOccurred, this,
                [this, index, socket] { onLost(index, socket, socket->errorString()); });
        socket->connectToHost(QHostAddress::LocalHost, site.port);
    }
    // Bodies this small are sent as they are (CentralConnection deflates from 1 KiB).
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    site.endpoint = endpoint;
    site.received.clear();
    const QByteArray session =
        site.session.isEmpty() ? QByteArray() : protocol::kSessionHeader + ": " + site.session + "\r\n";
    site.socket->write("POST /sync/v1/" + endpoint + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(site.port) +
                       "\r\nAuthorization: " + site.authorization + "\r\n" + protocol::kVersionHeader + ": " +
                       QByteArray::number(protocol::kVersion) + "\r\n" + protocol::kHardwareHeader + ": " +
                       site.hardware + "\r\n" + session + "Content-Type: " + protocol::kJsonType +
                       "\r\nAccept-Encoding: deflate\r\nContent-Length: " + QByteArray::number(payload.size()) +
                       "\r\n\r\n" + payload);
}

void PollingSiteGroup::onReadable(int index)
{
    Site& site = m_sites[size_t(index)];
    if (!site.socket)
        return;
    site.received += site.socket->readAll();
    const qsizetype headerEnd = site.received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = site.received.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    const int status = statusLine.value(1).toInt();
    qsizetype length = -1;
    bool deflated = false;
    bool closes = false;
    QByteArray session;
    for (const QByteArray& line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            length = value.toLongLong();
        else if (name == "content-encoding")
            deflated = value == "deflate";
        else if (name == "connection")
            closes = value.toLower() == "close";
        else if (name == protocol::kSessionHeader.toLower())
            session = value;
    }
    if (length < 0) {
        dropConnection(site);
        finishPoll(index, QStringLiteral("an answer without Content-Length"));
        return;
    }
    if (site.received.size() < headerEnd + 4 + length)
        return;
    QByteArray body = site.received.mid(headerEnd + 4, length);
    site.received.clear();
    // As CentralConnection: a site keeps the token of an answer that carried one.
    if (status == 200 && !session.isEmpty())
        site.session = session;
    if (closes)
        dropConnection(site);
    if (deflated) {
        Result<QByteArray> inflated = protocol::inflate(body, protocol::kMaxInflatedBytes);
        body = inflated ? std::move(inflated).value() : QByteArray();
    }
    onAnswer(index, status, body);
}

void PollingSiteGroup::onAnswer(int index, int status, const QByteArray& body)
{
    Site& site = m_sites[size_t(index)];
    if (!site.polling)
        return;
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (status != 200) {
        const QString code = answer.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
        finishPoll(index, QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(site.endpoint)).arg(status).arg(code));
        return;
    }
    if (site.endpoint == "contact") {
        if (answer.value(QLatin1String("restart_pull")).toBool()) {
            site.cursor = 0;
            site.queueCursor = 0;
        }
        pull(index);
        return;
    }
    const bool more = answer.value(QLatin1String("more")).toBool();
    const bool received = !answer.value(QLatin1String("records")).toArray().isEmpty();
    site.cursor = answer.value(QLatin1String("cursor")).toInteger(site.cursor);
    site.queueCursor = answer.value(QLatin1String("queue_cursor")).toInteger(site.queueCursor);
    // An answer with records is followed by one that confirms them as stored (docs/protocol.md).
    if (more || received)
        pull(index);
    else
        finishPoll(index, {});
}

void PollingSiteGroup::onLost(int index, QTcpSocket* socket, const QString& reason)
{
    Site& site = m_sites[size_t(index)];
    if (site.socket != socket)
        return;
    dropConnection(site);
    if (site.polling)
        finishPoll(index, QStringLiteral("%1: %2").arg(QString::fromLatin1(site.endpoint), reason));
}

void PollingSiteGroup::dropConnection(Site& site)
{
    if (!site.socket)
        return;
    QTcpSocket* socket = std::exchange(site.socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void PollingSiteGroup::finishPoll(int index, const QString& error)
{
    Site& site = m_sites[size_t(index)];
    site.polling = false;
    --m_polling;
    const qint64 now = m_clock.nsecsElapsed();
    {
        std::lock_guard lock(m_mutex);
        m_samples.append({site.phase, now - site.dueNs, error});
    }
    if (site.untilAnswered) {
        if (error.isEmpty()) {
            site.untilAnswered = false;
            --m_unanswered;
            return;
        }
        // A site that found the central away tries again shortly; its wait still counts from the restart.
        const qint64 since = site.dueNs;
        ++m_polling;
        QTimer::singleShot(100, this, [this, index, since] {
            --m_polling;
            beginPoll(index, since);
        });
        return;
    }
    if (m_scheduled && site.nextDueNs >= 0)
        beginPoll(index, std::exchange(site.nextDueNs, -1));
}

void PollingSiteGroup::checkTimeouts()
{
    const qint64 now = m_clock.nsecsElapsed();
    for (int i = 0; i < int(m_sites.size()); ++i) {
        Site& site = m_sites[size_t(i)];
        if (site.polling && now - site.startedNs > m_config.timeoutNs) {
            dropConnection(site);
            finishPoll(i, QStringLiteral("%1: no answer in time").arg(QString::fromLatin1(site.endpoint)));
        }
    }
}

}  // namespace sitesync::bench
