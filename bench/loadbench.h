#pragma once

#include <QStringList>

namespace sitesync::bench {

// `sitesync-bench load`: many sites polling one central at once (OPS-6, docs/performance.md).
// Returns the process's exit status.
int runLoadBenchmark(const QStringList& arguments);

}  // namespace sitesync::bench
