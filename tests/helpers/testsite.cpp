// A remote site's synchronisation as its own process, for the crash tests: it can be killed at any
// instant. The password comes from the command line into an in-memory credential store, since the
// real keychain has its own test (tst_keychainsync).
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: sitesync-testsite DB PASSWORD\n");
        return 2;
    }
    sitesync::Result<std::unique_ptr<sitesync::SiteSession>> session = sitesync::SiteSession::open(args[1]);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.error().message));
        return 1;
    }
    sitesync::SiteSession& site = **session;
    sitesync::MemoryCredentialStore credentials;
    const QString url = sitesync::LocalState::get(site.database(), QStringLiteral("central_url"));
    (void)credentials.write(sitesync::CredentialStore::keyFor(url, site.site().siteId()), args[2]);
    QTextStream out(stdout);
    sitesync::RemoteSync sync(site, credentials);
    // The crash tests decide when a killed central comes back: a sync whose link fails stops at once.
    sitesync::LinkPolicy noRetries = sitesync::LinkPolicy::standard();
    noRetries.retries = 0;
    sync.setLinkPolicy(noRetries);
    const sitesync::Result<sitesync::SyncReport> report = sync.syncOnce([&out](const sitesync::SyncProgress& p) {
        out << sitesync::syncPhaseName(p.phase) << ' ' << p.done << Qt::endl;
    });
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 1;
    }
    out << "done" << Qt::endl;
    return 0;
}
