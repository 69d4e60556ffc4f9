#include "client/remotesync.h"

#include "client/centralconnection.h"
#include "client/pullfetcher.h"
#include "credentials/credentialstore.h"
#include "protocol/protocol.h"
#include "site/newsitedatabase.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "sync/routing.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSslCertificate>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RemoteSync)
};

using remotestate::kCentralUrl;
using remotestate::kPulledSeq;
using remotestate::kPushedSeq;
using remotestate::kQueueSeq;
using remotestate::kTrusted;

qint64 stateNumber(Database& db, const QString& key)
{
    return LocalState::get(db, key, QStringLiteral("0")).toLongLong();
}

RemoteSync::Cancelled noCancel()
{
    return [] { return false; };
}

}  // namespace

Result<std::unique_ptr<SiteSession>> RemoteSync::initialise(const QString& path, const QUrl& central, int siteId,
                                                            const QString& password, CredentialStore& credentials,
                                                            const Progress& progress, const QByteArray& trustedPem)
{
    if (Status s = checkCentral(central, trustedPem); !s)
        return s.error();
    if (siteId <= 0)
        return makeError(ErrorKind::BadInput, Text::tr("A site ID is a whole number greater than 0."));
    Result<NewSiteDatabase> created = NewSiteDatabase::create(path);
    if (!created)
        return created.error();
    NewSiteDatabase file = std::move(created).value();
    Database* db = &file.database();

    CentralConnection connection(central, siteId, password, CentralConnection::machineHardwareId(), trustedPem);
    const Result<QJsonObject> answer = connection.post(QStringLiteral("initialise"), {});
    if (!answer)
        return answer.error();
    const Result<SiteContext> context = writeRemoteBootstrap(
        *db, siteId, *answer,
        {{remotestate::kCentralUrl, central.toString()}, {remotestate::kTrusted, QString::fromLatin1(trustedPem)}});
    if (!context)
        return context.error();
    if (Status kept = credentials.write(CredentialStore::keyFor(central.toString(), siteId), password); !kept)
        return kept.error();
    file.keep();
    return openAndSync(path, credentials, progress,
                       Text::tr("The site was initialised, but its first synchronisation stopped: %1 Run "
                                "'sitesyncctl sync' to continue."));
}

Result<std::unique_ptr<SiteSession>> RemoteSync::openAndSync(const QString& path, CredentialStore& credentials,
                                                             const Progress& progress, const QString& stopped)
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
    if (!session)
        return session.error();
    RemoteSync sync(**session, credentials);
    if (const Result<SyncReport> first = sync.syncOnce(progress); !first)
        return makeError(first.error().kind, QString(stopped).arg(first.error().message));
    return session;
}

