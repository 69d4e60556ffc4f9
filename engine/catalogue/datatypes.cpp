#include "catalogue/datatypes.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

using enum DataClass;

struct Row {
    const char* name;
    QList<DataClass> classes;
    const char* notes;
    QStringList tables;
};

QList<DataType> buildRegistry()
{
    // Transcribed from the data-type table of remote-sync-v4.12; the test data in tests/data holds
    // the same rows independently, so a missing or misclassified row fails a test.
    const QList<Row> rows = {
        {"Items",
         {Central},
         "Including item-related data e.g. item categories, units, BOM masters",
         {QStringLiteral("item"), QStringLiteral("item_category"), QStringLiteral("unit")}},
        {"Names (except patients)",
         {Central},
         "Including name-related data e.g. name categories, contacts, tags",
         {QStringLiteral("name")}},
        {"Merging of items, units and names (except patients)", {Central}, "", {QStringLiteral("record_merge")}},
        {"Groups and departments", {Central}, "", {}},
        {"Item master lists and programmes", {Central}, "", {}},
        {"Budgets, periods and accounts", {Central}, "", {}},
        {"Transaction categories and payment types", {Central}, "", {}},
        {"Purchase order categories", {Central}, "", {}},
        {"Custom data", {Central}, "", {}},
        {"Barcodes", {Central}, "", {QStringLiteral("barcode")}},
        {"Currencies", {Central}, "", {QStringLiteral("currency")}},
        {"Options and properties", {Central}, "", {}},
        {"Location types", {Central}, "", {QStringLiteral("location_type")}},
        {"Regimens and indicators", {Central}, "", {}},
        {"Drug interactions and warnings", {Central}, "", {}},
        {"Abbreviations and item directions",
         {Central},
         "Dispensary data",
         {QStringLiteral("abbreviation"), QStringLiteral("item_direction")}},
        {"Diagnoses", {Central}, "Dispensary data", {QStringLiteral("diagnosis")}},
        {"Insurance providers", {Central}, "Dispensary data", {QStringLiteral("insurance_provider")}},
        {"Patient event types", {Central}, "Dispensary data", {QStringLiteral("patient_event_type")}},
        {"Vaccinators and vaccine settings", {Central}, "", {}},
        {"Custom reports", {Central}, "Standard reports are regenerated on each upgrade", {}},
        {"Asset settings", {Central}, "", {}},
        {"Regions", {Central}, "", {}},
        {"Sites and sync-related preferences",
         {Sync},
         "Changes on the central server indirectly update related records on remote sites",
         {QStringLiteral("site"), QStringLiteral("store_sync"), QStringLiteral("store_site")}},
        {"Dashboard reports", {Sync}, "", {}},
        {"Messages",
         {Message},
         "Depends on sending and/or receiving store (which can be blank)",
         {QStringLiteral("message")}},
        {"Stores and non sync-related store preferences",
         {CentralStore},
         "",
         {QStringLiteral("store"), QStringLiteral("store_preference")}},
        {"Purchase orders (centralised)",
         {CentralStore},
         "",
         {QStringLiteral("purchase_order"), QStringLiteral("purchase_order_line")}},
        {"Payments (centralised)", {CentralStore}, "", {}},
        {"Visibility of items and names (except patients)",
         {CentralStore},
         "",
         {QStringLiteral("item_store_join"), QStringLiteral("name_store_join")}},
        {"Visibility of existing patients and prescribers", {CentralStore}, "", {QStringLiteral("name_store_join")}},
        {"Visibility of new patients and prescribers",
         {Patient},
         "New visibility records sent to central server",
         {QStringLiteral("name_store_join")}},
        {"Patients and prescribers",
         {Patient},
         "Including patient-related data e.g. PMR, insurance policies",
         {QStringLiteral("name"), QStringLiteral("prescriber"), QStringLiteral("insurance_policy")}},
        {"Merging of patients and prescribers", {Patient}, "", {QStringLiteral("record_merge")}},
        {"Repeats", {Patient}, "Dispensary data", {QStringLiteral("prescription_repeat")}},
        {"Patient events", {Patient}, "Dispensary data", {}},
        {"Name notes", {Store}, "", {}},
        {"Customer stock history and requisitions",
         {Store},
         "",
         {QStringLiteral("requisition"), QStringLiteral("requisition_line")}},
        {"Locations", {Store}, "", {QStringLiteral("location")}},
        {"Merging locations", {Store}, "", {QStringLiteral("record_merge")}},
        {"Stock and replenishments", {Store}, "", {QStringLiteral("stock_line")}},
        {"Stocktakes and inventory adjustments",
         {Store},
         "",
         {QStringLiteral("stocktake"), QStringLiteral("stocktake_line"), QStringLiteral("invoice"),
          QStringLiteral("invoice_line")}},
        {"AMC projections", {Store}, "", {}},
        {"Transactions and prescriptions",
         {Store},
         "Including other transaction-related data e.g. backorders, builds",
         {QStringLiteral("invoice"), QStringLiteral("invoice_line")}},
        {"Transaction notes", {Store}, "", {}},
        {"Item notes", {Store}, "", {}},
        {"Boxes", {Store}, "", {}},
        {"Goods received", {Store}, "", {QStringLiteral("goods_received"), QStringLiteral("goods_received_line")}},
        {"Indicator values", {Store}, "", {}},
        {"Vaccine monitors/sensors", {Store}, "", {}},
        {"Assets", {Store}, "", {}},
        {"Store credentials", {Store}, "", {}},
        {"Authorisers and authorisation", {Store}, "", {}},
        {"Purchase orders",
         {Store, CentralStore},
         "Except for centralised procurement or supervisor-mode ordering",
         {QStringLiteral("purchase_order"), QStringLiteral("purchase_order_line")}},
        {"Payments", {Store, CentralStore}, "Except for centralised payments", {}},
        {"New users", {Store}, "New user records sent to central server", {QStringLiteral("user_account")}},
        {"User licenses and existing users", {Local}, "", {QStringLiteral("user_account")}},
        {"User permissions", {Local}, "", {QStringLiteral("user_permission")}},
        {"Preferences (non-store)",
         {Local, Central},
         "Except for a few special cases which are explicitly synced",
         {QStringLiteral("preference")}},
        {"Tenders and quotes", {Local}, "", {}},
        {"Incoterms and tender conditions", {Local}, "", {}},
        {"Reference documents", {Local}, "", {}},
        {"HIS", {Local}, "", {}},
        {"Drug registration", {Local}, "", {}},
        {"Labels", {Local}, "", {}},
        {"Logs", {Local}, "", {QStringLiteral("log")}},
        {"Reminders", {Local}, "", {}},
        {"Adverse drug reactions", {Local}, "", {}},
    };
    QList<DataType> result;
    result.reserve(rows.size());
    for (const Row& row : rows)
        result.append(DataType{QString::fromUtf8(row.name), row.classes, QString::fromUtf8(row.notes), row.tables});
    return result;
}

}  // namespace

