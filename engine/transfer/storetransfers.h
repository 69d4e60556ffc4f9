#pragma once

#include "core/result.h"
#include "transfer/transferresponder.h"

#include <QJsonObject>

namespace sitesync {

class RecordWriter;
struct TableInfo;

// TR-1 to TR-5: the transfers between stores (docs/transfers.md). A record that starts a kind of
// transfer (transferKinds(): a finalised customer invoice or request requisition, a confirmed
// purchase order, a finalised invoice for one) to another store gets its responding half in that
// store, numbered -1 and linked to it. The site where the responding store is active then gives the
// responding half the store's next number and tells the initiating store with a message.
//
// The responding half is created in the transaction that stores the initiating record (or a line
// of it), with ids derived from the initiating half's, so it exists exactly when that does and is
// never created twice, whatever is re-sent or retried. The central creates it, unless both stores
// are active on one remote site, which then does it all itself.
class StoreTransfers {
public:
    explicit StoreTransfers(RecordWriter& writer)
        : m_writer(writer)
        , m_responder(writer)
    {
    }

    // The write path's after-write hook, inside the change's transaction.
    Status afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after);
    // Numbers the responding halves still at -1 in the stores active on this site; returns how many.
    Result<int> numberResponses();
    // Brings the received quantities of the purchase order lines this site may edit up to the
    // goods received for them (TR-4); returns how many lines changed.
    Result<int> refreshReceived();

private:
    // A line taken off a transfer is taken off its responding half while that follows it.
    Status lineTakenOff(const TableInfo& table, const QJsonObject& line);
    // TR-4: on the central, goods received for an order line bring its received quantity up.
    Status goodsReceived(const QJsonObject& line);
    Status updateReceived(const QString& orderLineId);

    RecordWriter& m_writer;
    TransferResponder m_responder;
};

}  // namespace sitesync
