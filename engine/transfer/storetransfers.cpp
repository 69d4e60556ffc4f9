#include "transfer/storetransfers.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/localsite.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace sitesync {

Q_LOGGING_CATEGORY(lcTransfer, "sitesync.engine.transfer", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::StoreTransfers)
};

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

}  // namespace

QString StoreTransfers::respondingId(const QString& initiatingId)
{
    return initiatingId + QStringLiteral(":in");
}

Status StoreTransfers::afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    if (after.isEmpty()) {
        // A line taken off a transfer is taken off its responding half while that is on hold.
        if (table.name == QLatin1String("invoice_line"))
            return withdrawLine(before);
        return {};
    }
    if (table.name == QLatin1String("invoice"))
        return respond(text(after, "id"));
    if (table.name == QLatin1String("invoice_line"))
        return respond(text(after, "invoice_id"));
    if (table.name == QLatin1String("purchase_order"))
        return respondToPurchaseOrder(text(after, "id"));
    if (table.name == QLatin1String("purchase_order_line"))
        return respondToPurchaseOrder(text(after, "purchase_order_id"));
    if (table.name == QLatin1String("goods_received_line") && m_writer.site().isCentral())
        return updateReceived(text(after, "purchase_order_line_id"));
    if (table.name == QLatin1String("requisition"))
        return respondToRequisition(text(after, "id"));
    if (table.name == QLatin1String("requisition_line"))
        return respondToRequisition(text(after, "requisition_id"));
    return {};
}

Status StoreTransfers::withdrawLine(const QJsonObject& line)
{
    // Only the responding line of the line deleted: a line that has not arrived yet is not one that
    // was taken off.
    const QString invoiceId = text(line, "invoice_id");
    const QString responseId = respondingId(invoiceId);
    const QJsonObject response = m_writer.fetch(QStringLiteral("invoice"), responseId);
    const QJsonObject responding = m_writer.fetch(QStringLiteral("invoice_line"), respondingId(text(line, "id")));
    if (response.isEmpty() || responding.isEmpty() || text(response, "status") != QLatin1String("hold") ||
        text(response, "linked_invoice_id") != invoiceId || text(responding, "invoice_id") != responseId ||
        !respondsHere(text(line, "store_id"), text(response, "store_id")))
        return {};
    // The system follows the initiating half, in a store of another site.
    WriteOptions options = WriteOptions::bySystem();
    options.returnStored = false;
    return m_writer.remove(QStringLiteral("invoice_line"), text(responding, "id"), options);
}

bool StoreTransfers::respondsHere(const QString& from, const QString& to) const
{
    const LocalSite& site = m_writer.site();
    const std::optional<int> fromSite = site.activeSiteOf(from);
    const std::optional<int> toSite = site.activeSiteOf(to);
    const bool oneRemoteSite = fromSite && toSite && *fromSite == *toSite && *fromSite != site.context().centralSiteId;
    // The central does it, unless both stores are active on one remote site, which does it.
    return site.isCentral() ? !oneRemoteSite : oneRemoteSite && *fromSite == site.siteId();
}

Result<QString> StoreTransfers::nameOfStore(const QString& store)
{
    const Result<QVariant> name =
        m_writer.database().scalar(QStringLiteral("SELECT id FROM name WHERE store_id = ?"), {store});
    if (!name)
        return name.error();
    if (name->toString().isEmpty())
        return makeError(ErrorKind::MissingReference,
                         Text::tr("Store '%1' has no name record yet; the transfer waits for it.").arg(store));
    return name->toString();
}

