#pragma once

#include "core/result.h"
#include "model/localsite.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace sitesync {

class Database;

// The keys of sync_state a remote site keeps about its central server and its progress.
namespace remotestate {
inline const QString kCentralUrl = QStringLiteral("central_url");
inline const QString kPushedSeq = QStringLiteral("pushed_seq");
inline const QString kPulledSeq = QStringLiteral("pulled_seq");
inline const QString kQueueSeq = QStringLiteral("queue_seq");
inline const QString kTrusted = QStringLiteral("central_trusted_pem");
// Set in a site data file until it is imported on its machine (site/siteexport.h).
inline const QString kExportToken = QStringLiteral("export_token");
}  // namespace remotestate

// The first records of a new remote site's database, from the central's description of the site
// (the answer of /sync/v1/initialise): its ID, every site, and the given sync_state entries, with
// the pull starting from the beginning. One transaction.
Result<SiteContext> writeRemoteBootstrap(Database& db, int siteId, const QJsonObject& description,
                                         const QList<std::pair<QString, QString>>& state);

}  // namespace sitesync
