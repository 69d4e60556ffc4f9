// Session tokens: a site that logged in with its password is answered on its token, without a
// password derivation, even by a central that restarted; a token holds only for its site, machine,
// password and binding, and only for its lifetime; and the login lane decides only what needs a
// derivation. Over real HTTP on 127.0.0.1: a flood of wrong passwords from 127.0.0.2 locks that
// address out while the site keeps syncing from 127.0.0.1. (The throttle's own counting is
// tst_passwords'.)
#include "client/centralconnection.h"
#include "client/heldsessions.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "db/database.h"
#include "model/localsite.h"
#include "protocol/protocol.h"
#include "security/passwordhash.h"
#include "server/authenticator.h"
#include "server/centralserver.h"
#include "server/loginthrottle.h"
#include "server/siteinitialisation.h"
#include "testsupport.h"
#include "write/recordwriter.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <thread>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("remote-site-password-42");
const QString kOtherPassword = QStringLiteral("another-site-password-7");
const QString kThrottled = protocol::errorCodeId(protocol::ErrorCode::Throttled);
const QString kWrongPassword = protocol::errorCodeId(protocol::ErrorCode::WrongPassword);
// A request refused for its body passed authentication: the body is looked at only after it.
const QString kLetIn = protocol::errorCodeId(protocol::ErrorCode::MalformedBody);

Authenticator::Attempt attempt(int site, const QString& password, const QByteArray& hardware,
                               const QByteArray& session = {},
                               const QHostAddress& from = QHostAddress(QStringLiteral("198.51.100.2")))
{
    return {from, QByteArray::number(protocol::kVersion),
            "Basic " + (QByteArray::number(site) + ':' + password.toUtf8()).toBase64(), hardware, session};
}

// "accepted", "needs derivation" or the error code.
QString outcome(const Authenticator::Verdict& verdict)
{
    switch (verdict.outcome) {
    case Authenticator::Outcome::Accepted:
        return QStringLiteral("accepted");
    case Authenticator::Outcome::NeedsDerivation:
        return QStringLiteral("needs derivation");
    case Authenticator::Outcome::Refused:
        break;
    }
    return protocol::errorCodeId(verdict.failure.code);
}

// A central server (a real CentralServer on a database file) in a thread of its own, so that the
// test's own thread can sync against it; its password derivations can be read from the test.
class CentralThread : public QThread {
public:
    ~CentralThread() override { stop(); }

    // Serves the file on 127.0.0.1 (port 0: any free one); returns "" or why it could not.
    QString serve(const QString& path, quint16 port = 0)
    {
        m_path = path;
        m_port = port;
        start();
        m_ready.acquire();
        return m_error;
    }
    void stop()
    {
        if (isRunning()) {
            quit();
            wait();
        }
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    qint64 derivations()
    {
        std::lock_guard lock(m_mutex);
        return m_server ? m_server->authenticator().derivations() : -1;
    }

protected:
    void run() override
    {
        Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_path);
        if (!session) {
            m_error = session.error().message;
            m_ready.release();
            return;
        }
        CentralServer server(std::move(session).value());
        const Result<quint16> bound = server.listen(QHostAddress::LocalHost, m_port);
        if (!bound) {
            m_error = bound.error().message;
            m_ready.release();
            return;
        }
        m_port = *bound;
        {
            std::lock_guard lock(m_mutex);
            m_server = &server;
        }
        m_ready.release();
        exec();
        std::lock_guard lock(m_mutex);
        m_server = nullptr;
    }

private:
    QString m_path;
    quint16 m_port = 0;
    QString m_error;
    QSemaphore m_ready;
    std::mutex m_mutex;
    CentralServer* m_server = nullptr;
};

}  // namespace

class TstSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void aRestartedCentralAnswersTheTokenWithoutDerivation();
    void aTokenHoldsOnlyForItsSiteMachinePasswordAndTime();
    void theLoginLaneDecidesOnlyWhatNeedsDerivation();
    void aValidTokenPassesAThrottledAddress();
    void theKeyIsKeptAndADamagedOneReplaced();
    void aSiteKeepsSyncingThroughAFloodFromAnotherAddress();
    void failedLoginsAddUpAcrossServers();
    void failuresCountedAtOnceAreEachCounted();

