#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <span>

namespace sitesync {

class RecordWriter;

// The responding records' ids are the initiating ones' with this suffix (TR-5: never made twice).
QString respondingId(const QString& initiatingId);
// The initiating id a responding id was made from; empty when `id` is not one.
QString initiatingIdOf(const QString& id);

// One transfer being answered: the initiating record, in store `from`, to store `to`.
struct Transfer {
    QJsonObject initiating;
    QString from;
    QString to;
    QString fromName;    // the name record of store `from`: the responding half's partner
    QString responseId;  // the responding record's id
};

// One kind of transfer between stores (docs/transfers.md): which record starts it and when, which
// record answers it in the other store, how the answer's lines follow the initiating ones, and how
// it is numbered. TransferResponder walks this description; what cannot be data is a small function.
struct TransferKind {
    struct Records {
        const char* table;       // the header's table
        const char* lineTable;   // its lines' table
        const char* lineHeader;  // the lines' column naming the header
    };
    // A number copied from each initiating line into its responding line.
    struct Copied {
        const char* from = nullptr;
        const char* to = nullptr;
    };

    const char* requirement;  // "TR-1", for the log
    Records initiating;
    // The initiating header's column naming the other store's name record: the responding store.
    const char* partnerColumn;
    // Of the kinds started by one table, whether a record is of this one (nullptr: every record).
    bool (*selects)(const QJsonObject& initiating) = nullptr;
    // When it asks for an answer: its type (nullptr: any) and one of its statuses.
    const char* readyType = nullptr;
    std::array<const char*, 2> readyStatuses;
    const char* readyWords;  // the same in words, for the log: "a finalised customer invoice"

    Records responding;
    const char* linkColumn;  // the responding header's column naming the initiating record
    // Its column naming the initiating store's name record (nullptr: it has none).
    const char* partnerNameColumn = nullptr;
    const char* type = nullptr;       // nullptr: none, or set by completeHeader
    const char* status;               // the status it is made with
    const char* enteredAt = nullptr;  // a column stamped with the time it is made (nullptr: none)
    // Fields that depend on more than the transfer (nullptr: none).
    Status (*completeHeader)(RecordWriter& writer, const Transfer& transfer, QJsonObject& header) = nullptr;

    // Each responding line names the item of its initiating line and copies its quantity (and a price).
    Copied quantity;
    Copied price = {};
    // Fields of a new responding line that depend on more than its initiating line (nullptr: none).
    Status (*completeLine)(RecordWriter& writer, const QString& initiatingLineId, QJsonObject& line) = nullptr;

    // While the responding header has this status, its lines' quantities follow the initiating
    // lines' as they change (nullptr: a responding line never changes once made).
    const char* followsWhile = nullptr;
    // Past that status the responding header is the responding store's alone: not even a new line
    // reaches it.
    bool closedAfterFollowing = false;
    // While it follows, a line taken off the initiating header is taken off the responding one.
    bool withdrawsLines = false;

    // TR-2: the column numbered per store where the responding store is active (nullptr: not
    // numbered; -1 until then), the responding headers among the table's records, and the message
    // that tells the initiating store (a source text of the context "sitesync::StoreTransfers").
    const char* numberColumn = nullptr;
    const char* numberedFilter = nullptr;
    const char* receivedMessage = nullptr;
};

// Every kind of transfer, in the order numbering takes them.
std::span<const TransferKind> transferKinds();
// The kind a header of `table` starts; nullptr when that table starts none.
const TransferKind* transferKindOf(const QString& table, const QJsonObject& initiating);

}  // namespace sitesync
