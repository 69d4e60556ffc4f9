#include "server/sitebinding.h"

#include "server/sitesecrets.h"
#include "site/sitesession.h"
#include "sync/siteledger.h"
#include "sync/wirecolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace sitesync {

namespace {

// The texts keep the translation context they were written under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

}  // namespace

Status SiteBinding::restartPull(int siteId)
{
    Database& db = m_session.database();
    if (Status reset = SiteLedger(db).restartPull(siteId); !reset)
        return reset;
    // Any site data file made before is void.
    return LocalState::set(db, SiteRegistry::exportTokenKey(siteId), QString());
}

Status SiteBinding::bind(int siteId, const QString& hardwareId)
{
    const QString now = m_session.database().nowText();
    const Result<WriteResult> bound = m_session.writer().put(QStringLiteral("site"),
                                                             {{QStringLiteral("id"), siteId},
                                                              {QStringLiteral("hardware_id"), hardwareId},
                                                              {QStringLiteral("initialised_at"), now}},
                                                             WriteOptions::managedTables());
    if (!bound)
        return bound.error();
    return {};
}

Result<QJsonObject> SiteBinding::describe(int siteId, int protocolVersion)
{
    const LocalSite& site = m_session.site();
    const QList<ColumnInfo> served = wirecolumns::servedTo(
        QStringLiteral("site"), m_session.database().columns(QStringLiteral("site")), protocolVersion);
    // A site record as the site may have it: no secrets, and only the columns its version knows.
    const auto sent = [&served](const QJsonObject& stored) {
        QJsonObject row;
        for (const ColumnInfo& column : served)
            row.insert(column.name, stored.value(column.name));
        stripSiteSecrets(QStringLiteral("site"), row);
        return row;
    };
    const Result<QJsonObject> stored = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
    if (!stored)
        return stored.error();
    const QJsonObject& own = *stored;
    if (own.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(siteId));
    QJsonArray sites;
    const Result<QJsonArray> all = m_session.reader().list(QStringLiteral("site"));
    if (!all)
        return all.error();
    for (const QJsonValue& value : *all)
        sites.append(sent(value.toObject()));
    return QJsonObject{{QStringLiteral("protocol"), std::min(protocolVersion, protocol::kVersion)},
                       {QStringLiteral("site"), sent(own)},
                       {QStringLiteral("sites"), sites},
                       {QStringLiteral("central_site_id"), site.context().centralSiteId},
                       {QStringLiteral("primary_site_id"), site.context().primarySiteId}};
}

}  // namespace sitesync
