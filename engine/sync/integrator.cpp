#include "sync/integrator.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "model/syncproblemlog.h"
#include "sync/bulkapplier.h"
#include "sync/outgoinglog.h"
#include "sync/patienthomemoves.h"
#include "write/extracolumns.h"
#include "write/recordwriter.h"
#include "write/stocklinereference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

Q_LOGGING_CATEGORY(lcIntegrate, "sitesync.engine.integrate", QtWarningMsg)
// Records stored without columns this site does not know (OPS-3): shown by default, once per batch,
// since a site or central that lags behind the others' SiteSync is for the technician to see.
Q_LOGGING_CATEGORY(lcColumns, "sitesync.engine.integrate.columns", QtInfoMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::Integrator)
};

// How many records one transaction applies: large enough to be fast, small enough to keep the
// write-ahead log short during a first synchronisation of a million records.
constexpr int kChunk = 2000;

int tableOrder(const QString& table)
{
    const QList<TableInfo>& tables = TableRegistry::tables();
    for (int i = 0; i < tables.size(); ++i) {
        if (tables[i].name == table)
            return i;
    }
    return int(tables.size());
}

}  // namespace

struct Integrator::Pending : WaitingRecords::Row {
    int order = 0;
};

Result<int> Integrator::receive(int sourceSite, const QList<WireRecord>& records)
{
    Database& db = m_writer.database();
    // The bulk path serves a remote only: the central judges every pushed record as its sender.
    const bool bulk = !m_writer.site().isCentral();
    if (bulk) {
        // Changes made here since the last batch (another connection may write meanwhile) are
        // held back too.
        if (Status s = loadHeldBack(); !s)
            return s.error();
    }
    const bool wasOpen = db.writeOpen();
    db.setWriteOpen(true);
    const auto reclose = qScopeGuard([&] { db.setWriteOpen(wasOpen); });
    BulkApplier applier(db, m_writer.site().siteId());
    WaitingRecords waiting(db);
    const QDateTime received = QDateTime::currentDateTimeUtc();
    int applied = 0;
    QStringList arrived;
    for (WireRecord record : records) {
        // A remote stores a record without the columns it does not know (OPS-3), so that the bulk
        // path takes it like any other. (The central keeps them: they are split off when applied.)
        if (bulk && !record.remove && TableRegistry::find(record.table)) {
            wirecolumns::Split split = wirecolumns::split(db.columns(record.table), record.data);
            m_unknownColumns.note(record.table, split.unknown);
            record.data = std::move(split.known);
        }
        if (bulk) {
            const bool held = !m_heldBack->isEmpty() && m_heldBack->contains(heldBackKey(record.table, record.id));
            if (!held && (applier.apply(record) || applyNow(sourceSite, record))) {
                ++applied;
                arrived << WaitingRecords::key(record.table, record.id);
                continue;
            }
            // An error that undid the whole transaction (disk full, I/O) stops the batch: its
            // cursors must not be stored without it.
            if (!db.inTransactionNow())
                return makeError(ErrorKind::Database,
                                 Text::tr("The database undid the batch being stored; it is pulled again next time."));
            // Later versions of the record wait behind this one, in order.
            m_heldBack->insert(heldBackKey(record.table, record.id));
        }
        if (Status s = waiting.add(sourceSite, record, received); !s)
            return s.error();
    }
    // ACC-2: what waits for a record applied on arrival is due at the next integration, which may
    // be another integrator's, after a crash: the wake is stored with the batch.
    if (const Result<int> woken = waiting.wake(arrived); !woken)
        return woken.error();
    logUnknownColumns();
    return applied;
}

QJsonObject Integrator::knownColumns(const Pending& row, QJsonObject* unknown)
{
    if (!TableRegistry::find(row.table))
        return row.data;  // set aside for its table, with everything it holds
    wirecolumns::Split split = wirecolumns::split(m_writer.database().columns(row.table), row.data);
    *unknown = std::move(split.unknown);
    return std::move(split.known);
}

void Integrator::logUnknownColumns()
{
    if (m_unknownColumns.isEmpty())
        return;
    qCInfo(lcColumns).noquote() << (m_writer.site().isCentral()
                                        ? "stored without the columns this central does not know, kept apart for "
                                          "the sites that take them:"
                                        : "stored without the columns this site does not know:")
                                << m_unknownColumns.summary();
    m_unknownColumns.clear();
}

bool Integrator::applyNow(int sourceSite, const WireRecord& record)
{
    // The site's own tables and merges take the general path, in order, so that the records after
    // them find the stores they refer to and the records merged away are gone; anything else the
    // bulk path left waits in sync_in.
    const TableInfo* table = TableRegistry::find(record.table);
    if (!table || (!table->managed && table->name != QLatin1String("record_merge")))
        return false;
    Pending row;
    row.source = sourceSite;
    row.table = record.table;
    row.id = record.id;
    row.remove = record.remove;
    row.data = record.data;
    row.originAt = record.at;
    row.restored = record.restored;
    return m_writer.inOneTransaction([&] { return apply(row); }).ok();
}

