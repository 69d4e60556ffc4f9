#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitesync {

class Database;

// One record the sync could not take: quarantined (kept to retry) or refused (it broke a rule).
struct SyncProblem {
    qint64 id = 0;
    QString at;      // ISO 8601, UTC
    int siteId = 0;  // the site the record came from; 0 when unknown
    QString kind;    // "quarantined" or "refused"
    QString table;
    QString recordId;
    QString reason;
    bool resolved = false;
};

// The log of sync problems the technician reads (AD-7), newest first.
class SyncProblemLog {
public:
    static Result<QList<SyncProblem>> list(Database& db, int limit = 1000);
    // Problems not resolved yet.
    static Result<int> openCount(Database& db);
    // Sets a record aside with its reason and content (AD-7): `kind` is "quarantined" or "refused".
    static Status add(Database& db, int siteId, const QString& kind, const QString& table, const QString& recordId,
                      const QString& reason, const QJsonObject& payload);
};

}  // namespace sitesync
