#include "sitefile/siteexport.h"

#include "client/remotesync.h"
#include "model/auditlog.h"
#include "server/sitebinding.h"
#include "server/sitefiletokens.h"
#include "settings/siteregistry.h"
#include "site/newsitedatabase.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "sync/integrator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SiteExport)
};

}  // namespace

Result<SiteExportReport> SiteExport::write(SiteSession& central, int siteId, const QString& path,
                                           const Progress& progress)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorKind::Invalid, Text::tr("%1 exists already; choose a new file.").arg(path));
    // The file first: a place that cannot be written to voids no earlier file.
    Result<NewSiteDatabase> created = NewSiteDatabase::create(path);
    if (!created)
        return created.error();
    NewSiteDatabase file = std::move(created).value();
    Database& db = file.database();
    SiteFileTokens tokens(central);
    const Result<QString> token = tokens.beginExport(siteId);
    if (!token)
        return token.error();
    const Result<QJsonObject> description = SiteBinding(central).describe(siteId);
    if (!description)
        return description.error();
    const Result<SiteContext> context =
        writeRemoteBootstrap(db, siteId, *description, {{remotestate::kExportToken, *token}});
    if (!context)
        return context.error();
    Result<LocalSite> site = LocalSite::load(db);
    if (!site)
        return site.error();
    RecordWriter writer(db, site.value());
    Integrator integrator(writer);

    // The central serves the site's pull batch by batch, as it would over the network; each batch
    // is stored with the cursors that acknowledge it.
    SiteExportReport report;
    report.siteId = siteId;
    qint64 cursor = 0;
    qint64 queueCursor = 0;
    for (bool more = true; more;) {
        const Result<QByteArray> answer = tokens.pullForExport(
            siteId, {{QStringLiteral("cursor"), cursor}, {QStringLiteral("queue_cursor"), queueCursor}});
        if (!answer)
            return answer.error();
        const Result<PulledBatch> batch = PulledBatch::read(QJsonDocument::fromJson(*answer).object());
        if (!batch)
            return batch.error();
        if (const Result<int> stored = RemoteSync::storePulled(db, integrator, context->centralSiteId, *batch); !stored)
            return stored.error();
        cursor = batch->cursor;
        queueCursor = batch->queueCursor;
        more = batch->more;
        report.records += batch->records.size();
        if (progress)
            progress(report.records);
    }
    if (const Result<IntegrationReport> integrated = integrator.integrate(); !integrated)
        return integrated.error();
    // What the file holds counts as stored by the site: the central's queue for it starts here.
    if (Status s = tokens.finishExport(siteId, *token, cursor, queueCursor); !s)
        return s.error();
    // The file holds patients' records: who wrote one, and when, is for the audit log.
    const Result<SiteInfo> exported = central.sites().find(siteId);
    if (Status s = AuditLog::record(central.database(), AuditAction::kSiteExported,
                                    QJsonObject{{QStringLiteral("site"), siteId},
                                                {QStringLiteral("name"), exported ? exported->name : QString()},
                                                {QStringLiteral("records"), report.records}});
        !s)
        return s.error();
    file.keep();
    // The file holds the site's data, patients included: for its owner's eyes only.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    report.bytes = QFileInfo(path).size();
    return report;
}

}  // namespace sitesync