QString Integrator::heldBackKey(const QString& table, const QString& id)
{
    return WaitingRecords::key(table, id);
}

Status Integrator::loadHeldBack()
{
    // Records still waiting in sync_in (read once; they only grow through this integrator), and
    // records this site changed and has not yet pushed: a received version of either must not
    // overtake them.
    Database& db = m_writer.database();
    const bool first = !m_heldBack;
    if (first)
        m_heldBack.emplace();
    const Result<QList<WireRecord>> unpushed = OutgoingLog(db, m_writer.site().siteId()).unpushedAfter(m_heldBackSeq);
    if (!unpushed)
        return unpushed.error();
    for (const WireRecord& entry : *unpushed) {
        m_heldBack->insert(heldBackKey(entry.table, entry.id));
        m_heldBackSeq = std::max(m_heldBackSeq, entry.seq);
    }
    if (!first)
        return {};
    const Result<QStringList> keys = WaitingRecords(db).keys();
    if (!keys)
        return keys.error();
    for (const QString& key : *keys)
        m_heldBack->insert(key);
    return {};
}

int Integrator::waiting()
{
    const Result<int> count = WaitingRecords(m_writer.database()).count();
    return count ? *count : 0;
}

Status Integrator::authorityCheck(const Pending& row)
{
    LocalSite& site = m_writer.site();
    if (site.isCentral())
        return {};
    // A site is the authority for what it changed: a change it has not yet pushed is newer than
    // anything the central can send, and is kept. Everything else the central sends is applied,
    // including the records of a store that has just become active here.
    const Result<bool> changedHere = OutgoingLog(m_writer.database(), site.siteId()).isUnpushed(row.table, row.id);
    if (!changedHere)
        return changedHere.error();
    if (*changedHere)
        return makeError(ErrorKind::Invalid, Text::tr("Received a change to record '%1' of '%2', which this site has "
                                                      "changed since its last push; the local data was kept and is "
                                                      "sent to the central with the next push.")
                                                 .arg(row.id, row.table));
    return {};
}

