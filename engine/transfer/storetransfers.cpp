#include "transfer/storetransfers.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/localsite.h"
#include "write/recordwriter.h"

#include <QSqlQuery>

namespace sitesync {

namespace {

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

}  // namespace

Status StoreTransfers::afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    if (after.isEmpty())
        return lineTakenOff(table, before);
    if (table.name == QLatin1String("goods_received_line") && m_writer.site().isCentral())
        return goodsReceived(after);
    for (const TransferKind& kind : transferKinds()) {
        const TransferKind::Records& initiating = kind.initiating;
        if (table.name == QLatin1String(initiating.table))
            return m_responder.respond(table.name, text(after, "id"));
        if (table.name == QLatin1String(initiating.lineTable))
            return m_responder.respond(QLatin1String(initiating.table), text(after, initiating.lineHeader));
    }
    return {};
}

Status StoreTransfers::lineTakenOff(const TableInfo& table, const QJsonObject& line)
{
    for (const TransferKind& kind : transferKinds()) {
        if (kind.withdrawsLines && table.name == QLatin1String(kind.initiating.lineTable))
            return m_responder.withdrawLine(kind, line);
    }
    return {};
}

Status StoreTransfers::goodsReceived(const QJsonObject& line)
{
    const QString orderLine = text(line, "purchase_order_line_id");
    if (orderLine.isEmpty()) {
        qCInfo(lcTransfer).noquote()
            << QStringLiteral("skipped goods_received_line %1 (TR-4): it answers no order line").arg(text(line, "id"));
        return {};
    }
    return updateReceived(orderLine);
}

Status StoreTransfers::updateReceived(const QString& orderLineId)
{
    // TR-4: a purchase order line's received quantity is the sum of the goods received for it,
    // kept where the order is edited (the primary under centralised procurement, RT-7).
    // The reason is put into words only when the line is wanted.
    auto skip = [&](auto reason) {
        qCInfo(lcTransfer).noquote()
            << QStringLiteral("skipped purchase_order_line %1 (TR-4): %2").arg(orderLineId, reason());
        return Status();
    };
    const Result<QJsonObject> found = m_writer.fetch(QStringLiteral("purchase_order_line"), orderLineId);
    if (!found)
        return found.error();
    const QJsonObject& line = *found;
    if (line.isEmpty())
        return skip([] { return QStringLiteral("it is not here"); });
    const Result<QVariant> received =
        m_writer.database().scalar(QStringLiteral("SELECT COALESCE(sum(quantity_received), 0) FROM goods_received_line"
                                                  " WHERE purchase_order_line_id = ?"),
                                   {orderLineId});
    if (!received)
        return received.error();
    if (line.value(QLatin1String("quantity_received")).toDouble() == received->toDouble())
        return skip([&] { return QStringLiteral("its received quantity is %1 already").arg(received->toDouble()); });
    const Result<WriteResult> w = m_writer.put(
        QStringLiteral("purchase_order_line"),
        {{QStringLiteral("id"), orderLineId}, {QStringLiteral("quantity_received"), received->toDouble()}});
    // Where this site may not edit the order, it leaves it to the site that may.
    if (!w && w.error().kind == ErrorKind::Refused)
        return skip([&] { return w.error().message; });
    return w ? Status() : Status(w.error());
}

Result<int> StoreTransfers::refreshReceived()
{
    // After a sync: the order lines whose received quantity is behind the goods received for them.
    QSqlQuery behind(m_writer.database().sql());
    if (!behind.exec(QStringLiteral("SELECT p.id FROM purchase_order_line p JOIN (SELECT purchase_order_line_id AS id,"
                                    " sum(quantity_received) AS received FROM goods_received_line"
                                    " WHERE purchase_order_line_id IS NOT NULL GROUP BY purchase_order_line_id) g"
                                    " ON g.id = p.id WHERE p.quantity_received <> g.received")))
        return makeError(ErrorKind::Database, sqlErrorText(behind));
    QStringList ids;
    while (behind.next())
        ids << behind.value(0).toString();
    for (const QString& id : ids) {
        if (Status s = m_writer.inOneTransaction([&] { return updateReceived(id); }); !s)
            return s.error();
    }
    return int(ids.size());
}

Result<int> StoreTransfers::numberResponses()
{
    int numbered = 0;
    for (const TransferKind& kind : transferKinds()) {
        if (!kind.numberColumn)
            continue;
        const QString table = QLatin1String(kind.responding.table);
        QSqlQuery pending(m_writer.database().sql());
        pending.prepare(QStringLiteral("SELECT x.id FROM %1 x JOIN store_sync ss ON ss.id = x.store_id"
                                       " WHERE x.%4 AND x.%2 = -1 AND x.%3 IS NOT NULL AND ss.active_site_id = ?"
                                       " ORDER BY x.id")
                            .arg(table, QLatin1String(kind.numberColumn), QLatin1String(kind.linkColumn),
                                 QLatin1String(kind.numberedFilter)));
        pending.addBindValue(m_writer.site().siteId());
        if (!pending.exec())
            return makeError(ErrorKind::Database, sqlErrorText(pending));
        QStringList ids;
        while (pending.next())
            ids << pending.value(0).toString();
        for (const QString& id : ids) {
            if (Status s = m_writer.inOneTransaction([&]() -> Status {
                    const Result<QJsonObject> response = m_writer.fetch(table, id);
                    return response ? m_responder.number(kind, *response) : response.error();
                });
                !s)
                return s.error();
        }
        numbered += int(ids.size());
    }
    return numbered;
}

}  // namespace sitesync
