#include "client/remotesync.h"

#include "client/centralconnection.h"
#include "client/pullfetcher.h"
#include "client/sitepassword.h"
#include "core/killpoint.h"
#include "credentials/credentialstore.h"
#include "model/syncproblemlog.h"
#include "protocol/protocol.h"
#include "site/newsitedatabase.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "sync/outgoinglog.h"
#include "sync/siteledger.h"
#include "sync/synclock.h"
#include "sync/syncproblems.h"
#include "sync/waitingrecords.h"
#include "sync/wirerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QSslCertificate>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RemoteSync)
};

Q_LOGGING_CATEGORY(lcRemote, "sitesync.engine.remote", QtInfoMsg)

using remotestate::kCentralUrl;
using remotestate::kPulledSeq;
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

Error cancelledError()
{
    return makeError(ErrorKind::Database, Text::tr("The synchronisation was cancelled; it continues next time."));
}

}  // namespace

const QString RemoteSync::kLastRecovery = QStringLiteral("last_recovery");

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
        return refuseSetUpSite(path, created.error());
    NewSiteDatabase file = std::move(created).value();
    Database* db = &file.database();

    CentralConnection connection(central, siteId, password, CentralConnection::machineHardwareId(), trustedPem);
    const Result<QJsonObject> answer = connection.post(QStringLiteral("initialise"), {});
    if (!answer)
        return answer.error();
    killPoint("init-remote:bound");
    // The central accepted the password: it goes to the keychain before the site is written into
    // its database, so that a site in a database always has its password. Stopped before the site
    // is written, the database holds no site and `init remote` runs again from the start.
    if (Status kept = credentials.write(CredentialStore::keyFor(central.toString(), siteId), password); !kept)
        return kept.error();
    killPoint("init-remote:password-stored");
    const Result<SiteContext> context = writeRemoteBootstrap(
        *db, siteId, *answer,
        {{remotestate::kCentralUrl, central.toString()}, {remotestate::kTrusted, QString::fromLatin1(trustedPem)}});
    if (!context)
        return context.error();
    killPoint("init-remote:site-written");
    file.keep();
    return openAndSync(path, credentials, progress,
                       Text::tr("The site was initialised, but its first synchronisation stopped: %1 Run "
                                "'sitesyncctl sync' to continue."));
}

Error RemoteSync::refuseSetUpSite(const QString& path, const Error& refusal)
{
    const Result<std::unique_ptr<SiteSession>> existing = SiteSession::open(path);
    if (!existing || (*existing)->site().isCentral())
        return refusal;
    const LocalSite& site = (*existing)->site();
    return makeError(refusal.kind,
                     Text::tr("%1 It is site %2 of %3: if setting it up was interrupted, run 'sitesyncctl sync' to "
                              "complete it.")
                         .arg(refusal.message)
                         .arg(site.siteId())
                         .arg(LocalState::get((*existing)->database(), kCentralUrl)));
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
    if (Status s = SyncProblems::arrived(db, centralSiteId, batch.records); !s)
        return s.error();
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
    SyncLock running(db.path());
    if (!running.tryLock())
        return makeError(ErrorKind::Database, Text::tr("Another synchronisation of this site is running; this one "
                                                       "did not start. Try again when it has finished."));
    if (!LocalState::get(db, remotestate::kExportToken).isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("This is a site data file that was never imported: import it "
                                                      "on the site's machine with 'sitesyncctl site import'."));
    const QString centralUrl = LocalState::get(db, kCentralUrl);
    const Result<QString> password = SitePassword::read(session, m_credentials);
    if (!password)
        return password.error();
    const PullFetcher::Access access{QUrl(centralUrl),
                                     site.siteId(),
                                     *password,
                                     CentralConnection::machineHardwareId(),
                                     LocalState::get(db, kTrusted).toLatin1(),
                                     m_link.stallLimit,
                                     m_pullBatch,
                                     m_transport};
    const Progress report = progress ? progress : [](const SyncProgress&) {};
    const Cancelled stop = cancelled ? cancelled : noCancel();

    SyncReport result;
    m_unansweredBatch = 0;
    // A link that fails once the central has answered is waited for and the sync starts again from
    // its last stored step; a central never reached fails at once (docs/reliability.md).
    bool reached = false;
    LinkRetries retries(m_link);
    while (true) {
        const Status attempt = attemptSync(access, result, report, stop, reached);
        if (attempt)
            break;
        if (stop())
            return cancelledError();
        if (attempt.error().kind != ErrorKind::Unreachable || !reached)
            return attempt.error();
        if (!retries.another())
            return makeError(ErrorKind::Unreachable,
                             Text::tr("%1 The link did not come back: the synchronisation tried again %2 times in %3 "
                                      "seconds. The next one continues where this one stopped.")
                                 .arg(attempt.error().message)
                                 .arg(retries.done())
                                 .arg(retries.elapsedSeconds()));
        const int retry = retries.done();
        qCDebug(lcRemote).noquote() << attempt.error().message << "Retry" << retry << "follows.";
        const bool waited = retries.wait(
            [&](int seconds) {
                report(SyncProgress{SyncPhase::Wait, 0, -1, retry, seconds});
            },
            stop);
        if (!waited)
            return cancelledError();
    }
    result.integration.applied += result.appliedOnArrival;
    if (stop())
        return cancelledError();
    // Problems closed longer than the retention go (ACC-2); a failure here is no reason to fail the sync.
    if (const Result<int> pruned = SyncProblems::prune(db, db.now()); !pruned)
        qCWarning(lcRemote).noquote() << "closed sync problems were not pruned:" << pruned.error().message;
    if (Status s = LocalState::set(db, QStringLiteral("last_sync"), db.nowText()); !s)
        return s.error();
    if (Status s = site.refresh(); !s)
        return s.error();
    return result;
}

