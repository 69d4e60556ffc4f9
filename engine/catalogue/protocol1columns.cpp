#include "catalogue/tableregistry.h"

#include "protocol/protocol.h"

#include <QHash>
#include <QSet>

namespace sitesync {

namespace {

// The columns of every record table as protocol 1 knew them: SiteSync 0.1.0, schema 13. Frozen:
// a site of protocol 1 refuses a record with any other column, so this list never changes, and a
// column added by a later migration is simply not in it.
const QHash<QString, QSet<QString>>& protocol1Columns()
{
    static const QHash<QString, QSet<QString>> columns = [] {
        static const struct {
            const char* table;
            const char* columns;
        } frozen[] = {
            {"site", "id name type is_central is_primary password_hash hardware_id initialised_at created_at"},
            {"store", "id code name is_dispensary created_at"},
            {"store_sync", "id active_site_id include_transactions"},
            {"store_site", "id store_id site_id sync_with"},
            {"store_preference", "id store_id key value"},
            {"unit", "id code description"},
            {"item_category", "id name"},
            {"item", "id code name unit_id category_id default_pack_size is_active"},
            {"name", "id code name type store_id home_store_id date_of_birth created_at"},
            {"location_type", "id name"},
            {"currency", "id code rate"},
            {"barcode", "id item_id gtin"},
            {"abbreviation", "id code expansion"},
            {"item_direction", "id item_id directions priority"},
            {"diagnosis", "id code description"},
            {"insurance_provider", "id name"},
            {"patient_event_type", "id code description"},
            {"item_store_join", "id item_id store_id"},
            {"name_store_join", "id name_id store_id"},
            {"purchase_order", "id store_id supplier_name_id status po_number confirmed_at"},
            {"purchase_order_line", "id store_id purchase_order_id item_id quantity_ordered quantity_received"},
            {"prescriber", "id code name home_store_id"},
            {"insurance_policy", "id patient_id home_store_id provider_id policy_number"},
            {"prescription_repeat",
             "id patient_id home_store_id prescription_id item_id quantity repeats_left created_at"},
            {"location", "id store_id code description location_type_id"},
            {"stock_line", "id store_id item_id location_id batch expiry_date quantity cost_price"},
            {"invoice", "id store_id name_id type status invoice_number linked_invoice_id requisition_id "
                        "purchase_order_id prescriber_id their_ref entered_at finalised_at"},
            {"invoice_line", "id store_id invoice_id item_id stock_line_id quantity cost_price sell_price"},
            {"stocktake", "id store_id status stocktake_number description created_at"},
            {"stocktake_line", "id store_id stocktake_id item_id stock_line_id snapshot_quantity counted_quantity"},
            {"requisition", "id store_id name_id type status requisition_number linked_requisition_id"},
            {"requisition_line", "id store_id requisition_id item_id requested_quantity supplied_quantity"},
            {"goods_received", "id store_id purchase_order_id linked_invoice_id status goods_received_number"},
            {"goods_received_line", "id store_id goods_received_id purchase_order_line_id item_id quantity_received"},
            {"record_merge", "id table_name kept_id merged_id store_id merged_store_id merged_at"},
            {"user_account", "id store_id username full_name created_at"},
            {"message", "id from_store_id to_store_id body status created_at"},
            {"preference", "id key value"},
            {"user_permission", "id user_id permission"},
            {"log", "id at kind message"},
        };
        QHash<QString, QSet<QString>> byTable;
        for (const auto& row : frozen) {
            QSet<QString>& names = byTable[QString::fromLatin1(row.table)];
            for (const QString& name : QString::fromLatin1(row.columns).split(QLatin1Char(' ')))
                names.insert(name);
        }
        return byTable;
    }();
    return columns;
}

}  // namespace

int TableRegistry::columnIntroducedIn(const QString& table, const QString& column)
{
    return protocol1Columns().value(table).contains(column) ? 1 : protocol::kToleratesUnknownColumns;
}

}  // namespace sitesync
