#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

namespace sitesync {

// Where a remote site keeps its sync password (SEC-1). The product uses the operating system's
// keychain; tests use the in-memory store.
class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    virtual Result<QString> read(const QString& key) = 0;  // NotFound when there is none
    virtual Status write(const QString& key, const QString& secret) = 0;
    virtual Status remove(const QString& key) = 0;

    // "sitesync/<central-url>/<site-id>"
    static QString keyFor(const QString& centralUrl, int siteId);
};

class MemoryCredentialStore : public CredentialStore {
public:
    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

private:
    QHash<QString, QString> m_secrets;
};

// The operating system's keychain through QtKeychain, with no insecure fallback: where no keychain
// is available, writing fails with the reason.
class KeychainCredentialStore : public CredentialStore {
public:
    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;
};

}  // namespace sitesync