QString dataClassId(DataClass cls)
{
    switch (cls) {
    case Central:
        return QStringLiteral("central");
    case CentralStore:
        return QStringLiteral("central_store");
    case Store:
        return QStringLiteral("store");
    case Patient:
        return QStringLiteral("patient");
    case Local:
        return QStringLiteral("local");
    case Sync:
        return QStringLiteral("sync");
    case Message:
        return QStringLiteral("message");
    }
    return {};
}

std::optional<DataClass> dataClassFromId(const QString& id)
{
    for (DataClass cls : {Central, CentralStore, Store, Patient, Local, Sync, Message}) {
        if (dataClassId(cls) == id)
            return cls;
    }
    return std::nullopt;
}

QString dataClassLabel(DataClass cls)
{
    switch (cls) {
    case Central:
        return QCoreApplication::translate("sitesync::DataClass", "Central data");
    case CentralStore:
        return QCoreApplication::translate("sitesync::DataClass", "Central store data");
    case Store:
        return QCoreApplication::translate("sitesync::DataClass", "Store data");
    case Patient:
        return QCoreApplication::translate("sitesync::DataClass", "Patient data");
    case Local:
        return QCoreApplication::translate("sitesync::DataClass", "Local data");
    case Sync:
        return QCoreApplication::translate("sitesync::DataClass", "Sync data");
    case Message:
        return QCoreApplication::translate("sitesync::DataClass", "Message data");
    }
    return {};
}

const QList<DataType>& DataTypeRegistry::all()
{
    static const QList<DataType> registry = buildRegistry();
    return registry;
}

const DataType* DataTypeRegistry::find(const QString& name)
{
    for (const DataType& type : all()) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

}  // namespace sitesync
