#include "write/recordwriter.h"

#include "db/database.h"
#include "model/localsite.h"
#include "write/extracolumns.h"
#include "write/patientrules.h"
#include "write/recordcodec.h"
#include "write/recordmerge.h"
#include "write/stocklinereference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace sitesync {

Q_LOGGING_CATEGORY(lcWrite, "sitesync.engine.write", QtWarningMsg)

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RecordWriter)
};

// Turns a constraint failure of the database into a sentence a technician can act on. SQLite
// names the constraint in its text; PostgreSQL gives it as its SQLSTATE (class 23).
Error constraintError(const QString& table, const QSqlQuery& query)
{
    const QString databaseText = sqlErrorText(query);
    const QString state = query.lastError().nativeErrorCode();
    const auto failed = [&](const char* sqlite, const char* postgresState) {
        return databaseText.contains(QLatin1String(sqlite)) || state == QLatin1String(postgresState);
    };
    QString why;
    if (failed("FOREIGN KEY", "23503"))
        return makeError(ErrorKind::MissingReference,
                         Text::tr("The change to '%1' was not stored: a record it refers to does not exist, or other "
                                  "records still refer to it.")
                             .arg(table));
    else if (failed("UNIQUE", "23505"))
        why = Text::tr("another record already has the same value (%1)")
                  .arg(databaseText.section(QLatin1Char(':'), 1).trimmed());
    else if (failed("CHECK", "23514"))
        why = Text::tr("a value is not allowed (%1)").arg(databaseText);
    else if (failed("NOT NULL", "23502"))
        why = Text::tr("a required value is missing (%1)").arg(databaseText.section(QLatin1Char(':'), 1).trimmed());
    else
        return makeError(ErrorKind::Database,
                         Text::tr("The database refused the change to '%1': %2").arg(table, databaseText));
    return makeError(ErrorKind::Invalid, Text::tr("The change to '%1' was not stored: %2.").arg(table, why));
}

QString idText(const QJsonValue& id)
{
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

}  // namespace

RecordWriter::RecordWriter(Database& db, LocalSite& site)
    : m_db(db)
    , m_site(site)
{
}

Result<const TableInfo*> RecordWriter::tableFor(const QString& table, const WriteOptions& options) const
{
    const TableInfo* info = TableRegistry::find(table);
    if (!info)
        return makeError(ErrorKind::BadInput, Text::tr("Unknown table '%1'. The tables are: %2.")
                                                  .arg(table, TableRegistry::names().join(QStringLiteral(", "))));
    if (info->managed && !options.allowManaged)
        return makeError(ErrorKind::BadInput,
                         Text::tr("Table '%1' is changed with the site and store commands "
                                  "('sitesyncctl site ...', 'sitesyncctl store ...'), not as a record.")
                             .arg(table));
    return info;
}

QJsonObject RecordWriter::fetch(const QString& table, const QString& id)
{
    const TableInfo* info = TableRegistry::find(table);
    if (!info || id.isEmpty())
        return {};
    const QList<ColumnInfo>& columns = m_db.columns(info->name);
    auto select = m_fetchStatements.find(info->name);
    if (select == m_fetchStatements.end())
        select = m_fetchStatements.insert(info->name,
                                          QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                              .arg(RecordCodec::selectList(columns), Database::quoted(info->name)));
    const Result<QSqlQuery*> prepared = m_db.prepared(*select);
    if (!prepared)
        return {};
    QSqlQuery& query = **prepared;
    query.bindValue(0, id);
    if (!query.exec() || !query.next())
        return {};
    QJsonObject row = RecordCodec::rowToJson(columns, query);
    query.finish();
    return row;
}

RecordFetch RecordWriter::fetcher()
{
    return [this](const QString& table, const QString& id) { return fetch(table, id); };
}

