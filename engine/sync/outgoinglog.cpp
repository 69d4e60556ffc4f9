#include "sync/outgoinglog.h"

#include "db/database.h"
#include "model/localsite.h"
#include "model/remotestate.h"
#include "sync/routing.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>

namespace sitesync {

Q_LOGGING_CATEGORY(lcOutgoing, "sitesync.engine.outgoing", QtWarningMsg)

namespace {

const QString kBatchToken = QStringLiteral("push_batch");
// The last of the changes renumbered when this database was found older than the central's record
// of it: up to there, a change is sent as restored.
const QString kRestoredUpto = QStringLiteral("restored_upto");

// The one statement of "changed here and not yet pushed": over change_log c, binding the site
// and the push cursor in that order.
const QString kUnpushed = QStringLiteral("c.origin_site = ? AND c.seq > ?");

}  // namespace

qint64 OutgoingLog::pushedSeq() const
{
    return LocalState::get(m_db, remotestate::kPushedSeq, QStringLiteral("0")).toLongLong();
}

Result<int> OutgoingLog::pending(int centralSiteId) const
{
    const Result<QVariant> count = m_db.scalar(
        QStringLiteral(
            "WITH t AS (SELECT CAST(? AS BIGINT) AS site) SELECT count(*) FROM change_log c, t WHERE %1 AND %2")
            .arg(kUnpushed, Routing::pushedToCentral()),
        {centralSiteId, m_siteId, pushedSeq()});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<int> OutgoingLog::pendingOf(Database& db, const LocalSite& site)
{
    return OutgoingLog(db, site.siteId()).pending(site.context().centralSiteId);
}

Result<bool> OutgoingLog::isUnpushed(const QString& table, const QString& id) const
{
    const Result<QSqlQuery*> prepared = m_db.prepared(
        QStringLiteral("SELECT 1 FROM change_log c WHERE c.table_name = ? AND c.record_id = ? AND %1").arg(kUnpushed));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, table);
    query.bindValue(1, id);
    query.bindValue(2, m_siteId);
    query.bindValue(3, pushedSeq());
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    const bool found = query.next();
    query.finish();
    return found;
}

Result<int> OutgoingLog::unpushedInStore(const QString& storeId) const
{
    const Result<QVariant> count =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log c WHERE c.store_id = ? AND %1").arg(kUnpushed),
                    {storeId, m_siteId, pushedSeq()});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QStringList> OutgoingLog::unpushedStores() const
{
    QSqlQuery rows(m_db.sql());
    rows.prepare(QStringLiteral("SELECT DISTINCT c.store_id FROM change_log c WHERE %1 AND c.store_id IS NOT NULL"
                                " AND c.data_class = 'store' ORDER BY 1")
                     .arg(kUnpushed));
    rows.addBindValue(m_siteId);
    rows.addBindValue(pushedSeq());
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    QStringList stores;
    while (rows.next())
        stores << rows.value(0).toString();
    return stores;
}

Result<QList<WireRecord>> OutgoingLog::unpushedAfter(qint64 after) const
{
    QSqlQuery rows(m_db.sql());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT c.table_name, c.record_id, c.seq, c.op FROM change_log c WHERE %1"
                                " ORDER BY c.seq")
                     .arg(kUnpushed));
    rows.addBindValue(m_siteId);
    rows.addBindValue(std::max(after, pushedSeq()));
    if (!rows.exec())
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    QList<WireRecord> entries;
    while (rows.next())
        entries.append(WireRecord{rows.value(2).toLongLong(),
                                  rows.value(0).toString(),
                                  rows.value(1).toString(),
                                  rows.value(3).toString() == QLatin1String("delete"),
                                  {},
                                  {},
                                  false});
    return entries;
}