Status RemoteSync::attemptSync(const PullFetcher::Access& access, SyncReport& result, const Progress& report,
                               const Cancelled& stop, bool& reached)
{
    SiteSession& session = m_session;
    Database& db = session.database();
    CentralConnection central(access.central, access.siteId, access.password, access.hardwareId, access.trustedPem,
                              access.stallLimit, access.transport);
    central.setCancelled(stop);
    const Status done = [&]() -> Status {
        if (Status s = contact(central, result); !s)
            return s;
        reached = true;
        Status pushed = push(central, result, report, stop);
        if (!pushed && pushed.error().kind == ErrorKind::OutOfSequence) {
            // The central's record of this site changed since the contact: in step again, then push.
            if (Status s = contact(central, result); !s)
                return s;
            pushed = push(central, result, report, stop);
        }
        if (!pushed)
            return pushed;
        if (Status s = pull(access, result, report, stop); !s)
            return s;
        Integrator integrator(session.writer());
        const Result<int> waiting = integrator.waiting();
        if (!waiting)
            return waiting.error();
        report(SyncProgress{SyncPhase::Integrate, 0, *waiting});
        const Result<IntegrationReport> integrated = integrator.integrate(stop);
        if (!integrated)
            return integrated.error();
        // A sync that starts again after its link failed may integrate more than once: what each
        // attempt applied and set aside adds up.
        result.integration.applied += integrated->applied;
        result.integration.quarantined += integrated->quarantined;
        result.integration.refused += integrated->refused;
        result.integration.pending = integrated->pending;
        result.integration.problems += integrated->problems;
        // Copies this site no longer has are removed once their own changes are pushed (ST-2), and
        // only once the site holds all its settings: a pull cut short may have brought a store's
        // new settings without this site's part of them.
        const Result<int> settingsWaiting = WaitingRecords(db).settingsWaiting();
        if (result.pulledAll && settingsWaiting && *settingsWaiting == 0) {
            const Result<int> removed = session.localCopies().review();
            if (!removed)
                return removed.error();
            result.removed += *removed;
        }
        // TR-2: responding halves of transfers received for the stores active here get their numbers.
        if (const Result<int> numbered = session.storeTransfers().numberResponses(); !numbered)
            return numbered.error();
        if (const Result<int> received = session.storeTransfers().refreshReceived(); !received)
            return received.error();
        // What integration gave the site to send (transactions now included, RT-3; transfer numbers)
        // goes at once.
        if (const Result<int> waiting = OutgoingLog::pendingOf(db, session.site());
            waiting && *waiting > 0 && !stop()) {
            if (Status s = push(central, result, report, stop); !s)
                return s;
        }
        report(SyncProgress{SyncPhase::Integrate, integrated->applied, integrated->applied + integrated->pending});
        return {};
    }();
    result.bytesSent += central.bytesSent();
    result.bytesReceived += central.bytesReceived();
    return done;
}

