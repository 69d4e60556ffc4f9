#include "cli.h"
#include "client/remotesync.h"
#include "client/sitepassword.h"
#include "client/syncworker.h"
#include "credentials/credentialstore.h"
#include "model/auditlog.h"
#include "server/centralserver.h"
#include "site/sitesession.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QUrl>

#include <chrono>
#include <cmath>
#include <csignal>
#include <functional>
#include <optional>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sitesync::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

int g_signalPipe[2] = {-1, -1};

// The systemd credential (LoadCredential= or LoadCredentialEncrypted=) that holds the metrics token
// when --metrics-token-file is not given.
const QString kMetricsCredential = QStringLiteral("sitesync-metrics-token");
constexpr int kShortestMetricsToken = 16;

// The metrics token: from --metrics-token-file, else from the systemd credential, else none (an
// empty token: /metrics for this machine only). False, with the reason printed, when a token was
// given and cannot be used.
bool readMetricsToken(Invocation& in, QByteArray* token, QString* from, int* status)
{
    QString path = in.value(QStringLiteral("metrics-token-file"));
    if (path.isEmpty())
        path = SystemdCredentialStore().fileOf(kMetricsCredential);
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *status = in.fail(makeError(
            ErrorKind::NotFound, Text::tr("Cannot read the metrics token file %1: %2").arg(path, file.errorString())));
        return false;
    }
    *token = file.read(4096).trimmed();
    if (token->size() < kShortestMetricsToken || token->contains('\n') || token->contains(' ')) {
        *status = in.usage(Text::tr("The metrics token in %1 must be one line of at least %2 characters without "
                                    "spaces; make one with: openssl rand -hex 32")
                               .arg(path)
                               .arg(kShortestMetricsToken));
        return false;
    }
    *from = path;
    return true;
}

// SIGINT and SIGTERM stop the server, or the sync schedule, cleanly: the handler only writes a byte,
// and `stop` runs in the event loop (by default it quits it).
void installStopSignals(const std::function<void()>& stop = [] { QCoreApplication::quit(); })
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [stop] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[1], &byte, 1);
        stop();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

}  // namespace

RemoteSync::Progress terminalProgress(Invocation& in)
{
    return [&in](const SyncProgress& p) {
        if (p.phase == SyncPhase::Wait)
            printProgress(in, QStringLiteral("waiting for the link to the central server, retry %1 in %2 s")
                                  .arg(p.retry)
                                  .arg(p.retryIn));
        else if (p.total < 0)
            printProgress(in, QStringLiteral("%1: %2 records").arg(syncPhaseName(p.phase)).arg(p.done));
        else if (p.phase == SyncPhase::Pull)
            printProgress(in, QStringLiteral("pull: %1 of %2 records received, %3 remaining")
                                  .arg(p.done)
                                  .arg(p.total)
                                  .arg(p.remaining()));
        else
            printProgress(in,
                          QStringLiteral("%1: %2 of %3 records").arg(syncPhaseName(p.phase)).arg(p.done).arg(p.total));
    };
}

