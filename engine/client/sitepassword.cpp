#include "client/sitepassword.h"

#include "client/centralconnection.h"
#include "client/remotesync.h"
#include "credentials/credentialstore.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "sync/siteledger.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SitePassword)
};

QString keyOf(SiteSession& session)
{
    return CredentialStore::keyFor(LocalState::get(session.database(), remotestate::kCentralUrl),
                                   session.site().siteId());
}

}  // namespace

Result<QString> SitePassword::read(SiteSession& session, CredentialStore& credentials)
{
    Result<QString> password = credentials.read(keyOf(session));
    if (password || password.error().kind != ErrorKind::NotFound)
        return password;
    // Both ways a site can be given its password: the keychain of a desktop, or a service's systemd
    // credential on a server without one (README, "Deployment").
    return makeError(ErrorKind::NotFound,
                     Text::tr("There is no password for site %1 of %2 (%3). Where there is a keychain, store it again "
                              "with 'sitesyncctl --db %4 site password --password-stdin', the password on standard "
                              "input. On a server without one, give the service the systemd credential '%5', made "
                              "with 'systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred' and loaded "
                              "with LoadCredentialEncrypted=.")
                         .arg(session.site().siteId())
                         .arg(LocalState::get(session.database(), remotestate::kCentralUrl), password.error().message,
                              session.database().path(), SystemdCredentialStore::kName));
}

Status SitePassword::store(SiteSession& session, CredentialStore& credentials, const QString& password)
{
    Database& db = session.database();
    if (session.site().isCentral())
        return makeError(ErrorKind::BadInput,
                         Text::tr("This is the central server; only remote sites keep a password in the keychain."));
    if (!LocalState::get(db, remotestate::kExportToken).isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("This is a site data file that was never imported: import it "
                                                      "on the site's machine with 'sitesyncctl site import'."));
    const Result<SiteReport> report = RemoteSync::whereItStands(session);
    if (!report)
        return report.error();
    CentralConnection central(QUrl(LocalState::get(db, remotestate::kCentralUrl)), session.site().siteId(), password,
                              CentralConnection::machineHardwareId(),
                              LocalState::get(db, remotestate::kTrusted).toLatin1());
    // The contact's answer is not acted on here: the next sync asks again and puts right what it
    // says, as after an answer lost on the way (docs/protocol.md).
    if (const Result<QJsonObject> answer = central.post(QStringLiteral("contact"), report->toJson()); !answer)
        return makeError(answer.error().kind, Text::tr("The password was not stored: %1").arg(answer.error().message));
    return credentials.write(keyOf(session), password);
}

}  // namespace sitesync
