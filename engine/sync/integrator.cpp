#include "sync/integrator.h"

#include "db/database.h"
#include "model/localsite.h"
#include "model/tableregistry.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

Q_LOGGING_CATEGORY(lcIntegrate, "sitesync.engine.integrate", QtWarningMsg)

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

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

}  // namespace

struct Integrator::Pending {
    qint64 rowId = 0;
    int source = 0;
    QString table;
    QString id;
    bool remove = false;
    QJsonObject data;
    int order = 0;
};

Status Integrator::receive(int sourceSite, const QList<WireRecord>& records)
{
    QSqlQuery insert(m_writer.database().sql());
    insert.prepare(QStringLiteral("INSERT INTO sync_in (source_site, table_name, record_id, op, payload, received_at)"
                                  " VALUES (?, ?, ?, ?, ?, ?)"));
    const QString received = now();
    for (const WireRecord& record : records) {
        insert.bindValue(0, sourceSite);
        insert.bindValue(1, record.table);
        insert.bindValue(2, record.id);
        insert.bindValue(3, record.remove ? QStringLiteral("delete") : QStringLiteral("upsert"));
        insert.bindValue(
            4, record.remove ? QVariant(QMetaType::fromType<QString>())
                             : QVariant(QString::fromUtf8(QJsonDocument(record.data).toJson(QJsonDocument::Compact))));
        insert.bindValue(5, received);
        if (!insert.exec())
            return makeError(ErrorKind::Database, sqlErrorText(insert));
    }
    return {};
}

int Integrator::waiting()
{
    const Result<QVariant> count = m_writer.database().scalar(QStringLiteral("SELECT count(*) FROM sync_in"));
    return count ? count->toInt() : 0;
}

Status Integrator::authorityCheck(const Pending& row)
{
    LocalSite& site = m_writer.site();
    if (site.isCentral())
        return {};
    const TableInfo* table = TableRegistry::find(row.table);
    if (!table)
        return {};
    ClassifyContext context;
    context.fetch = [this](const QString& t, const QString& id) { return m_writer.fetch(t, id); };
    context.activeSiteOf = [&site](const QString& storeId) { return site.activeSiteOf(storeId); };
    context.siteId = site.siteId();
    context.isPrimary = site.isPrimary();
    const QJsonObject record = row.remove ? m_writer.fetch(row.table, row.id) : row.data;
    if (record.isEmpty())
        return {};
    const Classification c = TableRegistry::classify(*table, record, context);
    const bool storeBound = c.dataClass == DataClass::Store || c.dataClass == DataClass::Patient;
    if (storeBound && site.activeSiteOf(c.storeId) == site.siteId())
        return makeError(ErrorKind::Invalid, Text::tr("Received a change to %1 of store '%2', which is active on this "
                                                      "site; the local data was kept.")
                                                 .arg(c.dataType ? c.dataType->name : row.table, c.storeId));
    const bool primaryOwned = c.dataClass == DataClass::Central || c.dataClass == DataClass::CentralStore;
    if (primaryOwned && site.isPrimary())
        return makeError(ErrorKind::Invalid, Text::tr("Received a change to %1, which this site, the primary, is the "
                                                      "authority for; the local data was kept.")
                                                 .arg(c.dataType ? c.dataType->name : row.table));
    return {};
}

Status Integrator::apply(const Pending& row)
{
    LocalSite& site = m_writer.site();
    WriteOptions options = WriteOptions::managedTables();
    options.returnStored = false;
    SiteContext sender;
    if (site.isCentral()) {
        // DT-8: the central judges a pushed change as the site that made it.
        const SiteContext& here = site.context();
        sender.siteId = row.source;
        sender.centralSiteId = here.centralSiteId;
        sender.primarySiteId = here.primarySiteId;
        sender.isPrimary = row.source == here.primarySiteId;
        options.asSite = &sender;
        options.originSite = row.source;
    } else {
        options.checkRules = false;
        options.logChange = false;
        if (Status s = authorityCheck(row); !s)
            return s;
    }
    if (row.remove) {
        if (m_writer.fetch(row.table, row.id).isEmpty() && TableRegistry::find(row.table))
            return {};  // never had it, or already gone
        return m_writer.remove(row.table, row.id, options);
    }
    QJsonObject data = row.data;
    const QJsonValue id = data.value(QLatin1String("id"));
    if (id.isUndefined() || id.toVariant().toString() != row.id)
        return makeError(ErrorKind::BadInput, Text::tr("The record's id does not match its envelope."));
    const Result<WriteResult> written = m_writer.put(row.table, data, options);
    return written ? Status() : Status(written.error());
}