Status StoreTransfers::checkReused(const Link& link, const QJsonObject& existing, const QString& initiatingId,
                                   const QString& store, const QString& partnerName)
{
    const QString responseId = respondingId(initiatingId);
    auto reused = [&](const QString& table, const QString& id) {
        qCWarning(lcTransfer) << "refused: responding record" << id << "of" << table << "is not the one of"
                              << initiatingId;
        return makeError(ErrorKind::Refused,
                         Text::tr("The transfer '%1' would reuse record '%2' of '%3', which is not its responding "
                                  "half in store '%4' (the id of another or a deleted transfer was used again). "
                                  "Nothing of it was changed.")
                             .arg(initiatingId, id, table, store));
    };
    if (!existing.isEmpty() &&
        (text(existing, "store_id") != store || text(existing, link.linkColumn) != initiatingId ||
         (!partnerName.isEmpty() && text(existing, "name_id") != partnerName)))
        return reused(QString::fromLatin1(link.table), responseId);
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT r.id FROM %1 l JOIN %2 r ON r.id = l.id || ':in' WHERE l.%3 = ?"
                                 " AND (r.%4 IS DISTINCT FROM ? OR r.store_id IS DISTINCT FROM ?) LIMIT 1")
                      .arg(QLatin1String(link.sourceLines), QLatin1String(link.lineTable),
                           QLatin1String(link.sourceHeader), QLatin1String(link.lineHeader)));
    lines.addBindValue(initiatingId);
    lines.addBindValue(responseId);
    lines.addBindValue(store);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    if (lines.next())
        return reused(QString::fromLatin1(link.lineTable), lines.value(0).toString());
    return {};
}

Status StoreTransfers::respondToRequisition(const QString& requisitionId)
{
    const QJsonObject request = m_writer.fetch(QStringLiteral("requisition"), requisitionId);
    if (text(request, "type") != QLatin1String("request") || text(request, "status") != QLatin1String("finalised"))
        return {};
    const QString from = text(request, "store_id");
    const QString to = text(m_writer.fetch(QStringLiteral("name"), text(request, "name_id")), "store_id");
    if (to.isEmpty() || to == from || !respondsHere(from, to))
        return {};
    const Result<QString> fromName = nameOfStore(from);
    if (!fromName)
        return fromName.error();
    // The system writes the responding half, in a store of another site.
    WriteOptions options = WriteOptions::bySystem();
    options.returnStored = false;
    const QString responseId = respondingId(requisitionId);
    QJsonObject response = m_writer.fetch(QStringLiteral("requisition"), responseId);
    if (Status s = checkReused({"requisition", "linked_requisition_id", "requisition_line", "requisition_id",
                                "requisition_line", "requisition_id"},
                               response, requisitionId, to, *fromName);
        !s)
        return s;
    if (response.isEmpty()) {
        // TR-3: a mobile site shows it as a customer requisition, a desktop site as a response.
        const std::optional<int> toSite = m_writer.site().activeSiteOf(to);
        const QString siteType =
            toSite ? text(m_writer.fetch(QStringLiteral("site"), QString::number(*toSite)), "type") : QString();
        response = {{QStringLiteral("id"), responseId},
                    {QStringLiteral("store_id"), to},
                    {QStringLiteral("name_id"), *fromName},
                    {QStringLiteral("type"),
                     siteType == QLatin1String("mobile") ? QStringLiteral("customer") : QStringLiteral("response")},
                    {QStringLiteral("status"), QStringLiteral("new")},
                    {QStringLiteral("requisition_number"), -1},
                    {QStringLiteral("linked_requisition_id"), requisitionId}};
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("requisition"), response, options); !w)
            return w.error();
        qCInfo(lcTransfer) << "responding requisition" << responseId << "of" << requisitionId << "in store" << to;
    }
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT l.id, l.item_id, l.requested_quantity FROM requisition_line l"
                                 " WHERE l.requisition_id = ? AND NOT EXISTS (SELECT 1 FROM requisition_line r"
                                 "  WHERE r.id = l.id || ':in')"));
    lines.addBindValue(requisitionId);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    QList<QJsonObject> missing;
    while (lines.next())
        missing.append({{QStringLiteral("id"), respondingId(lines.value(0).toString())},
                        {QStringLiteral("store_id"), to},
                        {QStringLiteral("requisition_id"), responseId},
                        {QStringLiteral("item_id"), lines.value(1).toString()},
                        {QStringLiteral("requested_quantity"), lines.value(2).toDouble()}});
    for (const QJsonObject& line : missing) {
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("requisition_line"), line, options); !w)
            return w.error();
    }
    if (m_writer.site().activeSiteOf(to) == m_writer.site().siteId() &&
        response.value(QLatin1String("requisition_number")).toInteger() == -1)
        return number(QStringLiteral("requisition"), response);
    return {};
}

