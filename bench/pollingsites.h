#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>
#include <vector>

class QTcpSocket;
class QTimer;

namespace sitesync::bench {

// One poll: the phase it was due in and how long the site waited for its answer.
struct PollSample {
    int phase = 0;
    qint64 latencyNs = 0;  // from when the poll was due to the answer of its last request
    QString error;         // empty when the poll was answered
    bool skipped = false;  // due while the site's last two polls still waited: never made
};

// Sites polling the central as a site with nothing to send does at every sync: `contact`, then
// `pull` until an answer holds no records and says no more (docs/protocol.md), with the headers a
// site sends (its session token among them, so that a restart of the central is measured as sites
// meet it), each site over a connection of its own, kept open between polls. The records a pull
// brings are taken as stored at once. One group runs in one thread. On a schedule, a site polls
// every sites / rate seconds, offset by its place among all sites, and a poll due while the
// site's last one still runs starts when that ends; its wait counts from when it was due.
class PollingSiteGroup : public QObject {
public:
    struct Config {
        QList<quint16> ports;  // of the central's serving processes; a site keeps to one, by its place
        QString password;
        int totalSites = 0;  // the sites of all groups
        double rate = 0;     // polls per second of all groups together
        qint64 timeoutNs = 0;
    };
    struct SiteSpec {
        int id = 0;
        int place = 0;  // its place in the schedule among all sites
    };

    PollingSiteGroup(const Config& config, const QList<SiteSpec>& sites, const QElapsedTimer& clock,
                     const std::atomic<int>& phase);
    ~PollingSiteGroup() override;

    // In the group's thread (QMetaObject::invokeMethod):
    // polls on the schedule from `startNs` (on the shared clock) until paused.
    void startSchedule(qint64 startNs);
    // Starts no more polls; those under way finish.
    void pause();
    // Every site polls at once and, while it fails, again 100 ms later, until answered once; its
    // wait counts from `sinceNs`.
    void pollAllUntilAnswered(qint64 sinceNs);
    // Closes every connection.
    void closeAll();

    // From any thread.
    QList<PollSample> takeSamples();
    int polling() const { return m_polling.load(); }
    int unanswered() const { return m_unanswered.load(); }

private:
    struct Site {
        int id = 0;
        int place = 0;
        quint16 port = 0;
        QByteArray authorization;
        QByteArray hardware;
        QByteArray session;  // the token the central gave last, sent with every request as a site does
        qint64 cursor = 0;
        qint64 queueCursor = 0;
        QTcpSocket* socket = nullptr;
        QByteArray received;
        bool polling = false;
        bool untilAnswered = false;
        bool firstPull = true;
        QByteArray endpoint;  // of the request under way
        int phase = 0;
        qint64 dueNs = 0;
        qint64 startedNs = 0;
        qint64 nextDueNs = -1;  // a poll that came due while this one ran
    };

    void onTick();
    void beginPoll(int index, qint64 dueNs);
    void send(int index, const QByteArray& endpoint, const QJsonObject& body);
    void pull(int index);
    void onReadable(int index);
    void onAnswer(int index, int status, const QByteArray& body);
    void onLost(int index, QTcpSocket* socket, const QString& reason);
    void dropConnection(Site& site);
    void finishPoll(int index, const QString& error);
    void checkTimeouts();
    qint64 dueOf(qsizetype next, qint64 round) const;

    Config m_config;
    const QElapsedTimer& m_clock;
    const std::atomic<int>& m_phase;
    std::vector<Site> m_sites;  // in the order of their places
    QTimer* m_tick = nullptr;
    QTimer* m_timeouts = nullptr;
    bool m_scheduled = false;
    qint64 m_scheduleStartNs = 0;
    qsizetype m_next = 0;
    qint64 m_round = 0;
    std::atomic<int> m_polling{0};
    std::atomic<int> m_unanswered{0};
    std::mutex m_mutex;
    QList<PollSample> m_samples;
};

}  // namespace sitesync::bench
