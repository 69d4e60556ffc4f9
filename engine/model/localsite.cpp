#include "model/localsite.h"

#include "db/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sitesync {

QString siteRoleId(SiteRole role)
{
    switch (role) {
    case SiteRole::Central:
        return QStringLiteral("central");
    case SiteRole::Primary:
        return QStringLiteral("primary");
    case SiteRole::Remote:
        return QStringLiteral("remote");
    }
    return {};
}

Result<LocalSite> LocalSite::load(Database& db)
{
    LocalSite site(db);
    if (Status s = site.refresh(); !s)
        return s.error();
    return site;
}

LocalSite LocalSite::initialising(Database& db, const SiteContext& context)
{
    LocalSite site(db);
    site.m_context = context;
    return site;
}

Status LocalSite::refresh()
{
    bool ok = false;
    const int id = LocalState::get(*m_db, QStringLiteral("site_id")).toInt(&ok);
    if (!ok || id <= 0)
        return makeError(ErrorKind::NotFound,
                         QCoreApplication::translate("sitesync::LocalSite",
                                                     "%1 holds no initialised site. Initialise it with "
                                                     "'sitesyncctl init central' or 'sitesyncctl init remote'.")
                             .arg(m_db->path()));
    SiteContext context;
    context.siteId = id;
    QSqlQuery query(m_db->sql());
    if (!query.exec(
            QStringLiteral("SELECT id, is_central, is_primary FROM site WHERE is_central = 1 OR is_primary = 1")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    while (query.next()) {
        const int siteId = query.value(0).toInt();
        if (query.value(1).toInt() == 1)
            context.centralSiteId = siteId;
        if (query.value(2).toInt() == 1)
            context.primarySiteId = siteId;
    }
    context.isCentral = context.centralSiteId == id;
    context.isPrimary = context.primarySiteId == id;
    m_context = context;
    return {};
}

SiteRole LocalSite::role() const
{
    if (m_context.isCentral)
        return SiteRole::Central;
    if (m_context.isPrimary)
        return SiteRole::Primary;
    return SiteRole::Remote;
}

std::optional<int> LocalSite::activeSiteOf(const QString& storeId) const
{
    const Result<QVariant> active =
        m_db->scalar(QStringLiteral("SELECT active_site_id FROM store_sync WHERE id = ?"), {storeId});
    if (!active || !active->isValid() || active->isNull())
        return std::nullopt;
    if (!m_context.isCentral && active->toInt() == m_context.siteId) {
        // A remote learns that a store moved away from it through its own sync-with row, which the
        // central always sends it; until the new settings arrive, the store is not active here.
        const Result<QVariant> own =
            m_db->scalar(QStringLiteral("SELECT sync_with FROM store_site WHERE store_id = ? AND site_id = ?"),
                         {storeId, m_context.siteId});
        if (!own || !own->isValid() || own->toString() != QLatin1String("collector"))
            return std::nullopt;
    }
    return active->toInt();
}

QString LocalSite::siteName(int siteId) const
{
    const Result<QVariant> name = m_db->scalar(QStringLiteral("SELECT name FROM site WHERE id = ?"), {siteId});
    return name ? name->toString() : QString();
}

QString LocalState::get(Database& db, const QString& key, const QString& fallback)
{
    const Result<QVariant> value = db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!value || !value->isValid())
        return fallback;
    return value->toString();
}

namespace {

// The value a key holds now, after a write that may or may not have changed it.
Result<QString> held(Database& db, const QString& key)
{
    const Result<QVariant> value = db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"), {key});
    if (!value)
        return value.error();
    return value->toString();
}

// sync_state is guarded like the synced tables: this is its one writer.
Status writeState(Database& db, const QString& statement, const QVariantList& bindings)
{
    const bool wasOpen = db.writeOpen();
    db.setWriteOpen(true);
    QSqlQuery query(db.sql());
    query.prepare(statement);
    for (const QVariant& value : bindings)
        query.addBindValue(value);
    const bool stored = query.exec();
    db.setWriteOpen(wasOpen);
    if (!stored)
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return {};
}

}  // namespace

Status LocalState::set(Database& db, const QString& key, const QString& value)
{
    return writeState(db,
                      QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
}

Status LocalState::increment(Database& db, const QString& key)
{
    return writeState(db,
                      QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, 1)"
                                     " ON CONFLICT (key) DO UPDATE SET value = CAST(sync_state.value AS INTEGER) + 1"),
                      {key});
}

Result<QString> LocalState::setIfAbsent(Database& db, const QString& key, const QString& value)
{
    if (Status s = writeState(db,
                              QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                             " ON CONFLICT (key) DO NOTHING"),
                              {key, value});
        !s)
        return s.error();
    return held(db, key);
}

Result<QString> LocalState::replace(Database& db, const QString& key, const QString& expected, const QString& value)
{
    if (Status s = writeState(db, QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ? AND value = ?"),
                              {value, key, expected});
        !s)
        return s.error();
    return held(db, key);
}

}  // namespace sitesync
