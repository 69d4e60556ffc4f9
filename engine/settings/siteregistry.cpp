#include "settings/siteregistry.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "security/passwordhash.h"
#include "sync/siteledger.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SiteRegistry)
};

}  // namespace

bool SiteRegistry::isValidType(const QString& type)
{
    return type == QLatin1String("desktop") || type == QLatin1String("mobile");
}

Result<SiteInfo> SiteRegistry::add(int id, const QString& name, const QString& type, bool primary,
                                   const QString& password)
{
    if (id <= 0)
        return makeError(ErrorKind::BadInput, Text::tr("A site ID is a whole number greater than 0."));
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("A site needs a name."));
    if (!isValidType(type))
        return makeError(ErrorKind::BadInput, Text::tr("A site's type is 'desktop' or 'mobile', not '%1'.").arg(type));
    if (password.size() < PasswordHash::kMinimumLength)
        return makeError(ErrorKind::BadInput,
                         Text::tr("A site password needs at least %1 characters.").arg(PasswordHash::kMinimumLength));
    const Result<QJsonObject> existing = m_writer.fetch(QStringLiteral("site"), QString::number(id));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("Site %1 already exists.").arg(id));
    LocalSite& local = m_writer.site();
    if (primary && local.mirrored())
        return makeError(
            ErrorKind::Invalid,
            Text::tr("Site %1 is already the primary server.").arg(local.siteLabel(local.context().primarySiteId)));

    const QString created = m_writer.database().nowText();
    const QString hash = PasswordHash::create(password);
    Status s = m_writer.inOneTransaction([&]() -> Status {
        QJsonObject site{{QStringLiteral("id"), id},
                         {QStringLiteral("name"), name.trimmed()},
                         {QStringLiteral("type"), type},
                         {QStringLiteral("password_hash"), hash},
                         {QStringLiteral("created_at"), created}};
        if (primary) {
            // A mirrored setup: the central hands the primary role to the new site (TOP-2).
            const Result<WriteResult> central =
                m_writer.put(QStringLiteral("site"),
                             {{QStringLiteral("id"), local.context().centralSiteId}, {QStringLiteral("is_primary"), 0}},
                             WriteOptions::managedTables());
            if (!central)
                return central.error();
            site.insert(QStringLiteral("is_primary"), 1);
        }
        if (const Result<WriteResult> written =
                m_writer.put(QStringLiteral("site"), site, WriteOptions::managedTables());
            !written)
            return written.error();
        return AuditLog::record(m_writer.database(), AuditAction::kSiteAdded,
                                QJsonObject{{QStringLiteral("site"), id},
                                            {QStringLiteral("name"), name.trimmed()},
                                            {QStringLiteral("type"), type},
                                            {QStringLiteral("primary"), primary}});
    });
    if (!s)
        return s.error();
    if (Status refreshed = local.refresh(); !refreshed)
        return refreshed.error();
    return find(id);
}

Result<QList<SiteInfo>> SiteRegistry::list()
{
    QSqlQuery query(m_writer.database().sql());
    if (!query.exec(QStringLiteral("SELECT s.id, s.name, s.type, s.is_central, s.is_primary, s.initialised_at,"
                                   " (SELECT %1 FROM (SELECT ss.id FROM store_sync ss WHERE ss.active_site_id = s.id"
                                   "  ORDER BY ss.id) y), coalesce(s.hardware_id, '') <> '' FROM site s ORDER BY s.id")
                        .arg(m_writer.database().dialect().joinedText(QStringLiteral("y.id"), QStringLiteral("','")))))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    const Result<QHash<int, SiteContact>> contacts = SiteLedger(m_writer.database()).contacts();
    if (!contacts)
        return contacts.error();
    QList<SiteInfo> sites;
    while (query.next()) {
        SiteInfo info;
        info.id = query.value(0).toInt();
        info.name = query.value(1).toString();
        info.type = query.value(2).toString();
        info.isCentral = query.value(3).toInt() == 1;
        info.isPrimary = query.value(4).toInt() == 1;
        info.initialisedAt = query.value(5).toString();
        info.contact = contacts->value(info.id);
        const QString stores = query.value(6).toString();
        if (!stores.isEmpty())
            info.activeStores = stores.split(QLatin1Char(','));
        info.bound = query.value(7).toInt() == 1;
        sites.append(info);
    }
    return sites;
}

QString SiteRegistry::exportTokenKey(int siteId)
{
    return QStringLiteral("export_token_site_%1").arg(siteId);
}

Result<SiteInfo> SiteRegistry::find(int id)
{
    const Result<QList<SiteInfo>> sites = list();
    if (!sites)
        return sites.error();
    for (const SiteInfo& site : *sites) {
        if (site.id == id)
            return site;
    }
    return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(id));
}