private:
    // A central with remote sites 2 (kPassword) and 3 (kOtherPassword), its session closed.
    QString newCentral(const QTemporaryDir& dir);
};

QString TstSessions::newCentral(const QTemporaryDir& dir)
{
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    if (!central)
        return {};
    if (!central->sites().add(2, QStringLiteral("Remote 2"), QStringLiteral("desktop"), false, kPassword).ok() ||
        !central->sites().add(3, QStringLiteral("Remote 3"), QStringLiteral("desktop"), false, kOtherPassword).ok())
        return {};
    return central->database().path();
}

// covers SEC-1, OPS-6
void TstSessions::aRestartedCentralAnswersTheTokenWithoutDerivation()
{
    QTemporaryDir dir;
    const QString centralPath = newCentral(dir);
    QVERIFY(!centralPath.isEmpty());
    CentralThread first;
    QString served = first.serve(centralPath);
    QVERIFY2(served.isEmpty(), qPrintable(served));

    // The site logs in with its password once; every answer after that (the whole first sync, its
    // pull thread among them) is given on its token.
    MemoryCredentialStore credentials;
    Result<std::unique_ptr<SiteSession>> site =
        RemoteSync::initialise(dir.filePath(QStringLiteral("site2.db")), QUrl(first.url()), 2, kPassword, credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));
    QCOMPARE(first.derivations(), 1);
    const QString hardware = CentralConnection::machineHardwareId();
    const QByteArray token = HeldSessions::token(QUrl(first.url()), 2, hardware);
    QVERIFY(!token.isEmpty());

    // A new central server on the same file and port: it never saw the site's password, and it
    // answers the site's whole sync on the token the first one gave.
    const quint16 port = first.port();
    first.stop();
    CentralThread second;
    served = second.serve(centralPath, port);
    QVERIFY2(served.isEmpty(), qPrintable(served));
    QCOMPARE(second.derivations(), 0);
    for (int sync = 0; sync < 2; ++sync) {
        RemoteSync again(**site, credentials);
        const Result<SyncReport> report = again.syncOnce();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
    }
    QCOMPARE(second.derivations(), 0);
    QCOMPARE(HeldSessions::token(QUrl(second.url()), 2, hardware), token);

    // The same site with its password alone costs this central its derivation: what was counted is real.
    QCOMPARE(test::loginOverHttp(QHostAddress::LocalHost, port, 2, kPassword, hardware.toUtf8()), kLetIn);
    QCOMPARE(second.derivations(), 1);
    // And a token damaged on its way is ignored: the password decides, now remembered.
    QByteArray damaged = token;
    damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
    QCOMPARE(test::loginOverHttp(QHostAddress::LocalHost, port, 2, kPassword, hardware.toUtf8(), damaged), kLetIn);
    QCOMPARE(test::loginOverHttp(QHostAddress::LocalHost, port, 2, QStringLiteral("not-the-password"),
                                 hardware.toUtf8(), damaged),
             kWrongPassword);
    QCOMPARE(test::loginOverHttp(QHostAddress::LocalHost, port, 2, QStringLiteral("not-the-password"),
                                 hardware.toUtf8(), token),
             kLetIn);
}

