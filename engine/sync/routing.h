#pragma once

#include "core/result.h"
#include "db/dialect.h"
#include "db/statement.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

namespace sitesync {

class Database;
class LocalSite;

// Routing at query time (RT-1 to RT-4): the central keeps one change log, and what a site must
// receive is a condition over that log and the current sync settings, so its cost grows with the
// changes, not with changes times sites.
class Routing {
public:
    // SQL condition over change_log c for the entries site `t.site` must receive; the enclosing
    // query binds the site as a one-row table t(site).
    static QString routedToSite();
    // The same without the rule that a site is not sent its own changes: what may reach the site as
    // a targeted resend (RT-5, PT-5), which can be a record it made itself.
    static QString routesToSite();
    // SQL condition over a resend queue entry q (site_queue) for site t.site: the record still
    // routes to the site now. A resend queued under settings changed since is not served (ACC-3).
    static QString queuedStillRouted();

    // What a pull serves, in one place for the pull itself and for every count of what waits: the
    // enclosing query binds t(site, cursor, queue_cursor), a site's pull cursors.
    // SQL condition over change_log c: the entries past t.cursor that route to the site.
    static QString routedAfterCursor();
    // SQL condition over site_queue q: the site's targeted resends past t.queue_cursor that still
    // route to it.
    static QString queuedAfterCursor();

    // The routing key of a change-log entry: every column of c that routedToSite() reads but c.seq,
    // as one JSON array (a SQL expression over c). Entries with the same key route to the same
    // sites, so a count can evaluate the condition once per key and site instead of once per entry
    // and site (sync/waitingcounts.h). c.seq is read only to send a site its own changes back
    // (RT-5), which concerns the entries whose origin is that site.
    static QString routingKey(const Dialect& dialect);
    // How a query reads the routing key of each entry: the select list over c (routingKeySelect), and
    // the key of the row a statement holds from column `first` on (readRoutingKey). SQLite writes the
    // JSON array in the query itself; PostgreSQL's function for it costs 85 ms over the 100,000
    // entries of a whole log, three times the rest of the read, so there the key's columns are read
    // as they are and the array is written here.
    static QString routingKeySelect(const Dialect& dialect);
    static void readRoutingKey(QByteArray& key, const Statement& row, int first, const Dialect& dialect);
    // The select list that names the values of such a key as the condition reads them (c.store_id
    // and the rest), from a JSON array `value` holding the key from position `offset` on.
    static QString routingKeyColumns(const Dialect& dialect, int offset);
    // The same routes the other way round: a SQL select of (key_index, site) over a table c of such
    // keys, each with its key_index, and the sites t(site): for each key, the sites where
    // routesToSite() holds (some of them outside t), found through the indexes from the key rather
    // than by asking every site. A count still judges each pair with the condition itself.
    static QString sitesOfKeys();

    // SQL condition over change_log c, on a remote, for its own changes the central must receive
    // (binds t(site) to the central's ID): everything except the store data of a store the central
    // holds only a transfer copy of (Store F of the specification), and, for a dispensary whose
    // "Include transactions in sync" is off, its transactions, stock lines and stocktakes (RT-3).
    static QString pushedToCentral();

    // On the central: per remote site, how many records wait for it (log past its cursor, plus
    // targeted resends), counted by routing key (sync/waitingcounts.h).
    static Result<QMap<int, int>> queuedBySite(Database& db);
    // On the central: how many records a pull of the site from these cursors has still to serve,
    // its targeted resends and the log entries routed to it (a record both queued and in the log is
    // served, and counted, twice). Settings changed meanwhile change it: an estimate for progress.
    static Result<qint64> toServe(Database& db, int siteId, qint64 cursor, qint64 queueCursor);
    // RT-5: what each remote site has already received of the records a change of the store's sync
    // settings can re-route (the store's own records, patients, dispensary central data)...
    using Delivered = QHash<int, QSet<qint64>>;
    static Result<Delivered> deliveredFor(Database& db, const QString& storeId);
    // ...and, after the change, queues for each site exactly the records it now needs and had not
    // been sent. Returns how many were queued.
    static Result<int> queueNewlyNeeded(Database& db, const QString& storeId, const Delivered& before,
                                        const QString& reason);
};

}  // namespace sitesync
