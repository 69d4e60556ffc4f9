#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace sitesync {

class SiteSession;

// The central's answer to /sync/v1/contact (docs/protocol.md): the site's report at the start of
// its sync (ACC-1, ACC-4). Runs on the central's database, in the server's thread.
class ContactService {
public:
    explicit ContactService(SiteSession& session)
        : m_session(session)
    {
    }

    // The report is kept, and answered with where the site stands against the central's record of
    // it (sync/siteledger.h).
    Result<QJsonObject> contact(int siteId, const QJsonObject& body);

private:
    SiteSession& m_session;
};

}  // namespace sitesync
