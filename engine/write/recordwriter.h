#pragma once

#include "catalogue/tableregistry.h"
#include "core/result.h"
#include "rules/ownershiprules.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace sitesync {

class Database;
class LocalSite;

struct WriteOptions {
    bool allowManaged = false;  // the site and store commands may write their own tables
    // Integration of a change another site made: the rules are checked as that site (on the
    // central, for a push) or not at all (on a remote, which checks what it receives itself), and
    // the change is logged with that site as its origin, or not logged.
    const SiteContext* asSite = nullptr;     // check the rules as this site instead of the local one
    const StoreDirectory* stores = nullptr;  // where stores are active for the rules, when not as here
    int originSite = 0;                      // the change log's origin; 0 means this site
    QString originAt;                        // when the origin site made the change, when not here
    bool checkRules = true;
    bool logChange = true;
    bool returnStored = true;  // WriteResult::record read back from the table, defaults filled in

    static WriteOptions managedTables()
    {
        WriteOptions options;
        options.allowManaged = true;
        return options;
    }
};

struct WriteResult {
    QJsonObject record;  // the record as stored
    Operation operation = Operation::Insert;
};

// The one write path (DESIGN.md): every change of a synced table is checked by the ownership
// rules and appended to the change log in the same transaction as the data. Tables are guarded by
// triggers that refuse any write this class did not open, so nothing can slip past it.
class RecordWriter {
public:
    // Runs after a change, inside its transaction; an error undoes the change.
    using AfterWrite =
        std::function<Status(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)>;

    RecordWriter(Database& db, LocalSite& site);

    // Inserts the record, or updates the given fields of an existing one. A missing id is generated.
    Result<WriteResult> put(const QString& table, const QJsonObject& fields, WriteOptions options = {});
    Status remove(const QString& table, const QString& id, WriteOptions options = {});

    // Runs several writes as one: all of them are stored, or none.
    Status inOneTransaction(const std::function<Status()>& work);

    // The stored record, or an empty object when there is none.
    QJsonObject fetch(const QString& table, const QString& id);

    void setAfterWrite(AfterWrite hook) { m_afterWrite = std::move(hook); }
    Database& database() { return m_db; }
    LocalSite& site() { return m_site; }

private:
    RecordFetch fetcher();  // fetch(), for the rules that read other records
    Result<const TableInfo*> tableFor(const QString& table, const WriteOptions& options) const;
    ClassifyContext classifyContext(const TableInfo& table, bool inserting, const WriteOptions& options);
    // The stock line an invoice line names, where it can be checked (docs/adr/0006).
    Status checkStockLine(const QString& table, const QJsonObject& line, bool judgingAnother);
    Status checkKeys(const TableInfo& table, const QJsonObject& record, const Classification& now, bool judgingAnother);
    Status check(const Classification& record, Operation op, const WriteOptions& options);
    Status appendToLog(const TableInfo& table, const QString& id, Operation op, const Classification& record,
                       const WriteOptions& options);
    Result<WriteResult> putInTransaction(const TableInfo& table, QJsonObject fields, const WriteOptions& options);
    Status removeInTransaction(const TableInfo& table, const QString& id, const WriteOptions& options);
    // PT-1: the patient's home store, and the records that follow it, move to `storeId`.
    // PT-3: a new patient is visible in its home store and the other dispensary stores active here,
    // except those whose preference new_patients_visible is 'off'.
    Status showNewPatient(const QString& patientId, const QString& homeStoreId, const WriteOptions& options);
    Status movePatientHome(const QString& patientId, const QString& storeId, const WriteOptions& options);

    Database& m_db;
    LocalSite& m_site;
    AfterWrite m_afterWrite;
    QHash<QString, QString> m_fetchStatements;  // by table
};

}  // namespace sitesync
