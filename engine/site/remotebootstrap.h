#pragma once

#include "core/result.h"
#include "model/localsite.h"
#include "model/remotestate.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace sitesync {

class Database;

// The first records of a new remote site's database, from the central's description of the site
// (the answer of /sync/v1/initialise): its ID, every site, and the given sync_state entries, with
// the pull starting from the beginning. One transaction.
Result<SiteContext> writeRemoteBootstrap(Database& db, int siteId, const QJsonObject& description,
                                         const QList<std::pair<QString, QString>>& state);

}  // namespace sitesync
