#pragma once

#include "client/remotesync.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

namespace sitesync {

class CredentialStore;
class SiteSession;

// The second half of a site data file (sitefile/siteexport.h), on the new site's machine: the file
// becomes the site's database, the central binds the site to this machine (TOP-4) without
// restarting its pull, the password goes to `credentials`, and a first sync brings what changed
// since the export. Nothing is left at `path` when it fails before the binding; the file itself is
// only read.
class SiteImport {
public:
    static Result<std::unique_ptr<SiteSession>> import(const QString& file, const QString& path, const QUrl& central,
                                                       const QString& password, CredentialStore& credentials,
                                                       const RemoteSync::Progress& progress = {},
                                                       const QByteArray& trustedPem = {});
};

}  // namespace sitesync