Result<SiteReport> RemoteSync::whereItStands(SiteSession& session)
{
    Database& db = session.database();
    const LocalSite& site = session.site();
    OutgoingLog outgoing(db, site.siteId());
    SiteReport mine;
    mine.pushedSeq = outgoing.pushedSeq();
    mine.batch = outgoing.pendingBatchToken();
    mine.cursor = stateNumber(db, kPulledSeq);
    mine.queueCursor = stateNumber(db, kQueueSeq);
    mine.version = QStringLiteral(SITESYNC_VERSION);
    const Result<int> waiting = outgoing.pending(site.context().centralSiteId);
    if (!waiting)
        return waiting.error();
    mine.outgoing = *waiting;
    const Result<int> problems = SyncProblemLog::openCount(db);
    if (!problems)
        return problems.error();
    mine.problems = *problems;
    const Result<QStringList> stores = outgoing.unpushedStores();
    if (!stores)
        return stores.error();
    mine.unpushedStores = *stores;
    return mine;
}

Status RemoteSync::contact(CentralConnection& central, SyncReport& report)
{
    Database& db = m_session.database();
    OutgoingLog outgoing(db, m_session.site().siteId());
    const Result<SiteReport> mine = whereItStands(m_session);
    if (!mine)
        return mine.error();
    const Result<QJsonObject> answer = central.post(QStringLiteral("contact"), mine->toJson());
    if (!answer)
        return answer.error();
    const ContactVerdict verdict = ContactVerdict::fromJson(*answer);
    if (Status s = SyncProblems(m_session.writer()).centralWaiting(verdict.waitingTooLong, verdict.waitingComplete); !s)
        return s;
    if (verdict.acknowledgeBatch) {
        if (Status s = outgoing.acknowledge(verdict.acknowledgedSeq); !s)
            return s;
        // The batch this sync sent and lost the answer to counts as pushed (ACC-4).
        report.pushed += std::exchange(m_unansweredBatch, 0);
    }
    if (!verdict.behind && !verdict.resend && !verdict.restartPull)
        return {};
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    if (verdict.behind && outgoing.pushedSeq() < verdict.acknowledgedSeq) {
        if (const Result<int> renumbered = outgoing.continueAfter(verdict.acknowledgedSeq); !renumbered)
            return renumbered.error();
    }
    if (verdict.resend) {
        if (Status s = outgoing.rewindTo(verdict.acknowledgedSeq); !s)
            return s;
    }
    if (verdict.restartPull) {
        for (const QString& key : {kPulledSeq, kQueueSeq}) {
            if (Status s = LocalState::set(db, key, QStringLiteral("0")); !s)
                return s;
        }
    }
    report.recovery = verdict.message;
    const QString now = db.nowText();
    if (Status s = LocalState::set(db, kLastRecovery, now + QLatin1Char(' ') + verdict.message); !s)
        return s;
    qCWarning(lcRemote).noquote() << verdict.message;
    return tx.commit();
}

