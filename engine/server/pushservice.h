#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace sitesync {

class SiteSession;

// The central's answer to /sync/v1/push (docs/protocol.md): a site's batch of its own changes,
// applied once however often it is sent (DESIGN.md "Push"), if it follows the site's push sequence,
// and judged as the site that made them (sync/integrator.h). Runs on the central's database, in the
// server's thread.
class PushService {
public:
    explicit PushService(SiteSession& session)
        : m_session(session)
    {
    }

    // A push of more than protocol::kPushBatch records is refused whole (OPS-6, SEC-4): judged on
    // its text before it is parsed, and on the parsed body (which the text may not tell, for
    // instance under an escaped key).
    static Status checkPushSize(QByteArrayView text);
    static Status checkPushSize(const QJsonObject& body);
    // The answer, and how many of the batch's records were admitted (none when it is sent again).
    struct PushOutcome {
        QJsonObject answer;
        qsizetype admitted = 0;
    };
    Result<PushOutcome> push(int siteId, const QJsonObject& body);

private:
    SiteSession& m_session;
};

}  // namespace sitesync
