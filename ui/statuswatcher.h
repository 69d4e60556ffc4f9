#pragma once

#include "core/result.h"
#include "report/sitestatus.h"

#include <QFutureWatcher>
#include <QObject>

namespace sitesync::ui {

// Collects the site's status (the outgoing queue above all) in a worker thread with a connection of
// its own, so that counting a central's million waiting records never freezes the window (AD-4).
// Requests made while a count runs are folded into one more count after it.
class StatusWatcher : public QObject {
    Q_OBJECT

public:
    explicit StatusWatcher(QString databasePath, QObject* parent = nullptr);
    ~StatusWatcher() override;

    void request();
    bool isCounting() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void collected(const sitesync::Result<sitesync::SiteStatus>& status);

private:
    void start();

    QString m_path;
    QFutureWatcher<Result<SiteStatus>> m_watcher;
    bool m_again = false;
};

}  // namespace sitesync::ui
