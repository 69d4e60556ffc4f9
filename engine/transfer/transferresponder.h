#pragma once

#include "core/result.h"
#include "transfer/transferkind.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace sitesync {

class RecordWriter;
struct WriteOptions;

// Off unless asked for at info level: one line per responding record made or numbered, and one per
// "nothing to do here", with its reason.
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)

// Makes and keeps the responding half of a transfer of any kind in transferKinds() (TR-1 to TR-5):
// guards, finds the other store, decides where it runs, makes or reuses the responding header,
// copies the lines it lacks, and numbers it where the responding store is active.
class TransferResponder {
public:
    explicit TransferResponder(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    // Answers the header `id` of `table` (a table that starts a kind of transfer), inside the
    // transaction of the change that concerns it.
    Status respond(const QString& table, const QString& id);
    // While its responding half follows it, a line taken off a transfer is taken off that too.
    Status withdrawLine(const TransferKind& kind, const QJsonObject& line);
    // TR-2: the store's next number, in the transaction that uses it, and the message that tells
    // the initiating store.
    Status number(const TransferKind& kind, const QJsonObject& response);

private:
    Status respond(const TransferKind& kind, const QJsonObject& initiating);
    // The site that makes the responding half of a transfer from store `from` to store `to`.
    int respondingSite(const QString& from, const QString& to) const;
    Result<QString> nameOfStore(const QString& store);
    // TR-5: a responding record that exists already is reused only when it is the one this
    // initiating record made: in the same store, linked to it, with the same partner store.
    // Anything else is a reused id, refused with the reason.
    Status checkReused(const TransferKind& kind, const Transfer& transfer, const QJsonObject& existing);
    Result<QJsonObject> newHeader(const TransferKind& kind, const Transfer& transfer);
    // Makes the responding lines that are missing, and brings the others' quantities up to the
    // initiating lines' while the header follows; returns how many it wrote.
    Result<int> copyLines(const TransferKind& kind, const Transfer& transfer, const QJsonObject& response);
    // How the system writes the responding half: in a store of another site, rules not checked.
    static WriteOptions systemWrite();

    RecordWriter& m_writer;
};

}  // namespace sitesync
