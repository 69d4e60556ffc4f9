#include "write/referencehooks.h"

#include "model/localsite.h"
#include "write/stocklinereference.h"
#include "write/writehook.h"

#include <QCoreApplication>

namespace sitesync::referencehooks {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RecordWriter)
};

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

class StoreName final : public WriteHook {
public:
    // A record keeps its kind: a store's name record stays the name of that store.
    Status check(WriteContext&, const WriteStep& step) const override
    {
        const QString storeOfName = text(step.before, "store_id");
        if (step.op != Operation::Update || storeOfName.isEmpty())
            return {};
        if (text(step.after, "store_id") == storeOfName &&
            step.after.value(QLatin1String("type")) == step.before.value(QLatin1String("type")))
            return {};
        return makeError(ErrorKind::Invalid,
                         Text::tr("The name record of store '%1' keeps its type and store.").arg(storeOfName));
    }

    Status deletable(WriteContext&, const TableInfo&, const QJsonObject& before) const override
    {
        if (text(before, "store_id").isEmpty())
            return {};
        return makeError(ErrorKind::Invalid, Text::tr("The name record of store '%1' belongs to the store and is not "
                                                      "deleted on its own.")
                                                 .arg(text(before, "store_id")));
    }
};

class InvoiceLine final : public WriteHook {
public:
    // A line is issued from a stock line of its own store. The reference is data, not a foreign
    // key: a transfer copy holds a transfer's lines and never the sending store's stock lines. It is
    // checked wherever that store's stock lines are held.
    Status check(WriteContext& context, const WriteStep& step) const override
    {
        const QString stockLineId = stocklinereference::named(step.table.name, step.after);
        if (stockLineId.isEmpty())
            return {};
        const QString storeId = text(step.after, "store_id");
        const Result<QJsonObject> found = context.fetch(stocklinereference::kStockLineTable, stockLineId);
        if (!found)
            return found.error();
        const QJsonObject& stockLine = *found;
        if (!stockLine.isEmpty()) {
            if (text(stockLine, "store_id") == storeId)
                return {};
            return makeError(ErrorKind::Invalid,
                             Text::tr("The invoice line names stock line '%1' of store '%2'; a line is issued from a "
                                      "stock line of its own store ('%3').")
                                 .arg(stockLineId, text(stockLine, "store_id"), storeId));
        }
        if (context.followsAnotherSite()) {
            const Result<bool> held =
                stocklinereference::heldInFull(context.database(), storeId, context.site().siteId());
            if (!held)
                return held.error();
            if (!*held)
                return {};  // a transfer copy: the stock line is never here
        }
        return makeError(ErrorKind::MissingReference,
                         Text::tr("The invoice line names stock line '%1', which store '%2' does not have (yet).")
                             .arg(stockLineId, storeId));
    }
};

class StockLine final : public WriteHook {
public:
    // What the foreign key did before the reference became data.
    Status removing(WriteContext& context, const TableInfo&, const QJsonObject& before) const override
    {
        const QString id = text(before, "id");
        const Result<QStringList> lines = stocklinereference::linesNaming(context.database(), id);
        if (!lines)
            return lines.error();
        if (lines->isEmpty())
            return {};
        return makeError(ErrorKind::MissingReference,
                         Text::tr("Stock line '%1' was not deleted: invoice lines are issued from it (%2).")
                             .arg(id, lines->join(QStringLiteral(", "))));
    }
};

}  // namespace

const WriteHook& storeName()
{
    static const StoreName hook;
    return hook;
}

const WriteHook& invoiceLine()
{
    static const InvoiceLine hook;
    return hook;
}

const WriteHook& stockLine()
{
    static const StockLine hook;
    return hook;
}

}  // namespace sitesync::referencehooks
