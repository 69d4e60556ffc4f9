#include "server/contactservice.h"

#include "model/auditlog.h"
#include "site/sitesession.h"
#include "sync/siteledger.h"
#include "sync/waitingrecords.h"

namespace sitesync {

namespace {

// At most how many of a site's records waiting here too long a contact answer lists.
constexpr int kWaitingReported = 200;

}  // namespace

Result<QJsonObject> ContactService::contact(int siteId, const QJsonObject& body)
{
    const Result<SiteReport> report = SiteReport::fromJson(body);
    if (!report)
        return report.error();
    Database& db = m_session.database();
    Result<ContactVerdict> verdict = makeError(ErrorKind::Database, QString());
    QList<QJsonObject> waiting;
    bool complete = true;
    // Most contacts of a site that polls change nothing: answered from a read, with no write of
    // their own (their time is written with the connection's, server/connectionbook.h).
    {
        Transaction read(db, Database::Access::Read);
        if (!read.started())
            return read.started().error();
        const Result<std::optional<ContactVerdict>> quiet = SiteLedger(db).quietContact(siteId, *report);
        if (!quiet)
            return quiet.error();
        if (*quiet) {
            Result<QList<QJsonObject>> reported = WaitingRecords(db).reportedFrom(siteId, kWaitingReported, &complete);
            if (!reported)
                return reported.error();
            ContactVerdict answer = **quiet;
            answer.waitingTooLong = *reported;
            answer.waitingComplete = complete;
            return answer.toJson();
        }
    }
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        verdict = SiteLedger(db).contact(siteId, *report);
        if (!verdict)
            return verdict.error();
        // ACC-2: the site sees its records that wait here too long, as the central's log does.
        Result<QList<QJsonObject>> reported = WaitingRecords(db).reportedFrom(siteId, kWaitingReported, &complete);
        if (!reported)
            return reported.error();
        waiting = *reported;
        if (verdict->behind) {
            QJsonObject params = verdict->recovery;
            params.insert(QStringLiteral("site"), siteId);
            params.insert(QStringLiteral("name"), m_session.site().siteName(siteId));
            return AuditLog::record(db, AuditAction::kSiteRecovered, params);
        }
        return {};
    });
    if (!s)
        return s.error();
    ContactVerdict answer = *verdict;
    answer.waitingTooLong = waiting;
    answer.waitingComplete = complete;
    return answer.toJson();
}

}  // namespace sitesync
