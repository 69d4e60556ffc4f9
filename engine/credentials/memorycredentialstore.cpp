#include "credentials/credentialstore.h"

namespace sitesync {

QString CredentialStore::keyFor(const QString& centralUrl, int siteId)
{
    return QStringLiteral("sitesync/%1/%2").arg(centralUrl).arg(siteId);
}

Result<QString> MemoryCredentialStore::read(const QString& key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return makeError(ErrorKind::NotFound, QStringLiteral("No password is stored for %1.").arg(key));
    return *it;
}

Status MemoryCredentialStore::write(const QString& key, const QString& secret)
{
    m_secrets.insert(key, secret);
    return {};
}

Status MemoryCredentialStore::remove(const QString& key)
{
    m_secrets.remove(key);
    return {};
}

}  // namespace sitesync
