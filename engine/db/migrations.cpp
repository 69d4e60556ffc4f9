#include "db/migrations.h"

#include "db/database.h"

#include <QScopeGuard>

namespace sitesync {

namespace {

// Migration 1: the core schema. Column types are limited to TEXT, INTEGER and REAL, and every
// constraint is standard SQL, so the same statements serve PostgreSQL (db/dialect.h).
QStringList coreSchema()
{
    return {
        // --- engine-internal tables (never synced, not writable as records) ---
        QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE change_log ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " table_name TEXT NOT NULL, record_id TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),"
                       " data_class TEXT NOT NULL, data_type TEXT NOT NULL,"
                       " store_id TEXT, other_store_id TEXT, patient_id TEXT,"
                       " dispensary INTEGER NOT NULL DEFAULT 0, transfer INTEGER NOT NULL DEFAULT 0,"
                       " origin_site INTEGER NOT NULL, logged_at TEXT NOT NULL,"
                       " UNIQUE (table_name, record_id))"),
        QStringLiteral("CREATE INDEX change_log_store ON change_log (store_id)"),
        QStringLiteral("CREATE TABLE site_queue ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, site_id INTEGER NOT NULL, table_name TEXT NOT NULL,"
                       " record_id TEXT NOT NULL, reason TEXT NOT NULL, queued_at TEXT NOT NULL,"
                       " UNIQUE (site_id, table_name, record_id))"),
        // On the central, per remote site: how far it has confirmed storing the log and the resend
        // queue, how far it has been served the log (it may hold what it has not confirmed yet), and
        // the last of its own changes it pushed (by its change-log sequence).
        QStringLiteral("CREATE TABLE site_cursor (site_id INTEGER PRIMARY KEY, pulled_seq INTEGER NOT NULL DEFAULT 0,"
                       " queue_seq INTEGER NOT NULL DEFAULT 0, served_seq INTEGER NOT NULL DEFAULT 0,"
                       " pushed_seq INTEGER NOT NULL DEFAULT 0, last_connection_at TEXT)"),
        // Records received and not yet integrated: pulled (on a remote) or pushed (on the central).
        QStringLiteral("CREATE TABLE sync_in ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, source_site INTEGER NOT NULL,"
                       " table_name TEXT NOT NULL, record_id TEXT NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')), payload TEXT,"
                       " attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_problem ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, site_id INTEGER,"
                       " kind TEXT NOT NULL CHECK (kind IN ('quarantined', 'refused')),"
                       " table_name TEXT NOT NULL, record_id TEXT, reason TEXT NOT NULL, payload TEXT,"
                       " resolved INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,"
                       " action TEXT NOT NULL, detail TEXT NOT NULL)"),

        // --- sync data ---
        QStringLiteral("CREATE TABLE site ("
                       " id INTEGER PRIMARY KEY CHECK (id > 0), name TEXT NOT NULL,"
                       " type TEXT NOT NULL CHECK (type IN ('desktop', 'mobile')),"
                       " is_central INTEGER NOT NULL DEFAULT 0, is_primary INTEGER NOT NULL DEFAULT 0,"
                       " password_hash TEXT, hardware_id TEXT, initialised_at TEXT,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX site_one_central ON site (is_central) WHERE is_central = 1"),
        QStringLiteral("CREATE UNIQUE INDEX site_one_primary ON site (is_primary) WHERE is_primary = 1"),

        // --- central store data: the store record ---
        QStringLiteral("CREATE TABLE store ("
                       " id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " is_dispensary INTEGER NOT NULL DEFAULT 0 CHECK (is_dispensary IN (0, 1)),"
                       " created_at TEXT)"),
        QStringLiteral(
            "CREATE TABLE store_sync ("
            " id TEXT PRIMARY KEY REFERENCES store (id), active_site_id INTEGER NOT NULL REFERENCES site (id),"
            " include_transactions INTEGER NOT NULL DEFAULT 1 CHECK (include_transactions IN (0, 1)))"),
        QStringLiteral("CREATE TABLE store_site ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " site_id INTEGER NOT NULL REFERENCES site (id),"
                       " sync_with TEXT NOT NULL CHECK (sync_with IN ('none', 'collector', 'transfer')),"
                       " UNIQUE (store_id, site_id))"),
        QStringLiteral("CREATE INDEX store_site_site ON store_site (site_id)"),
        QStringLiteral("CREATE TABLE store_preference ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id), key TEXT NOT NULL,"
                       " value TEXT, UNIQUE (store_id, key))"),

        // --- central data ---
        // Names of stores and patients' home stores are routing keys, not references: a site holds
        // the names of every store it trades with, and patients of stores it has no copy of.
        QStringLiteral("CREATE TABLE unit (id TEXT PRIMARY KEY, code TEXT NOT NULL, description TEXT)"),
        QStringLiteral("CREATE TABLE item_category (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE item ("
                       " id TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,"
                       " unit_id TEXT REFERENCES unit (id), category_id TEXT REFERENCES item_category (id),"
                       " default_pack_size REAL NOT NULL DEFAULT 1, is_active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE name ("
                       " id TEXT PRIMARY KEY, code TEXT, name TEXT NOT NULL,"
                       " type TEXT NOT NULL DEFAULT 'facility'"
                       "  CHECK (type IN ('facility', 'customer', 'supplier', 'manufacturer', 'store', 'patient')),"
                       " store_id TEXT UNIQUE,"
                       " home_store_id TEXT,"
                       " date_of_birth TEXT, created_at TEXT,"
                       " CHECK ((type = 'store') = (store_id IS NOT NULL)),"
                       " CHECK ((type = 'patient') = (home_store_id IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX name_home_store ON name (home_store_id)"),
        QStringLiteral("CREATE TABLE location_type (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE currency (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, rate REAL NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE barcode (id TEXT PRIMARY KEY, item_id TEXT NOT NULL REFERENCES item (id),"
                       " gtin TEXT NOT NULL)"),
        // dispensary central data (RT-1)
        QStringLiteral("CREATE TABLE abbreviation (id TEXT PRIMARY KEY, code TEXT NOT NULL, expansion TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE item_direction (id TEXT PRIMARY KEY, item_id TEXT NOT NULL REFERENCES item (id),"
                       " directions TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE diagnosis (id TEXT PRIMARY KEY, code TEXT NOT NULL, description TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE insurance_provider (id TEXT PRIMARY KEY, name TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE patient_event_type (id TEXT PRIMARY KEY, code TEXT NOT NULL, description TEXT)"),

        // --- central store data: visibility and centralised purchase orders ---
        QStringLiteral("CREATE TABLE item_store_join ("
                       " id TEXT PRIMARY KEY, item_id TEXT NOT NULL REFERENCES item (id),"
                       " store_id TEXT NOT NULL REFERENCES store (id), UNIQUE (item_id, store_id))"),
        QStringLiteral("CREATE TABLE name_store_join ("
                       " id TEXT PRIMARY KEY, name_id TEXT NOT NULL REFERENCES name (id),"
                       " store_id TEXT NOT NULL REFERENCES store (id), UNIQUE (name_id, store_id))"),
        QStringLiteral("CREATE INDEX name_store_join_store ON name_store_join (store_id)"),
        QStringLiteral("CREATE TABLE purchase_order ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " supplier_name_id TEXT REFERENCES name (id),"
                       " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'confirmed', 'finalised')),"
                       " po_number INTEGER, confirmed_at TEXT, UNIQUE (id, store_id))"),
        QStringLiteral("CREATE TABLE purchase_order_line ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL, purchase_order_id TEXT NOT NULL,"
                       " item_id TEXT NOT NULL REFERENCES item (id), quantity_ordered REAL NOT NULL DEFAULT 0,"
                       " quantity_received REAL NOT NULL DEFAULT 0,"
                       " FOREIGN KEY (purchase_order_id, store_id) REFERENCES purchase_order (id, store_id))"),

        // --- patient data ---
        QStringLiteral("CREATE TABLE prescriber ("
                       " id TEXT PRIMARY KEY, code TEXT, name TEXT NOT NULL,"
                       " home_store_id TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE insurance_policy ("
                       " id TEXT PRIMARY KEY, patient_id TEXT NOT NULL REFERENCES name (id),"
                       " home_store_id TEXT NOT NULL,"
                       " provider_id TEXT NOT NULL REFERENCES insurance_provider (id), policy_number TEXT NOT NULL)"),

        // --- store data ---
        QStringLiteral("CREATE TABLE location ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id), code TEXT NOT NULL,"
                       " description TEXT, location_type_id TEXT REFERENCES location_type (id),"
                       " UNIQUE (id, store_id))"),
        QStringLiteral("CREATE TABLE stock_line ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " item_id TEXT NOT NULL REFERENCES item (id), location_id TEXT, batch TEXT, expiry_date TEXT,"
                       " quantity REAL NOT NULL DEFAULT 0, cost_price REAL NOT NULL DEFAULT 0,"
                       " FOREIGN KEY (location_id, store_id) REFERENCES location (id, store_id))"),
        QStringLiteral("CREATE INDEX stock_line_store ON stock_line (store_id)"),
        QStringLiteral(
            "CREATE TABLE invoice ("
            " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
            " name_id TEXT NOT NULL REFERENCES name (id),"
            " type TEXT NOT NULL CHECK (type IN ('customer_invoice', 'supplier_invoice', 'prescription',"
            "  'inventory_adjustment')),"
            " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'hold', 'confirmed', 'finalised')),"
            " invoice_number INTEGER, linked_invoice_id TEXT, requisition_id TEXT, purchase_order_id TEXT,"
            " prescriber_id TEXT REFERENCES prescriber (id), their_ref TEXT,"
            " entered_at TEXT, finalised_at TEXT, UNIQUE (id, store_id))"),
        QStringLiteral("CREATE INDEX invoice_store ON invoice (store_id)"),
        QStringLiteral("CREATE TABLE invoice_line ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL, invoice_id TEXT NOT NULL,"
                       " item_id TEXT NOT NULL REFERENCES item (id), stock_line_id TEXT REFERENCES stock_line (id),"
                       " quantity REAL NOT NULL DEFAULT 0, cost_price REAL NOT NULL DEFAULT 0,"
                       " sell_price REAL NOT NULL DEFAULT 0,"
                       " FOREIGN KEY (invoice_id, store_id) REFERENCES invoice (id, store_id))"),
        QStringLiteral("CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id)"),
        QStringLiteral("CREATE TABLE stocktake ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'finalised')),"
                       " stocktake_number INTEGER, description TEXT, created_at TEXT, UNIQUE (id, store_id))"),
        QStringLiteral("CREATE TABLE stocktake_line ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL, stocktake_id TEXT NOT NULL,"
                       " item_id TEXT NOT NULL REFERENCES item (id), stock_line_id TEXT REFERENCES stock_line (id),"
                       " snapshot_quantity REAL NOT NULL DEFAULT 0, counted_quantity REAL,"
                       " FOREIGN KEY (stocktake_id, store_id) REFERENCES stocktake (id, store_id))"),
        QStringLiteral("CREATE TABLE requisition ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " name_id TEXT NOT NULL REFERENCES name (id),"
                       " type TEXT NOT NULL CHECK (type IN ('request', 'response', 'customer')),"
                       " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'finalised')),"
                       " requisition_number INTEGER, linked_requisition_id TEXT, UNIQUE (id, store_id))"),
        QStringLiteral("CREATE TABLE requisition_line ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL, requisition_id TEXT NOT NULL,"
                       " item_id TEXT NOT NULL REFERENCES item (id), requested_quantity REAL NOT NULL DEFAULT 0,"
                       " supplied_quantity REAL NOT NULL DEFAULT 0,"
                       " FOREIGN KEY (requisition_id, store_id) REFERENCES requisition (id, store_id))"),
        QStringLiteral("CREATE TABLE goods_received ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " purchase_order_id TEXT, linked_invoice_id TEXT,"
                       " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'finalised')),"
                       " goods_received_number INTEGER, UNIQUE (id, store_id))"),
        QStringLiteral("CREATE TABLE goods_received_line ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL, goods_received_id TEXT NOT NULL,"
                       " purchase_order_line_id TEXT, item_id TEXT NOT NULL REFERENCES item (id),"
                       " quantity_received REAL NOT NULL DEFAULT 0,"
                       " FOREIGN KEY (goods_received_id, store_id) REFERENCES goods_received (id, store_id))"),
        QStringLiteral("CREATE TABLE user_account ("
                       " id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id),"
                       " username TEXT NOT NULL UNIQUE, full_name TEXT, created_at TEXT)"),

        // --- message data ---
        QStringLiteral("CREATE TABLE message ("
                       " id TEXT PRIMARY KEY, from_store_id TEXT,"
                       " to_store_id TEXT, body TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'read')), created_at TEXT)"),

        // --- local data ---
        QStringLiteral("CREATE TABLE preference (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT)"),
        QStringLiteral("CREATE TABLE user_permission ("
                       " id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES user_account (id),"
                       " permission TEXT NOT NULL, UNIQUE (user_id, permission))"),
        QStringLiteral("CREATE TABLE log (id TEXT PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, message TEXT)"),
    };
}

// The tables each migration guards, frozen with it: a later table gets its guard in the migration
// that creates it.
QStringList guardedTablesOf(int version)
{
    if (version == 3)
        return {QStringLiteral("prescription_repeat")};
    if (version == 4)
        return {QStringLiteral("record_merge")};
    if (version != 1)
        return {};
    static const char* const guarded[] = {
        "site", "store", "store_sync", "store_site", "store_preference", "unit", "item_category", "item", "name",
        "location_type", "currency", "barcode", "abbreviation", "item_direction", "diagnosis", "insurance_provider",
        "patient_event_type", "item_store_join", "name_store_join", "purchase_order", "purchase_order_line",
        "prescriber", "insurance_policy", "location", "stock_line", "invoice", "invoice_line", "stocktake",
        "stocktake_line", "requisition", "requisition_line", "goods_received", "goods_received_line", "user_account",
        "message", "preference",
        // engine-internal tables whose loss would lose changes or
        // change the site's identity
        "change_log", "sync_state"};
    QStringList tables;
    for (const char* table : guarded)
        tables << QString::fromLatin1(table);
    return tables;
}

}  // namespace

