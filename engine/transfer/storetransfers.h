#pragma once

#include "core/result.h"

#include <QJsonObject>

namespace sitesync {

class RecordWriter;
struct TableInfo;

// TR-1 to TR-3: a finalised customer invoice whose customer is another store gets its responding
// half, a supplier invoice on hold in that store, numbered -1 and linked to it; a finalised request
// requisition to another store gets a response requisition there (a customer requisition where that
// store is active on a mobile site). The site where the responding store is active then gives the
// responding half the store's next number and tells the initiating store with a message
// (docs/transfers.md).
//
// The responding half is created in the transaction that stores the customer invoice (or a line
// of it), with ids derived from the initiating half's, so it exists exactly when that does and is
// never created twice, whatever is re-sent or retried. The central creates it, unless both stores
// are active on one remote site, which then does it all itself.
class StoreTransfers {
public:
    explicit StoreTransfers(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    // The write path's after-write hook, inside the change's transaction.
    Status afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after);
    // Numbers the responding halves still at -1 in the stores active on this site; returns how many.
    Result<int> numberResponses();
    // Brings the received quantities of the purchase order lines this site may edit up to the
    // goods received for them (TR-4); returns how many lines changed.
    Result<int> refreshReceived();

    static QString respondingId(const QString& initiatingId);

private:
    // Which site makes the responding half of a transfer from `from` to `to`; false elsewhere.
    bool respondsHere(const QString& from, const QString& to) const;
    Result<QString> nameOfStore(const QString& store);
    Status respond(const QString& invoiceId);
    Status respondToRequisition(const QString& requisitionId);
    Status respondToPurchaseOrder(const QString& orderId);
    Status receiveGoods(const QJsonObject& invoice, const QString& orderingStore);
    // While its responding half is on hold, a line taken off a transfer is taken off it too.
    Status withdrawLine(const QJsonObject& line);
    // TR-5: a responding record that exists already is reused only when it is the one this
    // initiating record made: in the same store, linked to it, with the same partner store (empty
    // `partnerName`: not checked). Anything else is a reused id, refused with the reason.
    struct Link {
        const char* table;         // the responding record's table
        const char* linkColumn;    // its column naming the initiating record
        const char* lineTable;     // the responding lines' table
        const char* lineHeader;    // their column naming the responding record
        const char* sourceLines;   // the initiating lines' table
        const char* sourceHeader;  // their column naming the initiating record
    };
    Status checkReused(const Link& link, const QJsonObject& existing, const QString& initiatingId, const QString& store,
                       const QString& partnerName);
    Status updateReceived(const QString& orderLineId);
    Status number(const QString& table, const QJsonObject& response);

    RecordWriter& m_writer;
};

}  // namespace sitesync
