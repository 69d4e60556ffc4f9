#pragma once

#include "client/linkpolicy.h"
#include "client/pullfetcher.h"
#include "client/syncphase.h"
#include "client/transport.h"
#include "core/result.h"
#include "protocol/protocol.h"
#include "sync/integrator.h"

#include <QString>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace sitesync {

class CentralConnection;
class CredentialStore;
class Database;
class SiteSession;
struct SiteReport;

struct SyncProgress {
    SyncPhase phase = SyncPhase::Push;
    qint64 done = 0;    // records done in this phase
    qint64 total = -1;  // records in this phase, -1 when not known yet (a pull: the central's count)
    int retry = 0;      // with Wait: the retry that comes next (1 for the first)
    int retryIn = 0;    // with Wait: the seconds until it starts

    // Records still to come in this phase, -1 when not known.
    qint64 remaining() const { return total < 0 ? -1 : std::max<qint64>(0, total - done); }
};

struct SyncReport {
    int pushed = 0;
    int refusedByCentral = 0;  // pushed records the central set aside; kept in this site's sync log too
    int pulled = 0;
    bool pulledAll = false;    // the pull reached the end of what the central had for the site
    int removed = 0;           // records of copies this site no longer has, removed here
    int appliedOnArrival = 0;  // records the bulk path applied as they arrived (part of integration.applied)
    IntegrationReport integration;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    // What the start of the sync found and put right (ACC-1): this database was older than the
    // central's record of it, or the central's older than this site's. Empty when all was in step.
    QString recovery;
};

// A remote site's side of synchronisation (TOP-3): push its own changes first, then pull what the
// central routed to it, then integrate. Every step stores its progress before the next, so a sync
// cut off at any instant continues where it stopped.
class RemoteSync {
public:
    using Progress = std::function<void(const SyncProgress&)>;
    using Cancelled = std::function<bool()>;

    RemoteSync(SiteSession& session, CredentialStore& credentials)
        : m_session(session)
        , m_credentials(credentials)
    {
    }

    // Creates a new site database at `path` from the central server: binds this machine to the site,
    // stores the password in `credentials`, and pulls everything the site needs.
    // `trustedPem` is kept with the site: the certificates to trust for an HTTPS central.
    static Result<std::unique_ptr<SiteSession>> initialise(const QString& path, const QUrl& central, int siteId,
                                                           const QString& password, CredentialStore& credentials,
                                                           const Progress& progress = {},
                                                           const QByteArray& trustedPem = {});

    // The address of a central server and the certificates to trust for it are usable.
    static Status checkCentral(const QUrl& central, const QByteArray& trustedPem);
    // The refusal to set a site up at `path`, which holds one already: when that is a remote site,
    // with what completes its set-up if it was interrupted (every interruption leaves a site that
    // `sync` completes, docs/reliability.md).
    static Error refuseSetUpSite(const QString& path, const Error& refusal);
    // Opens a site just set up at `path` and runs its first sync. When the sync stops, the site
    // stays set up and the error says so with `stopped`, whose %1 is the reason.
    static Result<std::unique_ptr<SiteSession>> openAndSync(const QString& path, CredentialStore& credentials,
                                                            const Progress& progress, const QString& stopped);

    // Stores a pulled batch together with the cursors that acknowledge it, in one transaction;
    // returns the records applied as they arrived. For a sync, and for a site data file.
    static Result<int> storePulled(Database& db, Integrator& integrator, int centralSiteId, const PulledBatch& batch);

    // What the site reports of itself at the start of every sync (docs/protocol.md, `contact`).
    static Result<SiteReport> whereItStands(SiteSession& session);

    // How this sync treats a link that stalls or drops; LinkPolicy::standard() unless set.
    void setLinkPolicy(const LinkPolicy& policy) { m_link = policy; }
    // At most how many records each pull answer holds; protocol::kPullBatch unless set.
    void setPullBatch(int records) { m_pullBatch = records; }
    // How this sync's requests travel; the network unless set (tests inject faults here).
    void setTransport(TransportFactory transport) { m_transport = std::move(transport); }

    Result<SyncReport> syncOnce(const Progress& progress = {}, const Cancelled& cancelled = {});

    // The key of sync_state holding the last recovery (time and what happened), for the window.
    static const QString kLastRecovery;

private:
    // One go at the whole sync, from the contact to the last push, each step stored before the next;
    // `reached` becomes true once the central has answered.
    Status attemptSync(const PullFetcher::Access& access, SyncReport& result, const Progress& report,
                       const Cancelled& stop, bool& reached);
    // Reports this site's state to the central and puts right what the answer says is out of step.
    Status contact(CentralConnection& central, SyncReport& report);
    Status push(CentralConnection& central, SyncReport& report, const Progress& progress, const Cancelled& cancelled);
    // The pull opens its own connection, in its own thread.
    Status pull(const PullFetcher::Access& access, SyncReport& report, const Progress& progress,
                const Cancelled& cancelled);

    SiteSession& m_session;
    CredentialStore& m_credentials;
    LinkPolicy m_link = LinkPolicy::standard();
    int m_pullBatch = protocol::kPullBatch;
    TransportFactory m_transport;
    int m_unansweredBatch = 0;  // the records of the batch on its way, until the central answers it
};

}  // namespace sitesync