// covers SEC-1, SEC-2
void TstSessions::aTokenHoldsOnlyForItsSiteMachinePasswordAndTime()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    for (int id : {2, 3})
        QVERIFY(central->sites()
                    .add(id, QStringLiteral("Remote %1").arg(id), QStringLiteral("desktop"), false, kPassword)
                    .ok());
    SiteInitialisation service(*central);
    QVERIFY(service.initialise(2, QStringLiteral("machine-2")).ok());
    QVERIFY(service.initialise(3, QStringLiteral("machine-3")).ok());
    Database& db = central->database();
    QDateTime now(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    const Authenticator::Clock clock = [&now] { return now; };

    Authenticator issuer(clock);
    const Authenticator::Verdict login = issuer.authenticate(db, attempt(2, kPassword, "machine-2"), true, true);
    QCOMPARE(outcome(login), QStringLiteral("accepted"));
    const QByteArray token = login.session;
    QVERIFY(!token.isEmpty());
    // Initialising binds the site again, which would void a token at once: it is given none.
    QVERIFY(issuer.authenticate(db, attempt(2, kPassword, "machine-2"), false, true).session.isEmpty());

    // Each check on a central that restarted (a new Authenticator: nothing remembered) and may not
    // derive: a token that holds is accepted, any other leaves only the password to decide.
    auto onToken = [&](int site, const QByteArray& hardware, const QByteArray& presented) {
        Authenticator restarted(clock);
        const Authenticator::Verdict verdict =
            restarted.authenticate(db, attempt(site, kPassword, hardware, presented), true, false);
        if (verdict.outcome == Authenticator::Outcome::Accepted &&
            (verdict.identity.siteId != site || !verdict.session.isEmpty()))
            return QStringLiteral("accepted as site %1 with a new token").arg(verdict.identity.siteId);
        return outcome(verdict);
    };
    const QString accepted = QStringLiteral("accepted");
    const QString ignored = QStringLiteral("needs derivation");
    QCOMPARE(onToken(2, "machine-2", token), accepted);
    QCOMPARE(onToken(3, "machine-3", token), ignored);  // another site (same password)
    QCOMPARE(onToken(3, "machine-2", token), ignored);
    QCOMPARE(onToken(2, "machine-3", token), ignored);  // another machine
    QCOMPARE(onToken(2, "machine-2", QByteArray()), ignored);
    QCOMPARE(onToken(2, "machine-2", "not a token"), ignored);

    // Tampered with anywhere (a claim or the signature), or signed by another central, it is nothing.
    for (qsizetype at : {qsizetype(2), token.indexOf('.', 2) + 1, token.size() - 3}) {
        QByteArray tampered = token;
        tampered[at] = tampered[at] == '1' ? '2' : '1';
        QCOMPARE(onToken(2, "machine-2", tampered), ignored);
    }
    {
        QTemporaryDir otherDir;
        std::unique_ptr<SiteSession> other = test::newCentral(otherDir);
        QVERIFY(other);
        QVERIFY(other->sites().add(2, QStringLiteral("Remote 2"), QStringLiteral("desktop"), false, kPassword).ok());
        QVERIFY(SiteInitialisation(*other).initialise(2, QStringLiteral("machine-2")).ok());
        Authenticator elsewhere(clock);
        const QByteArray foreign =
            elsewhere.authenticate(other->database(), attempt(2, kPassword, "machine-2"), true, true).session;
        QVERIFY(!foreign.isEmpty());
        QCOMPARE(onToken(2, "machine-2", foreign), ignored);
    }

    // It holds for its lifetime, then no longer.
    now = now.addSecs(SessionTokens::kLifetimeSeconds - 1);
    QCOMPARE(onToken(2, "machine-2", token), accepted);
    now = now.addSecs(1);
    QCOMPARE(onToken(2, "machine-2", token), ignored);
    now = now.addSecs(-SessionTokens::kLifetimeSeconds);

    // A new password voids it, even the same password set again (a new salt, a new hash). The very
    // hash it was issued for brings it back, so what follows is down to the binding alone.
    const QString issuedFor = db.scalar(QStringLiteral("SELECT password_hash FROM site WHERE id = 2"))->toString();
    auto setHash = [&](const QString& hash) {
        return central->writer()
            .put(QStringLiteral("site"), {{QStringLiteral("id"), 2}, {QStringLiteral("password_hash"), hash}},
                 WriteOptions::managedTables())
            .ok();
    };
    QVERIFY(setHash(PasswordHash::create(kPassword)));
    QCOMPARE(onToken(2, "machine-2", token), ignored);
    QVERIFY(setHash(issuedFor));
    QCOMPARE(onToken(2, "machine-2", token), accepted);

    // Resetting the binding voids it, and so does binding the site to another machine.
    QVERIFY(central->sites().resetHardware(2).ok());
    QCOMPARE(onToken(2, "machine-2", token), ignored);
    QVERIFY(service.initialise(2, QStringLiteral("machine-9")).ok());
    QCOMPARE(onToken(2, "machine-2", token), ignored);
    QCOMPARE(onToken(2, "machine-9", token), ignored);
}

