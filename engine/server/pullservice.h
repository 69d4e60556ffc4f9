#pragma once

#include "core/result.h"
#include "protocol/protocol.h"
#include "sync/wirerecord.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace sitesync {

class SiteSession;

// The central's answer to a pull (docs/protocol.md "Pull"): the site's targeted resends, then the
// log entries routed to it after its cursor, as JSON text written straight from the database.
//
// Served from a read snapshot, so that many sites pull at once and a long initialisation holds no
// lock others wait for (docs/adr/0007-concurrent-serving.md). What the site was served is recorded
// afterwards, in a short write, only if no decision that reads the served cursors (RT-5) came in
// between; otherwise the answer is made again. Its writes are the site's own bookkeeping
// (Database::Access::Ledger): on PostgreSQL, many sites' run side by side.
class PullService {
public:
    explicit PullService(SiteSession& session)
        : m_session(session)
    {
    }

    // `confirm`: the request's stored cursors count as confirmed by the site (a data file's pull
    // confirms nothing). `protocolVersion`: the version the site speaks, which decides the columns
    // it is sent (OPS-3).
    Result<QByteArray> serve(int siteId, const QJsonObject& body, bool confirm,
                             int protocolVersion = protocol::kVersion);
    // A site's pull (/sync/v1/pull): the request's stored cursors count as confirmed.
    Result<QByteArray> pull(int siteId, const QJsonObject& body, int protocolVersion = protocol::kVersion)
    {
        return serve(siteId, body, true, protocolVersion);
    }

    // How many answers were made again because the served cursors were consulted meanwhile.
    qint64 retries() const { return m_retries; }
    // Fault injection for tests: runs between an answer's snapshot and the recording of what it
    // served, where another connection's change can come in between.
    void setAfterSnapshot(std::function<void()> hook) { m_afterSnapshot = std::move(hook); }

private:
    struct Request {
        qint64 cursor = 0;
        qint64 queueCursor = 0;
        qint64 storedCursor = 0;
        qint64 storedQueueCursor = 0;
        int limit = 0;
        bool count = false;
    };
    struct Answer {
        qint64 cursor = 0;
        qint64 queueCursor = 0;
        bool more = false;
        QByteArray records;
    };
    static Result<Request> parse(const QJsonObject& body);
    // What the site confirms storing, written only when it changes something.
    Status settle(int siteId, const Request& request, bool confirm);
    // The answer from a snapshot, recorded as served to the site afterwards (RT-5); made again when
    // the served cursors were consulted in between.
    Result<Answer> answerServed(int siteId, const Request& request);
    // How many records are still to be served after the answer, when the request asks; -1 when not.
    Result<qint64> remaining(int siteId, const Request& request, const Answer& answer);
    // The answer as of the open transaction's snapshot.
    Result<Answer> collect(int siteId, const Request& request);
    // The wire records of a batch of log entries as a JSON array, their data read table by table;
    // it stops once the text passes protocol::kPullAnswerBytes, and says how many entries it took.
    Result<QByteArray> withData(const QList<WireRecord>& entries, qsizetype* included);
    // The records of one table as the site's protocol version has them: the columns it knows, and
    // the columns kept for the records that the central does not know itself, to a site that
    // takes them (ExtraColumns).
    Result<QHash<QString, QByteArray>> recordTexts(const QString& table, const QStringList& ids);
    QByteArray toText(const Answer& answer, qint64 remaining) const;

    SiteSession& m_session;
    int m_protocolVersion = 0;  // of the request being served
    qint64 m_retries = 0;
    std::function<void()> m_afterSnapshot;
};

}  // namespace sitesync
