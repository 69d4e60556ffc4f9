#include "transfer/transferkind.h"

#include "model/localsite.h"
#include "write/recordwriter.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

constexpr QLatin1String kRespondingSuffix(":in");

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

// TR-4: a customer invoice made for a purchase order is answered by goods received, not by an invoice.
bool withoutOrder(const QJsonObject& invoice)
{
    return text(invoice, "purchase_order_id").isEmpty();
}

bool forAnOrder(const QJsonObject& invoice)
{
    return !withoutOrder(invoice);
}

Status supplierInvoiceFields(RecordWriter& writer, const Transfer& transfer, QJsonObject& header)
{
    // A customer invoice that fulfils a requisition answers the request it came from (TR-3).
    const Result<QJsonObject> requisition =
        writer.fetch(QStringLiteral("requisition"), text(transfer.initiating, "requisition_id"));
    if (!requisition)
        return requisition.error();
    const QString request = text(*requisition, "linked_requisition_id");
    header.insert(QStringLiteral("requisition_id"), request.isEmpty() ? QJsonValue() : QJsonValue(request));
    const QJsonValue number = transfer.initiating.value(QLatin1String("invoice_number"));
    header.insert(QStringLiteral("their_ref"),
                  number.isNull() ? QJsonValue() : QJsonValue(QString::number(number.toInteger())));
    return {};
}

Status responseRequisitionFields(RecordWriter& writer, const Transfer& transfer, QJsonObject& header)
{
    // TR-3: a mobile site shows it as a customer requisition, a desktop site as a response.
    const std::optional<int> toSite = writer.site().activeSiteOf(transfer.to);
    const Result<QJsonObject> site =
        toSite ? writer.fetch(QStringLiteral("site"), QString::number(*toSite)) : Result<QJsonObject>(QJsonObject());
    if (!site)
        return site.error();
    header.insert(QStringLiteral("type"), text(*site, "type") == QLatin1String("mobile") ? QStringLiteral("customer")
                                                                                         : QStringLiteral("response"));
    return {};
}

Status goodsReceivedFields(RecordWriter&, const Transfer& transfer, QJsonObject& header)
{
    header.insert(QStringLiteral("purchase_order_id"), text(transfer.initiating, "purchase_order_id"));
    return {};
}

Status orderLineAnswered(RecordWriter& writer, const QString& invoiceLineId, QJsonObject& line)
{
    // Lines made from the order's lines answer them; lines added to the invoice are new ones.
    const QString orderLine = initiatingIdOf(invoiceLineId);
    const Result<QJsonObject> answered = writer.fetch(QStringLiteral("purchase_order_line"), orderLine);
    if (!answered)
        return answered.error();
    line.insert(QStringLiteral("purchase_order_line_id"), answered->isEmpty() ? QJsonValue() : QJsonValue(orderLine));
    return {};
}

const TransferKind kKinds[] = {
    // TR-1, TR-2: a finalised customer invoice to another store becomes a supplier invoice there,
    // on hold; while it is, its lines follow the customer invoice's, deletions too.
    {
        .requirement = "TR-1",
        .initiating = {"invoice", "invoice_line", "invoice_id"},
        .partnerColumn = "name_id",
        .selects = &withoutOrder,
        .readyType = "customer_invoice",
        .readyStatuses = {"finalised"},
        .readyWords = "a finalised customer invoice",
        .responding = {"invoice", "invoice_line", "invoice_id"},
        .linkColumn = "linked_invoice_id",
        .partnerNameColumn = "name_id",
        .type = "supplier_invoice",
        .status = "hold",
        .enteredAt = "entered_at",
        .completeHeader = &supplierInvoiceFields,
        .quantity = {"quantity", "quantity"},
        .price = {"sell_price", "cost_price"},
        .followsWhile = "hold",
        .closedAfterFollowing = true,
        .withdrawsLines = true,
        .numberColumn = "invoice_number",
        .numberedFilter = "type = 'supplier_invoice'",
        .receivedMessage = QT_TRANSLATE_NOOP("sitesync::StoreTransfers",
                                             "Customer invoice %1 was received as supplier invoice %2 of store %3."),
    },
    // TR-3: a finalised request requisition to another store becomes a response requisition there
    // (a customer requisition where that store is active on a mobile site).
    {
        .requirement = "TR-3",
        .initiating = {"requisition", "requisition_line", "requisition_id"},
        .partnerColumn = "name_id",
        .readyType = "request",
        .readyStatuses = {"finalised"},
        .readyWords = "a finalised request requisition",
        .responding = {"requisition", "requisition_line", "requisition_id"},
        .linkColumn = "linked_requisition_id",
        .partnerNameColumn = "name_id",
        .status = "new",
        .completeHeader = &responseRequisitionFields,
        .quantity = {"requested_quantity", "requested_quantity"},
        .numberColumn = "requisition_number",
        .numberedFilter = "type IN ('response', 'customer')",
        .receivedMessage =
            QT_TRANSLATE_NOOP("sitesync::StoreTransfers", "Requisition %1 was received as requisition %2 of store %3."),
    },
    // TR-4: a confirmed purchase order to another store becomes a customer invoice there.
    {
        .requirement = "TR-4",
        .initiating = {"purchase_order", "purchase_order_line", "purchase_order_id"},
        .partnerColumn = "supplier_name_id",
        .readyStatuses = {"confirmed", "finalised"},
        .readyWords = "a confirmed or finalised purchase order",
        .responding = {"invoice", "invoice_line", "invoice_id"},
        .linkColumn = "purchase_order_id",
        .partnerNameColumn = "name_id",
        .type = "customer_invoice",
        .status = "new",
        .enteredAt = "entered_at",
        .quantity = {"quantity_ordered", "quantity"},
        .numberColumn = "invoice_number",
        .numberedFilter = "type = 'customer_invoice'",
        .receivedMessage = QT_TRANSLATE_NOOP("sitesync::StoreTransfers",
                                             "Purchase order %1 was received as customer invoice %2 of store %3."),
    },
    // TR-4: when that invoice is finalised, the ordering store receives goods, one line per invoice
    // line; until they are received, the lines follow the invoice's as they arrive.
    {
        .requirement = "TR-4",
        .initiating = {"invoice", "invoice_line", "invoice_id"},
        .partnerColumn = "name_id",
        .selects = &forAnOrder,
        .readyType = "customer_invoice",
        .readyStatuses = {"finalised"},
        .readyWords = "a finalised customer invoice",
        .responding = {"goods_received", "goods_received_line", "goods_received_id"},
        .linkColumn = "linked_invoice_id",
        .status = "new",
        .completeHeader = &goodsReceivedFields,
        .quantity = {"quantity", "quantity_received"},
        .completeLine = &orderLineAnswered,
        .followsWhile = "new",
    },
};

}  // namespace

QString respondingId(const QString& initiatingId)
{
    return initiatingId + kRespondingSuffix;
}

QString initiatingIdOf(const QString& id)
{
    return id.endsWith(kRespondingSuffix) ? id.chopped(kRespondingSuffix.size()) : QString();
}

std::span<const TransferKind> transferKinds()
{
    return kKinds;
}

const TransferKind* transferKindOf(const QString& table, const QJsonObject& initiating)
{
    for (const TransferKind& kind : kKinds) {
        if (table == QLatin1String(kind.initiating.table) && (!kind.selects || kind.selects(initiating)))
            return &kind;
    }
    return nullptr;
}

}  // namespace sitesync