namespace {

QJsonObject reportJson(const SyncReport& report)
{
    return {{QStringLiteral("pushed"), report.pushed},
            {QStringLiteral("refused_by_central"), report.refusedByCentral},
            {QStringLiteral("pulled"), report.pulled},
            {QStringLiteral("applied"), report.integration.applied},
            {QStringLiteral("pending"), report.integration.pending},
            {QStringLiteral("quarantined"), report.integration.quarantined},
            {QStringLiteral("removed"), report.removed},
            {QStringLiteral("bytes_sent"), report.bytesSent},
            {QStringLiteral("bytes_received"), report.bytesReceived},
            {QStringLiteral("recovery"),
             report.recovery.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(report.recovery)}};
}

void printReport(Invocation& in, const SyncReport& report)
{
    if (::isatty(STDERR_FILENO) && !in.json())
        in.err() << "\r\033[K";
    if (in.json()) {
        in.printJson(reportJson(report));
        return;
    }
    if (!report.recovery.isEmpty())
        in.out() << report.recovery << Qt::endl;
    // "Waiting" counts every received record not applied yet, whatever it waits for (ACC-4).
    in.out() << Text::tr("Pushed %1 and pulled %2 records; applied %3, %4 waiting to be applied here, %5 set aside "
                         "(see the sync log).")
                    .arg(report.pushed)
                    .arg(report.pulled)
                    .arg(report.integration.applied)
                    .arg(report.integration.pending)
                    .arg(report.integration.quarantined)
             << Qt::endl;
    if (report.refusedByCentral > 0)
        in.out() << Text::tr("The central server set aside %1 of the pushed records; they are in the sync log of "
                             "this site and of the central, each with its reason and content.")
                        .arg(report.refusedByCentral)
                 << Qt::endl;
    if (report.removed > 0)
        in.out() << Text::tr("Removed %1 records of store copies this site no longer has.").arg(report.removed)
                 << Qt::endl;
}

int serve(Invocation& in)
{
    const QString listen = in.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    const QHostAddress address(listen.left(colon));
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return in.usage(Text::tr("--listen takes HOST:PORT, for example 127.0.0.1:8443."));
    if (in.isSet(QStringLiteral("tls-cert")) != in.isSet(QStringLiteral("tls-key")))
        return in.usage(Text::tr("--tls-cert and --tls-key go together."));
    // Remote sites log in with Basic authentication: over plain HTTP their passwords cross the network readable.
    if (!address.isLoopback() && !in.isSet(QStringLiteral("tls-cert")) && !in.isSet(QStringLiteral("allow-plain-http")))
        return in.usage(Text::tr("Refusing to serve plain HTTP on %1: the site passwords would cross the network "
                                 "readable by anyone on the way. Give the certificate and key with --tls-cert FILE "
                                 "--tls-key FILE, listen on 127.0.0.1 behind a proxy that serves HTTPS, or add "
                                 "--allow-plain-http where the network itself is protected (a VPN).")
                            .arg(listen));
    ServerLimits limits;
    const struct {
        QString option;
        int* value;
        int most;
    } settings[] = {{QStringLiteral("workers"), &limits.workers, 64},
                    {QStringLiteral("max-connections"), &limits.maxConnections, 100000},
                    {QStringLiteral("idle-timeout"), &limits.idleSeconds, 86400},
                    {QStringLiteral("request-timeout"), &limits.headerSeconds, 86400}};
    for (const auto& setting : settings) {
        if (!in.isSet(setting.option))
            continue;
        const std::optional<int> given = in.intValue(setting.option);
        if (!given)
            return ExitUsage;
        if (*given < 1 || *given > setting.most)
            return in.usage(Text::tr("--%1 takes a number from 1 to %2.").arg(setting.option).arg(setting.most));
        *setting.value = *given;
    }
    int status = ExitOk;
    QByteArray metricsToken;
    QString metricsTokenFile;
    if (!readMetricsToken(in, &metricsToken, &metricsTokenFile, &status))
        return status;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    if (!session->site().isCentral())
        return in.fail(makeError(ErrorKind::BadInput, Text::tr("Only the central server's database can be served.")));
    CentralServer server(std::move(session), limits);
    server.setMetricsToken(metricsToken);
    const bool tls = in.isSet(QStringLiteral("tls-cert"));
    if (tls) {
        if (Status s = server.useTls(in.value(QStringLiteral("tls-cert")), in.value(QStringLiteral("tls-key"))); !s)
            return in.fail(s.error());
    }
    const Result<quint16> bound = server.listen(address, quint16(port));
    if (!bound)
        return in.fail(bound.error());
    in.out() << Text::tr("Serving %1 on %2://%3:%4")
                    .arg(server.session().database().path(), tls ? QStringLiteral("https") : QStringLiteral("http"),
                         address.toString())
                    .arg(*bound)
             << Qt::endl;
    if (metricsToken.isEmpty())
        in.out() << Text::tr("/metrics is served to this machine only.") << Qt::endl;
    else
        in.out() << Text::tr("/metrics is served only with the token in %1, to this machine too.").arg(metricsTokenFile)
                 << Qt::endl;
    // A server's log says who was refused and why, and has one line per request it answered.
    QLoggingCategory::setFilterRules(
        QStringLiteral("sitesync.engine.server.info=true\nsitesync.engine.server.request.info=true"));
    installStopSignals();
    QCoreApplication::exec();
    return ExitOk;
}

int initRemote(Invocation& in)
{
    if (!in.isSet(QStringLiteral("central")) || !in.isSet(QStringLiteral("site-id")) ||
        !in.isSet(QStringLiteral("password-stdin")))
        return in.usage(Text::tr("usage: sitesyncctl init remote --central URL --site-id N --password-stdin"));
    const std::optional<int> siteId = in.intValue(QStringLiteral("site-id"));
    if (!siteId)
        return ExitUsage;
    QString password;
    QByteArray trusted;
    int status = ExitOk;
    if (!readSiteAccess(in, &password, &trusted, &status))
        return status;
    SiteCredentialStore credentials;
    const Result<std::unique_ptr<SiteSession>> session =
        RemoteSync::initialise(in.databasePath(), QUrl(in.value(QStringLiteral("central"))), *siteId, password,
                               credentials, terminalProgress(in), trusted);
    if (!session)
        return in.fail(session.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("site_id"), *siteId},
                                 {QStringLiteral("role"), siteRoleId((*session)->site().role())}});
    else
        in.out() << Text::tr("Initialised site %1 from %2.").arg(*siteId).arg(in.value(QStringLiteral("central")))
                 << Qt::endl;
    return ExitOk;
}