QStringList guardedTables()
{
    QStringList tables;
    for (int version = 1; version <= latestSchemaVersion(); ++version)
        tables << guardedTablesOf(version);
    return tables;
}

int latestSchemaVersion()
{
    return 15;
}

QStringList migrationStatements(int version, const Dialect& dialect)
{
    const auto writeGuardTriggers = [&dialect](const QString& table) { return dialect.writeGuard(table); };
    switch (version) {
    case 1: {
        QStringList statements = dialect.writeGuardSetup() + coreSchema();
        for (const QString& table : guardedTablesOf(1))
            statements << writeGuardTriggers(table);
        return statements;
    }
    case 2:
        // RT-5: a site initialised again gets back the changes it made before, up to this entry.
        return {QStringLiteral("ALTER TABLE site_cursor ADD COLUMN own_changes_until INTEGER NOT NULL DEFAULT 0")};
    case 3: {
        // PT-2: the repeats of a patient's prescriptions, patient data dispensed only on the home site.
        QStringList statements = {
            QStringLiteral("CREATE TABLE prescription_repeat ("
                           " id TEXT PRIMARY KEY, patient_id TEXT NOT NULL REFERENCES name (id),"
                           " home_store_id TEXT NOT NULL, prescription_id TEXT,"
                           " item_id TEXT NOT NULL REFERENCES item (id), quantity REAL NOT NULL DEFAULT 0,"
                           " repeats_left INTEGER NOT NULL DEFAULT 0 CHECK (repeats_left >= 0), created_at TEXT)"),
            QStringLiteral("CREATE INDEX prescription_repeat_patient ON prescription_repeat (patient_id)")};
        for (const QString& table : guardedTablesOf(3))
            statements << writeGuardTriggers(table);
        return statements;
    }
    case 4: {
        // DT-9: merges travel as records of their own; a record merged away is replaced by the kept
        // one everywhere, and later references to it are read as references to the kept one.
        // PT-4: where a prescriber has prescribed decides where the prescriber goes.
        QStringList statements = {
            QStringLiteral("CREATE TABLE record_merge ("
                           " id TEXT PRIMARY KEY,"
                           " table_name TEXT NOT NULL"
                           "  CHECK (table_name IN ('item', 'unit', 'name', 'patient', 'prescriber', 'location')),"
                           " kept_id TEXT NOT NULL, merged_id TEXT NOT NULL, store_id TEXT, merged_store_id TEXT,"
                           " merged_at TEXT,"
                           " CHECK (kept_id <> merged_id), UNIQUE (table_name, merged_id))"),
            QStringLiteral("CREATE INDEX record_merge_kept ON record_merge (table_name, kept_id)"),
            QStringLiteral(
                "CREATE INDEX invoice_prescriber ON invoice (prescriber_id) WHERE prescriber_id IS NOT NULL"),
            // A prescriber's log entry names the prescriber as the person it routes by.
            QStringLiteral("UPDATE change_log SET patient_id = record_id WHERE table_name = 'prescriber'")};
        for (const QString& table : guardedTablesOf(4))
            statements << writeGuardTriggers(table);
        return statements;
    }
    case 5:
        // ACC-1, ACC-4: the central checks each site's push sequence against the batch it last
        // acknowledged (its token and where it started), and keeps what each site reported at its
        // last contact: its version, its outgoing queue, its problems, and when it last had to
        // recover from an older database.
        return {QStringLiteral("ALTER TABLE site_cursor ADD COLUMN push_batch TEXT"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN push_from INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN reported_version TEXT"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN reported_outgoing INTEGER"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN reported_problems INTEGER"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN reported_at TEXT"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN recovered_at TEXT")};
    case 6:
        // ACC-1: a store moved away from a remote site, whose changes made there before the site
        // learnt of the move the central still accepts (sync/storehandover.h).
        return {QStringLiteral("CREATE TABLE store_handover ("
                               " store_id TEXT NOT NULL, from_site_id INTEGER NOT NULL, to_site_id INTEGER NOT NULL,"
                               " moved_seq INTEGER NOT NULL, moved_at TEXT NOT NULL, settled_at TEXT,"
                               " PRIMARY KEY (store_id, from_site_id))")};
    case 7:
        // ACC-1: when the site that made a change made it, by that site's clock (on the central,
        // for pushed changes; NULL for changes made here, whose time is logged_at). A site restored
        // from a backup sends its older unpushed versions again, marked `restored`; the central
        // keeps the same site's later version of the record (sync/integrator.h).
        // ACC-2: a received record that cannot be applied yet names what it waits for and when it is
        // tried next; after a bounded time it is reported as a sync problem and keeps waiting.
        return {QStringLiteral("ALTER TABLE change_log ADD COLUMN origin_at TEXT"),
                QStringLiteral("ALTER TABLE sync_in ADD COLUMN origin_at TEXT"),
                QStringLiteral("ALTER TABLE sync_in ADD COLUMN restored INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE sync_in ADD COLUMN waits_for TEXT"),
                QStringLiteral("ALTER TABLE sync_in ADD COLUMN next_attempt_at TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE sync_in ADD COLUMN problem_id INTEGER"),
                QStringLiteral("CREATE INDEX sync_in_record ON sync_in (table_name, record_id)"),
                QStringLiteral("CREATE INDEX sync_in_waits ON sync_in (waits_for) WHERE waits_for IS NOT NULL"),
                QStringLiteral("CREATE INDEX sync_in_due ON sync_in (next_attempt_at)"),
                QStringLiteral("CREATE INDEX sync_in_unreported ON sync_in (received_at) WHERE problem_id IS NULL")};
    case 8:
        // ACC-2: a sync problem is closed (`resolved` = 1) as resolved, dismissed or superseded, by
        // whom, when and why; the last retry that could not apply it is noted on it. Closed problems
        // are pruned some time after they were closed; one closed before is counted from when it
        // was logged (sync/syncproblems.h).
        return {QStringLiteral("ALTER TABLE sync_problem ADD COLUMN closed_as TEXT"
                               " CHECK (closed_as IN ('resolved', 'dismissed', 'superseded'))"),
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN closed_at TEXT"),
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN closed_by TEXT"),
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN resolution TEXT"),
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN retried_at TEXT"),
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN retry_result TEXT"),
                QStringLiteral("UPDATE sync_problem SET closed_as = 'resolved', closed_at = at WHERE resolved = 1"),
                QStringLiteral("CREATE INDEX sync_problem_open ON sync_problem (site_id, table_name, record_id)"
                               " WHERE resolved = 0")};
    case 9: {
        // ACC-2, TR-1: a transfer's lines name the sending store's stock lines, which a transfer copy
        // never holds. The reference stays as data, without a foreign key; the write path checks it
        // where the store's stock lines are held (docs/adr/0006-stock-line-references.md).
        QStringList statements = {
            QStringLiteral("CREATE TABLE invoice_line_9 ("
                           " id TEXT PRIMARY KEY, store_id TEXT NOT NULL, invoice_id TEXT NOT NULL,"
                           " item_id TEXT NOT NULL REFERENCES item (id), stock_line_id TEXT,"
                           " quantity REAL NOT NULL DEFAULT 0, cost_price REAL NOT NULL DEFAULT 0,"
                           " sell_price REAL NOT NULL DEFAULT 0,"
                           " FOREIGN KEY (invoice_id, store_id) REFERENCES invoice (id, store_id))"),
            QStringLiteral("INSERT INTO invoice_line_9 (id, store_id, invoice_id, item_id, stock_line_id, quantity,"
                           " cost_price, sell_price) SELECT id, store_id, invoice_id, item_id, stock_line_id,"
                           " quantity, cost_price, sell_price FROM invoice_line"),
            QStringLiteral("DROP TABLE invoice_line"),
            QStringLiteral("ALTER TABLE invoice_line_9 RENAME TO invoice_line"),
            QStringLiteral("CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id)")};
        statements << writeGuardTriggers(QStringLiteral("invoice_line"));
        return statements;
    }
    case 10:
        // ACC-2, PT-1: on the central, where each patient's home store moved from and at which
        // change-log entry, so that a record made on the former home site before it learnt of the
        // move follows the patient (sync/patienthomemoves.h). TR-1: a stock line is not deleted
        // while invoice lines name it, looked up by this index (docs/adr/0006). ACC-1, ACC-2: a record
        // set aside keeps when its site made it and whether it was sent again after a restore, so
        // that a retry judges it as it came. ACC-2: a remote keeps the central's reports that its
        // records wait there too long, marked as such.
        return {QStringLiteral("ALTER TABLE sync_problem ADD COLUMN origin_at TEXT"),
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN restored INTEGER NOT NULL DEFAULT 0"),
                // On a remote: a report of the central's that a record of this site waits there.
                QStringLiteral("ALTER TABLE sync_problem ADD COLUMN waits_on_central INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE TABLE patient_home_move ("
                               " patient_id TEXT NOT NULL, from_store_id TEXT NOT NULL, from_site_id INTEGER NOT NULL,"
                               " to_store_id TEXT NOT NULL, moved_seq INTEGER NOT NULL, moved_at TEXT NOT NULL,"
                               " PRIMARY KEY (patient_id, from_store_id))"),
                // How far in the change log a site was ever served: unlike served_seq, never lowered
                // (not by a restarted pull either), so that a site cannot pass for one that never
                // had a change it was sent.
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN served_ever INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE site_cursor SET served_ever = served_seq"),
                QStringLiteral("CREATE INDEX invoice_line_stock_line ON invoice_line (stock_line_id)"
                               " WHERE stock_line_id IS NOT NULL")};
    case 11:
        // ACC-4: whether a site's outgoing queue keeps growing from one contact to the next: the
        // contacts at which it grew since it last fell, and its queue at them ("5,9,14").
        return {QStringLiteral("ALTER TABLE site_cursor ADD COLUMN outgoing_rises INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE site_cursor ADD COLUMN outgoing_trend TEXT NOT NULL DEFAULT ''")};
    case 12:
        // ST-7: an audit entry says what it is about in language-neutral parameters (JSON), which
        // the window words in its own language; older entries keep their English `detail`.
        return {QStringLiteral("ALTER TABLE audit_log ADD COLUMN params TEXT")};
    case 13:
        // AD-5: the address a site last connected from, shown beside when it last connected.
        return {QStringLiteral("ALTER TABLE site_cursor ADD COLUMN last_address TEXT")};
    case 14:
        // OPS-3: on the central, the columns of pushed records that it does not know itself (a
        // site running a later SiteSync), kept as JSON to be sent on to the sites that take them.
        return {QStringLiteral("CREATE TABLE record_extra_columns ("
                               " table_name TEXT NOT NULL, record_id TEXT NOT NULL, columns TEXT NOT NULL,"
                               " PRIMARY KEY (table_name, record_id))")};
    case 15:
        // SEC-3, OPS-5: on the central, the failed logins of each source address ("ADDRESS") and of
        // each site from an address ("SITE@ADDRESS"), kept here rather than in a server's memory so
        // that every server process serving the database counts them together
        // (server/loginthrottle.h). Times are milliseconds since the epoch, 0 for none; `revision`
        // moves with every write, so that a write over a row changed since it was read changes
        // nothing and is made again. Not synced and not guarded: losing it forgets failures, no data.
        return {QStringLiteral("CREATE TABLE login_strike ("
                               " source TEXT PRIMARY KEY, failures INTEGER NOT NULL DEFAULT 0,"
                               " lockouts INTEGER NOT NULL DEFAULT 0, first_at INTEGER NOT NULL DEFAULT 0,"
                               " last_at INTEGER NOT NULL DEFAULT 0, locked_until INTEGER NOT NULL DEFAULT 0,"
                               " forget_at INTEGER NOT NULL, revision INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX login_strike_forget ON login_strike (forget_at)")};
    default:
        return {};
    }
}

Status migrate(Database& db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestSchemaVersion(); ++version) {
        Transaction tx(db);
        if (!tx.started())
            return tx.started();
        // A migration may rewrite guarded tables (the change log's routing keys).
        const bool wasOpen = db.writeOpen();
        db.setWriteOpen(true);
        const auto reclose = qScopeGuard([&] { db.setWriteOpen(wasOpen); });
        for (const QString& statement : migrationStatements(version, db.dialect())) {
            if (Status s = db.exec(db.dialect().schemaStatement(statement)); !s)
                return makeError(ErrorKind::Database,
                                 QStringLiteral("Migration %1 failed: %2").arg(version).arg(s.error().message));
        }
        if (Status s = db.storeSchemaVersion(version); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

}  // namespace sitesync