Status StoreTransfers::respond(const QString& invoiceId)
{
    const QJsonObject invoice = m_writer.fetch(QStringLiteral("invoice"), invoiceId);
    if (text(invoice, "type") != QLatin1String("customer_invoice") ||
        text(invoice, "status") != QLatin1String("finalised"))
        return {};
    const QString from = text(invoice, "store_id");
    const QString to = text(m_writer.fetch(QStringLiteral("name"), text(invoice, "name_id")), "store_id");
    if (to.isEmpty() || to == from)
        return {};
    if (!respondsHere(from, to))
        return {};
    const Result<QString> fromName = nameOfStore(from);
    if (!fromName)
        return fromName.error();
    // TR-4: an invoice made for a purchase order is received as goods received, not as an invoice.
    if (!text(invoice, "purchase_order_id").isEmpty())
        return receiveGoods(invoice, to);
    // A customer invoice that fulfils a requisition answers the request it came from (TR-3).
    const QString request =
        text(m_writer.fetch(QStringLiteral("requisition"), text(invoice, "requisition_id")), "linked_requisition_id");
    // The system writes the responding half, in a store of another site.
    WriteOptions options = WriteOptions::bySystem();
    options.returnStored = false;
    const QString responseId = respondingId(invoiceId);
    QJsonObject response = m_writer.fetch(QStringLiteral("invoice"), responseId);
    if (Status s =
            checkReused({"invoice", "linked_invoice_id", "invoice_line", "invoice_id", "invoice_line", "invoice_id"},
                        response, invoiceId, to, *fromName);
        !s)
        return s;
    // Once confirmed, the responding half belongs to the responding site alone: nothing follows.
    if (!response.isEmpty() && text(response, "status") != QLatin1String("hold"))
        return {};
    if (response.isEmpty()) {
        response = {{QStringLiteral("id"), responseId},
                    {QStringLiteral("store_id"), to},
                    {QStringLiteral("name_id"), *fromName},
                    {QStringLiteral("requisition_id"), request.isEmpty() ? QJsonValue() : QJsonValue(request)},
                    {QStringLiteral("type"), QStringLiteral("supplier_invoice")},
                    {QStringLiteral("status"), QStringLiteral("hold")},
                    {QStringLiteral("invoice_number"), -1},
                    {QStringLiteral("linked_invoice_id"), invoiceId},
                    {QStringLiteral("their_ref"),
                     invoice.value(QLatin1String("invoice_number")).isNull()
                         ? QJsonValue()
                         : QJsonValue(QString::number(invoice.value(QLatin1String("invoice_number")).toInteger()))},
                    {QStringLiteral("entered_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("invoice"), response, options); !w)
            return w.error();
        qCInfo(lcTransfer) << "responding half" << responseId << "of" << invoiceId << "in store" << to;
    }
    // Every line of the initiating half has its own in the responding one.
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT l.id, l.item_id, l.quantity, l.sell_price, r.quantity FROM invoice_line l"
                                 " LEFT JOIN invoice_line r ON r.id = l.id || ':in' WHERE l.invoice_id = ?"));
    lines.addBindValue(invoiceId);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    QList<QJsonObject> missing;
    // While on hold, the responding lines follow the initiating ones as they arrive.
    const bool onHold = text(response, "status") == QLatin1String("hold");
    while (lines.next()) {
        if (!lines.value(4).isNull()) {
            if (onHold && lines.value(4).toDouble() != lines.value(2).toDouble())
                missing.append({{QStringLiteral("id"), respondingId(lines.value(0).toString())},
                                {QStringLiteral("quantity"), lines.value(2).toDouble()}});
            continue;
        }
        missing.append({{QStringLiteral("id"), respondingId(lines.value(0).toString())},
                        {QStringLiteral("store_id"), to},
                        {QStringLiteral("invoice_id"), responseId},
                        {QStringLiteral("item_id"), lines.value(1).toString()},
                        {QStringLiteral("quantity"), lines.value(2).toDouble()},
                        {QStringLiteral("cost_price"), lines.value(3).toDouble()}});
    }
    for (const QJsonObject& line : missing) {
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("invoice_line"), line, options); !w)
            return w.error();
    }
    // Where the responding store is active here too, it is numbered at once.
    if (m_writer.site().activeSiteOf(to) == m_writer.site().siteId() &&
        response.value(QLatin1String("invoice_number")).toInteger() == -1)
        return number(QStringLiteral("invoice"), response);
    return {};
}

