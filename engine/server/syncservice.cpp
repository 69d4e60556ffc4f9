#include "server/syncservice.h"

#include "model/auditlog.h"
#include "protocol/jsonscan.h"
#include "protocol/protocol.h"
#include "server/pullservice.h"
#include "server/sitesecrets.h"
#include "site/sitesession.h"
#include "sync/integrator.h"
#include "sync/siteledger.h"
#include "sync/syncproblems.h"
#include "sync/waitingrecords.h"
#include "sync/wirecolumns.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace sitesync {

namespace {

Q_LOGGING_CATEGORY(lcService, "sitesync.engine.service", QtWarningMsg)

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

// At most how many of a site's records waiting here too long a contact answer lists.
constexpr int kWaitingReported = 200;

}  // namespace

Status SyncService::restartPull(int siteId)
{
    Database& db = m_session.database();
    if (Status reset = SiteLedger(db).restartPull(siteId); !reset)
        return reset;
    // Any site data file made before is void.
    return LocalState::set(db, SiteRegistry::exportTokenKey(siteId), QString());
}

Status SyncService::bind(int siteId, const QString& hardwareId)
{
    const Result<WriteResult> bound = m_session.writer().put(
        QStringLiteral("site"),
        {{QStringLiteral("id"), siteId},
         {QStringLiteral("hardware_id"), hardwareId},
         {QStringLiteral("initialised_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
        WriteOptions::managedTables());
    if (!bound)
        return bound.error();
    return {};
}

Result<QJsonObject> SyncService::initialise(int siteId, const QString& hardwareId, int protocolVersion)
{
    RecordWriter& writer = m_session.writer();
    const QJsonObject before = writer.fetch(QStringLiteral("site"), QString::number(siteId));
    Status s = writer.inOneTransaction([&]() -> Status {
        if (Status bound = bind(siteId, hardwareId); !bound)
            return bound;
        return restartPull(siteId);
    });
    if (!s)
        return s.error();
    Result<QJsonObject> answer = describe(siteId, protocolVersion);
    if (answer)
        answer.value().insert(QStringLiteral("reinitialised"), !before.value(QLatin1String("initialised_at")).isNull());
    return answer;
}

Result<QJsonObject> SyncService::describe(int siteId, int protocolVersion)
{
    const LocalSite& site = m_session.site();
    const QList<ColumnInfo> served = wirecolumns::servedTo(
        QStringLiteral("site"), m_session.database().columns(QStringLiteral("site")), protocolVersion);
    // A site record as the site may have it: no secrets, and only the columns its version knows.
    const auto sent = [&served](const QJsonObject& stored) {
        QJsonObject row;
        for (const ColumnInfo& column : served)
            row.insert(column.name, stored.value(column.name));
        stripSiteSecrets(QStringLiteral("site"), row);
        return row;
    };
    const QJsonObject own = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
    if (own.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(siteId));
    QJsonArray sites;
    const Result<QJsonArray> all = m_session.reader().list(QStringLiteral("site"));
    if (!all)
        return all.error();
    for (const QJsonValue& value : *all)
        sites.append(sent(value.toObject()));
    return QJsonObject{{QStringLiteral("protocol"), std::min(protocolVersion, protocol::kVersion)},
                       {QStringLiteral("site"), sent(own)},
                       {QStringLiteral("sites"), sites},
                       {QStringLiteral("central_site_id"), site.context().centralSiteId},
                       {QStringLiteral("primary_site_id"), site.context().primarySiteId}};
}

Result<QString> SyncService::beginExport(int siteId)
{
    if (!m_session.site().isCentral())
        return makeError(ErrorKind::BadInput, Text::tr("Site data files are made on the central server."));
    const QString token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                              QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    // Checked and started under the write lock, so that no initialisation comes in between.
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        const QJsonObject site = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
        if (site.isEmpty())
            return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(siteId));
        if (site.value(QLatin1String("is_central")).toInt() == 1)
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is the central server itself.").arg(siteId));
        if (site.value(QLatin1String("type")).toString() != QLatin1String("desktop"))
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is a mobile site: a mobile site is initialised "
                                                          "from the central server over the network, not from a "
                                                          "file.")
                                                     .arg(siteId));
        if (!site.value(QLatin1String("hardware_id")).toString().isEmpty())
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is in use on a machine. To set it up on a new "
                                                          "machine, reset its hardware binding first.")
                                                     .arg(siteId));
        if (Status restarted = restartPull(siteId); !restarted)
            return restarted;
        return LocalState::set(m_session.database(), SiteRegistry::exportTokenKey(siteId), token);
    });
    if (!s)
        return s.error();
    return token;
}

Status SyncService::finishExport(int siteId, const QString& token, qint64 cursor, qint64 queueCursor)
{
    return m_session.writer().inOneTransaction([&]() -> Status {
        const QJsonObject site = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
        if (LocalState::get(m_session.database(), SiteRegistry::exportTokenKey(siteId)) != token ||
            !site.value(QLatin1String("hardware_id")).toString().isEmpty())
            return makeError(ErrorKind::Refused, Text::tr("Site %1 was initialised, exported again or changed while "
                                                          "its data file was written; the file was removed.")
                                                     .arg(siteId));
        return confirmStored(siteId, cursor, queueCursor);
    });
}