ClassifyContext RecordWriter::classifyContext(const TableInfo& table, bool inserting, const WriteOptions& options)
{
    ClassifyContext context;
    context.fetch = fetcher();
    context.activeSiteOf = [this](const QString& storeId) { return m_site.activeSiteOf(storeId); };
    const SiteContext& acting = options.asSite ? *options.asSite : m_site.context();
    context.siteId = acting.siteId;
    context.isPrimary = acting.isPrimary;
    context.inserting = inserting;
    if (table.name.startsWith(QLatin1String("purchase_order"))) {
        const Result<QVariant> procurement = m_db.scalar(QStringLiteral("SELECT value FROM preference WHERE key = ?"),
                                                         {QStringLiteral("centralised_procurement")});
        context.centralisedProcurement = procurement && procurement->toString() == QLatin1String("on");
        // RT-7: a satellite may override the primary's setting locally; what it pushes was made under
        // its own setting, and its own rules already judged that.
        if (options.asSite && !options.asSite->isPrimary && m_site.isCentral())
            context.centralisedProcurement = false;
    }
    return context;
}

Status RecordWriter::check(const Classification& record, Operation op, const WriteOptions& options)
{
    if (!options.checkRules)
        return {};
    // DT-6, DT-8: local data never leaves the site that made it, so no site pushes any; one that
    // arrives was forged (or sent by a damaged site) and is refused, whatever the sender claims
    // (its class follows from what this site knows of the sender: a satellite's preference is its
    // own, only the primary's centralised procurement travels).
    if (options.asSite && record.dataClass == DataClass::Local)
        return makeError(ErrorKind::Refused,
                         Text::tr("%1 are local data of the site that makes them and are never synchronised; site "
                                  "%2 sent such a record, which SiteSync never does: it was refused as forged.")
                             .arg(record.dataType ? record.dataType->name : Text::tr("Local records"))
                             .arg(options.asSite->siteId));
    const Decision decision =
        OwnershipRules::decide(options.asSite ? *options.asSite : m_site.context(), record, op,
                               options.stores ? *options.stores : static_cast<const StoreDirectory&>(m_site));
    if (decision.allowed)
        return {};
    Error error = makeError(ErrorKind::Refused, decision.reason);
    error.ownerSiteId = decision.ownerSiteId;
    return error;
}

Status RecordWriter::inOneTransaction(const std::function<Status()>& work)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    // The guard opens only inside this transaction and only on this connection.
    const bool wasOpen = m_db.writeOpen();
    m_db.setWriteOpen(true);
    Status s = work();
    m_db.setWriteOpen(wasOpen);
    if (!s)
        return s;
    return tx.commit();
}

Status RecordWriter::checkStockLine(const QString& table, const QJsonObject& line, bool judgingAnother)
{
    // A line is issued from a stock line of its own store (docs/adr/0006-stock-line-references.md).
    // The reference is data, not a foreign key: a transfer copy holds a transfer's lines and never
    // the sending store's stock lines. It is checked wherever that store's stock lines are held.
    const QString stockLineId = stocklinereference::named(table, line);
    if (stockLineId.isEmpty())
        return {};
    const QString storeId = line.value(QLatin1String("store_id")).toString();
    const QJsonObject stockLine = fetch(QStringLiteral("stock_line"), stockLineId);
    if (!stockLine.isEmpty()) {
        if (stockLine.value(QLatin1String("store_id")).toString() == storeId)
            return {};
        return makeError(ErrorKind::Invalid,
                         Text::tr("The invoice line names stock line '%1' of store '%2'; a line is issued from a "
                                  "stock line of its own store ('%3').")
                             .arg(stockLineId, stockLine.value(QLatin1String("store_id")).toString(), storeId));
    }
    if (judgingAnother) {
        const Result<bool> held = stocklinereference::heldInFull(m_db, storeId, m_site.siteId());
        if (!held)
            return held.error();
        if (!*held)
            return {};  // a transfer copy: the stock line is never here
    }
    return makeError(ErrorKind::MissingReference,
                     Text::tr("The invoice line names stock line '%1', which store '%2' does not have (yet).")
                         .arg(stockLineId, storeId));
}