namespace {

// What numbering needs to know of each kind of responding half.
struct Numbered {
    const char* table;
    const char* numberColumn;
    const char* linkColumn;
    const char* pendingFilter;  // the responding halves, among the table's records
};

const Numbered kNumbered[] = {
    {"invoice", "invoice_number", "linked_invoice_id", "type = 'supplier_invoice'"},
    {"requisition", "requisition_number", "linked_requisition_id", "type IN ('response', 'customer')"},
    {"invoice", "invoice_number", "purchase_order_id", "type = 'customer_invoice'"},
};

const Numbered& numberedFor(const QString& table, const QJsonObject& response)
{
    if (table == QLatin1String("requisition"))
        return kNumbered[1];
    return text(response, "type") == QLatin1String("customer_invoice") ? kNumbered[2] : kNumbered[0];
}

}  // namespace

Status StoreTransfers::respondToPurchaseOrder(const QString& orderId)
{
    const QJsonObject order = m_writer.fetch(QStringLiteral("purchase_order"), orderId);
    if (text(order, "status") != QLatin1String("confirmed") && text(order, "status") != QLatin1String("finalised"))
        return {};
    const QString from = text(order, "store_id");
    const QString to = text(m_writer.fetch(QStringLiteral("name"), text(order, "supplier_name_id")), "store_id");
    if (to.isEmpty() || to == from || !respondsHere(from, to))
        return {};
    const Result<QString> fromName = nameOfStore(from);
    if (!fromName)
        return fromName.error();
    // The system writes the responding half, in a store of another site.
    WriteOptions options = WriteOptions::bySystem();
    options.returnStored = false;
    const QString invoiceId = respondingId(orderId);
    QJsonObject invoice = m_writer.fetch(QStringLiteral("invoice"), invoiceId);
    if (Status s = checkReused(
            {"invoice", "purchase_order_id", "invoice_line", "invoice_id", "purchase_order_line", "purchase_order_id"},
            invoice, orderId, to, *fromName);
        !s)
        return s;
    if (invoice.isEmpty()) {
        invoice = {{QStringLiteral("id"), invoiceId},
                   {QStringLiteral("store_id"), to},
                   {QStringLiteral("name_id"), *fromName},
                   {QStringLiteral("type"), QStringLiteral("customer_invoice")},
                   {QStringLiteral("status"), QStringLiteral("new")},
                   {QStringLiteral("invoice_number"), -1},
                   {QStringLiteral("purchase_order_id"), orderId},
                   {QStringLiteral("entered_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("invoice"), invoice, options); !w)
            return w.error();
        qCInfo(lcTransfer) << "customer invoice" << invoiceId << "for purchase order" << orderId << "in store" << to;
    }
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT l.id, l.item_id, l.quantity_ordered FROM purchase_order_line l"
                                 " WHERE l.purchase_order_id = ? AND NOT EXISTS (SELECT 1 FROM invoice_line r"
                                 "  WHERE r.id = l.id || ':in')"));
    lines.addBindValue(orderId);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    QList<QJsonObject> missing;
    while (lines.next())
        missing.append({{QStringLiteral("id"), respondingId(lines.value(0).toString())},
                        {QStringLiteral("store_id"), to},
                        {QStringLiteral("invoice_id"), invoiceId},
                        {QStringLiteral("item_id"), lines.value(1).toString()},
                        {QStringLiteral("quantity"), lines.value(2).toDouble()}});
    for (const QJsonObject& line : missing) {
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("invoice_line"), line, options); !w)
            return w.error();
    }
    if (m_writer.site().activeSiteOf(to) == m_writer.site().siteId() &&
        invoice.value(QLatin1String("invoice_number")).toInteger() == -1)
        return number(QStringLiteral("invoice"), invoice);
    return {};
}