Result<QJsonObject> SyncService::bindImported(int siteId, const QString& hardwareId, const QJsonObject& body,
                                              int protocolVersion)
{
    const QString token = body.value(QLatin1String("export_token")).toString();
    // After the binding the token is kept with the machine it bound, so that a request repeated
    // after a lost answer is answered again, until the site first pushes.
    const QString boundToken = token + QStringLiteral(" bound ") + hardwareId;
    Database& db = m_session.database();
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        const QString expected = LocalState::get(db, SiteRegistry::exportTokenKey(siteId));
        bool repeated = false;
        if (!token.isEmpty() && expected == boundToken) {
            const Result<qint64> pushed = SiteLedger(db).acknowledgedSeq(siteId);
            repeated = pushed && *pushed == 0;
        }
        if (!repeated && (token.isEmpty() || expected != token))
            return makeError(ErrorKind::Refused, Text::tr("This is not the latest site data file of site %1, or it was "
                                                          "imported already. Export the site again on the central "
                                                          "server.")
                                                     .arg(siteId));
        if (Status bound = bind(siteId, hardwareId); !bound)
            return bound;
        return LocalState::set(db, SiteRegistry::exportTokenKey(siteId), boundToken);
    });
    if (!s)
        return s.error();
    return describe(siteId, protocolVersion);
}

Status SyncService::confirmStored(int siteId, qint64 cursor, qint64 queueCursor)
{
    return SiteLedger(m_session.database()).confirmStored(siteId, cursor, queueCursor);
}

Result<QJsonObject> SyncService::contact(int siteId, const QJsonObject& body)
{
    const Result<SiteReport> report = SiteReport::fromJson(body);
    if (!report)
        return report.error();
    Database& db = m_session.database();
    Result<ContactVerdict> verdict = makeError(ErrorKind::Database, QString());
    QList<QJsonObject> waiting;
    bool complete = true;
    // Most contacts of a site that polls change nothing: answered from a read, with no write of
    // their own (their time is written with the connection's, server/connectionbook.h).
    {
        Transaction read(db, Database::Access::Read);
        if (!read.started())
            return read.started().error();
        const Result<std::optional<ContactVerdict>> quiet = SiteLedger(db).quietContact(siteId, *report);
        if (!quiet)
            return quiet.error();
        if (*quiet) {
            Result<QList<QJsonObject>> reported = WaitingRecords(db).reportedFrom(siteId, kWaitingReported, &complete);
            if (!reported)
                return reported.error();
            ContactVerdict answer = **quiet;
            answer.waitingTooLong = *reported;
            answer.waitingComplete = complete;
            return answer.toJson();
        }
    }
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        verdict = SiteLedger(db).contact(siteId, *report);
        if (!verdict)
            return verdict.error();
        // ACC-2: the site sees its records that wait here too long, as the central's log does.
        Result<QList<QJsonObject>> reported = WaitingRecords(db).reportedFrom(siteId, kWaitingReported, &complete);
        if (!reported)
            return reported.error();
        waiting = *reported;
        if (verdict->behind) {
            QJsonObject params = verdict->recovery;
            params.insert(QStringLiteral("site"), siteId);
            params.insert(QStringLiteral("name"), m_session.site().siteName(siteId));
            return AuditLog::record(db, AuditAction::kSiteRecovered, params);
        }
        return {};
    });
    if (!s)
        return s.error();
    ContactVerdict answer = *verdict;
    answer.waitingTooLong = waiting;
    answer.waitingComplete = complete;
    return answer.toJson();
}

Status SyncService::checkPushSize(QByteArrayView text)
{
    const std::optional<qsizetype> count = jsonscan::arrayLength(text, "records", protocol::kPushBatch);
    if (!count || *count <= protocol::kPushBatch)
        return {};
    return makeError(
        ErrorKind::BadInput,
        Text::tr("A push holds more than %1 records; the central takes at most %1 at once.").arg(protocol::kPushBatch));
}

Status SyncService::checkPushSize(const QJsonObject& body)
{
    const qsizetype count = body.value(QLatin1String("records")).toArray().size();
    if (count <= protocol::kPushBatch)
        return {};
    return makeError(ErrorKind::BadInput, Text::tr("A push holds %1 records; the central takes at most %2 at once.")
                                              .arg(count)
                                              .arg(protocol::kPushBatch));
}

Result<SyncService::PushOutcome> SyncService::push(int siteId, const QJsonObject& body)
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
    if (const Result<int> pruned = SyncProblems::prune(db, QDateTime::currentDateTimeUtc()); !pruned)
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

Result<QByteArray> SyncService::pull(int siteId, const QJsonObject& body, int protocolVersion)
{
    return PullService(m_session).serve(siteId, body, true, protocolVersion);
}

Result<QByteArray> SyncService::pullForExport(int siteId, const QJsonObject& body)
{
    // The file is opened by a program of this version or a later one: a database is never opened
    // by an older program (db/database.h).
    return PullService(m_session).serve(siteId, body, false, protocol::kVersion);
}

}  // namespace sitesync
