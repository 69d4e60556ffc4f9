#pragma once

#include "core/result.h"
#include "protocol/protocol.h"

#include <QJsonObject>

namespace sitesync {

class SiteSession;

// The central's side of site data files (sitefile/siteexport.h): the token that ties a file to the
// site's pull. An export starts it, the written file confirms it, and the machine that imports the
// file spends it on /sync/v1/bind. Runs on the central's database, in the caller's thread.
class SiteFileTokens {
public:
    explicit SiteFileTokens(SiteSession& session)
        : m_session(session)
    {
    }

    // Starts an export of a desktop site that no machine holds: restarts its pull from the
    // beginning and returns the token its file carries. Refused for a mobile site, the central, or
    // a site bound to a machine.
    Result<QString> beginExport(int siteId);
    // A pull served into a data file: like a site's pull (PullService::pull), but it confirms
    // nothing, so an export that does not finish changes nothing a site relies on.
    Result<QByteArray> pullForExport(int siteId, const QJsonObject& body);
    // The file holds everything up to these cursors: confirmed for the site, if the export is still
    // the site's latest and no machine took the site meanwhile (the queue counts start there).
    Status finishExport(int siteId, const QString& token, qint64 cursor, qint64 queueCursor);
    // Binds a site imported from its data file to the caller's hardware (TOP-4), keeping its pull
    // where the export left it. Body: {"export_token"}, which must be that of the site's last
    // export; a file binds one machine (asked again from it, until the site first pushes, it is
    // answered again), and initialising the site, exporting it again, resetting its binding or
    // deleting it voids the file. `protocolVersion`: the version the site speaks (OPS-3).
    Result<QJsonObject> bindImported(int siteId, const QString& hardwareId, const QJsonObject& body,
                                     int protocolVersion = protocol::kVersion);

private:
    SiteSession& m_session;
};

}  // namespace sitesync