Status RecordWriter::checkKeys(const TableInfo& table, const QJsonObject& record, const Classification& now,
                               bool judgingAnother)
{
    // Denormalised routing keys must agree with their source, or the rules would judge a record by
    // a store the client chose.
    if (patientrules::kFollowers.contains(table.name) &&
        record.value(QLatin1String("home_store_id")).toString() != now.storeId)
        // Another site's record may arrive ahead of its patient's move to a new home store (PT-1):
        // it waits for it. Made here, it is simply wrong.
        return makeError(judgingAnother ? ErrorKind::MissingReference : ErrorKind::Invalid,
                         Text::tr("The home_store_id of %1 must be its patient's home store ('%2'); a record that "
                                  "follows its patient to a new home store waits until the patient has moved.")
                             .arg(table.name, now.storeId));
    if (table.name == recordmerge::kTable)
        return recordmerge::validate(record, fetcher(), judgingAnother);
    if (Status s = checkStockLine(table.name, record, judgingAnother); !s)
        return s;
    // PT-4: a prescriber belongs to a dispensary store.
    if (table.name == QLatin1String("prescriber")) {
        const QString home = record.value(QLatin1String("home_store_id")).toString();
        const QJsonObject store = fetch(QStringLiteral("store"), home);
        if (!store.isEmpty() && store.value(QLatin1String("is_dispensary")).toInt() != 1)
            return makeError(ErrorKind::Invalid,
                             Text::tr("Store '%1' is not a dispensary store; a prescriber's home store is a "
                                      "dispensary store.")
                                 .arg(home));
    }
    // PT-2: a prescription is made in a dispensary store, for a patient.
    if (table.name == QLatin1String("invoice") &&
        record.value(QLatin1String("type")).toString() == QLatin1String("prescription")) {
        const QString storeId = record.value(QLatin1String("store_id")).toString();
        if (fetch(QStringLiteral("store"), storeId).value(QLatin1String("is_dispensary")).toInt() != 1)
            return makeError(ErrorKind::Invalid,
                             Text::tr("Store '%1' is not a dispensary store; prescriptions are made in dispensary "
                                      "stores only.")
                                 .arg(storeId));
        const QString nameId = record.value(QLatin1String("name_id")).toString();
        const QJsonObject name = fetch(QStringLiteral("name"), nameId);
        if (name.isEmpty())
            return makeError(ErrorKind::MissingReference,
                             Text::tr("The patient '%1' of the prescription is not on this site.").arg(nameId));
        if (name.value(QLatin1String("type")).toString() != QLatin1String("patient"))
            return makeError(ErrorKind::Invalid,
                             Text::tr("'%1' is not a patient; a prescription is made for a patient.").arg(nameId));
    }
    return {};
}

Result<WriteResult> RecordWriter::put(const QString& table, const QJsonObject& fields, WriteOptions options)
{
    const Result<const TableInfo*> info = tableFor(table, options);
    if (!info)
        return info.error();
    if (Status s = RecordCodec::validate(table, m_db.columns(table), fields); !s)
        return s.error();
    std::optional<WriteResult> result;
    Status s = inOneTransaction([&]() -> Status {
        Result<WriteResult> written = putInTransaction(**info, fields, options);
        if (!written)
            return written.error();
        result = std::move(written).value();
        return {};
    });
    if (!s)
        return s.error();
    return *result;
}

