#pragma once

#include "core/result.h"
#include "site/sitesession.h"

#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace sitesync::ui {

// Runs `work` in a worker thread while the window goes on painting and `busy` takes no input;
// returns its result once it is done. Progress reaches the window through queued calls.
template <typename T> Result<T> runInWorker(std::function<Result<T>()> work, QWidget* busy)
{
    QFutureWatcher<Result<T>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<T>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(std::move(work)));
    const bool wasEnabled = busy && busy->isEnabled();
    if (busy)
        busy->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (!watcher.isFinished())
        loop.exec();
    QApplication::restoreOverrideCursor();
    if (busy)
        busy->setEnabled(wasEnabled);
    return watcher.result();
}

// runInWorker on a session of its own (a database connection belongs to the thread that opened
// it). For engine operations that can take seconds on a large network, such as measuring and
// saving a change of sync settings under the write lock.
template <typename T>
Result<T> runInBackground(const QString& databasePath, std::function<Result<T>(SiteSession&)> work, QWidget* busy)
{
    return runInWorker<T>(
        [databasePath, work = std::move(work)]() -> Result<T> {
            Result<std::unique_ptr<SiteSession>> session = SiteSession::open(databasePath);
            if (!session)
                return session.error();
            return work(**session);
        },
        busy);
}

}  // namespace sitesync::ui
