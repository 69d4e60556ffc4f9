#include "server/pushservice.h"

#include "protocol/jsonscan.h"
#include "protocol/protocol.h"
#include "site/sitesession.h"
#include "sync/integrator.h"
#include "sync/siteledger.h"
#include "sync/syncproblems.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>

namespace sitesync {

namespace {

Q_LOGGING_CATEGORY(lcService, "sitesync.engine.service", QtWarningMsg)

// The texts keep the translation context they were written under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

}  // namespace

Status PushService::checkPushSize(QByteArrayView text)
{
    const std::optional<qsizetype> count = jsonscan::arrayLength(text, "records", protocol::kPushBatch);
    if (!count || *count <= protocol::kPushBatch)
        return {};
    return makeError(
        ErrorKind::BadInput,
        Text::tr("A push holds more than %1 records; the central takes at most %1 at once.").arg(protocol::kPushBatch));
}

Status PushService::checkPushSize(const QJsonObject& body)
{
    const qsizetype count = body.value(QLatin1String("records")).toArray().size();
    if (count <= protocol::kPushBatch)
        return {};
    return makeError(ErrorKind::BadInput, Text::tr("A push holds %1 records; the central takes at most %2 at once.")
                                              .arg(count)
                                              .arg(protocol::kPushBatch));
}

Result<PushService::PushOutcome> PushService::push(int siteId, const QJsonObject& body)
{
    // Refused whole before a record is read (OPS-6).
    if (Status s = checkPushSize(body); !s)
        return s.error();
    Result<QList<WireRecord>> records = WireRecord::listFromJson(body.value(QLatin1String("records")));
    if (!records)
        return records.error();
    // A missing or malformed field is refused by the sequence rules, with their message.
    const qint64 from = body.value(QLatin1String("from_seq")).toInteger(-1);
    const qint64 acknowledged = body.value(QLatin1String("upto_seq")).toInteger(-1);
    const QString batch = body.value(QLatin1String("batch")).toString();
    Database& db = m_session.database();
    Integrator integrator(m_session.writer());
    qsizetype admitted = 0;
    Status s = [&]() -> Status {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        // The sequence rules refuse the whole batch or admit the records not held yet (ACC-1).
        const Result<QList<WireRecord>> fresh = SiteLedger(db).admitPush(siteId, from, acknowledged, batch, *records);
        if (!fresh)
            return fresh.error();
        admitted = fresh->size();
        if (const Result<int> received = integrator.receive(siteId, *fresh); !received)
            return received.error();
        if (Status settled = SyncProblems::arrived(db, siteId, *fresh); !settled)
            return settled;
        // What still waits on the site after this batch (ACC-4).
        if (const QJsonValue outgoing = body.value(QLatin1String("outgoing")); outgoing.isDouble()) {
            if (Status kept = SiteLedger(db).recordOutgoing(siteId, std::max(0, outgoing.toInt())); !kept)
                return kept;
        }
        return tx.commit();
    }();
    if (!s)
        return s.error();
    const Result<IntegrationReport> report = integrator.integrate();
    if (!report)
        return report.error();
    // Problems closed longer than the retention go (ACC-2); a failure here fails no push.
    if (const Result<int> pruned = SyncProblems::prune(db, db.now()); !pruned)
        qCWarning(lcService).noquote() << "closed sync problems were not pruned:" << pruned.error().message;
    QJsonArray refused;
    for (const QJsonObject& problem : report->problems) {
        if (problem.value(QLatin1String("site")).toInt() == siteId)
            refused.append(problem);
    }
    return PushOutcome{QJsonObject{{QStringLiteral("acknowledged_seq"), acknowledged},
                                   {QStringLiteral("applied"), report->applied},
                                   {QStringLiteral("pending"), report->pending},
                                   {QStringLiteral("problems"), refused}},
                       admitted};
}

}  // namespace sitesync
