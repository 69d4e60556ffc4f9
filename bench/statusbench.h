#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sitesync::bench {

// `sitesync-bench status`: what waits for each of many sites on a central behind a long log
// (ACC-4, OPS-6, docs/performance.md). Returns the process's exit status.
int runStatusBenchmark(const QStringList& arguments);

// `sitesyncctl status --json` on a central, timed as a whole process.
struct StatusRun {
    bool ok = false;
    qint64 medianNs = 0;
    QMap<int, int> queuedBySite;  // what it reports waiting for each site
};
StatusRun runStatus(const QString& program, const QString& database, int runs);

// The same, median of 3, printed with what it reports waiting.
void timeStatus(const QString& program, const QString& database, const QString& when);

}  // namespace sitesync::bench
