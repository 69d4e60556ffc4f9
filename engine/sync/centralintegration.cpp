#include "sync/centralintegration.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "sync/patienthomemoves.h"
#include "write/extracolumns.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sitesync {

namespace {

// The texts keep the translation context they were written under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::Integrator)
};

// The change-log entry of a record: the site that changed it last, when it did, and where in the log.
struct LoggedChange {
    int originSite = 0;
    qint64 seq = 0;
    QString originAt;  // "" when the change was the central's own
};

Result<std::optional<LoggedChange>> loggedChange(Database& db, const QString& table, const QString& id)
{
    const Result<QSqlQuery*> logged = db.prepared(
        QStringLiteral("SELECT origin_site, seq, origin_at FROM change_log WHERE table_name = ? AND record_id = ?"));
    if (!logged)
        return logged.error();
    QSqlQuery& entry = **logged;
    entry.bindValue(0, table);
    entry.bindValue(1, id);
    if (!entry.exec() || (!entry.next() && entry.lastError().isValid()))
        return makeError(ErrorKind::Database, sqlErrorText(entry));
    if (!entry.isValid())
        return std::optional<LoggedChange>();
    LoggedChange change{entry.value(0).toInt(), entry.value(1).toLongLong(), entry.value(2).toString()};
    entry.finish();
    return std::optional<LoggedChange>(std::move(change));
}

}  // namespace

IntegrationPolicy::Arrival CentralIntegration::arrive(WireRecord&, wirecolumns::UnknownColumns&)
{
    // The central judges every pushed record as its sender, in order: no bulk path. It keeps the
    // columns it does not know, split off when the record is applied.
    return Arrival::Waits;
}

Result<IntegrationPolicy::Judgement> CentralIntegration::judge(const WaitingRecords::Row& row, WriteOptions& options)
{
    m_handedOver.reset();
    if (Status s = restoredChangeCheck(row); !s)
        return s.error();
    if (Status s = lateChangeCheck(row, m_handedOver); !s)
        return s.error();
    judgeAsSender(row, options);
    return Judgement::Write;
}

void CentralIntegration::judgeAsSender(const WaitingRecords::Row& row, WriteOptions& options)
{
    // DT-8: the central judges a pushed change as the site that made it.
    const SiteContext& here = m_writer.site().context();
    m_sender = SiteContext();
    m_sender.siteId = row.source;
    m_sender.centralSiteId = here.centralSiteId;
    m_sender.primarySiteId = here.primarySiteId;
    m_sender.isPrimary = row.source == here.primarySiteId;
    options = WriteOptions::fromSite(m_sender, row.originAt);
    if (m_handedOver)
        options.stores = &*m_handedOver;
}

Status CentralIntegration::beforePut(const WaitingRecords::Row& row, QJsonObject& data, WriteOptions& options)
{
    // PT-1: made on the patient's former home site before it learnt of the move.
    const Result<QString> home = PatientHomeMoves(m_writer).followedHome(row.source, row.table, data);
    if (!home)
        return home.error();
    if (home->isEmpty())
        return {};
    data.insert(QStringLiteral("home_store_id"), *home);
    // The central's own change, as the move's: it goes to every site holding the patient, the
    // sender included.
    options = WriteOptions::bySystem();
    return AuditLog::record(m_writer.database(), AuditAction::kRecordFollowsPatient,
                            {{QStringLiteral("table"), row.table},
                             {QStringLiteral("record"), row.id},
                             {QStringLiteral("site"), row.source},
                             {QStringLiteral("store"), *home}});
}

Status CentralIntegration::afterPut(const WaitingRecords::Row& row, const QJsonObject& unknown)
{
    // Kept with the record, in its transaction, for the sites that take them.
    return ExtraColumns(m_writer.database()).keep(row.table, row.id, unknown);
}

const char* CentralIntegration::unknownColumnsStored() const
{
    return "stored without the columns this central does not know, kept apart for the sites that take them:";
}

Status CentralIntegration::lateChangeCheck(const WaitingRecords::Row& row,
                                           std::optional<StoreHandovers::Directory>& directory)
{
    // ACC-1: a change of a store that has moved away from the sending site, made there before the
    // site learnt of the move (docs/adr/0004-changes-after-a-store-move.md).
    // Only the store's own data: what else a record names a store by (patients, visibility) has
    // owners of its own, whom the ordinary rules judge.
    LocalSite& site = m_writer.site();
    const TableInfo* table = TableRegistry::find(row.table);
    if (!table || table->usualClass() != DataClass::Store)
        return {};
    const Result<QJsonObject> stored = row.remove ? m_writer.fetch(row.table, row.id) : Result<QJsonObject>(row.data);
    if (!stored)
        return stored.error();
    const QJsonObject& record = *stored;
    const QString storeId = record.value(QLatin1String("store_id")).toString();
    if (storeId.isEmpty() || site.activeSiteOf(storeId) == row.source)
        return {};
    auto handovers = m_handovers.find(row.source);
    if (handovers == m_handovers.end()) {
        const Result<QHash<QString, qint64>> open = StoreHandovers(m_writer.database()).openFrom(row.source);
        if (!open)
            return open.error();
        handovers = m_handovers.insert(row.source, *open);
    }
    const auto handover = handovers->constFind(storeId);
    if (handover == handovers->constEnd())
        return {};
    // The new active site changed the record after the move: its version stays.
    const Result<std::optional<LoggedChange>> logged = loggedChange(m_writer.database(), row.table, row.id);
    if (!logged)
        return logged.error();
    const bool changedSince = *logged && (*logged)->originSite != row.source && (*logged)->seq > handover.value();
    const int changedBy = changedSince ? (*logged)->originSite : 0;
    if (changedSince)
        return makeError(
            ErrorKind::Refused,
            Text::tr("Store '%1' moved away from site %2 before site %2 sent this change of record '%3' of "
                     "'%4'; site %5 has changed that record since, and its version was kept. The version "
                     "of site %2 is kept with this problem.")
                .arg(storeId, site.siteLabel(row.source), row.id, row.table, site.siteLabel(changedBy)));
    directory.emplace(site, storeId, row.source);
    return {};
}

Status CentralIntegration::restoredChangeCheck(const WaitingRecords::Row& row)
{
    // ACC-1: a site restored from an older copy of its database sends again the changes that were
    // unpushed in that copy. Where the central holds a version of the record the same site made
    // later (pushed before the restore), that later version stays (docs/reliability.md).
    if (!row.restored || row.originAt.isEmpty())
        return {};
    const Result<std::optional<LoggedChange>> logged = loggedChange(m_writer.database(), row.table, row.id);
    if (!logged)
        return logged.error();
    const bool later = *logged && (*logged)->originSite == row.source && !(*logged)->originAt.isEmpty() &&
                       (*logged)->originAt > row.originAt;
    const QString laterAt = later ? (*logged)->originAt : QString();
    if (!later)
        return {};
    LocalSite& site = m_writer.site();
    return makeError(ErrorKind::Refused,
                     Text::tr("Site %1 sent this version of record '%2' of '%3' (changed %4) again after its "
                              "database was restored from an older copy; the version it changed later (%5) had "
                              "reached the central server before, and was kept. The older version is kept with "
                              "this problem.")
                         .arg(site.siteLabel(row.source), row.id, row.table, row.originAt, laterAt));
}

}  // namespace sitesync
