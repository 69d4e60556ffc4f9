// Site and unlock passwords are kept only as salted slow hashes; wrong unlock attempts are counted,
// locked out after a run of them, and audited. The central's logins: throttled per source address
// and per site from an address, never per site alone, and remembered until the password changes.
#include "db/database.h"
#include "protocol/protocol.h"
#include "security/passwordhash.h"
#include "server/authenticator.h"
#include "server/loginthrottle.h"
#include "settings/unlockgate.h"
#include "testsupport.h"
#include "write/recordwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kSitePassword = QStringLiteral("remote-site-password-42");

// A login to the central from `from`: "" when it is let in, or the error code.
QString login(Authenticator& authenticator, Database& db, const QHostAddress& from, int site, const QString& password)
{
    const Authenticator::Attempt attempt{from, QByteArray::number(protocol::kVersion),
                                         "Basic " + (QByteArray::number(site) + ':' + password.toUtf8()).toBase64(),
                                         "machine-" + QByteArray::number(site), QByteArray()};
    const Authenticator::Verdict verdict = authenticator.authenticate(db, attempt, false, true);
    if (verdict.outcome == Authenticator::Outcome::Accepted)
        return verdict.identity.siteId == site ? QString() : QStringLiteral("wrong identity");
    if (verdict.outcome == Authenticator::Outcome::NeedsDerivation)
        return QStringLiteral("derivation refused although allowed");
    const Authenticator::Failure& failure = verdict.failure;
    if (failure.code == protocol::ErrorCode::Throttled && failure.retryAfterSeconds <= 0)
        return QStringLiteral("throttled without Retry-After");
    return protocol::errorCodeId(failure.code);
}

}  // namespace

class TstPasswords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void hashesAreSaltedAndVerify();
    void malformedHashesNeverVerify_data();
    void malformedHashesNeverVerify();
    void sitePasswordIsNotStoredInClear();
    void unlockCountsAndLocksOut();
    void noUnlockPasswordMeansUnlocked();
    void failuresElsewhereNeverLockASiteOut();
    void verificationIsRememberedUntilThePasswordChanges();
    void throttleStaysSmall();
};

// covers SEC-1, ST-7
void TstPasswords::hashesAreSaltedAndVerify()
{
    const QString password = QStringLiteral("correct horse battery");
    const QString first = PasswordHash::create(password);
    const QString second = PasswordHash::create(password);
    QVERIFY(first != second);  // a fresh salt each time
    QVERIFY(first.startsWith(QLatin1String("pbkdf2-sha256$")));
    QVERIFY(first.section(QLatin1Char('$'), 1, 1).toInt() >= 100000);
    QVERIFY(!first.contains(password));
    QVERIFY(PasswordHash::verify(password, first));
    QVERIFY(PasswordHash::verify(password, second));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse battery "), first));
    QVERIFY(!PasswordHash::verify(QString(), first));
}

void TstPasswords::malformedHashesNeverVerify_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString();
    QTest::newRow("clear text") << QStringLiteral("secret-password");
    QTest::newRow("other scheme") << QStringLiteral("md5$1$c2FsdA==$aGFzaA==");
    QTest::newRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$c2FsdA==$aGFzaA==");
    QTest::newRow("missing part") << QStringLiteral("pbkdf2-sha256$1000$c2FsdA==");
}

// covers SEC-1
void TstPasswords::malformedHashesNeverVerify()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHash::verify(QStringLiteral("secret-password"), stored));
}

// covers SEC-1
void TstPasswords::sitePasswordIsNotStoredInClear()
{
    QTemporaryDir dir;
    const QString password = QStringLiteral("remote-site-password-42");
    {
        std::unique_ptr<SiteSession> session = test::newCentral(dir);
        QVERIFY(session);
        QVERIFY(session->sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, password).ok());
        const QString stored =
            session->database().scalar(QStringLiteral("SELECT password_hash FROM site WHERE id = 2"))->toString();
        QVERIFY(PasswordHash::verify(password, stored));
        QVERIFY(!session->sites()
                     .add(3, QStringLiteral("Short"), QStringLiteral("desktop"), false, QStringLiteral("short"))
                     .ok());
    }
    for (const QString& file : QDir(dir.path()).entryList(QDir::Files)) {
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(file));
    }
}