Status RemoteSync::push(CentralConnection& central, SyncReport& report, const Progress& progress,
                        const Cancelled& cancelled)
{
    Database& db = m_session.database();
    RecordWriter& writer = m_session.writer();
    const int centralId = m_session.site().context().centralSiteId;
    OutgoingLog outgoing(db, m_session.site().siteId());
    const Result<int> total = outgoing.pending(centralId);
    const int pushedBefore = report.pushed;  // a sync may push more than once
    // What this sync pushed and has to push: a push started again after the link failed goes on
    // from where the last one stopped.
    const qint64 shownTotal = total ? pushedBefore + *total : -1;
    progress(SyncProgress{SyncPhase::Push, report.pushed, shownTotal});
    while (!cancelled()) {
        Result<OutgoingLog::Batch> batch = outgoing.nextBatch(centralId, protocol::kPushBatch);
        if (!batch)
            return batch.error();
        if (batch->entries.isEmpty() && batch->upto == batch->from)
            return {};
        // The token is stored before the batch leaves, so that the batch sent again after a lost
        // answer is known for what it is.
        const Result<QString> token = outgoing.batchToken();
        if (!token)
            return token.error();
        QJsonArray records;
        QHash<QString, QJsonObject> sent;
        qsizetype bytes = 0;
        for (WireRecord record : batch->entries) {
            if (!record.remove) {
                Result<QJsonObject> stored = writer.fetch(record.table, record.id);
                if (!stored)
                    return stored.error();
                record.data = std::move(stored).value();
            }
            const QJsonObject json = record.toJson();
            // A push stays under protocol::kPushBytes of JSON (at least one record goes), so that
            // the central's memory for it stays small (OPS-6); the rest goes in the next push.
            const qsizetype size = QJsonDocument(json).toJson(QJsonDocument::Compact).size();
            if (!records.isEmpty() && bytes + size > protocol::kPushBytes) {
                OutgoingLog::Batch& cut = batch.value();
                cut.entries.resize(records.size());
                cut.upto = cut.entries.last().seq;
                cut.complete = false;
                break;
            }
            bytes += size;
            sent.insert(record.table + QLatin1Char('/') + record.id, record.data);
            records.append(json);
        }
        // What will still wait here once this batch is acknowledged (ACC-4): the queue counted when
        // the push began, less what has gone since; counting it again for every batch would scan
        // the whole queue each time.
        const qsizetype remaining =
            total ? std::max<qsizetype>(0, *total - (report.pushed - pushedBefore) - batch->entries.size()) : 0;
        m_unansweredBatch = int(records.size());
        const Result<QJsonObject> answer =
            central.post(QStringLiteral("push"), QJsonObject{{QStringLiteral("from_seq"), batch->from},
                                                             {QStringLiteral("upto_seq"), batch->upto},
                                                             {QStringLiteral("batch"), *token},
                                                             {QStringLiteral("outgoing"), remaining},
                                                             {QStringLiteral("records"), records}});
        if (!answer)
            return answer.error();
        if (answer->value(QLatin1String("acknowledged_seq")).toInteger() != batch->upto)
            return makeError(ErrorKind::Database,
                             Text::tr("The central server did not acknowledge the pushed records."));
        // Only now, with the central's answer in hand, does the push cursor move; what the central
        // set aside stays in this site's sync log with its content and reason, in the same step.
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        const QJsonArray refused = answer->value(QLatin1String("problems")).toArray();
        QSet<QString> setAside;
        for (const QJsonValue& value : refused) {
            const QJsonObject problem = value.toObject();
            const QString table = problem.value(QLatin1String("t")).toString();
            const QString id = problem.value(QLatin1String("id")).toString();
            setAside.insert(SyncProblemLog::key(table, id));
            if (const Result<qint64> added =
                    SyncProblemLog::add(db, m_session.site().siteId(), QStringLiteral("refused"), table, id,
                                        Text::tr("The central server set this change aside: %1")
                                            .arg(problem.value(QLatin1String("reason")).toString()),
                                        sent.value(table + QLatin1Char('/') + id));
                !added)
                return added.error();
        }
        // What the central took resolves the problems of earlier pushes of the same records.
        if (Status s = SyncProblems::pushTaken(db, m_session.site().siteId(), batch->entries, setAside); !s)
            return s;
        if (Status s = outgoing.acknowledge(batch->upto); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        m_unansweredBatch = 0;
        report.refusedByCentral += int(refused.size());
        report.pushed += int(records.size());
        progress(SyncProgress{SyncPhase::Push, report.pushed, shownTotal});
        if (batch->complete)
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
    // The central's first answer says how many records follow it; from there the site counts down.
    // A pull started again after its link failed is counted afresh.
    qint64 total = -1;
    progress(SyncProgress{SyncPhase::Pull, report.pulled, total});
    // The central prepares the next batches while this one is stored; it learns what was stored
    // with the requests after.
    PullFetcher fetcher(access, stateNumber(db, kPulledSeq), stateNumber(db, kQueueSeq));
    Status result;
    while (std::optional<Result<PulledBatch>> batch = fetcher.take(cancelled)) {
        if (!*batch) {
            result = batch->error();
            break;
        }
        const PulledBatch& pulled = **batch;
        if (pulled.remaining >= 0) {
            total = report.pulled + pulled.records.size() + pulled.remaining;
            progress(SyncProgress{SyncPhase::Pull, report.pulled, total});
        }
        const Result<int> applied = storePulled(db, integrator, centralId, pulled);
        if (!applied) {
            result = applied.error();
            break;
        }
        report.appliedOnArrival += *applied;
        fetcher.confirm(pulled.cursor, pulled.queueCursor);
        report.pulledAll = !pulled.more;
        report.pulled += int(pulled.records.size());
        // The count is an estimate (settings may change during the pull): the end of the pull is
        // where the central says nothing more waits.
        if (total >= 0)
            total = pulled.more ? std::max<qint64>(total, report.pulled) : report.pulled;
        progress(SyncProgress{SyncPhase::Pull, report.pulled, total});
        if (cancelled())
            break;
    }
    fetcher.stop();
    report.bytesSent += fetcher.bytesSent();
    report.bytesReceived += fetcher.bytesReceived();
    return result;
}

}  // namespace sitesync