Status Integrator::lateChangeCheck(const Pending& row, std::optional<StoreHandovers::Directory>& directory)
{
    // ACC-1: a change of a store that has moved away from the sending site, made there before the
    // site learnt of the move (docs/adr/0004-changes-after-a-store-move.md).
    // Only the store's own data: what else a record names a store by (patients, visibility) has
    // owners of its own, whom the ordinary rules judge.
    LocalSite& site = m_writer.site();
    const TableInfo* table = TableRegistry::find(row.table);
    if (!table || table->usualClass() != DataClass::Store)
        return {};
    const QJsonObject record = row.remove ? m_writer.fetch(row.table, row.id) : row.data;
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
    const Result<QSqlQuery*> logged = m_writer.database().prepared(
        QStringLiteral("SELECT origin_site, seq FROM change_log WHERE table_name = ? AND record_id = ?"));
    if (!logged)
        return logged.error();
    QSqlQuery& entry = **logged;
    entry.bindValue(0, row.table);
    entry.bindValue(1, row.id);
    if (!entry.exec())
        return makeError(ErrorKind::Database, sqlErrorText(entry));
    const bool changedSince =
        entry.next() && entry.value(0).toInt() != row.source && entry.value(1).toLongLong() > handover.value();
    const int changedBy = changedSince ? entry.value(0).toInt() : 0;
    entry.finish();
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

Status Integrator::restoredChangeCheck(const Pending& row)
{
    // ACC-1: a site restored from an older copy of its database sends again the changes that were
    // unpushed in that copy. Where the central holds a version of the record the same site made
    // later (pushed before the restore), that later version stays (docs/reliability.md).
    if (!row.restored || row.originAt.isEmpty())
        return {};
    const Result<QSqlQuery*> logged = m_writer.database().prepared(
        QStringLiteral("SELECT origin_site, origin_at FROM change_log WHERE table_name = ? AND record_id = ?"));
    if (!logged)
        return logged.error();
    QSqlQuery& entry = **logged;
    entry.bindValue(0, row.table);
    entry.bindValue(1, row.id);
    if (!entry.exec())
        return makeError(ErrorKind::Database, sqlErrorText(entry));
    const bool later = entry.next() && entry.value(0).toInt() == row.source && !entry.value(1).isNull() &&
                       entry.value(1).toString() > row.originAt;
    const QString laterAt = later ? entry.value(1).toString() : QString();
    entry.finish();
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

namespace {

// What integration writes: the managed tables too, and nothing read back.
WriteOptions integrating(WriteOptions options)
{
    options.allowManaged = true;
    options.returnStored = false;
    return options;
}

}  // namespace

Status Integrator::apply(const Pending& row)
{
    LocalSite& site = m_writer.site();
    WriteOptions options = integrating(WriteOptions::fromCentral());
    SiteContext sender;
    std::optional<StoreHandovers::Directory> handedOver;
    if (site.isCentral()) {
        if (Status s = restoredChangeCheck(row); !s)
            return s;
        if (Status s = lateChangeCheck(row, handedOver); !s)
            return s;
        // DT-8: the central judges a pushed change as the site that made it.
        const SiteContext& here = site.context();
        sender.siteId = row.source;
        sender.centralSiteId = here.centralSiteId;
        sender.primarySiteId = here.primarySiteId;
        sender.isPrimary = row.source == here.primarySiteId;
        options = integrating(WriteOptions::fromSite(sender, row.originAt));
        if (handedOver)
            options.stores = &*handedOver;
    } else {
        if (Status s = authorityCheck(row); !s)
            return s;
        // ACC-2: a site is sent its own settings of a store it has no copy of (it may have been given
        // one and lost it again before it synced). Of a store it never held, that is already so.
        if (row.table == QLatin1String("store_site") && !row.remove &&
            row.data.value(QLatin1String("sync_with")).toString() == QLatin1String("none") &&
            m_writer.fetch(QStringLiteral("store"), row.data.value(QLatin1String("store_id")).toString()).isEmpty())
            return {};
    }
    if (row.remove) {
        if (m_writer.fetch(row.table, row.id).isEmpty() && TableRegistry::find(row.table))
            return {};  // never had it, or already gone
        return m_writer.remove(row.table, row.id, options);
    }
    QJsonObject unknown;
    QJsonObject data = knownColumns(row, &unknown);
    const QJsonValue id = data.value(QLatin1String("id"));
    if (id.isUndefined() || id.toVariant().toString() != row.id)
        return makeError(ErrorKind::BadInput, Text::tr("The record's id does not match its envelope."));
    if (site.isCentral()) {
        // PT-1: made on the patient's former home site before it learnt of the move.
        const Result<QString> home = PatientHomeMoves(m_writer).followedHome(row.source, row.table, data);
        if (!home)
            return home.error();
        if (!home->isEmpty()) {
            data.insert(QStringLiteral("home_store_id"), *home);
            // The central's own change, as the move's: it goes to every site holding the patient,
            // the sender included.
            options = integrating(WriteOptions::bySystem());
            if (Status s = AuditLog::record(m_writer.database(), AuditAction::kRecordFollowsPatient,
                                            {{QStringLiteral("table"), row.table},
                                             {QStringLiteral("record"), row.id},
                                             {QStringLiteral("site"), row.source},
                                             {QStringLiteral("store"), *home}});
                !s)
                return s;
        }
    }
    const Result<WriteResult> written = m_writer.put(row.table, data, options);
    if (!written)
        return written.error();
    // Kept with the record, in its transaction, for the sites that take them.
    if (site.isCentral()) {
        if (Status kept = ExtraColumns(m_writer.database()).keep(row.table, row.id, unknown); !kept)
            return kept;
    }
    m_unknownColumns.note(row.table, unknown);
    return {};
}

Status Integrator::setAside(const Pending& row, const Error& error, IntegrationReport& report)
{
    const bool refused = error.kind == ErrorKind::Refused;
    if (const Result<qint64> added = SyncProblemLog::add(
            m_writer.database(), row.source, refused ? QStringLiteral("refused") : QStringLiteral("quarantined"),
            row.table, row.id, error.message, row.data, row.originAt, row.restored);
        !added)
        return added.error();
    (refused ? report.refused : report.quarantined) += 1;
    report.problems.append(
        QJsonObject{{QStringLiteral("site"), row.source},
                    {QStringLiteral("t"), row.table},
                    {QStringLiteral("id"), row.id},
                    {QStringLiteral("kind"), refused ? QStringLiteral("refused") : QStringLiteral("quarantined")},
                    {QStringLiteral("reason"), error.message}});
    qCInfo(lcIntegrate) << "set aside" << row.table << row.id << error.message;
    return {};
}

Result<IntegrationReport> Integrator::integrate(const std::function<bool()>& cancelled)
{
    // ACC-2: only the records due are tried: new ones, ones woken by what arrived (here, or through
    // the bulk path) and ones whose back-off has passed; never every waiting record for every push.
    WaitingRecords waiting(m_writer.database());
    IntegrationReport report;
    QStringList arrived;
    for (bool stopped = false; !stopped;) {
        if (const Result<int> woken = waiting.wake(arrived); !woken)
            return woken.error();
        const Result<QList<WaitingRecords::Row>> due = waiting.due(QDateTime::currentDateTimeUtc());
        if (!due)
            return due.error();
        if (due->isEmpty())
            break;
        arrived.clear();
        if (Status s = integrateRound(*due, report, arrived, stopped, cancelled); !s)
            return s.error();
        if (arrived.isEmpty())
            break;
    }
    logUnknownColumns();
    if (const Result<int> overdue = waiting.reportOverdue(QDateTime::currentDateTimeUtc()); !overdue)
        return overdue.error();
    const Result<int> left = waiting.count();
    if (!left)
        return left.error();
    report.pending = *left;
    return report;
}

Status Integrator::integrateRound(const QList<WaitingRecords::Row>& due, IntegrationReport& report,
                                  QStringList& arrived, bool& stopped, const std::function<bool()>& cancelled)
{
    Database& db = m_writer.database();
    WaitingRecords waiting(db);
    QList<Pending> queue;
    queue.reserve(due.size());
    for (const WaitingRecords::Row& row : due) {
        Pending pending;
        static_cast<WaitingRecords::Row&>(pending) = row;
        pending.order = tableOrder(row.table);
        queue.append(pending);
    }
    // Parents before children for upserts, children before parents for deletes.
    std::stable_sort(queue.begin(), queue.end(), [](const Pending& a, const Pending& b) {
        if (a.remove != b.remove)
            return !a.remove;
        return a.remove ? a.order > b.order : a.order < b.order;
    });

    QHash<qint64, QString> lastError;
    bool progress = true;
    while (progress && !queue.isEmpty() && !stopped) {
        progress = false;
        QList<Pending> later;
        for (qsizetype start = 0; start < queue.size(); start += kChunk) {
            Transaction tx(db);
            if (!tx.started())
                return tx.started();
            const qsizetype end = std::min(queue.size(), start + kChunk);
            for (qsizetype i = start; i < end; ++i) {
                const Pending& row = queue[i];
                if (stopped || (cancelled && cancelled())) {
                    stopped = true;
                    continue;  // still due: the next integration takes it
                }
                Status s = m_writer.inOneTransaction([&]() -> Status {
                    if (Status applied = apply(row); !applied)
                        return applied;
                    return waiting.done(row);
                });
                if (s) {
                    ++report.applied;
                    arrived << WaitingRecords::key(row.table, row.id);
                    progress = true;
                } else if (s.error().kind == ErrorKind::MissingReference || s.error().kind == ErrorKind::Database) {
                    lastError.insert(row.rowId, s.error().message);
                    later.append(row);
                } else {
                    if (Status aside = setAside(row, s.error(), report); !aside)
                        return aside;
                    if (Status gone = waiting.done(row); !gone)
                        return gone;
                    progress = true;
                }
            }
            if (Status committed = tx.commit(); !committed)
                return committed;
        }
        queue = later;
    }
    if (stopped)
        return {};
    // What is left waits: for the record it names, when that is known, or for its back-off.
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Pending& row : queue) {
        if (Status s = waiting.stillWaiting(row, lastError.value(row.rowId), awaited(row), now); !s)
            return s;
    }
    return tx.commit();
}

QString Integrator::awaited(const Pending& row)
{
    // The first record the row refers to that is not here, by the table's foreign keys.
    if (row.remove) {
        // A stock line's deletion waits for the lines that name it (docs/adr/0006).
        if (row.table != stocklinereference::kStockLineTable)
            return {};
        const Result<QStringList> lines = stocklinereference::linesNaming(m_writer.database(), row.id, 1);
        if (!lines || lines->isEmpty())
            return {};
        return WaitingRecords::key(stocklinereference::kLineTable, lines->first());
    }
    auto keys = m_foreignKeys.find(row.table);
    if (keys == m_foreignKeys.end()) {
        QList<std::pair<QString, QString>> found;
        if (TableRegistry::find(row.table)) {
            if (const Result<QList<ForeignKeyColumn>> columns = m_writer.database().foreignKeys(row.table)) {
                for (const ForeignKeyColumn& key : *columns) {
                    if (key.targetColumn == QLatin1String("id"))
                        found.append({key.column, key.targetTable});
                }
            }
        }
        keys = m_foreignKeys.insert(row.table, found);
    }
    for (const auto& [column, parent] : *keys) {
        const QString value = row.data.value(column).toVariant().toString();
        if (!value.isEmpty() && m_writer.fetch(parent, value).isEmpty())
            return WaitingRecords::key(parent, value);
    }
    // The one reference kept as data rather than a foreign key (docs/adr/0006).
    const QString stockLine = stocklinereference::named(row.table, row.data);
    if (!stockLine.isEmpty() && m_writer.fetch(stocklinereference::kStockLineTable, stockLine).isEmpty())
        return WaitingRecords::key(stocklinereference::kStockLineTable, stockLine);
    return {};
}

}  // namespace sitesync
