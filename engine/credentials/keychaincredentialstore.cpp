#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <functional>

#include <qt6keychain/keychain.h>

namespace sitesync {

namespace {

const QString kService = QStringLiteral("SiteSync");

// QtKeychain queues its jobs through one object that belongs to the thread that used it first, and
// only that thread's event loop sees a job end. So every job of the process runs in one thread of
// its own, whichever thread asks (the window, a sync thread, a set-up in a worker).
class KeychainThread {
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("sitesync-keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    void run(const std::function<void()>& work)
    {
        if (QThread::currentThread() == &m_thread)
            work();
        else
            QMetaObject::invokeMethod(&m_context, work, Qt::BlockingQueuedConnection);
    }

private:
    QThread m_thread;
    QObject m_context;
};

KeychainThread& keychainThread()
{
    static KeychainThread thread;
    return thread;
}

// Runs a keychain job to its end in the keychain thread, where it is made and lives; the jobs are
// asynchronous, the callers are not. `prepare` sets the job up, `finish` reads its outcome.
template <typename Job>
void runJob(const std::function<void(Job&)>& prepare, const std::function<void(const Job&)>& finish)
{
    keychainThread().run([&] {
        Job job(kService);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        prepare(job);
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        finish(job);
    });
}

Error keychainError(const QKeychain::Job& job, const QString& what)
{
    return makeError(job.error() == QKeychain::EntryNotFound ? ErrorKind::NotFound : ErrorKind::Database,
                     QStringLiteral("The keychain could not %1: %2").arg(what, job.errorString()));
}

}  // namespace

Result<QString> KeychainCredentialStore::read(const QString& key)
{
    Result<QString> result = QString();
    runJob<QKeychain::ReadPasswordJob>([&](QKeychain::ReadPasswordJob& job) { job.setKey(key); },
                                       [&](const QKeychain::ReadPasswordJob& job) {
                                           if (job.error() != QKeychain::NoError)
                                               result = keychainError(job, QStringLiteral("read the site password"));
                                           else
                                               result = job.textData();
                                       });
    return result;
}

Status KeychainCredentialStore::write(const QString& key, const QString& secret)
{
    Status result;
    runJob<QKeychain::WritePasswordJob>(
        [&](QKeychain::WritePasswordJob& job) {
            job.setKey(key);
            job.setTextData(secret);
        },
        [&](const QKeychain::WritePasswordJob& job) {
            if (job.error() != QKeychain::NoError)
                result = keychainError(job, QStringLiteral("store the site password"));
        });
    return result;
}

Status KeychainCredentialStore::remove(const QString& key)
{
    Status result;
    runJob<QKeychain::DeletePasswordJob>(
        [&](QKeychain::DeletePasswordJob& job) { job.setKey(key); },
        [&](const QKeychain::DeletePasswordJob& job) {
            if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
                result = keychainError(job, QStringLiteral("remove the site password"));
        });
    return result;
}

}  // namespace sitesync
