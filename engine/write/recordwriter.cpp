#include "write/recordwriter.h"

#include "db/database.h"
#include "model/localsite.h"
#include "write/extracolumns.h"
#include "write/recordcodec.h"
#include "write/writehook.h"

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

Result<QJsonObject> RecordWriter::fetch(const QString& table, const QString& id)
{
    const TableInfo* info = TableRegistry::find(table);
    if (!info || id.isEmpty())
        return QJsonObject();
    const QList<ColumnInfo>& columns = m_db.columns(info->name);
    auto select = m_fetchStatements.find(info->name);
    if (select == m_fetchStatements.end())
        select = m_fetchStatements.insert(info->name,
                                          QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                              .arg(RecordCodec::selectList(columns), Database::quoted(info->name)));
    const Result<QSqlQuery*> prepared = m_db.prepared(*select);
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, id);
    if (!query.exec() || (!query.next() && query.lastError().isValid()))
        return makeError(ErrorKind::Database,
                         Text::tr("Record '%1' of '%2' could not be read: %3").arg(id, table, sqlErrorText(query)));
    if (!query.isValid())
        return QJsonObject();
    QJsonObject row = RecordCodec::rowToJson(columns, query);
    query.finish();
    return row;
}

RecordFetch RecordWriter::fetcher()
{
    return [this](const QString& table, const QString& id) {
        Result<QJsonObject> found = fetch(table, id);
        if (found)
            return std::move(found).value();
        if (!m_readFailure)
            m_readFailure = found.error();
        return QJsonObject();
    };
}

Status RecordWriter::takeReadFailure()
{
    if (!m_readFailure)
        return {};
    Error failure = *std::exchange(m_readFailure, std::nullopt);
    return failure;
}

ClassifyContext RecordWriter::classifyContext(const TableInfo& table, bool inserting, const WriteOptions& options)
{
    ClassifyContext context;
    context.fetch = fetcher();
    context.activeSiteOf = [this](const QString& storeId) { return m_site.activeSiteOf(storeId); };
    const SiteContext& acting = options.sender ? *options.sender : m_site.context();
    context.siteId = acting.siteId;
    context.isPrimary = acting.isPrimary;
    context.inserting = inserting;
    if (table.name.startsWith(QLatin1String("purchase_order"))) {
        const Result<QVariant> procurement = m_db.scalar(QStringLiteral("SELECT value FROM preference WHERE key = ?"),
                                                         {QStringLiteral("centralised_procurement")});
        if (!procurement && !m_readFailure)
            m_readFailure = procurement.error();
        context.centralisedProcurement = procurement && procurement->toString() == QLatin1String("on");
        // RT-7: a satellite may override the primary's setting locally; what it pushes was made under
        // its own setting, and its own rules already judged that.
        if (options.sender && !options.sender->isPrimary && m_site.isCentral())
            context.centralisedProcurement = false;
    }
    return context;
}

Status RecordWriter::check(const Classification& record, Operation op, const WriteOptions& options)
{
    if (!writeorigin::judged(options.origin))
        return {};
    // DT-6, DT-8: local data never leaves the site that made it, so no site pushes any; one that
    // arrives was forged (or sent by a damaged site) and is refused, whatever the sender claims
    // (its class follows from what this site knows of the sender: a satellite's preference is its
    // own, only the primary's centralised procurement travels).
    if (options.sender && record.dataClass == DataClass::Local)
        return makeError(ErrorKind::Refused,
                         Text::tr("%1 are local data of the site that makes them and are never synchronised; site "
                                  "%2 sent such a record, which SiteSync never does: it was refused as forged.")
                             .arg(record.dataType ? record.dataType->name : Text::tr("Local records"))
                             .arg(options.sender->siteId));
    const Decision decision =
        OwnershipRules::decide(options.sender ? *options.sender : m_site.context(), record, op,
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
        // A rule that read through a failed read decided nothing: the read's error is the write's.
        if (Status read = takeReadFailure(); !read)
            return read;
        if (!written)
            return written.error();
        result = std::move(written).value();
        return {};
    });
    if (!s)
        return s.error();
    return *result;
}

// What the hooks of a table see of a write: the writer, in the write's transaction and origin.
class RecordWriter::Scope final : public WriteContext {
public:
    Scope(RecordWriter& writer, const WriteOptions& options)
        : m_writer(writer)
        , m_options(options)
    {
    }

