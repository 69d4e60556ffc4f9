#include "server/connectionbook.h"

#include "db/database.h"
#include "sync/siteledger.h"

namespace sitesync {

void ConnectionBook::note(int siteId, bool reported, const QDateTime& at, const QString& address,
                          const QString& version)
{
    const QMutexLocker locker(&m_mutex);
    Noted& last = m_noted[siteId];
    if (!last.connected.isValid() || at >= last.connected) {
        last.connected = at;
        if (!address.isEmpty())
            last.address = address;
        if (!version.isEmpty())
            last.version = version;
    }
    if (reported && (!last.reported.isValid() || at > last.reported))
        last.reported = at;
}

Status ConnectionBook::flush(Database& db)
{
    QHash<int, Noted> noted;
    {
        const QMutexLocker locker(&m_mutex);
        noted.swap(m_noted);
    }
    if (noted.isEmpty())
        return {};
    Status written = [&]() -> Status {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        SiteLedger ledger(db);
        for (auto it = noted.cbegin(); it != noted.cend(); ++it) {
            if (Status s = ledger.recordConnection(it.key(), it->connected, it->address, it->version); !s)
                return s;
            if (Status s = it->reported.isValid() ? ledger.recordReportTime(it.key(), it->reported) : Status(); !s)
                return s;
        }
        return tx.commit();
    }();
    if (!written) {
        for (auto it = noted.cbegin(); it != noted.cend(); ++it) {
            note(it.key(), false, it->connected, it->address, it->version);
            if (it->reported.isValid())
                note(it.key(), true, it->reported);
        }
    }
    return written;
}

}  // namespace sitesync