// covers OPS-6, SEC-3
void TstSessions::theLoginLaneDecidesOnlyWhatNeedsDerivation()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    QVERIFY(central->sites().add(2, QStringLiteral("Remote 2"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(SiteInitialisation(*central).initialise(2, QStringLiteral("machine-2")).ok());
    Database& db = central->database();
    Authenticator authenticator;
    const QHostAddress from(QStringLiteral("203.0.113.5"));

    // A password never verified (right or wrong) needs a derivation; asking without one derives
    // nothing and counts as no failure, however often.
    for (int request = 0; request < 3 * LoginThrottle::kMaxPerAddress; ++request) {
        const QString password = request % 2 ? kPassword : QStringLiteral("guess-%1").arg(request);
        QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, password, "machine-2", "bogus", from), true, false)),
                 QStringLiteral("needs derivation"));
    }
    QCOMPARE(authenticator.derivations(), 0);
    // What needs no derivation is decided at once: no site named, an unknown site, a wrong version.
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(99, kPassword, "machine-2", {}, from), true, false)),
             QStringLiteral("unknown_site"));
    Authenticator::Attempt oldVersion = attempt(2, kPassword, "machine-2", {}, from);
    oldVersion.version = "0";
    QCOMPARE(outcome(authenticator.authenticate(db, oldVersion, true, false)), QStringLiteral("incompatible_version"));

    // The login lane derives; from then on the password is recognised without it.
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, kPassword, "machine-2", {}, from), true, true)),
             QStringLiteral("accepted"));
    QCOMPARE(authenticator.derivations(), 1);
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, kPassword, "machine-2", {}, from), true, false)),
             QStringLiteral("accepted"));
    QCOMPARE(authenticator.derivations(), 1);
    // A wrong password still needs its derivation; only the derived one counts as a failure.
    for (int request = 0; request < LoginThrottle::kMaxPerSite; ++request) {
        QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, QStringLiteral("guess"), "machine-2", {}, from),
                                                    true, false)),
                 QStringLiteral("needs derivation"));
        QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, QStringLiteral("guess"), "machine-2", {}, from),
                                                    true, true)),
                 kWrongPassword);
    }
    // Throttled is decided before anything is derived, with or without the lane.
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, QStringLiteral("guess"), "machine-2", {}, from), true,
                                                false)),
             kThrottled);
    QCOMPARE(authenticator.derivations(), 1 + LoginThrottle::kMaxPerSite);
}

// covers OPS-6, SEC-3
void TstSessions::aValidTokenPassesAThrottledAddress()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    QVERIFY(central->sites().add(2, QStringLiteral("Remote 2"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(SiteInitialisation(*central).initialise(2, QStringLiteral("machine-2")).ok());
    Database& db = central->database();
    Authenticator authenticator;
    // One address shared by the site and whoever floods the central (a clinic's router).
    const QHostAddress shared(QStringLiteral("203.0.113.5"));
    const QByteArray token =
        authenticator.authenticate(db, attempt(2, kPassword, "machine-2", {}, shared), true, true).session;
    QVERIFY(!token.isEmpty());

    for (int request = 0; request < LoginThrottle::kMaxPerAddress; ++request)
        QCOMPARE(outcome(authenticator.authenticate(db, attempt(99, QStringLiteral("guess"), "machine-2", {}, shared),
                                                    true, true)),
                 QStringLiteral("unknown_site"));
    const qint64 derived = authenticator.derivations();
    // The address is locked: its password logins are refused before any derivation, even the right
    // one, and a token that does not hold changes nothing...
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, kPassword, "machine-2", {}, shared), true, true)),
             kThrottled);
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, kPassword, "machine-2", "forged", shared), true, true)),
             kThrottled);
    // ...but the site's valid token lets it in, and costs no derivation.
    QCOMPARE(outcome(authenticator.authenticate(db, attempt(2, kPassword, "machine-2", token, shared), true, true)),
             QStringLiteral("accepted"));
    QCOMPARE(authenticator.derivations(), derived);
}

