#pragma once

#include "core/result.h"
#include "sync/wirerecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitesync {

class Database;

// The received records that wait in `sync_in` to be applied, and the one owner of that table
// (ACC-2, docs/reliability.md "Nothing waits silently"). A record that cannot be applied yet names
// what it waits for when that is known, and is tried again when that record arrives, or else after
// a back-off that grows to six hours; it is never tried again for an unrelated push. One still
// waiting after the limit (`waiting_limit_hours`, 24 by default) is reported as a sync problem with
// its reason, and keeps waiting: when it applies at last, the problem is resolved.
class WaitingRecords {
public:
    struct Row {
        qint64 rowId = 0;
        int source = 0;
        QString table;
        QString id;
        bool remove = false;
        QJsonObject data;
        QString originAt;  // when the sending site made the change (pushes)
        bool restored = false;
        qint64 problemId = 0;  // the sync problem reporting that it waits, once it has waited too long
        int attempts = 0;      // tries that failed so far
    };

    inline static const QString kLimitSetting = QStringLiteral("waiting_limit_hours");
    static constexpr int kDefaultLimitHours = 24;

    explicit WaitingRecords(Database& db)
        : m_db(db)
    {
    }

    // The key a record is awaited by: its table and id.
    static QString key(const QString& table, const QString& id);

    // A received record, to be applied in order. It replaces an older version of the same record
    // from the same site still waiting here: applied after it, the older one would undo it.
    Status add(int sourceSite, const WireRecord& record, const QDateTime& now);
    // The records to try now: new ones, ones whose back-off has passed and ones woken by arrivals.
    Result<QList<Row>> due(const QDateTime& now);
    // Applied, or set aside as a problem of its own: it waits no more.
    Status done(const Row& row);
    // Could not be applied yet: tried again when `awaited` (a key) arrives, or after the back-off.
    Status stillWaiting(const Row& row, const QString& reason, const QString& awaited, const QDateTime& now);
    // The records that wait for any of these keys are tried at the next round. Returns how many.
    Result<int> wake(const QStringList& arrived);
    // Records waiting for longer than the limit become sync problems (they keep waiting).
    Result<int> reportOverdue(const QDateTime& now);
    // The records from `sourceSite` reported for waiting too long, with their open problem:
    // {t, id, reason, at}, at most `limit`; `complete` says whether that was all of them.
    Result<QList<QJsonObject>> reportedFrom(int sourceSite, int limit, bool* complete);
    // Whether sync problem `problemId` reports a record that still waits here.
    Result<bool> reports(qint64 problemId);
    // The record that sync problem `problemId` reports waiting is given up (the problem was dismissed).
    Status forget(qint64 problemId);
    Result<int> count();
    // The keys of every waiting record.
    Result<QStringList> keys();
    // How many records of the site's own settings tables (store_sync, store_site) wait.
    Result<int> settingsWaiting();

private:
    Database& m_db;
};

}  // namespace sitesync
