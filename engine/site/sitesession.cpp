#include "site/sitesession.h"

#include "db/migrations.h"
#include "model/auditlog.h"
#include "security/passwordhash.h"
#include "settings/unlockgate.h"
#include "site/newsitedatabase.h"
#include "sync/newlyrouted.h"
#include "sync/patienthomemoves.h"
#include "write/extracolumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace sitesync {

SiteSession::SiteSession(std::unique_ptr<Database> db, LocalSite site)
    : m_db(std::move(db))
    , m_site(std::make_unique<LocalSite>(std::move(site)))
    , m_writer(std::make_unique<RecordWriter>(*m_db, *m_site))
    , m_reader(*m_db)
    , m_sites(*m_writer)
    , m_stores(*m_writer)
    , m_syncSettings(*m_writer)
    , m_localCopies(*m_writer)
    , m_transfers(*m_writer)
{
    m_writer->setAfterWrite([this](const TableInfo& table, const QJsonObject& before, const QJsonObject& after) {
        const Status settings = m_site->isCentral() ? m_syncSettings.afterWrite(table, before, after)
                                                    : m_localCopies.afterWrite(table, before, after);
        if (!settings)
            return settings;
        if (m_site->isCentral()) {
            if (Status routed = newlyrouted::afterWrite(*m_db, table, before, after); !routed)
                return routed;
            if (Status moved = PatientHomeMoves(*m_writer).afterWrite(table, before, after); !moved)
                return moved;
        }
        return m_transfers.afterWrite(table, before, after);
    });
}

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SiteSession)
};

// Every guarded table must still carry its three guard triggers; a database whose guards were
// dropped by another program may hold changes that bypassed the rules and the change log.
Status checkGuards(Database& db)
{
    const Dialect& dialect = db.dialect();
    if (const QString functionQuery = dialect.writeGuardFunctionQuery(); !functionQuery.isEmpty()) {
        const Result<QVariant> source = db.scalar(functionQuery);
        if (!source)
            return source.error();
        if (source->toString() != Dialect::guardFunctionSource())
            return makeError(ErrorKind::Incompatible,
                             Text::tr("%1 was altered outside SiteSync: the write guard of table '%2' is missing "
                                      "or changed, so changes may have bypassed the ownership rules. Restore a "
                                      "backup or re-initialise the site.")
                                 .arg(db.path(), QStringLiteral("sitesync_write_guard")));
    }
    for (const QString& table : guardedTables()) {
        QSqlQuery query(db.sql());
        query.prepare(dialect.writeGuardsQuery());
        query.addBindValue(table);
        if (!query.exec())
            return makeError(ErrorKind::Database, sqlErrorText(query));
        QStringList found;
        while (query.next())
            found << query.value(0).toString();
        for (const QString& expected : dialect.writeGuard(table)) {
            if (!found.contains(expected))
                return makeError(ErrorKind::Incompatible,
                                 Text::tr("%1 was altered outside SiteSync: the write guard of table '%2' is missing "
                                          "or changed, so changes may have bypassed the ownership rules. Restore a "
                                          "backup or re-initialise the site.")
                                     .arg(db.path(), table));
        }
    }
    return {};
}

}  // namespace

Result<std::unique_ptr<SiteSession>> SiteSession::open(const QString& path)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::MustExist);
    if (!db)
        return db.error();
    if (Status guarded = checkGuards(**db); !guarded)
        return guarded.error();
    Result<LocalSite> site = LocalSite::load(**db);
    if (!site)
        return site.error();
    // After an upgrade the central may have come to know a column it kept for records (OPS-3).
    if (site->isCentral()) {
        if (Status adopted = ExtraColumns(**db).adoptKnownColumns(); !adopted)
            return adopted.error();
    }
    return std::unique_ptr<SiteSession>(new SiteSession(std::move(db).value(), std::move(site).value()));
}

Result<std::unique_ptr<SiteSession>> SiteSession::initCentral(const QString& path, int siteId, const QString& name,
                                                              const QString& unlockPassword)
{
    if (siteId <= 0)
        return makeError(ErrorKind::BadInput, Text::tr("A site ID is a whole number greater than 0."));
    if (name.trimmed().isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("The central server needs a name."));
    if (!unlockPassword.isNull() && unlockPassword.size() < PasswordHash::kMinimumLength)
        return makeError(
            ErrorKind::BadInput,
            Text::tr("The unlock password needs at least %1 characters.").arg(PasswordHash::kMinimumLength));
    Result<NewSiteDatabase> created = NewSiteDatabase::create(path);
    if (!created)
        return created.error();
    NewSiteDatabase file = std::move(created).value();
    Database* db = &file.database();

    SiteContext context;
    context.siteId = siteId;
    context.isCentral = context.isPrimary = true;
    context.centralSiteId = context.primarySiteId = siteId;
    LocalSite bootstrap = LocalSite::initialising(*db, context);
    RecordWriter writer(*db, bootstrap);
    const QString now = db->nowText();
    Status s = writer.inOneTransaction([&]() -> Status {
        if (Status stored = LocalState::set(*db, QStringLiteral("site_id"), QString::number(siteId)); !stored)
            return stored;
        const WriteOptions managed = WriteOptions::managedTables();
        const Result<WriteResult> written = writer.put(QStringLiteral("site"),
                                                       {{QStringLiteral("id"), siteId},
                                                        {QStringLiteral("name"), name.trimmed()},
                                                        {QStringLiteral("type"), QStringLiteral("desktop")},
                                                        {QStringLiteral("is_central"), 1},
                                                        {QStringLiteral("is_primary"), 1},
                                                        {QStringLiteral("initialised_at"), now},
                                                        {QStringLiteral("created_at"), now}},
                                                       managed);
        if (!written)
            return written.error();
        if (!unlockPassword.isNull()) {
            if (Status set = UnlockGate(*db).setPassword(unlockPassword); !set)
                return set;
        }
        return AuditLog::record(*db, AuditAction::kCentralInitialised,
                                {{QStringLiteral("site"), siteId}, {QStringLiteral("name"), name.trimmed()}});
    });
    if (!s)
        return s.error();
    file.keep();
    return open(path);
}

}  // namespace sitesync
