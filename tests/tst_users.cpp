// Users (PT-6): a new user is store data, made on the site where its store is active and sent to
// the central server; once it exists, and with its permissions, it is each site's own business:
// changes to it are allowed anywhere and never synced. Real SQLite files, a real `sitesyncctl
// serve` on 127.0.0.1.
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kPassword = QStringLiteral("users-site-password");

QJsonObject user(const QString& id, const QString& store, const QString& fullName)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("store_id"), store},
            {QStringLiteral("username"), id},
            {QStringLiteral("full_name"), fullName}};
}

}  // namespace

class TstUsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void init();
    void cleanup();
    void newUsersTravelExistingUsersStay();

private:
    SyncReport sync();
    QString fullName(SiteSession& session, const QString& id)
    {
        return session.writer().fetch(QStringLiteral("user_account"), id)->value(QLatin1String("full_name")).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiteSession> m_central;
    std::unique_ptr<SiteSession> m_remote;
    test::ServerProcess m_server;
    MemoryCredentialStore m_credentials;
};

SyncReport TstUsers::sync()
{
    RemoteSync remote(*m_remote, m_credentials);
    const Result<SyncReport> report = remote.syncOnce();
    if (!report)
        qWarning("%s", qPrintable(report.error().message));
    return report ? *report : SyncReport{};
}

void TstUsers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = test::newCentral(*m_dir);
    QVERIFY(m_central->sites().add(2, QStringLiteral("Clinic"), QStringLiteral("desktop"), false, kPassword).ok());
    for (const char* store : {"A", "B"})
        QVERIFY(m_central->stores()
                    .add(QString::fromLatin1(store), QString::fromLatin1(store),
                         QStringLiteral("Store %1").arg(QString::fromLatin1(store)), false)
                    .ok());
    SyncSettingsChange toClinic;
    toClinic.activeSiteId = 2;
    QVERIFY(m_central->syncSettings().apply(QStringLiteral("B"), toClinic).ok());
    QCOMPARE(m_server.start(m_central->database().path()), QString());
    Result<std::unique_ptr<SiteSession>> remote = RemoteSync::initialise(
        m_dir->filePath(QStringLiteral("clinic.db")), QUrl(m_server.url()), 2, kPassword, m_credentials);
    QVERIFY2(remote.ok(), remote ? "" : qPrintable(remote.error().message));
    m_remote = std::move(remote).value();
}

void TstUsers::cleanup()
{
    m_server.stop();
    m_remote.reset();
    m_central.reset();
    m_dir.reset();
}

// covers PT-6, DT-4, DT-6
void TstUsers::newUsersTravelExistingUsersStay()
{
    // A new user of store B, made where B is active, reaches the central.
    QVERIFY(m_remote->writer().put(QStringLiteral("user_account"), user("nurse", "B", "Nurse Ada")).ok());
    QCOMPARE(sync().pushed, 1);
    QCOMPARE(fullName(*m_central, QStringLiteral("nurse")), QStringLiteral("Nurse Ada"));

    // A new user of store A, which the clinic holds no copy of, cannot be made there.
    const Result<WriteResult> refused =
        m_remote->writer().put(QStringLiteral("user_account"), user("clerk", "A", "Clerk"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QVERIFY(m_remote->writer().fetch(QStringLiteral("user_account"), QStringLiteral("clerk"))->isEmpty());

    // Once it exists, the user is each site's own: changed on the clinic, changed differently on
    // the central, each keeps its own after syncs both ways, and nothing waits to be sent.
    QVERIFY(m_remote->writer()
                .put(QStringLiteral("user_account"), {{QStringLiteral("id"), QStringLiteral("nurse")},
                                                      {QStringLiteral("full_name"), QStringLiteral("Ada L.")}})
                .ok());
    QVERIFY(m_central->writer()
                .put(QStringLiteral("user_account"), {{QStringLiteral("id"), QStringLiteral("nurse")},
                                                      {QStringLiteral("full_name"), QStringLiteral("A. Lovelace")}})
                .ok());
    QCOMPARE(m_remote->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE origin_site = 2 AND "
                                        "seq > (SELECT value FROM sync_state WHERE key = 'pushed_seq')"))
                 ->toInt(),
             0);
    const SyncReport quiet = sync();
    QCOMPARE(quiet.pushed, 0);
    QCOMPARE(quiet.pulled, 0);
    QCOMPARE(fullName(*m_remote, QStringLiteral("nurse")), QStringLiteral("Ada L."));
    QCOMPARE(fullName(*m_central, QStringLiteral("nurse")), QStringLiteral("A. Lovelace"));

    // Permissions are local on every site.
    QVERIFY(m_remote->writer()
                .put(QStringLiteral("user_permission"), {{QStringLiteral("id"), QStringLiteral("p1")},
                                                         {QStringLiteral("user_id"), QStringLiteral("nurse")},
                                                         {QStringLiteral("permission"), QStringLiteral("dispense")}})
                .ok());
    QCOMPARE(sync().pushed, 0);
    QCOMPARE(m_central->database().scalar(QStringLiteral("SELECT count(*) FROM user_permission"))->toInt(), 0);

    // A site may retire its own copy of a user; the central keeps its own.
    QVERIFY(m_remote->writer().remove(QStringLiteral("user_permission"), QStringLiteral("p1")).ok());
    QVERIFY(m_remote->writer().remove(QStringLiteral("user_account"), QStringLiteral("nurse")).ok());
    QCOMPARE(sync().pushed, 0);
    QCOMPARE(fullName(*m_central, QStringLiteral("nurse")), QStringLiteral("A. Lovelace"));
}

QTEST_GUILESS_MAIN(TstUsers)
#include "tst_users.moc"
