// Site and unlock passwords are kept only as salted slow hashes; wrong unlock attempts are counted,
// locked out after a run of them, and audited.
#include "db/database.h"
#include "security/passwordhash.h"
#include "security/unlockgate.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

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

QTEST_GUILESS_MAIN(TstPasswords)
#include "tst_passwords.moc"
