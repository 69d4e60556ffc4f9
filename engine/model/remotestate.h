#pragma once

#include <QString>

namespace sitesync {

// The keys of sync_state a remote site keeps about its central server and its progress.
namespace remotestate {
inline const QString kCentralUrl = QStringLiteral("central_url");
inline const QString kPushedSeq = QStringLiteral("pushed_seq");
inline const QString kPulledSeq = QStringLiteral("pulled_seq");
inline const QString kQueueSeq = QStringLiteral("queue_seq");
inline const QString kTrusted = QStringLiteral("central_trusted_pem");
// Set in a site data file until it is imported on its machine (sitefile/siteexport.h).
inline const QString kExportToken = QStringLiteral("export_token");
}  // namespace remotestate

}  // namespace sitesync
