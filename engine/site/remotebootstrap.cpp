#include "site/remotebootstrap.h"

#include "db/database.h"
#include "sync/wirecolumns.h"
#include "write/recordwriter.h"

#include <QJsonArray>

namespace sitesync {

Result<SiteContext> writeRemoteBootstrap(Database& db, int siteId, const QJsonObject& description,
                                         const QList<std::pair<QString, QString>>& state)
{
    SiteContext context;
    context.siteId = siteId;
    context.centralSiteId = description.value(QLatin1String("central_site_id")).toInt();
    context.primarySiteId = description.value(QLatin1String("primary_site_id")).toInt();
    context.isPrimary = context.primarySiteId == siteId;
    LocalSite bootstrap = LocalSite::initialising(db, context);
    RecordWriter writer(db, bootstrap);
    WriteOptions options = WriteOptions::fromCentral();
    options.allowManaged = true;
    QList<std::pair<QString, QString>> entries = {{QStringLiteral("site_id"), QString::number(siteId)},
                                                  {remotestate::kPushedSeq, QStringLiteral("0")},
                                                  {remotestate::kPulledSeq, QStringLiteral("0")},
                                                  {remotestate::kQueueSeq, QStringLiteral("0")}};
    entries.append(state);
    const Status stored = writer.inOneTransaction([&]() -> Status {
        for (const auto& [key, value] : entries) {
            if (Status s = LocalState::set(db, key, value); !s)
                return s;
        }
        for (const QJsonValue& site : description.value(QLatin1String("sites")).toArray()) {
            // Stored without the columns this site does not know (OPS-3).
            const QJsonObject known = wirecolumns::split(db.columns(QStringLiteral("site")), site.toObject()).known;
            if (const Result<WriteResult> w = writer.put(QStringLiteral("site"), known, options); !w)
                return w.error();
        }
        return {};
    });
    if (!stored)
        return stored.error();
    return context;
}

}  // namespace sitesync
