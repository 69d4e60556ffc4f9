#include "catalogue/tableregistry.h"

#include <QHash>

namespace sitesync {

namespace {

const QString kItems = QStringLiteral("Items");
const QString kNames = QStringLiteral("Names (except patients)");
const QString kPatients = QStringLiteral("Patients and prescribers");
const QString kVisibility = QStringLiteral("Visibility of items and names (except patients)");
const QString kVisibilityOld = QStringLiteral("Visibility of existing patients and prescribers");
const QString kVisibilityNew = QStringLiteral("Visibility of new patients and prescribers");
const QString kExistingUsers = QStringLiteral("User licenses and existing users");
const QString kPurchaseOrders = QStringLiteral("Purchase orders");
const QString kPurchaseOrdersCentral = QStringLiteral("Purchase orders (centralised)");
const QString kTransactions = QStringLiteral("Transactions and prescriptions");
const QString kAdjustments = QStringLiteral("Stocktakes and inventory adjustments");
const QString kPreferences = QStringLiteral("Preferences (non-store)");
const QString kMergeCentral = QStringLiteral("Merging of items, units and names (except patients)");
const QString kMergePatients = QStringLiteral("Merging of patients and prescribers");
const QString kMergeLocations = QStringLiteral("Merging locations");

TableInfo table(const char* name, const QString& dataType, const char* storeColumn = "")
{
    TableInfo info;
    info.name = QString::fromLatin1(name);
    info.dataType = dataType;
    info.storeColumn = QString::fromLatin1(storeColumn);
    return info;
}

TableInfo managed(TableInfo info)
{
    info.managed = true;
    return info;
}

TableInfo dispensary(TableInfo info)
{
    info.dispensary = true;
    return info;
}

TableInfo unguarded(TableInfo info)
{
    info.guarded = false;
    return info;
}

QList<TableInfo> buildTables()
{
    const QString sync = QStringLiteral("Sites and sync-related preferences");
    const QString stores = QStringLiteral("Stores and non sync-related store preferences");
    const QString requisitions = QStringLiteral("Customer stock history and requisitions");
    const QString received = QStringLiteral("Goods received");
    return {
        managed(table("site", sync)),
        managed(table("store", stores, "id")),
        managed(table("store_sync", sync, "id")),
        managed(table("store_site", sync, "store_id")),
        table("store_preference", stores, "store_id"),
        table("unit", kItems),
        table("item_category", kItems),
        table("item", kItems),
        table("name", kNames),
        table("location_type", QStringLiteral("Location types")),
        table("currency", QStringLiteral("Currencies")),
        table("barcode", QStringLiteral("Barcodes")),
        dispensary(table("abbreviation", QStringLiteral("Abbreviations and item directions"))),
        dispensary(table("item_direction", QStringLiteral("Abbreviations and item directions"))),
        dispensary(table("diagnosis", QStringLiteral("Diagnoses"))),
        dispensary(table("insurance_provider", QStringLiteral("Insurance providers"))),
        dispensary(table("patient_event_type", QStringLiteral("Patient event types"))),
        table("item_store_join", kVisibility, "store_id"),
        table("name_store_join", kVisibility, "store_id"),
        table("purchase_order", kPurchaseOrders, "store_id"),
        table("purchase_order_line", kPurchaseOrders, "store_id"),
        table("prescriber", kPatients, "home_store_id"),
        table("insurance_policy", kPatients, "home_store_id"),
        dispensary(table("prescription_repeat", QStringLiteral("Repeats"), "home_store_id")),
        table("location", QStringLiteral("Locations"), "store_id"),
        table("stock_line", QStringLiteral("Stock and replenishments"), "store_id"),
        table("invoice", kTransactions, "store_id"),
        table("invoice_line", kTransactions, "store_id"),
        table("stocktake", kAdjustments, "store_id"),
        table("stocktake_line", kAdjustments, "store_id"),
        table("requisition", requisitions, "store_id"),
        table("requisition_line", requisitions, "store_id"),
        table("goods_received", received, "store_id"),
        table("goods_received_line", received, "store_id"),
        // after every table whose records it merges (DT-9)
        table("record_merge", kMergeCentral, "store_id"),
        table("user_account", QStringLiteral("New users"), "store_id"),
        table("message", QStringLiteral("Messages"), "from_store_id"),
        table("preference", kPreferences),
        unguarded(table("user_permission", QStringLiteral("User permissions"))),
        unguarded(table("log", QStringLiteral("Logs"))),
    };
}

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

// The trading-partner store of a transfer header (invoice or requisition), or "" when the other
// party is not a store.
QString partnerStore(const QJsonObject& header, const ClassifyContext& context)
{
    const QString nameId = text(header, "name_id");
    if (nameId.isEmpty() || !context.fetch)
        return {};
    return text(context.fetch(QStringLiteral("name"), nameId), "store_id");
}

void setType(Classification& c, const QString& dataType)
{
    c.dataType = DataTypeRegistry::find(dataType);
    c.dataClass = c.dataType ? c.dataType->classes.first() : DataClass::Local;
}

}  // namespace

DataClass TableInfo::usualClass() const
{
    const DataType* type = DataTypeRegistry::find(dataType);
    return type ? type->classes.first() : DataClass::Local;
}

bool isSyncedPreference(const QString& key)
{
    // RT-7: centralised procurement set on the primary reaches every satellite.
    return key == QLatin1String("centralised_procurement");
}

const QList<TableInfo>& TableRegistry::tables()
{
    static const QList<TableInfo> all = buildTables();
    return all;
}

const TableInfo* TableRegistry::find(const QString& name)
{
    static const QHash<QString, const TableInfo*> byName = [] {
        QHash<QString, const TableInfo*> index;
        for (const TableInfo& info : tables())
            index.insert(info.name, &info);
        return index;
    }();
    return byName.value(name);
}

QStringList TableRegistry::names()
{
    QStringList result;
    for (const TableInfo& info : tables())
        result << info.name;
    return result;
}

Classification TableRegistry::classify(const TableInfo& table, const QJsonObject& record,
                                       const ClassifyContext& context)
{
    Classification c;
    setType(c, table.dataType);
    c.dispensary = table.dispensary;
    if (!table.storeColumn.isEmpty())
        c.storeId = record.value(table.storeColumn).toString();

    const QString& name = table.name;
    if (name == QLatin1String("name")) {
        if (text(record, "type") == QLatin1String("patient")) {
            setType(c, kPatients);
            c.storeId = text(record, "home_store_id");
            c.patientId = text(record, "id");
        } else {
            setType(c, kNames);
        }
    } else if (name == QLatin1String("name_store_join")) {
        const QJsonObject named =
            context.fetch ? context.fetch(QStringLiteral("name"), text(record, "name_id")) : QJsonObject();
        if (text(named, "type") == QLatin1String("patient")) {
            const QString home = text(named, "home_store_id");
            c.patientId = text(named, "id");
            setType(c, kVisibilityOld);
            // PT-3: the home site makes a new patient visible in its other dispensary stores; every
            // other change of a patient's visibility is the primary's.
            if (context.inserting && context.activeSiteOf && context.fetch) {
                const std::optional<int> homeSite = context.activeSiteOf(home);
                const std::optional<int> targetSite = context.activeSiteOf(c.storeId);
                const bool dispensary =
                    context.fetch(QStringLiteral("store"), c.storeId).value(QLatin1String("is_dispensary")).toInt() ==
                    1;
                // (its home store itself, dispensary or not, is where it was made)
                if (homeSite && *homeSite == context.siteId && targetSite == homeSite &&
                    (dispensary || c.storeId == home)) {
                    setType(c, kVisibilityNew);
                    c.otherStoreId = c.storeId;
                    c.storeId = home;
                }
            }
        }
    } else if (name == QLatin1String("prescriber")) {
        // PT-4: routed as a person, by where the prescriber has prescribed as well as by home store.
        c.patientId = text(record, "id");
    } else if (name == QLatin1String("record_merge")) {
        // DT-9: a merge is of the data type of what it merges, and is owned and routed like it.
        const QString merged = text(record, "table_name");
        if (merged == QLatin1String("patient") || merged == QLatin1String("prescriber")) {
            setType(c, kMergePatients);
            c.patientId = text(record, "kept_id");
            // Also to where the merged-away person's home store is held.
            c.otherStoreId = text(record, "merged_store_id");
        } else if (merged == QLatin1String("location")) {
            setType(c, kMergeLocations);
        } else {
            c.storeId.clear();
        }
    } else if (name == QLatin1String("insurance_policy") || name == QLatin1String("prescription_repeat")) {
        // Routed and owned by the patient's home store, whatever the record itself says.
        c.patientId = text(record, "patient_id");
        if (context.fetch)
            c.storeId = text(context.fetch(QStringLiteral("name"), c.patientId), "home_store_id");
    } else if (name == QLatin1String("purchase_order") || name == QLatin1String("purchase_order_line")) {
        setType(c, context.centralisedProcurement ? kPurchaseOrdersCentral : kPurchaseOrders);
    } else if (name == QLatin1String("invoice")) {
        if (text(record, "type") == QLatin1String("inventory_adjustment"))
            setType(c, kAdjustments);
        c.otherStoreId = partnerStore(record, context);
        c.transfer = !c.otherStoreId.isEmpty();
    } else if (name == QLatin1String("requisition")) {
        c.otherStoreId = partnerStore(record, context);
        c.transfer = !c.otherStoreId.isEmpty();
    } else if (name == QLatin1String("invoice_line") || name == QLatin1String("requisition_line")) {
        const bool invoiceLine = name == QLatin1String("invoice_line");
        const QJsonObject header =
            context.fetch ? context.fetch(invoiceLine ? QStringLiteral("invoice") : QStringLiteral("requisition"),
                                          text(record, invoiceLine ? "invoice_id" : "requisition_id"))
                          : QJsonObject();
        if (invoiceLine && text(header, "type") == QLatin1String("inventory_adjustment"))
            setType(c, kAdjustments);
        c.otherStoreId = partnerStore(header, context);
        c.transfer = !c.otherStoreId.isEmpty();
    } else if (name == QLatin1String("user_account")) {
        // PT-6: a new user is store data, made where its store is active and sent to the central;
        // once it exists, a user is each site's own business.
        if (!context.inserting)
            setType(c, kExistingUsers);
    } else if (name == QLatin1String("message")) {
        c.otherStoreId = text(record, "to_store_id");
    } else if (name == QLatin1String("preference")) {
        // RT-7: the primary's setting travels to every satellite; a satellite's own is a local override.
        if (isSyncedPreference(text(record, "key")) && context.isPrimary)
            c.dataClass = DataClass::Central;
    }
    return c;
}

}  // namespace sitesync
