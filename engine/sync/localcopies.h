#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace sitesync {

class RecordWriter;
struct TableInfo;

// What a remote site keeps of each store follows its copy of the store (ST-1, ST-2, RT-2): when a
// store stops being active here, or this site's copy becomes a transfer copy or none, the records
// the site no longer receives are removed, so that it holds what the routing rules send it. A
// change of settings only marks the store; the review runs at the end of a sync, after the push,
// and waits while the site still has changes of the store it has not pushed. Records are removed
// here only, unlogged: the central and the other sites keep theirs.
//
// It also re-sends a dispensary store's transactions when "Include transactions in sync" is turned
// on (RT-3): they were kept off the central until then.
class LocalCopies {
public:
    explicit LocalCopies(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    // The write path's after-write hook on a remote site, inside the change's transaction.
    Status afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after);
    // Stores whose copy waits for review.
    QStringList marked();
    // Reviews the marked stores; returns the number of records removed.
    Result<int> review();

private:
    Status mark(const QString& storeId);
    Status resendTransactions(const QString& storeId);
    Result<int> removeCopy(const QString& storeId, bool keepTransfers);

    RecordWriter& m_writer;
};

}  // namespace sitesync
