#pragma once

#include "core/result.h"
#include "rules/ownershiprules.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sitesync {

class Database;

// A store moved away from a remote site while that site may still hold changes of it it has not
// pushed (ACC-1, docs/adr/0004-changes-after-a-store-move.md). Until the site has learnt of the move
// and pushed everything it made before, the central accepts its changes of the store as made by the
// store's active site at the time, and routes them to the new active site. A record the new active
// site changed after the move keeps the new site's version; the other is set aside, visible.
class StoreHandovers {
public:
    explicit StoreHandovers(Database& db)
        : m_db(db)
    {
    }

    // On the central, as a store's active site changes: the former active site's handover opens.
    Status open(const QString& storeId, int fromSiteId, int toSiteId);
    // At a contact: a handover is settled once the site has received the store's current settings
    // (its pull cursor is past them) and has nothing of the store left to push.
    Status settle(int siteId, qint64 cursor, const QStringList& unpushedStores);
    // The stores handed over from the site and not settled: store -> the change-log entry of the move.
    Result<QHash<QString, qint64>> openFrom(int siteId);

    // The central judging a change the former active site made before it learnt of the move: the
    // handed-over store counts as active on that site, every other store as it is.
    class Directory : public StoreDirectory {
    public:
        Directory(const StoreDirectory& current, QString storeId, int siteId)
            : m_current(current)
            , m_storeId(std::move(storeId))
            , m_siteId(siteId)
        {
        }
        std::optional<int> activeSiteOf(const QString& storeId) const override;
        QString siteName(int siteId) const override { return m_current.siteName(siteId); }

    private:
        const StoreDirectory& m_current;
        QString m_storeId;
        int m_siteId;
    };

private:
    Database& m_db;
};

}  // namespace sitesync