Result<WriteResult> RecordWriter::putInTransaction(const TableInfo& table, QJsonObject fields,
                                                   const WriteOptions& options)
{
    const QList<ColumnInfo>& columns = m_db.columns(table.name);
    const ColumnInfo* idColumn = RecordCodec::column(columns, QStringLiteral("id"));
    if (!fields.contains(QLatin1String("id")) || fields.value(QLatin1String("id")).isNull()) {
        if (idColumn->type == QLatin1String("INTEGER"))
            return makeError(ErrorKind::BadInput, Text::tr("Table '%1' needs an 'id'.").arg(table.name));
        fields.insert(QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    const QString id = idText(fields.value(QLatin1String("id")));
    if (id.isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("The 'id' of a record must not be empty."));
    // Another site's change: judged as that site's, or applied as the central sent it.
    const bool fromAnother = options.asSite != nullptr || !options.checkRules;
    // DT-9: a record merged away stays away, and what refers to it refers to the kept record.
    if (const QJsonObject merge = recordmerge::mergeOf(m_db, table.name, id); !merge.isEmpty()) {
        const QString kept = merge.value(QLatin1String("kept_id")).toString();
        if (!fromAnother)
            return makeError(ErrorKind::Invalid,
                             Text::tr("Record '%1' of '%2' was merged into '%3'.").arg(id, table.name, kept));
        // Only a merge made where the record is owned takes it away; any other is shown, not obeyed.
        const QString owner = recordmerge::owner(merge, fields);
        const QString mergedBy = merge.value(QLatin1String("store_id")).toString();
        if (!owner.isEmpty() && m_site.activeSiteOf(owner) != m_site.activeSiteOf(mergedBy))
            return makeError(ErrorKind::Invalid, Text::tr("Record '%1' of '%2' was merged into '%3' by the site of "
                                                          "store '%4', which does not own it.")
                                                     .arg(id, table.name, kept, mergedBy));
        return WriteResult{fields, Operation::Update};
    }
    const QJsonObject untranslated = fields;
    fields = recordmerge::translate(m_db, table.name, std::move(fields));
    // A record that follows a patient merged away follows the kept patient home.
    if (patientrules::kFollowers.contains(table.name) &&
        fields.value(QLatin1String("patient_id")) != untranslated.value(QLatin1String("patient_id")))
        fields.insert(QStringLiteral("home_store_id"),
                      fetch(QStringLiteral("name"), fields.value(QLatin1String("patient_id")).toString())
                          .value(QLatin1String("home_store_id")));
    if (table.name == recordmerge::kTable)
        fields = recordmerge::throughEarlierMerges(m_db, std::move(fields), fetcher());

    const QJsonObject before = fetch(table.name, id);
    const Operation op = before.isEmpty() ? Operation::Insert : Operation::Update;
    QJsonObject after = before;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        after.insert(it.key(), it.value());
    if (op == Operation::Insert) {
        for (const ColumnInfo& column : columns) {
            const QJsonValue value = after.value(column.name);
            if (column.notNull && !column.hasDefault && !column.primaryKey && (value.isNull() || value.isUndefined()))
                return makeError(ErrorKind::Invalid,
                                 Text::tr("Column '%1' of table '%2' is required.").arg(column.name, table.name));
        }
    }

    const Classification now =
        TableRegistry::classify(table, after, classifyContext(table, op == Operation::Insert, options));
    if (op == Operation::Update && table.name == recordmerge::kTable) {
        // Received again (a resend), it has been carried out already.
        if (fromAnother)
            return WriteResult{before, Operation::Update};
        return makeError(ErrorKind::Invalid, Text::tr("A merge is not changed once made."));
    }
    if (Status s = checkKeys(table, after, now, fromAnother); !s)
        return s.error();
    if (op == Operation::Update) {
        const Classification was = TableRegistry::classify(table, before, classifyContext(table, false, options));
        // A record keeps its kind: a customer does not become a patient, a synced preference does
        // not become a local one, since copies of it already live on other sites.
        const QString storeOfName = before.value(QLatin1String("store_id")).toString();
        if (table.name == QLatin1String("name") && !storeOfName.isEmpty() &&
            (after.value(QLatin1String("store_id")).toString() != storeOfName ||
             after.value(QLatin1String("type")) != before.value(QLatin1String("type"))))
            return makeError(ErrorKind::Invalid,
                             Text::tr("The name record of store '%1' keeps its type and store.").arg(storeOfName));
        if (was.dataClass != now.dataClass || was.dataType != now.dataType)
            return makeError(ErrorKind::Invalid, Text::tr("This change would turn %1 into %2; create a new record "
                                                          "instead.")
                                                     .arg(was.dataType ? was.dataType->name : QString(),
                                                          now.dataType ? now.dataType->name : QString()));
        // Routing keys decide who owns a record and where it goes; a record never moves store.
        if ((was.dataClass == DataClass::Store || was.dataClass == DataClass::CentralStore) &&
            was.storeId != now.storeId)
            return makeError(ErrorKind::Invalid,
                             Text::tr("A record cannot move to another store ('%1' to '%2'); delete "
                                      "it and create it in the other store.")
                                 .arg(was.storeId, now.storeId));
        if (Status s = check(was, op, options); !s) {
            // PT-1: the home store of a patient follows its latest prescription, to a store active
            // here; the site losing the patient has no say in it.
            switch (patientrules::homeMove(m_db, table.name, before, after, fetcher())) {
            case patientrules::HomeMove::Move:
                break;
            case patientrules::HomeMove::Unproven:
                return makeError(ErrorKind::MissingReference,
                                 Text::tr("A patient's home store moves only with a finalised prescription in the new "
                                          "home store; there is none here (yet) for record '%1'.")
                                     .arg(id));
            case patientrules::HomeMove::None:
                return s.error();
            }
        }
    }
    if (Status s = check(now, op, options); !s)
        return s.error();
    if (table.name == recordmerge::kTable) {
        // Merging a record away removes it: that is for whoever may change it.
        const QString target = recordmerge::targetTable(after.value(QLatin1String("table_name")).toString());
        const QJsonObject merged = fetch(target, after.value(QLatin1String("merged_id")).toString());
        if (!merged.isEmpty()) {
            const TableInfo& mergedTable = *TableRegistry::find(target);
            if (Status s =
                    check(TableRegistry::classify(mergedTable, merged, classifyContext(mergedTable, false, options)),
                          Operation::Delete, options);
                !s)
                return s.error();
        }
    }

    QStringList names;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        names << it.key();
    QString statement;
    if (op == Operation::Insert) {
        QStringList quotedNames;
        for (const QString& name : names)
            quotedNames << Database::quoted(name);
        statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(Database::quoted(table.name), quotedNames.join(QStringLiteral(", ")),
                             QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
    } else {
        QStringList assignments;
        for (const QString& name : names)
            assignments << Database::quoted(name) + QStringLiteral(" = ?");
        statement = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                        .arg(Database::quoted(table.name), assignments.join(QStringLiteral(", ")));
    }
    const Result<QSqlQuery*> prepared = m_db.prepared(statement);
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    int position = 0;
    for (const QString& name : names)
        query.bindValue(position++, RecordCodec::toSql(*RecordCodec::column(columns, name), fields.value(name)));
    if (op == Operation::Update)
        query.bindValue(position, RecordCodec::toSql(*idColumn, fields.value(QLatin1String("id"))));
    if (!query.exec())
        return constraintError(table.name, query);

    if (Status s = appendToLog(table, id, op, now, options); !s)
        return s.error();
    if (table.name == recordmerge::kTable) {
        if (Status s = recordmerge::apply(m_db, after); !s)
            return s.error();
    }
    // A patient made here becomes visible in its home store and the site's other dispensary stores
    // (PT-3); what other sites send carries its own visibility.
    if (!fromAnother && options.logChange && op == Operation::Insert && table.name == QLatin1String("name") &&
        after.value(QLatin1String("type")).toString() == QLatin1String("patient")) {
        if (Status s = showNewPatient(id, after.value(QLatin1String("home_store_id")).toString(), options); !s)
            return s.error();
    }
    // A prescription finalised here takes its patient home with it (PT-1); what other sites send
    // carries its own move.
    if (!options.asSite && options.logChange) {
        if (const QString patient = patientrules::patientToMove(table.name, before, after); !patient.isEmpty()) {
            if (Status s = movePatientHome(patient, after.value(QLatin1String("store_id")).toString(), options); !s)
                return s.error();
        }
    }
    // Read back only for a caller that shows the record as stored (defaults filled in).
    const QJsonObject stored = options.returnStored ? fetch(table.name, id) : after;
    if (m_afterWrite) {
        if (Status s = m_afterWrite(table, before, stored); !s)
            return s.error();
    }
    return WriteResult{stored, op};
}

Status RecordWriter::movePatientHome(const QString& patientId, const QString& storeId, const WriteOptions& options)
{
    const QJsonObject patient = fetch(QStringLiteral("name"), patientId);
    if (patient.value(QLatin1String("type")).toString() != QLatin1String("patient") ||
        patient.value(QLatin1String("home_store_id")).toString() == storeId)
        return {};
    const Result<WriteResult> moved =
        putInTransaction(*TableRegistry::find(QStringLiteral("name")),
                         {{QStringLiteral("id"), patientId}, {QStringLiteral("home_store_id"), storeId}}, options);
    if (!moved)
        return moved.error();
    for (const QString& follower : patientrules::kFollowers) {
        QSqlQuery ids(m_db.sql());
        ids.prepare(QStringLiteral("SELECT id FROM %1 WHERE patient_id = ?").arg(Database::quoted(follower)));
        ids.addBindValue(patientId);
        if (!ids.exec())
            return makeError(ErrorKind::Database, sqlErrorText(ids));
        QStringList records;
        while (ids.next())
            records << ids.value(0).toString();
        for (const QString& id : records) {
            const Result<WriteResult> followed =
                putInTransaction(*TableRegistry::find(follower),
                                 {{QStringLiteral("id"), id}, {QStringLiteral("home_store_id"), storeId}}, options);
            if (!followed)
                return followed.error();
        }
    }
    return {};
}

Status RecordWriter::showNewPatient(const QString& patientId, const QString& homeStoreId, const WriteOptions& options)
{
    QSqlQuery stores(m_db.sql());
    stores.prepare(QStringLiteral(
        "SELECT st.id FROM store st JOIN store_sync ss ON ss.id = st.id WHERE ss.active_site_id = ?"
        " AND (st.id = ? OR (st.is_dispensary = 1 AND NOT EXISTS (SELECT 1 FROM store_preference p"
        "  WHERE p.store_id = st.id AND p.key = 'new_patients_visible' AND p.value = 'off')))"
        " AND NOT EXISTS (SELECT 1 FROM name_store_join j WHERE j.name_id = ? AND j.store_id = st.id) ORDER BY st.id"));
    stores.addBindValue(m_site.siteId());
    stores.addBindValue(homeStoreId);
    stores.addBindValue(patientId);
    if (!stores.exec())
        return makeError(ErrorKind::Database, sqlErrorText(stores));
    QStringList ids;
    while (stores.next())
        ids << stores.value(0).toString();
    const TableInfo& visibility = *TableRegistry::find(QStringLiteral("name_store_join"));
    for (const QString& storeId : ids) {
        const Result<WriteResult> shown = putInTransaction(
            visibility, {{QStringLiteral("name_id"), patientId}, {QStringLiteral("store_id"), storeId}}, options);
        if (!shown)
            return shown.error();
    }
    return {};
}

Status RecordWriter::remove(const QString& table, const QString& id, WriteOptions options)
{
    const Result<const TableInfo*> info = tableFor(table, options);
    if (!info)
        return info.error();
    return inOneTransaction([&] { return removeInTransaction(**info, id, options); });
}

Status RecordWriter::removeInTransaction(const TableInfo& table, const QString& id, const WriteOptions& options)
{
    const QJsonObject before = fetch(table.name, id);
    if (before.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("There is no record '%1' in table '%2'.").arg(id, table.name));
    if (table.name == recordmerge::kTable)
        return makeError(ErrorKind::Invalid, Text::tr("A merge cannot be undone: the merged-away record is gone."));
    if (table.name == QLatin1String("name") && !before.value(QLatin1String("store_id")).toString().isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("The name record of store '%1' belongs to the store and is not "
                                                      "deleted on its own.")
                                                 .arg(before.value(QLatin1String("store_id")).toString()));
    const Classification was = TableRegistry::classify(table, before, classifyContext(table, false, options));
    if (Status s = check(was, Operation::Delete, options); !s)
        return s;
    if (table.name == stocklinereference::kStockLineTable) {
        // What the foreign key did before the reference became data (docs/adr/0006).
        const Result<QStringList> lines = stocklinereference::linesNaming(m_db, id);
        if (!lines)
            return lines.error();
        if (!lines->isEmpty())
            return makeError(ErrorKind::MissingReference,
                             Text::tr("Stock line '%1' was not deleted: invoice lines are issued from it (%2).")
                                 .arg(id, lines->join(QStringLiteral(", "))));
    }
    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Database::quoted(table.name)));
    query.addBindValue(before.value(QLatin1String("id")).toVariant());
    if (!query.exec())
        return constraintError(table.name, query);
    if (Status s = appendToLog(table, id, Operation::Delete, was, options); !s)
        return s;
    // On the central: the columns it kept for the record go with it (OPS-3).
    if (Status s = ExtraColumns(m_db).forget(table.name, id); !s)
        return s;
    if (m_afterWrite)
        return m_afterWrite(table, before, QJsonObject());
    return {};
}

Status RecordWriter::appendToLog(const TableInfo& table, const QString& id, Operation op, const Classification& record,
                                 const WriteOptions& options)
{
    if (record.dataClass == DataClass::Local || !options.logChange)
        return {};
    // One entry per record: the newest change replaces older ones, so a record that changed ten
    // times before a sync is sent once, as it is now.
    const Result<QSqlQuery*> drop =
        m_db.prepared(QStringLiteral("DELETE FROM change_log WHERE table_name = ? AND record_id = ?"));
    if (!drop)
        return drop.error();
    (*drop)->bindValue(0, table.name);
    (*drop)->bindValue(1, id);
    if (!(*drop)->exec())
        return makeError(ErrorKind::Database, sqlErrorText(**drop));

    auto orNull = [](const QString& text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    const Result<QSqlQuery*> prepared = m_db.prepared(QStringLiteral(
        "INSERT INTO change_log (table_name, record_id, op, data_class, data_type, store_id, other_store_id,"
        " patient_id, dispensary, transfer, origin_site, logged_at, origin_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return prepared.error();
    QSqlQuery& log = **prepared;
    const QVariantList values = {table.name,
                                 id,
                                 op == Operation::Delete ? QStringLiteral("delete") : QStringLiteral("upsert"),
                                 dataClassId(record.dataClass),
                                 record.dataType ? record.dataType->name : table.dataType,
                                 orNull(record.storeId),
                                 orNull(record.otherStoreId),
                                 orNull(record.patientId),
                                 record.dispensary ? 1 : 0,
                                 record.transfer ? 1 : 0,
                                 options.originSite > 0 ? options.originSite : m_site.siteId(),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                 orNull(options.originAt)};
    for (qsizetype i = 0; i < values.size(); ++i)
        log.bindValue(int(i), values[i]);
    if (!log.exec())
        return makeError(ErrorKind::Database, sqlErrorText(log));
    qCDebug(lcWrite) << "logged" << operationLabel(op) << table.name << id;
    return {};
}

}  // namespace sitesync
