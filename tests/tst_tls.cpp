// The central server over HTTPS (SEC-3): a remote site trusts the central's certificate it was
// given, and refuses a central it cannot verify.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

class TstTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_server.stop(); }
    void syncOverHttps();
    void untrustedCentralIsRefused();

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    QByteArray m_certificate;
};

void TstTls::initTestCase()
{
    test::prepareEnvironment();
    const QString cert = m_dir.filePath(QStringLiteral("central.crt"));
    const QString key = m_dir.filePath(QStringLiteral("central.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile file(cert);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_certificate = file.readAll();

    std::unique_ptr<SiteSession> central = test::newCentral(m_dir);
    QVERIFY(central);
    QVERIFY(central->sites()
                .add(2, QStringLiteral("Remote"), QStringLiteral("desktop"), false, QStringLiteral("tls-site-pass"))
                .ok());
    QVERIFY(central->writer()
                .put(QStringLiteral("item"), {{QStringLiteral("id"), QStringLiteral("i1")},
                                              {QStringLiteral("code"), QStringLiteral("AMOX")},
                                              {QStringLiteral("name"), QStringLiteral("Amoxicillin")}})
                .ok());
    const QString path = central->database().path();
    central.reset();
    const QString started =
        m_server.start(path, 0, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(m_server.url().startsWith(QLatin1String("https://")));
}

// covers SEC-3, SEC-1
void TstTls::syncOverHttps()
{
    MemoryCredentialStore credentials;
    Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(m_dir.filePath(QStringLiteral("remote.db")), QUrl(m_server.url()), 2,
                               QStringLiteral("tls-site-pass"), credentials, {}, m_certificate);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    QVERIFY(!(*remote)->writer().fetch(QStringLiteral("item"), QStringLiteral("i1"))->isEmpty());
    RemoteSync sync(**remote, credentials);
    QVERIFY(sync.syncOnce().ok());
}

// covers SEC-3
void TstTls::untrustedCentralIsRefused()
{
    MemoryCredentialStore credentials;
    const QString path = m_dir.filePath(QStringLiteral("untrusting.db"));
    Result<std::unique_ptr<SiteSession>> remote =
        RemoteSync::initialise(path, QUrl(m_server.url()), 2, QStringLiteral("tls-site-pass"), credentials);
    QVERIFY(!remote.ok());
    QVERIFY2(remote.error().message.contains(QLatin1String("Cannot reach the central server")),
             qPrintable(remote.error().message));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TstTls)
#include "tst_tls.moc"