// The stream is the journal of the service that runs sitesyncctl (systemd sets JOURNAL_STREAM to
// its device and inode), which reads a leading "<N>" as the line's priority.
bool writesToJournal(int descriptor)
{
    const QStringList stream = qEnvironmentVariable("JOURNAL_STREAM").split(QLatin1Char(':'));
    struct stat info = {};
    if (stream.size() != 2 || ::fstat(descriptor, &info) != 0)
        return false;
    return stream.at(0) == QString::number(info.st_dev) && stream.at(1) == QString::number(info.st_ino);
}

// The schedule of --every: 0 for a single sync, nothing (the usage error printed) when malformed.
// Decimals are allowed, so a schedule can be shorter than a minute.
std::optional<std::chrono::milliseconds> everyInterval(Invocation& in)
{
    bool ok = false;
    const double minutes = QLocale::c().toDouble(in.value(QStringLiteral("every")), &ok);
    constexpr double kShortest = 0.01;
    if (!ok || !std::isfinite(minutes) || (minutes != 0 && minutes < kShortest) ||
        minutes > SyncWorker::kMaxIntervalMinutes) {
        (void)in.usage(Text::tr("--every takes the minutes between two syncs, from %1 to %2 (for example 10 or 0.5), "
                                "or 0 for a single sync; not '%3'.")
                           .arg(kShortest)
                           .arg(SyncWorker::kMaxIntervalMinutes)
                           .arg(in.value(QStringLiteral("every"))));
        return std::nullopt;
    }
    return std::chrono::milliseconds(std::llround(minutes * 60000));
}

// `sync --every`: the window's scheduler without the window (TOP-3, OPS-2). One line per outcome,
// with its time, for the journal; a failed sync is followed by the next one; SIGTERM or SIGINT
// cancels a sync in progress and ends with status 0.
int syncOnSchedule(Invocation& in, std::chrono::milliseconds interval)
{
    auto credentials = std::make_shared<SiteCredentialStore>();
    {
        int status = ExitOk;
        std::unique_ptr<SiteSession> session = openSession(in, &status);
        if (!session)
            return status;
        if (session->site().isCentral())
            return in.fail(
                makeError(ErrorKind::BadInput, Text::tr("This is the central server; it serves the sites' syncs "
                                                        "('sitesyncctl serve') and does not sync on a schedule.")));
        // Without its password a site can never sync: that ends the program at once, not each round.
        if (const Result<QString> password = SitePassword::read(*session, *credentials); !password)
            return in.fail(password.error());
        if (!in.json())
            in.out() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' '
                     << Text::tr("Syncing site %1 at once and then every %2 minutes, with the password from %3, until "
                                 "stopped.")
                            .arg(session->site().siteId())
                            .arg(double(interval.count()) / 60000.0)
                            .arg(credentials->place())
                     << Qt::endl;
    }
    // One line per outcome: completed ones on standard output, the others on standard error (a
    // warning in the journal). With --json, one object per line: time, outcome and message.
    const bool journalErr = writesToJournal(STDERR_FILENO);
    auto line = [&in, journalErr](const QString& outcome, const QString& text, const QString& message) {
        const QString time = QDateTime::currentDateTime().toString(Qt::ISODate);
        if (in.json())
            in.printJson(QJsonObject{{QStringLiteral("time"), time},
                                     {QStringLiteral("outcome"), outcome},
                                     {QStringLiteral("message"), message}});
        else if (outcome == QLatin1String("completed"))
            in.out() << time << ' ' << text << Qt::endl;
        else
            in.err() << (journalErr ? "<4>" : "") << time << ' ' << text << Qt::endl;
    };

    SyncThread thread(in.databasePath(), credentials);
    QObject context;
    SyncWorker* worker = thread.worker();
    bool stopping = false;
    QObject::connect(worker, &SyncWorker::finished, &context,
                     [line, &stopping](bool completed, const QString& message) {
                         if (completed)
                             line(QStringLiteral("completed"), Text::tr("Sync completed: %1").arg(message), message);
                         else if (stopping)
                             line(QStringLiteral("stopped"), Text::tr("Sync stopped: %1").arg(message), message);
                         else
                             line(QStringLiteral("failed"), Text::tr("Sync failed: %1").arg(message), message);
                     });
    QObject::connect(worker, &SyncWorker::waitingForLink, &context, [line](int retry, int seconds) {
        const QString message =
            Text::tr("Waiting for the link to the central server, retry %1 in %2 s.").arg(retry).arg(seconds);
        line(QStringLiteral("waiting"), message, message);
    });
    QObject::connect(worker, &SyncWorker::stopped, &context, [] { QCoreApplication::quit(); });
    installStopSignals([&thread, &stopping] {
        stopping = true;
        thread.stop();
    });
    thread.setInterval(interval);
    thread.syncNow();
    QCoreApplication::exec();
    if (!in.json())
        in.out() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << Text::tr("Stopped.") << Qt::endl;
    return ExitOk;
}

