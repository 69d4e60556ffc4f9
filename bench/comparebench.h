#pragma once

#include <QStringList>

namespace sitesync::bench {

// `sitesync-bench compare`: the same central on SQLite and on PostgreSQL in one run, their
// initialisations taking turns (docs/performance.md, "SQLite and PostgreSQL centrals side by
// side"). Returns the process's exit status.
int runCompareBenchmark(const QStringList& arguments);

}  // namespace sitesync::bench
