#include "sync/storehandover.h"

#include "db/database.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace sitesync {

Q_LOGGING_CATEGORY(lcHandover, "sitesync.engine.handover", QtInfoMsg)

Status StoreHandovers::open(const QString& storeId, int fromSiteId, int toSiteId)
{
    // The entry that tells every site where the store is active now: the site has learnt of the
    // move once its pull passed it.
    return m_db.exec(
        QStringLiteral("INSERT INTO store_handover (store_id, from_site_id, to_site_id, moved_seq, moved_at)"
                       " SELECT ?, CAST(? AS BIGINT), CAST(? AS BIGINT), COALESCE((SELECT seq FROM change_log WHERE "
                       "table_name = 'store_sync'"
                       "  AND record_id = ?), 0), ?"
                       " ON CONFLICT (store_id, from_site_id) DO UPDATE SET to_site_id = excluded.to_site_id,"
                       "  moved_seq = excluded.moved_seq, moved_at = excluded.moved_at, settled_at = NULL"),
        {storeId, fromSiteId, toSiteId, storeId, m_db.nowText()});
}

Status StoreHandovers::settle(int siteId, qint64 cursor, const QStringList& unpushedStores)
{
    const Result<QHash<QString, qint64>> open = openFrom(siteId);
    if (!open)
        return open.error();
    for (auto it = open->begin(); it != open->end(); ++it) {
        const Result<QVariant> settings = m_db.scalar(
            QStringLiteral("SELECT seq FROM change_log WHERE table_name = 'store_sync' AND record_id = ?"), {it.key()});
        if (!settings)
            return settings.error();
        if (cursor < settings->toLongLong() || unpushedStores.contains(it.key()))
            continue;
        if (Status s = m_db.exec(QStringLiteral("UPDATE store_handover SET settled_at = ? WHERE store_id = ?"
                                                " AND from_site_id = ?"),
                                 {m_db.nowText(), it.key(), siteId});
            !s)
            return s;
        qCInfo(lcHandover) << "site" << siteId << "has pushed everything of store" << it.key()
                           << "it made before the store moved";
    }
    return {};
}

Result<QHash<QString, qint64>> StoreHandovers::openFrom(int siteId)
{
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT h.store_id, h.moved_seq FROM store_handover h"
                                 " JOIN store_sync ss ON ss.id = h.store_id"
                                 " WHERE h.from_site_id = ? AND h.settled_at IS NULL AND ss.active_site_id <> ?"));
    query.addBindValue(siteId);
    query.addBindValue(siteId);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QHash<QString, qint64> open;
    while (query.next())
        open.insert(query.value(0).toString(), query.value(1).toLongLong());
    return open;
}

std::optional<int> StoreHandovers::Directory::activeSiteOf(const QString& storeId) const
{
    if (storeId == m_storeId)
        return m_siteId;
    return m_current.activeSiteOf(storeId);
}

}  // namespace sitesync
