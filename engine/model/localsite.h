#pragma once

#include "core/result.h"
#include "rules/ownershiprules.h"

#include <QString>

namespace sitesync {

class Database;

enum class SiteRole { Central, Primary, Remote };
QString siteRoleId(SiteRole role);  // "central", "primary", "remote"

// The identity of the site this database belongs to, and the store directory the rules consult.
class LocalSite : public StoreDirectory {
public:
    // Loads the identity written at initialisation; fails with a clear message on an uninitialised file.
    static Result<LocalSite> load(Database& db);
    // For initialisation only: the identity the site is about to be given, before it is stored.
    static LocalSite initialising(Database& db, const SiteContext& context);

    const SiteContext& context() const { return m_context; }
    int siteId() const { return m_context.siteId; }
    SiteRole role() const;
    bool isCentral() const { return m_context.isCentral; }
    bool isPrimary() const { return m_context.isPrimary; }
    bool mirrored() const { return m_context.centralSiteId != m_context.primarySiteId; }

    std::optional<int> activeSiteOf(const QString& storeId) const override;
    QString siteName(int siteId) const override;
    QString siteLabel(int siteId) const { return describeSite(siteId, *this); }

    // Re-reads the roles after a change of the site table (for example a new primary).
    Status refresh();

private:
    explicit LocalSite(Database& db)
        : m_db(&db)
    {
    }

    Database* m_db;
    SiteContext m_context;
};

// Key/value settings of this database that are never synced (site identity, cursors, unlock state).
class LocalState {
public:
    static QString get(Database& db, const QString& key, const QString& fallback = {});
    static Status set(Database& db, const QString& key, const QString& value);
    // Stores `value` only when the key holds none yet, and returns what the key holds then: of
    // several connections that race to create the same value, all end up with the one stored first.
    static Result<QString> setIfAbsent(Database& db, const QString& key, const QString& value);
    // Stores `value` only when the key still holds `expected`, and returns what the key holds then:
    // of several connections (or processes) that race to replace the same value, all end up with
    // the one stored first.
    static Result<QString> replace(Database& db, const QString& key, const QString& expected, const QString& value);
    // Adds one to the number the key holds (from 0 when it holds none).
    static Status increment(Database& db, const QString& key);
};

}  // namespace sitesync
