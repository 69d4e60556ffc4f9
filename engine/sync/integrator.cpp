#include "sync/integrator.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/localsite.h"
#include "model/syncproblemlog.h"
#include "sync/centralintegration.h"
#include "sync/remoteintegration.h"
#include "write/recordwriter.h"
#include "write/stocklinereference.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QScopeGuard>

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

// Each role integrates in its own way; the role is asked here, once.
std::unique_ptr<IntegrationPolicy> policyFor(RecordWriter& writer)
{
    if (writer.site().isCentral())
        return std::make_unique<CentralIntegration>(writer);
    return std::make_unique<RemoteIntegration>(writer);
}

}  // namespace

struct Integrator::Pending : WaitingRecords::Row {
    int order = 0;
};

Integrator::Integrator(RecordWriter& writer)
    : m_writer(writer)
    , m_policy(policyFor(writer))
{
}

Integrator::~Integrator() = default;

Result<int> Integrator::receive(int sourceSite, const QList<WireRecord>& records)
{
    Database& db = m_writer.database();
    if (Status s = m_policy->beginBatch(); !s)
        return s.error();
    const bool wasOpen = db.writeOpen();
    db.setWriteOpen(true);
    const auto reclose = qScopeGuard([&] { db.setWriteOpen(wasOpen); });
    WaitingRecords waiting(db);
    const QDateTime received = db.now();
    int applied = 0;
    QStringList arrived;
    for (WireRecord record : records) {
        const IntegrationPolicy::Arrival arrival = m_policy->arrive(record, m_unknownColumns);
        if (arrival == IntegrationPolicy::Arrival::Applied ||
            (arrival == IntegrationPolicy::Arrival::ApplyNow && applyNow(sourceSite, record))) {
            ++applied;
            arrived << WaitingRecords::key(record.table, record.id);
            continue;
        }
        if (Status s = m_policy->waits(record); !s)
            return s.error();
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
    qCInfo(lcColumns).noquote() << m_policy->unknownColumnsStored() << m_unknownColumns.summary();
    m_unknownColumns.clear();
}

bool Integrator::applyNow(int sourceSite, const WireRecord& record)
{
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

Result<int> Integrator::waiting()
{
    return WaitingRecords(m_writer.database()).count();
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
    WriteOptions options;
    const Result<IntegrationPolicy::Judgement> judged = m_policy->judge(row, options);
    if (!judged)
        return judged.error();
    if (*judged == IntegrationPolicy::Judgement::NothingToWrite)
        return {};
    if (row.remove) {
        const Result<QJsonObject> stored = m_writer.fetch(row.table, row.id);
        if (!stored)
            return stored.error();
        if (stored->isEmpty() && TableRegistry::find(row.table))
            return {};  // never had it, or already gone
        return m_writer.remove(row.table, row.id, integrating(options));
    }
    QJsonObject unknown;
    QJsonObject data = knownColumns(row, &unknown);
    const QJsonValue id = data.value(QLatin1String("id"));
    if (id.isUndefined() || id.toVariant().toString() != row.id)
        return makeError(ErrorKind::BadInput, Text::tr("The record's id does not match its envelope."));
    if (Status s = m_policy->beforePut(row, data, options); !s)
        return s;
    const Result<WriteResult> written = m_writer.put(row.table, data, integrating(options));
    if (!written)
        return written.error();
    if (Status s = m_policy->afterPut(row, unknown); !s)
        return s;
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
        const Result<QList<WaitingRecords::Row>> due = waiting.due(m_writer.database().now());
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
    if (const Result<int> overdue = waiting.reportOverdue(m_writer.database().now()); !overdue)
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
    const QDateTime now = db.now();
    for (const Pending& row : queue) {
        const Result<QString> awaits = awaited(row);
        if (!awaits)
            return awaits.error();
        if (Status s = waiting.stillWaiting(row, lastError.value(row.rowId), *awaits, now); !s)
            return s;
    }
    return tx.commit();
}

Result<QString> Integrator::awaited(const Pending& row)
{
    // The first record the row refers to that is not here, by the table's foreign keys.
    if (row.remove) {
        // A stock line's deletion waits for the lines that name it (docs/adr/0006).
        if (row.table != stocklinereference::kStockLineTable)
            return QString();
        const Result<QStringList> lines = stocklinereference::linesNaming(m_writer.database(), row.id, 1);
        if (!lines)
            return lines.error();
        if (lines->isEmpty())
            return QString();
        return WaitingRecords::key(stocklinereference::kLineTable, lines->first());
    }
    auto keys = m_foreignKeys.find(row.table);
    if (keys == m_foreignKeys.end()) {
        QList<std::pair<QString, QString>> found;
        if (TableRegistry::find(row.table)) {
            const Result<QList<ForeignKeyColumn>> columns = m_writer.database().foreignKeys(row.table);
            if (!columns)
                return columns.error();
            for (const ForeignKeyColumn& key : *columns) {
                if (key.targetColumn == QLatin1String("id"))
                    found.append({key.column, key.targetTable});
            }
        }
        keys = m_foreignKeys.insert(row.table, found);
    }
    for (const auto& [column, parent] : *keys) {
        const QString value = row.data.value(column).toVariant().toString();
        if (value.isEmpty())
            continue;
        const Result<QJsonObject> found = m_writer.fetch(parent, value);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return WaitingRecords::key(parent, value);
    }
    // The one reference kept as data rather than a foreign key (docs/adr/0006).
    const QString stockLine = stocklinereference::named(row.table, row.data);
    if (stockLine.isEmpty())
        return QString();
    const Result<QJsonObject> found = m_writer.fetch(stocklinereference::kStockLineTable, stockLine);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return WaitingRecords::key(stocklinereference::kStockLineTable, stockLine);
    return QString();
}

}  // namespace sitesync