Result<int> RemoteSync::storePulled(Database& db, Integrator& integrator, int centralSiteId, const PulledBatch& batch)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    const Result<int> applied = integrator.receive(centralSiteId, batch.records);
    if (!applied)
        return applied.error();
    if (Status s = LocalState::set(db, kPulledSeq, QString::number(batch.cursor)); !s)
        return s.error();
    if (Status s = LocalState::set(db, kQueueSeq, QString::number(batch.queueCursor)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return applied;
}

Status RemoteSync::checkCentral(const QUrl& central, const QByteArray& trustedPem)
{
    if (!central.isValid() || (central.scheme() != QLatin1String("http") && central.scheme() != QLatin1String("https")))
        return makeError(ErrorKind::BadInput,
                         Text::tr("The central server's address must be an http:// or https:// URL."));
    if (!trustedPem.isEmpty() && QSslCertificate::fromData(trustedPem, QSsl::Pem).isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("The trusted certificate is not a PEM certificate."));
    return {};
}

Result<SyncReport> RemoteSync::syncOnce(const Progress& progress, const Cancelled& cancelled)
{
    SiteSession& session = m_session;
    LocalSite& site = session.site();
    if (site.isCentral())
        return makeError(ErrorKind::BadInput, Text::tr("This is the central server; remote sites sync with it."));
    Database& db = session.database();
    if (!LocalState::get(db, remotestate::kExportToken).isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("This is a site data file that was never imported: import it "
                                                      "on the site's machine with 'sitesyncctl site import'."));
    const QString centralUrl = LocalState::get(db, kCentralUrl);
    const Result<QString> password = m_credentials.read(CredentialStore::keyFor(centralUrl, site.siteId()));
    if (!password)
        return password.error();
    const PullFetcher::Access access{QUrl(centralUrl), site.siteId(), *password, CentralConnection::machineHardwareId(),
                                     LocalState::get(db, kTrusted).toLatin1()};
    CentralConnection central(access.central, access.siteId, access.password, access.hardwareId, access.trustedPem);
    const Progress report = progress ? progress : [](const SyncProgress&) {};
    const Cancelled stop = cancelled ? cancelled : noCancel();

    SyncReport result;
    if (Status s = push(central, result, report, stop); !s)
        return s.error();
    if (Status s = pull(access, result, report, stop); !s)
        return s.error();
    Integrator integrator(session.writer());
    report(SyncProgress{QStringLiteral("integrate"), 0, integrator.waiting()});
    const Result<IntegrationReport> integrated = integrator.integrate(stop);
    if (!integrated)
        return integrated.error();
    result.integration = *integrated;
    result.integration.applied += result.appliedOnArrival;
    // Copies this site no longer has are removed once their own changes are pushed (ST-2), and
    // only once the site holds all its settings: a pull cut short may have brought a store's
    // new settings without this site's part of them.
    const Result<QVariant> settingsWaiting =
        db.scalar(QStringLiteral("SELECT count(*) FROM sync_in WHERE table_name IN ('store_sync', 'store_site')"));
    if (result.pulledAll && settingsWaiting && settingsWaiting->toInt() == 0) {
        const Result<int> removed = session.localCopies().review();
        if (!removed)
            return removed.error();
        result.removed = *removed;
    }
    // TR-2: responding halves of transfers received for the stores active here get their numbers.
    if (const Result<int> numbered = session.storeTransfers().numberResponses(); !numbered)
        return numbered.error();
    if (const Result<int> received = session.storeTransfers().refreshReceived(); !received)
        return received.error();
    // What integration gave the site to send (transactions now included, RT-3; transfer numbers)
    // goes at once.
    if (const Result<int> waiting = Routing::pendingPush(db, site); waiting && *waiting > 0 && !stop()) {
        if (Status s = push(central, result, report, stop); !s)
            return s.error();
    }
    report(SyncProgress{QStringLiteral("integrate"), integrated->applied, integrated->applied + integrated->pending});
    result.bytesSent += central.bytesSent();
    result.bytesReceived += central.bytesReceived();
    if (stop())
        return makeError(ErrorKind::Database, Text::tr("The synchronisation was cancelled; it continues next time."));
    if (Status s =
            LocalState::set(db, QStringLiteral("last_sync"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        !s)
        return s.error();
    if (Status s = site.refresh(); !s)
        return s.error();
    return result;
}

Status RemoteSync::push(CentralConnection& central, SyncReport& report, const Progress& progress,
                        const Cancelled& cancelled)
{
    Database& db = m_session.database();
    RecordWriter& writer = m_session.writer();
    const int siteId = m_session.site().siteId();
    const int centralId = m_session.site().context().centralSiteId;
    const Result<int> total = Routing::pendingPush(db, m_session.site());
    progress(SyncProgress{QStringLiteral("push"), 0, total ? *total : -1});
    while (!cancelled()) {
        const qint64 pushed = stateNumber(db, kPushedSeq);
        // Entries up to this snapshot are examined; the ones the central does not need are passed over.
        const Result<QVariant> top = db.scalar(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"));
        if (!top)
            return top.error();
        QSqlQuery entries(db.sql());
        entries.prepare(QStringLiteral("WITH t AS (SELECT ? AS site) SELECT c.seq, c.table_name, c.record_id, c.op"
                                       " FROM change_log c, t WHERE c.seq > ? AND c.seq <= ? AND c.origin_site = ?"
                                       " AND %1 ORDER BY c.seq LIMIT ?")
                            .arg(Routing::pushedToCentral()));
        entries.addBindValue(centralId);
        entries.addBindValue(pushed);
        entries.addBindValue(top->toLongLong());
        entries.addBindValue(siteId);
        entries.addBindValue(protocol::kPushBatch);
        if (!entries.exec())
            return makeError(ErrorKind::Database, sqlErrorText(entries));
        QJsonArray records;
        while (entries.next()) {
            WireRecord record;
            record.seq = entries.value(0).toLongLong();
            record.table = entries.value(1).toString();
            record.id = entries.value(2).toString();
            record.remove = entries.value(3).toString() == QLatin1String("delete");
            if (!record.remove)
                record.data = writer.fetch(record.table, record.id);
            records.append(record.toJson());
        }
        const bool complete = records.size() < protocol::kPushBatch;
        qint64 reached = pushed;
        if (!records.isEmpty()) {
            const Result<QJsonObject> answer =
                central.post(QStringLiteral("push"), QJsonObject{{QStringLiteral("records"), records}});
            if (!answer)
                return answer.error();
            reached = answer->value(QLatin1String("acknowledged_seq")).toInteger();
            const qint64 sent = records.last().toObject().value(QLatin1String("seq")).toInteger();
            if (reached < sent)
                return makeError(ErrorKind::Database,
                                 Text::tr("The central server did not acknowledge the pushed records."));
            report.pushed += int(records.size());
        }
        if (complete)
            reached = std::max(reached, top->toLongLong());
        // Only now, with the central's answer in hand, does the push cursor move.
        if (reached > pushed) {
            if (Status s = LocalState::set(db, kPushedSeq, QString::number(reached)); !s)
                return s;
        }
        progress(SyncProgress{QStringLiteral("push"), report.pushed, total ? *total : -1});
        if (complete)
            return {};
    }
    return {};
}

Status RemoteSync::pull(const PullFetcher::Access& access, SyncReport& report, const Progress& progress,
                        const Cancelled& cancelled)
{
    Database& db = m_session.database();
    Integrator integrator(m_session.writer());
    const int centralId = m_session.site().context().centralSiteId;
    progress(SyncProgress{QStringLiteral("pull"), 0, -1});
    // The central prepares the next batches while this one is stored; it learns what was stored
    // with the requests after.
    PullFetcher fetcher(access, stateNumber(db, kPulledSeq), stateNumber(db, kQueueSeq));
    Status result;
    while (std::optional<Result<PulledBatch>> batch = fetcher.take()) {
        if (!*batch) {
            result = batch->error();
            break;
        }
        const PulledBatch& pulled = **batch;
        const Result<int> applied = storePulled(db, integrator, centralId, pulled);
        if (!applied) {
            result = applied.error();
            break;
        }
        report.appliedOnArrival += *applied;
        fetcher.confirm(pulled.cursor, pulled.queueCursor);
        report.pulledAll = !pulled.more;
        report.pulled += int(pulled.records.size());
        progress(SyncProgress{QStringLiteral("pull"), report.pulled, -1});
        if (cancelled())
            break;
    }
    fetcher.stop();
    report.bytesSent += fetcher.bytesSent();
    report.bytesReceived += fetcher.bytesReceived();
    return result;
}

}  // namespace sitesync