int sync(Invocation& in)
{
    std::optional<std::chrono::milliseconds> interval = std::chrono::milliseconds(0);
    if (in.isSet(QStringLiteral("every")) && !(interval = everyInterval(in)))
        return ExitUsage;
    if (interval->count() > 0)
        return syncOnSchedule(in, *interval);
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    SiteCredentialStore credentials;
    RemoteSync remote(*session, credentials);
    const Result<SyncReport> report = remote.syncOnce(terminalProgress(in));
    if (!report)
        return in.fail(report.error());
    printReport(in, *report);
    return ExitOk;
}

int storePassword(Invocation& in)
{
    if (!in.isSet(QStringLiteral("password-stdin")))
        return in.usage(Text::tr("usage: sitesyncctl site password --password-stdin"));
    const QString password = Invocation::readSecretLine();
    if (password.isEmpty())
        return in.usage(Text::tr("No password on standard input."));
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    SiteCredentialStore credentials;
    if (Status s = SitePassword::store(*session, credentials, password); !s)
        return in.fail(s.error());
    const int siteId = session->site().siteId();
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("site_id"), siteId}, {QStringLiteral("stored"), true}});
    else
        in.out() << Text::tr("The central server accepted the password of site %1; it is kept in %2.")
                        .arg(siteId)
                        .arg(credentials.place())
                 << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> syncCommands()
{
    return {
        {{QStringLiteral("serve")},
         QStringLiteral("--listen HOST:PORT [--tls-cert FILE --tls-key FILE] [--allow-plain-http] [--workers N]"
                        " [--max-connections N] [--idle-timeout SECONDS] [--request-timeout SECONDS]"
                        " [--metrics-token-file FILE]"),
         Text::tr("Run the central server's sync service until stopped (SIGINT or SIGTERM)."),
         {QStringLiteral("listen"), QStringLiteral("tls-cert"), QStringLiteral("tls-key"),
          QStringLiteral("allow-plain-http"), QStringLiteral("workers"), QStringLiteral("max-connections"),
          QStringLiteral("idle-timeout"), QStringLiteral("request-timeout"), QStringLiteral("metrics-token-file")},
         0,
         0,
         serve},
        {{QStringLiteral("init"), QStringLiteral("remote")},
         QStringLiteral("--central URL --site-id N --password-stdin [--ca-cert FILE]"),
         Text::tr("Create this remote site's database from the central server and pull what it needs."),
         {QStringLiteral("central"), QStringLiteral("site-id"), QStringLiteral("password-stdin"),
          QStringLiteral("ca-cert")},
         0,
         0,
         initRemote},
        {{QStringLiteral("sync")},
         QStringLiteral("[--every MINUTES]"),
         Text::tr("Push this site's changes, then pull and integrate what the central routed to it; exit 0 only if "
                  "it completed. With --every, sync at once and then every MINUTES, one line per outcome, until "
                  "SIGTERM or SIGINT (exit 0)."),
         {QStringLiteral("every")},
         0,
         0,
         sync},
        {{QStringLiteral("site"), QStringLiteral("password")},
         QStringLiteral("--password-stdin"),
         Text::tr("On a remote site: check the site password with the central server, then store it in the keychain "
                  "again."),
         {QStringLiteral("password-stdin")},
         0,
         0,
         storePassword},
    };
}

}  // namespace sitesync::cli
