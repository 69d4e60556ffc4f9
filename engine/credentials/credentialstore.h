#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>

#include <memory>

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

// The site password a systemd service was given (LoadCredentialEncrypted=, made with `systemd-creds
// encrypt`): the file named kName in the service's $CREDENTIALS_DIRECTORY, which only the service
// can read. A service runs one site, so the key is not used. Read-only: systemd decrypts it anew at
// every start, and storing the password it holds already is all that succeeds.
class SystemdCredentialStore : public CredentialStore {
public:
    static const QString kName;

    // The directory named by $CREDENTIALS_DIRECTORY unless one is given.
    SystemdCredentialStore();
    explicit SystemdCredentialStore(QString directory);

    // The service was given the credential.
    bool holdsPassword() const;
    // The file of the service's credential `name` (the site password is kName), or an empty string
    // when the service was given no such credential.
    QString fileOf(const QString& name) const;
    // Why there is no credential, for a person: no credential directory, or no such file in it.
    QString absence() const;

    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

private:
    QString m_directory;
};

// Where sitesyncctl finds a remote site's password: the systemd credential when the service running
// it was given one, otherwise the keychain. When neither holds it, reading says so for both, with
// kind NotFound.
class SiteCredentialStore : public CredentialStore {
public:
    SiteCredentialStore();
    SiteCredentialStore(std::unique_ptr<SystemdCredentialStore> service, std::unique_ptr<CredentialStore> keychain);

    // Where the password is read and stored, for a person: "the keychain" or the systemd credential.
    QString place() const;

    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;

private:
    std::unique_ptr<SystemdCredentialStore> m_service;
    std::unique_ptr<CredentialStore> m_keychain;
};

}  // namespace sitesync