// covers ST-7
void TstPasswords::unlockCountsAndLocksOut()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    Database& db = session->database();
    UnlockGate gate(db);
    QVERIFY(gate.setPassword(QStringLiteral("technician-unlock")).ok());
    QVERIFY(gate.isSet());
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);

    for (int attempt = 1; attempt < UnlockGate::kMaxFailures; ++attempt) {
        const Status wrong = gate.unlock(QStringLiteral("guess-%1").arg(attempt), start);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, ErrorKind::Refused);
        QCOMPARE(gate.failures(), attempt);
    }
    // The right password resets the count.
    QVERIFY(gate.unlock(QStringLiteral("technician-unlock"), start).ok());
    QCOMPARE(gate.failures(), 0);

    for (int attempt = 1; attempt <= UnlockGate::kMaxFailures; ++attempt)
        QVERIFY(!gate.unlock(QStringLiteral("guess"), start).ok());
    // Locked: even the right password is refused until the lockout ends.
    const Status locked = gate.unlock(QStringLiteral("technician-unlock"), start.addSecs(60));
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.contains(QLatin1String("Too many")), qPrintable(locked.error().message));
    QVERIFY(gate.unlock(QStringLiteral("technician-unlock"), start.addSecs(UnlockGate::kLockoutMinutes * 60 + 1)).ok());

    const int failures =
        db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unlock failed'"))->toInt();
    QCOMPARE(failures, UnlockGate::kMaxFailures - 1 + UnlockGate::kMaxFailures);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unlocked'"))->toInt(), 2);
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unlock refused'"))->toInt(), 1);
    const QString stored =
        db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = 'unlock_password_hash'"))->toString();
    QVERIFY(!stored.contains(QLatin1String("technician-unlock")));
}

// covers ST-7
void TstPasswords::noUnlockPasswordMeansUnlocked()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    UnlockGate gate(session->database());
    QVERIFY(!gate.isSet());
    QVERIFY(gate.unlock(QString()).ok());
    QVERIFY(!gate.setPassword(QStringLiteral("short")).ok());
}

// covers OPS-6, SEC-2, SEC-3
void TstPasswords::failuresElsewhereNeverLockASiteOut()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    for (int site = 2; site <= 4; ++site)
        QVERIFY(session->sites()
                    .add(site, QStringLiteral("Site %1").arg(site), QStringLiteral("desktop"), false, kSitePassword)
                    .ok());
    QDateTime now(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    Database& db = session->database();
    Authenticator authenticator([&now] { return now; });
    const QHostAddress elsewhere(QStringLiteral("203.0.113.9"));
    auto own = [](int site) { return QHostAddress(QStringLiteral("198.51.100.%1").arg(site)); };
    const QString throttled = protocol::errorCodeId(protocol::ErrorCode::Throttled);

    // A flood of wrong passwords for site 2 from elsewhere: a few are checked, the rest refused
    // without hashing anything, and site 2's own machine is let in all along.
    for (int attempt = 0; attempt < 50; ++attempt) {
        QCOMPARE(login(authenticator, db, elsewhere, 2, QStringLiteral("guess-%1").arg(attempt)),
                 attempt < LoginThrottle::kMaxPerSite ? QStringLiteral("wrong_password") : throttled);
        if (attempt >= 2 * LoginThrottle::kMaxPerSite)
            QCOMPARE(login(authenticator, db, own(2), 2, kSitePassword), QString());
    }
    QCOMPARE(authenticator.derivations(), LoginThrottle::kMaxPerSite + 1);  // one for site 2's own login

    // Guesses spread over every site and names of no site trip the address's own limit; then
    // nothing from it is hashed, not even a right password, while the sites' machines go on.
    qint64 derived = authenticator.derivations();
    for (int attempt = 0; attempt < 2 * LoginThrottle::kMaxPerSite; ++attempt)
        QCOMPARE(login(authenticator, db, elsewhere, 3 + attempt % 2, QStringLiteral("guess")),
                 QStringLiteral("wrong_password"));
    const int failed = 3 * LoginThrottle::kMaxPerSite;
    for (int attempt = failed; attempt < LoginThrottle::kMaxPerAddress; ++attempt)
        QCOMPARE(login(authenticator, db, elsewhere, 99, QStringLiteral("guess")), QStringLiteral("unknown_site"));
    QCOMPARE(authenticator.derivations(), derived + 2 * LoginThrottle::kMaxPerSite);
    derived = authenticator.derivations();
    QCOMPARE(login(authenticator, db, elsewhere, 3, kSitePassword), throttled);
    QCOMPARE(login(authenticator, db, elsewhere, 99, QStringLiteral("guess")), throttled);
    QCOMPARE(authenticator.derivations(), derived);
    for (int site = 2; site <= 4; ++site)
        QCOMPARE(login(authenticator, db, own(site), site, kSitePassword), QString());

    // The wait ends; an address that trips the limit again waits twice as long.
    now = now.addSecs(LoginThrottle::kLockoutSeconds + 1);
    QCOMPARE(login(authenticator, db, elsewhere, 3, kSitePassword), QString());
    for (int attempt = 0; attempt < LoginThrottle::kMaxPerAddress; ++attempt)
        QCOMPARE(login(authenticator, db, elsewhere, 99, QStringLiteral("guess")), QStringLiteral("unknown_site"));
    now = now.addSecs(LoginThrottle::kLockoutSeconds + 1);
    QCOMPARE(login(authenticator, db, elsewhere, 3, kSitePassword), throttled);
    now = now.addSecs(LoginThrottle::kLockoutSeconds);
    QCOMPARE(login(authenticator, db, elsewhere, 3, kSitePassword), QString());
}