Status SiteRegistry::remove(int id)
{
    const Result<SiteInfo> site = find(id);
    if (!site)
        return site.error();
    if (site->isCentral)
        return makeError(ErrorKind::Invalid, Text::tr("Site %1 is the central server and cannot be deleted.").arg(id));
    if (site->isPrimary)
        return makeError(ErrorKind::Invalid, Text::tr("Site %1 is the primary server and cannot be deleted.").arg(id));
    if (!site->activeStores.isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("Site %1 (%2) still has active stores: %3. Move them to another "
                                                      "site first.")
                                                 .arg(id)
                                                 .arg(site->name, site->activeStores.join(QStringLiteral(", "))));
    return m_writer.inOneTransaction([&]() -> Status {
        // Its store copies go with it; each removal is logged like any other change.
        QSqlQuery copies(m_writer.database().sql());
        copies.prepare(QStringLiteral("SELECT id FROM store_site WHERE site_id = ?"));
        copies.addBindValue(id);
        if (!copies.exec())
            return makeError(ErrorKind::Database, sqlErrorText(copies));
        QStringList copyIds;
        while (copies.next())
            copyIds << copies.value(0).toString();
        for (const QString& copy : copyIds) {
            if (Status s = m_writer.remove(QStringLiteral("store_site"), copy, WriteOptions::managedTables()); !s)
                return s;
        }
        if (Status s = SiteLedger(m_writer.database()).forget(id); !s)
            return s;
        if (Status s = m_writer.remove(QStringLiteral("site"), QString::number(id), WriteOptions::managedTables()); !s)
            return s;
        // A data file of the site is void: a later site with its ID is another site.
        if (Status s = LocalState::set(m_writer.database(), exportTokenKey(id), QString()); !s)
            return s;
        return AuditLog::record(m_writer.database(), AuditAction::kSiteDeleted,
                                QJsonObject{{QStringLiteral("site"), id}, {QStringLiteral("name"), site->name}});
    });
}

Status SiteRegistry::resetHardware(int id)
{
    const Result<SiteInfo> site = find(id);
    if (!site)
        return site.error();
    if (site->isCentral)
        return makeError(ErrorKind::Invalid, Text::tr("Site %1 is the central server; it has no binding.").arg(id));
    const Result<BindingResetRisk> risk = bindingResetRisk(id);
    if (!risk)
        return risk.error();
    return m_writer.inOneTransaction([&]() -> Status {
        // Not initialised any more: the next machine to be initialised as the site sets it again.
        const Result<WriteResult> w = m_writer.put(QStringLiteral("site"),
                                                   {{QStringLiteral("id"), id},
                                                    {QStringLiteral("hardware_id"), QJsonValue()},
                                                    {QStringLiteral("initialised_at"), QJsonValue()}},
                                                   WriteOptions::managedTables());
        if (!w)
            return w.error();
        // A data file imported before binds no other machine: the site is set up again afresh.
        if (Status s = LocalState::set(m_writer.database(), exportTokenKey(id), QString()); !s)
            return s;
        QJsonObject params{{QStringLiteral("site"), id}, {QStringLiteral("name"), site->name}};
        if (risk->unsent >= 0)
            params.insert(QStringLiteral("unsent"), risk->unsent);
        return AuditLog::record(m_writer.database(), AuditAction::kBindingReset, params);
    });
}

Result<BindingResetRisk> SiteRegistry::bindingResetRisk(int id)
{
    const Result<SiteInfo> site = find(id);
    if (!site)
        return site.error();
    BindingResetRisk risk;
    risk.siteId = id;
    risk.unsent = site->contact.outgoing;
    risk.reportedAt = site->contact.reportedAt;
    risk.activeStores = site->activeStores;
    const QString label = m_writer.site().siteLabel(id);
    const QString stores = risk.activeStores.join(QStringLiteral(", "));
    QString reportedAt =
        QDateTime::fromString(risk.reportedAt, Qt::ISODate).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    if (reportedAt.isEmpty())
        reportedAt = risk.reportedAt;
    QStringList lines;
    lines << Text::tr("A site initialised again starts from what the central server holds: whatever only its "
                      "old machine held is lost.");
    if (risk.unsent == 1)
        lines << Text::tr("At its last contact (%2), site %1 held 1 record the central server does not hold.")
                     .arg(label, reportedAt);
    else if (risk.unsent > 1)
        lines << Text::tr("At its last contact (%2), site %1 held %3 records the central server does not hold.")
                     .arg(label, reportedAt)
                     .arg(risk.unsent);
    else if (risk.unsent == 0)
        lines << Text::tr("At its last contact (%2), site %1 had sent everything: 0 records the central server "
                          "does not hold.")
                     .arg(label, reportedAt);
    else
        lines << Text::tr("Site %1 never reported what it holds: the central server cannot count what would be "
                          "lost.")
                     .arg(label);
    if (!stores.isEmpty())
        lines << Text::tr("Anything entered since in its active stores (%1) is lost as well, stock included.")
                     .arg(stores);
    risk.warning = lines.join(QLatin1Char(' '));
    return risk;
}

}  // namespace sitesync
