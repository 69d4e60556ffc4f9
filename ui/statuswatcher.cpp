#include "statuswatcher.h"

#include "site/sitesession.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sitesync::ui {

StatusWatcher::StatusWatcher(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcher<Result<SiteStatus>>::finished, this, [this] {
        Q_EMIT collected(m_watcher.result());
        if (m_again) {
            m_again = false;
            start();
        }
    });
}

// A count still running is not waited for: it holds only its own connection and a copy of the
// path, ends by itself, and its result goes nowhere once the watcher is gone.
StatusWatcher::~StatusWatcher()
{
    m_watcher.disconnect(this);
}

void StatusWatcher::request()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    start();
}

void StatusWatcher::start()
{
    m_watcher.setFuture(QtConcurrent::run([path = m_path]() -> Result<SiteStatus> {
        Result<std::unique_ptr<SiteSession>> session = SiteSession::open(path);
        if (!session)
            return session.error();
        return SiteStatus::collect(**session);
    }));
}

}  // namespace sitesync::ui