Result<OutgoingLog::Batch> OutgoingLog::nextBatch(int centralSiteId, int limit) const
{
    Batch batch;
    batch.from = pushedSeq();
    // Entries up to this snapshot are examined; the ones the central does not need are passed over.
    const Result<QVariant> top = m_db.scalar(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"));
    if (!top)
        return top.error();
    QSqlQuery entries(m_db.sql());
    entries.setForwardOnly(true);
    entries.prepare(
        QStringLiteral("WITH t AS (SELECT CAST(? AS BIGINT) AS site) SELECT c.seq, c.table_name, c.record_id, c.op,"
                       " c.logged_at FROM change_log c, t WHERE %1 AND c.seq <= ? AND %2 ORDER BY c.seq LIMIT ?")
            .arg(kUnpushed, Routing::pushedToCentral()));
    entries.addBindValue(centralSiteId);
    entries.addBindValue(m_siteId);
    entries.addBindValue(batch.from);
    entries.addBindValue(top->toLongLong());
    entries.addBindValue(limit);
    if (!entries.exec())
        return makeError(ErrorKind::Database, sqlErrorText(entries));
    const qint64 restoredUpto = LocalState::get(m_db, kRestoredUpto, QStringLiteral("0")).toLongLong();
    while (entries.next()) {
        const qint64 seq = entries.value(0).toLongLong();
        batch.entries.append(WireRecord{seq,
                                        entries.value(1).toString(),
                                        entries.value(2).toString(),
                                        entries.value(3).toString() == QLatin1String("delete"),
                                        {},
                                        entries.value(4).toString(),
                                        seq <= restoredUpto});
    }
    batch.complete = batch.entries.size() < limit;
    // A complete batch covers the whole snapshot, the entries passed over included, so that the
    // central's acknowledgement and this site's cursor stay equal.
    batch.upto = batch.complete ? std::max(batch.from, top->toLongLong()) : batch.entries.last().seq;
    return batch;
}

QString OutgoingLog::pendingBatchToken() const
{
    return LocalState::get(m_db, kBatchToken);
}

Result<QString> OutgoingLog::batchToken()
{
    QString token = pendingBatchToken();
    if (!token.isEmpty())
        return token;
    token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    if (Status s = LocalState::set(m_db, kBatchToken, token); !s)
        return s.error();
    return token;
}

Status OutgoingLog::acknowledge(qint64 seq)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (seq > pushedSeq()) {
        if (Status s = LocalState::set(m_db, remotestate::kPushedSeq, QString::number(seq)); !s)
            return s;
    }
    if (Status s = LocalState::set(m_db, kBatchToken, QString()); !s)
        return s;
    return tx.commit();
}

Result<int> OutgoingLog::moveToEnd(const QString& where, const QVariantList& bindings, qint64 floor)
{
    // The entries stay one per record; taken out and put back, they get new sequence numbers past
    // every other entry and past `floor`, in their old order.
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const bool wasOpen = m_db.writeOpen();
    m_db.setWriteOpen(true);
    const auto reclose = qScopeGuard([&] { m_db.setWriteOpen(wasOpen); });
    const QString columns = QStringLiteral("table_name, record_id, op, data_class, data_type, store_id, other_store_id,"
                                           " patient_id, dispensary, transfer, origin_site, logged_at, origin_at");
    if (Status s = m_db.exec(QStringLiteral("DROP TABLE IF EXISTS temp.moved_entries"), {}); !s)
        return s.error();
    if (Status s = m_db.exec(QStringLiteral("CREATE TEMP TABLE moved_entries AS SELECT seq, %1 FROM change_log c"
                                            " WHERE %2")
                                 .arg(columns, where),
                             bindings);
        !s)
        return s.error();
    int moved = 0;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM change_log AS c WHERE %1").arg(where), bindings, &moved); !s)
        return s.error();
    if (floor > 0) {
        if (Status s = m_db.raiseSequence(QStringLiteral("change_log"), floor); !s)
            return s.error();
    }
    if (Status s = m_db.exec(
            QStringLiteral("INSERT INTO change_log (%1) SELECT %1 FROM temp.moved_entries ORDER BY seq").arg(columns),
            {});
        !s)
        return s.error();
    if (Status s = m_db.exec(QStringLiteral("DROP TABLE temp.moved_entries"), {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return moved;
}

Result<int> OutgoingLog::continueAfter(qint64 centralSeq)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    const Result<int> moved = moveToEnd(kUnpushed, {m_siteId, pushedSeq()}, centralSeq);
    if (!moved)
        return moved.error();
    if (Status s = LocalState::set(m_db, remotestate::kPushedSeq, QString::number(centralSeq)); !s)
        return s.error();
    if (Status s = LocalState::set(m_db, kBatchToken, QString()); !s)
        return s.error();
    // The renumbered changes are older than what the central may hold of the same records from this
    // site, made after the database was saved: they go marked, for the central to keep the later.
    const Result<QVariant> last = m_db.scalar(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM change_log"));
    if (!last)
        return last.error();
    if (Status s = LocalState::set(m_db, kRestoredUpto, last->toString()); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCWarning(lcOutgoing) << "this database is older than the central's record of it;" << *moved
                          << "unpushed changes renumbered past" << centralSeq;
    return moved;
}

Status OutgoingLog::rewindTo(qint64 centralSeq)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (Status s = LocalState::set(m_db, remotestate::kPushedSeq, QString::number(centralSeq)); !s)
        return s;
    if (Status s = LocalState::set(m_db, kBatchToken, QString()); !s)
        return s;
    qCWarning(lcOutgoing) << "the central holds this site's changes only up to" << centralSeq
                          << "; the changes after it are sent again";
    return tx.commit();
}

}  // namespace sitesync