Status StoreTransfers::receiveGoods(const QJsonObject& invoice, const QString& orderingStore)
{
    // The system writes the responding half, in a store of another site.
    WriteOptions options = WriteOptions::bySystem();
    options.returnStored = false;
    const QString invoiceId = text(invoice, "id");
    const QString receivedId = respondingId(invoiceId);
    const QJsonObject current = m_writer.fetch(QStringLiteral("goods_received"), receivedId);
    if (Status s = checkReused({"goods_received", "linked_invoice_id", "goods_received_line", "goods_received_id",
                                "invoice_line", "invoice_id"},
                               current, invoiceId, orderingStore, QString());
        !s)
        return s;
    if (current.isEmpty()) {
        const QJsonObject received{{QStringLiteral("id"), receivedId},
                                   {QStringLiteral("store_id"), orderingStore},
                                   {QStringLiteral("purchase_order_id"), text(invoice, "purchase_order_id")},
                                   {QStringLiteral("linked_invoice_id"), invoiceId},
                                   {QStringLiteral("status"), QStringLiteral("new")}};
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("goods_received"), received, options); !w)
            return w.error();
        qCInfo(lcTransfer) << "goods received" << receivedId << "for invoice" << invoiceId;
    }
    // Lines made from the order's lines answer them; lines added to the invoice are new ones.
    QSqlQuery lines(m_writer.database().sql());
    lines.prepare(QStringLiteral("SELECT l.id, l.item_id, l.quantity FROM invoice_line l WHERE l.invoice_id = ?"));
    lines.addBindValue(invoiceId);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    QList<QJsonObject> missing;
    const QString suffix = respondingId(QString());
    // Until the goods are received, they follow the invoice's lines as they arrive (the invoice's
    // header may arrive before its lines' last changes).
    const bool open =
        text(m_writer.fetch(QStringLiteral("goods_received"), receivedId), "status") == QLatin1String("new");
    while (lines.next()) {
        const QString lineId = lines.value(0).toString();
        const QJsonObject existing = m_writer.fetch(QStringLiteral("goods_received_line"), respondingId(lineId));
        if (!existing.isEmpty()) {
            if (open && existing.value(QLatin1String("quantity_received")).toDouble() != lines.value(2).toDouble())
                missing.append({{QStringLiteral("id"), respondingId(lineId)},
                                {QStringLiteral("quantity_received"), lines.value(2).toDouble()}});
            continue;
        }
        const QString orderLine = lineId.endsWith(suffix) ? lineId.chopped(suffix.size()) : QString();
        const bool fromOrder =
            !orderLine.isEmpty() && !m_writer.fetch(QStringLiteral("purchase_order_line"), orderLine).isEmpty();
        missing.append({{QStringLiteral("id"), respondingId(lineId)},
                        {QStringLiteral("store_id"), orderingStore},
                        {QStringLiteral("goods_received_id"), receivedId},
                        {QStringLiteral("purchase_order_line_id"), fromOrder ? QJsonValue(orderLine) : QJsonValue()},
                        {QStringLiteral("item_id"), lines.value(1).toString()},
                        {QStringLiteral("quantity_received"), lines.value(2).toDouble()}});
    }
    for (const QJsonObject& line : missing) {
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("goods_received_line"), line, options); !w)
            return w.error();
    }
    return {};
}

