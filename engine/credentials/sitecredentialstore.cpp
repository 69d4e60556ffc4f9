#include "credentials/credentialstore.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SiteCredentialStore)
};

}  // namespace

SiteCredentialStore::SiteCredentialStore()
    : SiteCredentialStore(std::make_unique<SystemdCredentialStore>(), std::make_unique<KeychainCredentialStore>())
{
}

SiteCredentialStore::SiteCredentialStore(std::unique_ptr<SystemdCredentialStore> service,
                                         std::unique_ptr<CredentialStore> keychain)
    : m_service(std::move(service))
    , m_keychain(std::move(keychain))
{
}

QString SiteCredentialStore::place() const
{
    if (m_service->holdsPassword())
        return Text::tr("the systemd credential '%1'").arg(SystemdCredentialStore::kName);
    return Text::tr("the keychain");
}

Result<QString> SiteCredentialStore::read(const QString& key)
{
    if (m_service->holdsPassword())
        return m_service->read(key);
    Result<QString> kept = m_keychain->read(key);
    if (kept)
        return kept;
    // Whatever kept the keychain from answering (none on a server, no entry), the password is missing.
    return makeError(ErrorKind::NotFound, Text::tr("%1; and %2").arg(kept.error().message, m_service->absence()));
}

Status SiteCredentialStore::write(const QString& key, const QString& secret)
{
    // A site set up by a service that was given its password keeps it there, never in a keychain too.
    if (m_service->holdsPassword())
        return m_service->write(key, secret);
    return m_keychain->write(key, secret);
}

Status SiteCredentialStore::remove(const QString& key)
{
    if (m_service->holdsPassword())
        return m_service->remove(key);
    return m_keychain->remove(key);
}

}  // namespace sitesync