    Database& database() override { return m_writer.m_db; }
    LocalSite& site() override { return m_writer.m_site; }
    const WriteOptions& options() const override { return m_options; }
    Result<QJsonObject> fetch(const QString& table, const QString& id) override { return m_writer.fetch(table, id); }
    RecordFetch fetcher() override { return m_writer.fetcher(); }

    Status judge(const TableInfo& table, const QJsonObject& record, Operation op) override
    {
        const ClassifyContext context = m_writer.classifyContext(table, op == Operation::Insert, m_options);
        return m_writer.check(TableRegistry::classify(table, record, context), op, m_options);
    }

    Result<WriteResult> put(const TableInfo& table, const QJsonObject& fields) override
    {
        return m_writer.putInTransaction(table, fields, m_options);
    }

private:
    RecordWriter& m_writer;
    const WriteOptions& m_options;
};

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
    Scope scope(*this, options);
    const QList<const WriteHook*>& hooks = writeHooksFor(table.name);
    for (const WriteHook* hook : hooks) {
        if (std::optional<Result<WriteResult>> settled = hook->intercept(scope, table, id, fields))
            return std::move(*settled);
    }
    for (const WriteHook* hook : hooks) {
        if (Status s = hook->prepare(scope, table, fields); !s)
            return s.error();
    }

    const Result<QJsonObject> stored = fetch(table.name, id);
    if (!stored)
        return stored.error();
    const QJsonObject& before = *stored;
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
    const WriteStep step{table, op, before, after, now};
    for (const WriteHook* hook : hooks) {
        if (Status s = hook->check(scope, step); !s)
            return s.error();
    }
    if (op == Operation::Update) {
        const Classification was = TableRegistry::classify(table, before, classifyContext(table, false, options));
        // A record keeps its kind: a customer does not become a patient, a synced preference does
        // not become a local one, since copies of it already live on other sites.
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
            for (const WriteHook* hook : hooks) {
                s = hook->refused(scope, step, s.error());
                if (s)
                    break;
            }
            if (!s)
                return s.error();
        }
    }
    if (Status s = check(now, op, options); !s)
        return s.error();
    for (const WriteHook* hook : hooks) {
        if (Status s = hook->judgeAlso(scope, step); !s)
            return s.error();
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
    for (const WriteHook* hook : hooks) {
        if (Status s = hook->written(scope, step); !s)
            return s.error();
    }
    // Read back only for a caller that shows the record as stored (defaults filled in).
    const Result<QJsonObject> readBack = options.returnStored ? fetch(table.name, id) : Result<QJsonObject>(after);
    if (!readBack)
        return readBack.error();
    if (m_afterWrite) {
        if (Status s = m_afterWrite(table, before, *readBack); !s)
            return s.error();
    }
    return WriteResult{*readBack, op};
}

Status RecordWriter::remove(const QString& table, const QString& id, WriteOptions options)
{
    const Result<const TableInfo*> info = tableFor(table, options);
    if (!info)
        return info.error();
    return inOneTransaction([&] {
        const Status removed = removeInTransaction(**info, id, options);
        if (Status read = takeReadFailure(); !read)
            return read;
        return removed;
    });
}

Status RecordWriter::removeInTransaction(const TableInfo& table, const QString& id, const WriteOptions& options)
{
    const Result<QJsonObject> stored = fetch(table.name, id);
    if (!stored)
        return stored.error();
    const QJsonObject& before = *stored;
    if (before.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("There is no record '%1' in table '%2'.").arg(id, table.name));
    Scope scope(*this, options);
    const QList<const WriteHook*>& hooks = writeHooksFor(table.name);
    for (const WriteHook* hook : hooks) {
        if (Status s = hook->deletable(scope, table, before); !s)
            return s;
    }
    const Classification was = TableRegistry::classify(table, before, classifyContext(table, false, options));
    if (Status s = check(was, Operation::Delete, options); !s)
        return s;
    for (const WriteHook* hook : hooks) {
        if (Status s = hook->removing(scope, table, before); !s)
            return s;
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
    if (record.dataClass == DataClass::Local || !writeorigin::logged(options.origin))
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
                                 options.originSite() > 0 ? options.originSite() : m_site.siteId(),
                                 m_db.now().toString(Qt::ISODateWithMs),
                                 orNull(options.originAt)};
    for (qsizetype i = 0; i < values.size(); ++i)
        log.bindValue(int(i), values[i]);
    if (!log.exec())
        return makeError(ErrorKind::Database, sqlErrorText(log));
    qCDebug(lcWrite) << "logged" << operationLabel(op) << table.name << id;
    return {};
}

}  // namespace sitesync