// covers SEC-1, OPS-6
void TstPasswords::verificationIsRememberedUntilThePasswordChanges()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    QVERIFY(session->sites().add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, kSitePassword).ok());
    Database& db = session->database();
    Authenticator authenticator;
    const QHostAddress machine(QStringLiteral("198.51.100.2"));

    // Only the first login is hashed; the next ones are recognised.
    for (int request = 0; request < 10; ++request)
        QCOMPARE(login(authenticator, db, machine, 2, kSitePassword), QString());
    QCOMPARE(authenticator.derivations(), 1);

    // A new password (a new stored hash): the old one is no longer recognised, the new one is
    // hashed once and then recognised.
    const QString changed = QStringLiteral("a-new-site-password");
    const Result<WriteResult> changedHash = session->writer().put(
        QStringLiteral("site"),
        {{QStringLiteral("id"), 2}, {QStringLiteral("password_hash"), PasswordHash::create(changed)}},
        WriteOptions::managedTables());
    QVERIFY2(changedHash.ok(), changedHash ? "" : qPrintable(changedHash.error().message));
    QCOMPARE(login(authenticator, db, machine, 2, kSitePassword), QStringLiteral("wrong_password"));
    QCOMPARE(authenticator.derivations(), 2);
    QCOMPARE(login(authenticator, db, machine, 2, changed), QString());
    QCOMPARE(login(authenticator, db, machine, 2, changed), QString());
    QCOMPARE(authenticator.derivations(), 3);
}

// covers OPS-6
void TstPasswords::throttleStaysSmall()
{
    QTemporaryDir dir;
    std::unique_ptr<SiteSession> session = test::newCentral(dir);
    QVERIFY(session);
    Database& db = session->database();
    QDateTime now(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    constexpr qsizetype kCapacity = 40;
    LoginThrottle throttle([&now] { return now; }, kCapacity);
    auto wait = [&](const QHostAddress& peer) {
        const Result<LoginThrottle::Standing> standing = throttle.standing(db, peer);
        return standing ? standing->waitSeconds : -1;
    };
    auto size = [&] {
        const Result<qsizetype> held = LoginThrottle::size(db);
        return held ? *held : -1;
    };
    const QHostAddress flooder(QStringLiteral("192.0.2.7"));
    for (int attempt = 0; attempt < LoginThrottle::kMaxPerAddress; ++attempt)
        QVERIFY(throttle.fail(db, flooder).ok());
    QVERIFY(wait(flooder) > 0);
    // The same address written as IPv4-mapped IPv6 is the same source.
    QVERIFY(wait(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))) > 0);

    // Failures from very many addresses: the table stays within its size, and the locked address
    // (remembered longest) is kept.
    for (quint32 host = 1; host <= 5 * kCapacity; ++host) {
        now = now.addMSecs(1);
        QVERIFY(throttle.fail(db, QHostAddress((198u << 24) | (18u << 16) | host), 2).ok());
        QVERIFY2(size() <= kCapacity, qPrintable(QString::number(size())));
    }
    QVERIFY(size() > 0);
    QVERIFY(wait(flooder) > 0);

    // Entries are forgotten once quiet long enough.
    now = now.addSecs(LoginThrottle::kMaxLockoutSeconds + LoginThrottle::kForgetLockoutsSeconds + 1);
    QCOMPARE(wait(flooder), 0);
    QVERIFY(throttle.fail(db, QHostAddress(QStringLiteral("203.0.113.1"))).ok());
    QCOMPARE(size(), 1);

    // An IPv6 network (/64) is one source, whatever address in it each failure comes from.
    for (int host = 1; host <= LoginThrottle::kMaxPerAddress; ++host)
        QVERIFY(throttle.fail(db, QHostAddress(QStringLiteral("2001:db8:1:2::%1").arg(host, 0, 16))).ok());
    QVERIFY(wait(QHostAddress(QStringLiteral("2001:db8:1:2:abcd::1"))) > 0);
    QCOMPARE(wait(QHostAddress(QStringLiteral("2001:db8:1:3::1"))), 0);
}

QTEST_GUILESS_MAIN(TstPasswords)
#include "tst_passwords.moc"
