#pragma once

#include "core/result.h"
#include "protocol/protocol.h"
#include "sync/wirerecord.h"

#include <QJsonObject>

namespace sitesync {

class SiteSession;

// What the central server does for a remote site, apart from HTTP: initialise it, take its push,
// answer its pull (docs/protocol.md). Runs on the central's database, in the server's thread.
class SyncService {
public:
    explicit SyncService(SiteSession& session)
        : m_session(session)
    {
    }

    // `protocolVersion`, here and below: the version the site speaks, which decides the columns of
    // the records it is sent (OPS-3).
    // Binds the site to the hardware (TOP-4) and restarts its pull from the beginning (RT-5).
    Result<QJsonObject> initialise(int siteId, const QString& hardwareId, int protocolVersion = protocol::kVersion);
    // What a new site learns of the network: its own record, every site (no secrets), who is who.
    Result<QJsonObject> describe(int siteId, int protocolVersion = protocol::kVersion);

    // Site data files (sitefile/siteexport.h). Starts an export of a desktop site that no machine holds:
    // restarts its pull from the beginning and returns the token its file carries. Refused for a
    // mobile site, the central, or a site bound to a machine.
    Result<QString> beginExport(int siteId);
    // A pull served into a data file: like pull(), but it confirms nothing, so an export that does
    // not finish changes nothing a site relies on.
    Result<QByteArray> pullForExport(int siteId, const QJsonObject& body);
    // The file holds everything up to these cursors: confirmed for the site, if the export is still
    // the site's latest and no machine took the site meanwhile.
    Status finishExport(int siteId, const QString& token, qint64 cursor, qint64 queueCursor);
    // Binds a site imported from its data file to the caller's hardware (TOP-4), keeping its pull
    // where the export left it. Body: {"export_token"}, which must be that of the site's last
    // export; a file binds one machine (asked again from it, until the site first pushes, it is
    // answered again), and initialising the site, exporting it again, resetting its binding or
    // deleting it voids the file.
    Result<QJsonObject> bindImported(int siteId, const QString& hardwareId, const QJsonObject& body,
                                     int protocolVersion = protocol::kVersion);
    // The site has stored what was routed to it up to these cursors (the queue counts start there).
    Status confirmStored(int siteId, qint64 cursor, qint64 queueCursor);
    // The site's report at the start of its sync (ACC-1, ACC-4): kept, and answered with where the
    // site stands against the central's record of it (sync/siteledger.h).
    Result<QJsonObject> contact(int siteId, const QJsonObject& body);
    // A push of more than protocol::kPushBatch records is refused whole (OPS-6, SEC-4): judged on
    // its text before it is parsed, and on the parsed body (which the text may not tell, for
    // instance under an escaped key).
    static Status checkPushSize(QByteArrayView text);
    static Status checkPushSize(const QJsonObject& body);
    // Applies a pushed batch once, however often it is sent (DESIGN.md "Push"), if it follows the
    // site's push sequence.
    // The answer, and how many of the batch's records were admitted (none when it is sent again).
    struct PushOutcome {
        QJsonObject answer;
        qsizetype admitted = 0;
    };
    Result<PushOutcome> push(int siteId, const QJsonObject& body);
    // The next records routed to the site after the cursors it confirms having stored, as JSON
    // text written straight from the database.
    Result<QByteArray> pull(int siteId, const QJsonObject& body, int protocolVersion = protocol::kVersion);

private:
    // RT-5: the site receives everything it needs again from the start of the log.
    Status restartPull(int siteId);
    Status bind(int siteId, const QString& hardwareId);

    SiteSession& m_session;
};

}  // namespace sitesync
