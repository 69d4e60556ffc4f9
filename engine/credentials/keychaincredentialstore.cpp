#include "credentials/credentialstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace sitesync {

namespace {

const QString kService = QStringLiteral("SiteSync");

// Runs a keychain job to its end; the jobs are asynchronous, the callers are not.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job& job, const QString& what)
{
    return makeError(job.error() == QKeychain::EntryNotFound ? ErrorKind::NotFound : ErrorKind::Database,
                     QStringLiteral("The keychain could not %1: %2").arg(what, job.errorString()));
}

}  // namespace

Result<QString> KeychainCredentialStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("read the site password"));
    return job.textData();
}

Status KeychainCredentialStore::write(const QString& key, const QString& secret)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, QStringLiteral("store the site password"));
    return {};
}

Status KeychainCredentialStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, QStringLiteral("remove the site password"));
    return {};
}

}  // namespace sitesync