// covers SEC-1
void TstSessions::theKeyIsKeptAndADamagedOneReplaced()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    Database& db = central->database();
    const QString name = QStringLiteral("session_token_key");
    QVERIFY(LocalState::get(db, name).isEmpty());
    QVERIFY(Authenticator::prepare(db).ok());
    const QString key = LocalState::get(db, name);
    QCOMPARE(QByteArray::fromHex(key.toLatin1()).size(), 32);
    QVERIFY(Authenticator::prepare(db).ok());
    QCOMPARE(LocalState::get(db, name), key);

    QVERIFY(LocalState::set(db, name, QStringLiteral("damaged")).ok());
    QVERIFY(Authenticator::prepare(db).ok());
    const QString replaced = LocalState::get(db, name);
    QCOMPARE(QByteArray::fromHex(replaced.toLatin1()).size(), 32);
    QVERIFY(replaced != key);
    QVERIFY(Authenticator::prepare(db).ok());
    QCOMPARE(LocalState::get(db, name), replaced);

    // Another server process that found the same damaged key a moment later replaces nothing: it
    // signs with the key the first one stored, so their tokens hold on each other.
    Result<std::unique_ptr<Database>> other = Database::open(db.path(), Database::OpenMode::MustExist);
    QVERIFY2(other.ok(), other ? "" : qPrintable(other.error().message));
    const Result<QString> late = LocalState::replace(**other, name, QStringLiteral("damaged"), QStringLiteral("ab"));
    QVERIFY(late.ok());
    QCOMPARE(*late, replaced);
    QCOMPARE(LocalState::get(db, name), replaced);
}

