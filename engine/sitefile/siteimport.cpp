#include "sitefile/siteimport.h"

#include "client/centralconnection.h"
#include "core/killpoint.h"
#include "credentials/credentialstore.h"
#include "site/newsitedatabase.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SiteImport)
};

// A copy of the file being made into the site's database; removed unless it is kept.
class Staged {
public:
    explicit Staged(QString path)
        : m_path(std::move(path))
    {
    }
    ~Staged()
    {
        if (!m_kept)
            removeDatabaseFiles(m_path);
    }
    const QString& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

}  // namespace

Result<std::unique_ptr<SiteSession>> SiteImport::import(const QString& file, const QString& path, const QUrl& central,
                                                        const QString& password, CredentialStore& credentials,
                                                        const RemoteSync::Progress& progress,
                                                        const QByteArray& trustedPem)
{
    if (Status s = RemoteSync::checkCentral(central, trustedPem); !s)
        return s.error();
    if (!QFileInfo(file).isFile())
        return makeError(ErrorKind::NotFound, Text::tr("There is no site data file %1.").arg(file));
    if (QFileInfo::exists(path))
        return RemoteSync::refuseSetUpSite(
            path, makeError(ErrorKind::Invalid,
                            Text::tr("%1 exists already; a site data file is imported as a new database.").arg(path)));
    Staged staged(path + QStringLiteral(".importing"));
    QFile::remove(staged.path());
    if (!QFile::copy(file, staged.path()))
        return makeError(ErrorKind::Database, Text::tr("Cannot copy %1 to %2.").arg(file, staged.path()));
    QFile::setPermissions(staged.path(), QFile::ReadOwner | QFile::WriteOwner);

    int siteId = 0;
    QString token;
    {
        // Opening checks the file: a SiteSync database of this version or older, guards intact.
        Result<std::unique_ptr<SiteSession>> opened = SiteSession::open(staged.path());
        if (!opened)
            return makeError(opened.error().kind,
                             Text::tr("%1 is not a usable site data file: %2").arg(file, opened.error().message));
        SiteSession& session = **opened;
        Database& db = session.database();
        token = LocalState::get(db, remotestate::kExportToken);
        if (token.isEmpty() || session.site().isCentral())
            return makeError(ErrorKind::Invalid,
                             Text::tr("%1 is not a site data file waiting to be imported. Export the site on the "
                                      "central server to make one.")
                                 .arg(file));
        siteId = session.site().siteId();
        const Status stored = [&]() -> Status {
            Transaction tx(db);
            if (!tx.started())
                return tx.started();
            for (const auto& [key, value] : {std::pair{remotestate::kCentralUrl, central.toString()},
                                             std::pair{remotestate::kTrusted, QString::fromLatin1(trustedPem)},
                                             std::pair{remotestate::kExportToken, QString()}}) {
                if (Status s = LocalState::set(db, key, value); !s)
                    return s;
            }
            return tx.commit();
        }();
        if (!stored)
            return stored.error();
    }
    killPoint("site-import:staged");

    CentralConnection connection(central, siteId, password, CentralConnection::machineHardwareId(), trustedPem);
    const Result<QJsonObject> bound =
        connection.post(QStringLiteral("bind"), QJsonObject{{QStringLiteral("export_token"), token}});
    if (!bound)
        return bound.error();
    killPoint("site-import:bound");
    // The central accepted the password: it goes to the keychain before the site takes its place, so
    // that a site in place always has its password. Stopped before, the import runs again from the
    // start: the central answers the same binding again until the site first pushes.
    if (Status kept = credentials.write(CredentialStore::keyFor(central.toString(), siteId), password); !kept)
        return kept.error();
    killPoint("site-import:password-stored");
    // The central now counts the site as living here: from now on, keep what was made.
    staged.keep();
    if (!QFile::rename(staged.path(), path))
        return makeError(ErrorKind::Database, Text::tr("Site %1 is bound to this machine, but %2 could not be renamed "
                                                       "to %3. Rename it by hand.")
                                                  .arg(siteId)
                                                  .arg(staged.path(), path));
    killPoint("site-import:in-place");

    return RemoteSync::openAndSync(path, credentials, progress,
                                   Text::tr("The site was imported, but its first synchronisation stopped: %1 Run "
                                            "'sitesyncctl sync' to continue."));
}

}  // namespace sitesync