Status Integrator::setAside(const Pending& row, const Error& error, IntegrationReport& report)
{
    const bool refused = error.kind == ErrorKind::Refused;
    QSqlQuery insert(m_writer.database().sql());
    insert.prepare(QStringLiteral("INSERT INTO sync_problem (at, site_id, kind, table_name, record_id, reason, payload)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(now());
    insert.addBindValue(row.source);
    insert.addBindValue(refused ? QStringLiteral("refused") : QStringLiteral("quarantined"));
    insert.addBindValue(row.table);
    insert.addBindValue(row.id);
    insert.addBindValue(error.message);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(row.data).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return makeError(ErrorKind::Database, sqlErrorText(insert));
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
    Database& db = m_writer.database();
    QList<Pending> queue;
    {
        QSqlQuery rows(db.sql());
        rows.setForwardOnly(true);
        if (!rows.exec(
                QStringLiteral("SELECT id, source_site, table_name, record_id, op, payload FROM sync_in ORDER BY id")))
            return makeError(ErrorKind::Database, sqlErrorText(rows));
        while (rows.next()) {
            Pending row;
            row.rowId = rows.value(0).toLongLong();
            row.source = rows.value(1).toInt();
            row.table = rows.value(2).toString();
            row.id = rows.value(3).toString();
            row.remove = rows.value(4).toString() == QLatin1String("delete");
            row.data = QJsonDocument::fromJson(rows.value(5).toString().toUtf8()).object();
            row.order = tableOrder(row.table);
            queue.append(row);
        }
    }
    // Parents before children for upserts, children before parents for deletes.
    std::stable_sort(queue.begin(), queue.end(), [](const Pending& a, const Pending& b) {
        if (a.remove != b.remove)
            return !a.remove;
        return a.remove ? a.order > b.order : a.order < b.order;
    });

    IntegrationReport report;
    QHash<qint64, QString> lastError;
    QSqlQuery done(db.sql());
    done.prepare(QStringLiteral("DELETE FROM sync_in WHERE id = ?"));
    bool progress = true;
    bool stopped = false;
    while (progress && !queue.isEmpty() && !stopped) {
        progress = false;
        QList<Pending> later;
        for (qsizetype start = 0; start < queue.size(); start += kChunk) {
            Transaction tx(db);
            if (!tx.started())
                return tx.started().error();
            const qsizetype end = std::min(queue.size(), start + kChunk);
            for (qsizetype i = start; i < end; ++i) {
                const Pending& row = queue[i];
                if (stopped || (cancelled && cancelled())) {
                    stopped = true;
                    later.append(row);
                    continue;
                }
                Status s = m_writer.inOneTransaction([&]() -> Status {
                    if (Status applied = apply(row); !applied)
                        return applied;
                    done.bindValue(0, row.rowId);
                    return done.exec() ? Status() : Status(makeError(ErrorKind::Database, sqlErrorText(done)));
                });
                if (s) {
                    ++report.applied;
                    progress = true;
                } else if (s.error().kind == ErrorKind::MissingReference || s.error().kind == ErrorKind::Database) {
                    lastError.insert(row.rowId, s.error().message);
                    later.append(row);
                } else {
                    if (Status aside = setAside(row, s.error(), report); !aside)
                        return aside.error();
                    done.bindValue(0, row.rowId);
                    if (!done.exec())
                        return makeError(ErrorKind::Database, sqlErrorText(done));
                    progress = true;
                }
            }
            if (Status committed = tx.commit(); !committed)
                return committed.error();
        }
        queue = later;
    }
    if (!queue.isEmpty()) {
        Transaction tx(db);
        QSqlQuery wait(db.sql());
        wait.prepare(QStringLiteral("UPDATE sync_in SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
        for (const Pending& row : queue) {
            wait.bindValue(0, lastError.value(row.rowId));
            wait.bindValue(1, row.rowId);
            wait.exec();
        }
        (void)tx.commit();
    }
    report.pending = int(queue.size());
    return report;
}

}  // namespace sitesync
