#include "transfer/invoicetransfer.h"

#include "db/database.h"
#include "model/localsite.h"
#include "model/tableregistry.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace sitesync {

Q_LOGGING_CATEGORY(lcTransfer, "sitesync.engine.transfer", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::InvoiceTransfer)
};

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

}  // namespace

QString InvoiceTransfer::respondingId(const QString& initiatingId)
{
    return initiatingId + QStringLiteral(":in");
}

Status InvoiceTransfer::afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    Q_UNUSED(before)
    if (after.isEmpty())
        return {};
    if (table.name == QLatin1String("invoice"))
        return respond(text(after, "id"));
    if (table.name == QLatin1String("invoice_line"))
        return respond(text(after, "invoice_id"));
    return {};
}

Status InvoiceTransfer::respond(const QString& invoiceId)
{
    const QJsonObject invoice = m_writer.fetch(QStringLiteral("invoice"), invoiceId);
    if (text(invoice, "type") != QLatin1String("customer_invoice") ||
        text(invoice, "status") != QLatin1String("finalised"))
        return {};
    const QString from = text(invoice, "store_id");
    const QString to = text(m_writer.fetch(QStringLiteral("name"), text(invoice, "name_id")), "store_id");
    if (to.isEmpty() || to == from)
        return {};
    LocalSite& site = m_writer.site();
    const std::optional<int> fromSite = site.activeSiteOf(from);
    const std::optional<int> toSite = site.activeSiteOf(to);
    const bool oneRemoteSite = fromSite && toSite && *fromSite == *toSite && *fromSite != site.context().centralSiteId;
    // TR-1: the central does it, unless both stores are active on one remote site, which does it.
    if (site.isCentral() ? oneRemoteSite : !(oneRemoteSite && *fromSite == site.siteId()))
        return {};

    // The supplier of the responding half is the initiating store's own name record.
    const Result<QVariant> fromName =
        m_writer.database().scalar(QStringLiteral("SELECT id FROM name WHERE store_id = ?"), {from});
    if (!fromName)
        return fromName.error();
    if (fromName->toString().isEmpty())
        return makeError(ErrorKind::MissingReference,
                         Text::tr("Store '%1' has no name record yet; the transfer waits for it.").arg(from));
    WriteOptions options;
    options.checkRules = false;  // the system writes the responding half, in a store of another site
    options.returnStored = false;
    const QString responseId = respondingId(invoiceId);
    QJsonObject response = m_writer.fetch(QStringLiteral("invoice"), responseId);
    if (response.isEmpty()) {
        response = {{QStringLiteral("id"), responseId},
                    {QStringLiteral("store_id"), to},
                    {QStringLiteral("name_id"), fromName->toString()},
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
    lines.prepare(QStringLiteral("SELECT l.id, l.item_id, l.quantity, l.sell_price FROM invoice_line l"
                                 " WHERE l.invoice_id = ? AND NOT EXISTS (SELECT 1 FROM invoice_line r"
                                 "  WHERE r.id = l.id || ':in')"));
    lines.addBindValue(invoiceId);
    if (!lines.exec())
        return makeError(ErrorKind::Database, sqlErrorText(lines));
    QList<QJsonObject> missing;
    while (lines.next())
        missing.append({{QStringLiteral("id"), respondingId(lines.value(0).toString())},
                        {QStringLiteral("store_id"), to},
                        {QStringLiteral("invoice_id"), responseId},
                        {QStringLiteral("item_id"), lines.value(1).toString()},
                        {QStringLiteral("quantity"), lines.value(2).toDouble()},
                        {QStringLiteral("cost_price"), lines.value(3).toDouble()}});
    for (const QJsonObject& line : missing) {
        if (const Result<WriteResult> w = m_writer.put(QStringLiteral("invoice_line"), line, options); !w)
            return w.error();
    }
    // Where the responding store is active here too, it is numbered at once.
    if (toSite == site.siteId() && response.value(QLatin1String("invoice_number")).toInteger() == -1)
        return number(response);
    return {};
}

Result<int> InvoiceTransfer::numberResponses()
{
    QSqlQuery pending(m_writer.database().sql());
    pending.prepare(QStringLiteral("SELECT i.id FROM invoice i JOIN store_sync ss ON ss.id = i.store_id"
                                   " WHERE i.type = 'supplier_invoice' AND i.invoice_number = -1"
                                   " AND i.linked_invoice_id IS NOT NULL AND ss.active_site_id = ? ORDER BY i.id"));
    pending.addBindValue(m_writer.site().siteId());
    if (!pending.exec())
        return makeError(ErrorKind::Database, sqlErrorText(pending));
    QStringList ids;
    while (pending.next())
        ids << pending.value(0).toString();
    for (const QString& id : ids) {
        if (Status s = m_writer.inOneTransaction([&] { return number(m_writer.fetch(QStringLiteral("invoice"), id)); });
            !s)
            return s.error();
    }
    return int(ids.size());
}

Status InvoiceTransfer::number(const QJsonObject& response)
{
    // TR-2: the store's next supplier-invoice number, in the transaction that uses it.
    const QString store = text(response, "store_id");
    const Result<QVariant> last =
        m_writer.database().scalar(QStringLiteral("SELECT COALESCE(max(invoice_number), 0) FROM invoice"
                                                  " WHERE store_id = ? AND type = 'supplier_invoice'"),
                                   {store});
    if (!last)
        return last.error();
    const qint64 next = std::max<qint64>(last->toLongLong(), 0) + 1;
    const QString id = text(response, "id");
    if (const Result<WriteResult> w = m_writer.put(
            QStringLiteral("invoice"), {{QStringLiteral("id"), id}, {QStringLiteral("invoice_number"), next}});
        !w)
        return w.error();
    // The initiating store hears of it through the central (DT-7 routes messages to both stores).
    const QString initiating = text(response, "linked_invoice_id");
    const QString from = text(m_writer.fetch(QStringLiteral("invoice"), initiating), "store_id");
    const QJsonObject message{
        {QStringLiteral("id"), id + QStringLiteral(":received")},
        {QStringLiteral("from_store_id"), store},
        {QStringLiteral("to_store_id"), from},
        {QStringLiteral("body"), Text::tr("Customer invoice %1 was received as supplier invoice %2 of store %3.")
                                     .arg(initiating)
                                     .arg(next)
                                     .arg(store)},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    if (const Result<WriteResult> w = m_writer.put(QStringLiteral("message"), message); !w)
        return w.error();
    qCInfo(lcTransfer) << "numbered" << id << next;
    return {};
}

}  // namespace sitesync