Status StoreTransfers::updateReceived(const QString& orderLineId)
{
    // TR-4: a purchase order line's received quantity is the sum of the goods received for it,
    // kept where the order is edited (the primary under centralised procurement, RT-7).
    const QJsonObject line = m_writer.fetch(QStringLiteral("purchase_order_line"), orderLineId);
    if (line.isEmpty())
        return {};
    const Result<QVariant> received =
        m_writer.database().scalar(QStringLiteral("SELECT COALESCE(sum(quantity_received), 0) FROM goods_received_line"
                                                  " WHERE purchase_order_line_id = ?"),
                                   {orderLineId});
    if (!received)
        return received.error();
    if (line.value(QLatin1String("quantity_received")).toDouble() == received->toDouble())
        return {};
    const Result<WriteResult> w = m_writer.put(
        QStringLiteral("purchase_order_line"),
        {{QStringLiteral("id"), orderLineId}, {QStringLiteral("quantity_received"), received->toDouble()}});
    // Where this site may not edit the order, it leaves it to the site that may.
    if (!w && w.error().kind == ErrorKind::Refused)
        return {};
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
    for (const Numbered& kind : kNumbered) {
        QSqlQuery pending(m_writer.database().sql());
        pending.prepare(QStringLiteral("SELECT x.id FROM %1 x JOIN store_sync ss ON ss.id = x.store_id"
                                       " WHERE x.%4 AND x.%2 = -1 AND x.%3 IS NOT NULL AND ss.active_site_id = ?"
                                       " ORDER BY x.id")
                            .arg(QLatin1String(kind.table), QLatin1String(kind.numberColumn),
                                 QLatin1String(kind.linkColumn), QLatin1String(kind.pendingFilter)));
        pending.addBindValue(m_writer.site().siteId());
        if (!pending.exec())
            return makeError(ErrorKind::Database, sqlErrorText(pending));
        QStringList ids;
        while (pending.next())
            ids << pending.value(0).toString();
        const QString table = QLatin1String(kind.table);
        for (const QString& id : ids) {
            if (Status s = m_writer.inOneTransaction([&] { return number(table, m_writer.fetch(table, id)); }); !s)
                return s.error();
        }
        numbered += int(ids.size());
    }
    return numbered;
}

Status StoreTransfers::number(const QString& table, const QJsonObject& response)
{
    // TR-2: the store's next number, in the transaction that uses it.
    const Numbered& kind = numberedFor(table, response);
    const QString store = text(response, "store_id");
    const Result<QVariant> last =
        m_writer.database().scalar(QStringLiteral("SELECT COALESCE(max(%1), 0) FROM %2 WHERE store_id = ? AND %3")
                                       .arg(QLatin1String(kind.numberColumn), table, QLatin1String(kind.pendingFilter)),
                                   {store});
    if (!last)
        return last.error();
    const qint64 next = std::max<qint64>(last->toLongLong(), 0) + 1;
    const QString id = text(response, "id");
    if (const Result<WriteResult> w =
            m_writer.put(table, {{QStringLiteral("id"), id}, {QLatin1String(kind.numberColumn), next}});
        !w)
        return w.error();
    // The initiating store hears of it through the central (DT-7 routes messages to both stores).
    const QString initiating = text(response, kind.linkColumn);
    const QString from = text(m_writer.fetch(QStringLiteral("name"), text(response, "name_id")), "store_id");
    const QString body =
        &kind == &kNumbered[0]   ? Text::tr("Customer invoice %1 was received as supplier invoice %2 of store %3.")
        : &kind == &kNumbered[1] ? Text::tr("Requisition %1 was received as requisition %2 of store %3.")
                                 : Text::tr("Purchase order %1 was received as customer invoice %2 of store %3.");
    const QJsonObject message{{QStringLiteral("id"), id + QStringLiteral(":received")},
                              {QStringLiteral("from_store_id"), store},
                              {QStringLiteral("to_store_id"), from},
                              {QStringLiteral("body"), body.arg(initiating).arg(next).arg(store)},
                              {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (const Result<WriteResult> w = m_writer.put(QStringLiteral("message"), message); !w)
        return w.error();
    qCInfo(lcTransfer) << "numbered" << table << id << next;
    return {};
}

}  // namespace sitesync