// covers OPS-6, SEC-3
void TstSessions::aSiteKeepsSyncingThroughAFloodFromAnotherAddress()
{
    QTemporaryDir dir;
    const QString centralPath = newCentral(dir);
    QVERIFY(!centralPath.isEmpty());
    CentralThread central;
    const QString served = central.serve(centralPath);
    QVERIFY2(served.isEmpty(), qPrintable(served));
    const quint16 port = central.port();
    const QHostAddress home = QHostAddress::LocalHost;
    const QHostAddress flooder(QStringLiteral("127.0.0.2"));  // Linux routes all of 127/8 to loopback
    const QByteArray hardware = CentralConnection::machineHardwareId().toUtf8();

    MemoryCredentialStore credentials;
    Result<std::unique_ptr<SiteSession>> site = RemoteSync::initialise(dir.filePath(QStringLiteral("site2.db")),
                                                                       QUrl(central.url()), 2, kPassword, credentials);
    QVERIFY2(site.ok(), site ? "" : qPrintable(site.error().message));

    // The flood: wrong passwords for site 2 and names of no site, from 127.0.0.2, while site 2 syncs.
    std::atomic<bool> stop{false};
    std::atomic<int> answered{0};
    QStringList codes;
    std::thread flood([&] {
        for (int request = 0; request < 400 && !(stop && request >= 2 * LoginThrottle::kMaxPerAddress); ++request) {
            const QString code = request % 2
                                     ? test::loginOverHttp(flooder, port, 2, QStringLiteral("guess"), hardware)
                                     : test::loginOverHttp(flooder, port, 99, QStringLiteral("guess"), hardware);
            codes << code;
            ++answered;
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered > 0, 30000);
    QString failed;
    for (int sync = 0; sync < 3 && failed.isEmpty(); ++sync) {
        RemoteSync again(**site, credentials);
        const Result<SyncReport> report = again.syncOnce();
        if (!report)
            failed = report.error().message;
    }
    // The site's machine logs in with its password alone too, not only on its token.
    const QString ownLogin = test::loginOverHttp(home, port, 2, kPassword, hardware);
    stop = true;
    flood.join();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QCOMPARE(ownLogin, kLetIn);

    QVERIFY2(codes.contains(kWrongPassword), qPrintable(codes.join(QLatin1Char(' '))));
    QVERIFY2(codes.count(kWrongPassword) <= LoginThrottle::kMaxPerSite, qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(codes.last(), kThrottled);
    // The flooding address is locked out even with site 2's right password; site 2's own machine is not.
    QCOMPARE(test::loginOverHttp(flooder, port, 2, kPassword, hardware), kThrottled);
    QCOMPARE(test::loginOverHttp(home, port, 2, kPassword, hardware), kLetIn);
}

// Two server processes on one database, each with its own Authenticator (nothing remembered in
// common) and its own connection: wrong passwords against either count together, either lets the
// site's own machine in, and a login through one forgets what both counted for the site.
// covers OPS-5, SEC-3
void TstSessions::failedLoginsAddUpAcrossServers()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    QVERIFY(central->sites().add(2, QStringLiteral("Remote 2"), QStringLiteral("desktop"), false, kPassword).ok());
    QVERIFY(SiteInitialisation(*central).initialise(2, QStringLiteral("machine-2")).ok());
    Result<std::unique_ptr<Database>> opened =
        Database::open(central->database().path(), Database::OpenMode::MustExist);
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
    Database* dbs[] = {&central->database(), opened->get()};
    Authenticator first;
    Authenticator second;
    Authenticator* servers[] = {&first, &second};
    const QHostAddress guesser(QStringLiteral("203.0.113.7"));
    const QHostAddress home(QStringLiteral("198.51.100.2"));
    auto login = [&](int server, const QString& password, const QHostAddress& from) {
        return outcome(
            servers[server]->authenticate(*dbs[server], attempt(2, password, "machine-2", {}, from), true, true));
    };

    // Wrong passwords for site 2, alternately against each: the limit is reached by them together.
    for (int guess = 0; guess < LoginThrottle::kMaxPerSite - 1; ++guess)
        QCOMPARE(login(guess % 2, QStringLiteral("guess-%1").arg(guess), guesser), kWrongPassword);
    // One short of the limit, the right password still lets the site in, and forgets the failures...
    QCOMPARE(login(1, kPassword, guesser), QStringLiteral("accepted"));
    for (int guess = 0; guess < LoginThrottle::kMaxPerSite - 1; ++guess)
        QCOMPARE(login(guess % 2, QStringLiteral("guess-%1").arg(guess), guesser), kWrongPassword);
    // ...so it takes the limit's count again, from both, to lock the site's logins from that address.
    QCOMPARE(login(1, QStringLiteral("last guess"), guesser), kWrongPassword);
    for (int server : {0, 1})
        QCOMPARE(login(server, kPassword, guesser), kThrottled);
    // The site's own machine is let in by either.
    for (int server : {0, 1})
        QCOMPARE(login(server, kPassword, home), QStringLiteral("accepted"));
    // Every wrong password was derived, and the right one once by each server; none while throttled.
    QCOMPARE(first.derivations() + second.derivations(), 2 * LoginThrottle::kMaxPerSite + 1);
}

// Failures from one address counted at the same moment by several serving threads (or processes),
// each on its own connection: every one of them is counted.
// covers OPS-5, SEC-3
void TstSessions::failuresCountedAtOnceAreEachCounted()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> central = test::newCentral(dir);
    QVERIFY(central);
    const QString path = central->database().path();
    LoginThrottle throttle;
    const QHostAddress flooder(QStringLiteral("203.0.113.9"));
    constexpr int kThreads = 4;
    constexpr int kEach = (LoginThrottle::kMaxPerAddress - 1) / kThreads;
    QSemaphore ready;
    QSemaphore go;
    std::atomic<int> failed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&] {
            Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
            ready.release();
            go.acquire();
            for (int i = 0; db && i < kEach; ++i) {
                if (Status s = throttle.fail(**db, flooder); !s) {
                    qWarning().noquote() << s.error().message;
                    ++failed;
                }
            }
            if (!db)
                ++failed;
        });
    }
    ready.acquire(kThreads);
    go.release(kThreads);
    for (std::thread& thread : threads)
        thread.join();
    QCOMPARE(failed.load(), 0);
    Database& db = central->database();
    const Result<QVariant> counted =
        db.scalar(QStringLiteral("SELECT failures FROM login_strike WHERE source = ?"), {flooder.toString()});
    QVERIFY(counted.ok());
    QCOMPARE(counted->toInt(), kThreads * kEach);
    QCOMPARE(throttle.standing(db, flooder)->waitSeconds, 0);
    for (int i = kThreads * kEach; i < LoginThrottle::kMaxPerAddress; ++i)
        QVERIFY(throttle.fail(db, flooder).ok());
    QCOMPARE(throttle.standing(db, flooder)->waitSeconds, LoginThrottle::kLockoutSeconds);
}

QTEST_GUILESS_MAIN(TstSessions)
#include "tst_sessions.moc"
