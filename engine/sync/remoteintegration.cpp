#include "sync/remoteintegration.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/localsite.h"
#include "sync/outgoinglog.h"
#include "write/recordwriter.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

// The texts keep the translation context they were written under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::Integrator)
};

}  // namespace

Status RemoteIntegration::beginBatch()
{
    // Changes made here since the last batch (another connection may write meanwhile) are held
    // back too.
    if (Status s = loadHeldBack(); !s)
        return s;
    m_applier.emplace(m_writer.database(), m_writer.site().siteId());
    return {};
}

IntegrationPolicy::Arrival RemoteIntegration::arrive(WireRecord& record, wirecolumns::UnknownColumns& unknown)
{
    // A remote stores a record without the columns it does not know (OPS-3), so that the bulk
    // path takes it like any other.
    if (!record.remove && TableRegistry::find(record.table)) {
        wirecolumns::Split split = wirecolumns::split(m_writer.database().columns(record.table), record.data);
        unknown.note(record.table, split.unknown);
        record.data = std::move(split.known);
    }
    if (!m_heldBack->isEmpty() && m_heldBack->contains(heldBackKey(record.table, record.id)))
        return Arrival::Waits;
    if (m_applier->apply(record))
        return Arrival::Applied;
    // The site's own tables and merges take the general path, in order, so that the records after
    // them find the stores they refer to and the records merged away are gone; anything else the
    // bulk path left waits in sync_in.
    const TableInfo* table = TableRegistry::find(record.table);
    if (!table || (!table->managed && table->name != QLatin1String("record_merge")))
        return Arrival::Waits;
    return Arrival::ApplyNow;
}

Status RemoteIntegration::waits(const WireRecord& record)
{
    // An error that undid the whole transaction (disk full, I/O) stops the batch: its
    // cursors must not be stored without it.
    if (!m_writer.database().inTransactionNow())
        return makeError(ErrorKind::Database,
                         Text::tr("The database undid the batch being stored; it is pulled again next time."));
    // Later versions of the record wait behind this one, in order.
    m_heldBack->insert(heldBackKey(record.table, record.id));
    return {};
}

Result<IntegrationPolicy::Judgement> RemoteIntegration::judge(const WaitingRecords::Row& row, WriteOptions& options)
{
    options = WriteOptions::fromCentral();
    if (Status s = authorityCheck(row); !s)
        return s.error();
    // ACC-2: a site is sent its own settings of a store it has no copy of (it may have been given
    // one and lost it again before it synced). Of a store it never held, that is already so.
    if (row.table != QLatin1String("store_site") || row.remove ||
        row.data.value(QLatin1String("sync_with")).toString() != QLatin1String("none"))
        return Judgement::Write;
    const Result<QJsonObject> store =
        m_writer.fetch(QStringLiteral("store"), row.data.value(QLatin1String("store_id")).toString());
    if (!store)
        return store.error();
    return store->isEmpty() ? Judgement::NothingToWrite : Judgement::Write;
}

const char* RemoteIntegration::unknownColumnsStored() const
{
    return "stored without the columns this site does not know:";
}

Status RemoteIntegration::authorityCheck(const WaitingRecords::Row& row)
{
    LocalSite& site = m_writer.site();
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

QString RemoteIntegration::heldBackKey(const QString& table, const QString& id)
{
    return WaitingRecords::key(table, id);
}

Status RemoteIntegration::loadHeldBack()
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

}  // namespace sitesync
