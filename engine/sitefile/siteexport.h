#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace sitesync {

class SiteSession;

struct SiteExportReport {
    int siteId = 0;
    qint64 records = 0;  // records the file holds for the site (as an initialisation would pull)
    qint64 bytes = 0;    // the file's size
};

// A site data file (AD-2): a new desktop site's whole database, made on the central server so that
// a site on a poor connection does not pull everything over the network. The central serves the
// site's initial pull to the file itself, with the same routing as `init remote`, and remembers how
// far the file reaches: changes made afterwards wait in the site's queue. The file is imported once,
// on the site's machine (sitefile/siteimport.h), which binds the site there (TOP-4).
class SiteExport {
public:
    // Called with the records written so far.
    using Progress = std::function<void(qint64 records)>;

    // Writes the file at `path`, which must not exist; on any failure nothing is left there and
    // the site is as it was, apart from its pull starting again from the beginning.
    static Result<SiteExportReport> write(SiteSession& central, int siteId, const QString& path,
                                          const Progress& progress = {});
};

}  // namespace sitesync
