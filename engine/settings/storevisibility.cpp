#include "settings/storevisibility.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "settings/storeregistry.h"
#include "settings/syncsettingseditor.h"
#include "settings/syncsettingsimpact.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::StoreVisibility)
};

const QString kTable = QStringLiteral("name_store_join");

}  // namespace

Result<QList<StoreVisibilityRow>> StoreVisibility::of(const QString& storeId)
{
    RecordWriter& writer = m_editor.writer();
    const Result<StoreInfo> store = StoreRegistry(writer).find(storeId);
    if (!store)
        return store.error();
    QSqlQuery query(writer.database().sql());
    query.prepare(QStringLiteral("SELECT st.id, st.name, coalesce(ss.active_site_id, 0),"
                                 " EXISTS (SELECT 1 FROM name_store_join j WHERE j.name_id = ? AND j.store_id = st.id)"
                                 " FROM store st LEFT JOIN store_sync ss ON ss.id = st.id WHERE st.id <> ?"
                                 " ORDER BY st.name, st.id"));
    query.addBindValue(store->nameId);
    query.addBindValue(storeId);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<StoreVisibilityRow> rows;
    while (query.next())
        rows.append(StoreVisibilityRow{query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                                       query.value(3).toInt() == 1});
    return rows;
}

Result<QString> StoreVisibility::joinOf(const QString& storeId, const QString& inStoreId, QString* nameId)
{
    RecordWriter& writer = m_editor.writer();
    StoreRegistry stores(writer);
    const Result<StoreInfo> store = stores.find(storeId);
    if (!store)
        return store.error();
    if (const Result<StoreInfo> other = stores.find(inStoreId); !other)
        return other.error();
    if (storeId == inStoreId)
        return makeError(ErrorKind::BadInput, Text::tr("Store '%1' cannot be made visible in itself.").arg(storeId));
    if (store->nameId.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("Store '%1' has no name record to make visible.").arg(storeId));
    *nameId = store->nameId;
    const Result<QVariant> join =
        writer.database().scalar(QStringLiteral("SELECT id FROM name_store_join WHERE name_id = ? AND store_id = ?"),
                                 {store->nameId, inStoreId});
    if (!join)
        return join.error();
    return join->isValid() ? join->toString() : QString();
}

Result<QStringList> StoreVisibility::write(const QString& storeId, const QMap<QString, bool>& visibleIn)
{
    RecordWriter& writer = m_editor.writer();
    QStringList changed;
    QJsonArray visible;
    QJsonArray hidden;
    for (auto it = visibleIn.begin(); it != visibleIn.end(); ++it) {
        QString nameId;
        const Result<QString> join = joinOf(storeId, it.key(), &nameId);
        if (!join)
            return join.error();
        if (it.value() == !join->isEmpty())
            continue;
        // The writer's hook on the central makes sync-with follow (SyncSettingsEditor::afterWrite).
        if (it.value()) {
            const Result<WriteResult> put =
                writer.put(kTable, {{QStringLiteral("name_id"), nameId}, {QStringLiteral("store_id"), it.key()}});
            if (!put)
                return put.error();
        } else if (Status removed = writer.remove(kTable, *join); !removed) {
            return removed.error();
        }
        changed << it.key();
        (it.value() ? visible : hidden).append(it.key());
    }
    if (!changed.isEmpty()) {
        const QJsonObject params{{QStringLiteral("store"), storeId},
                                 {QStringLiteral("visible_in"), visible},
                                 {QStringLiteral("hidden_in"), hidden}};
        if (Status s = AuditLog::record(writer.database(), AuditAction::kStoreVisibilityChanged, params); !s)
            return s.error();
    }
    return changed;
}

Status StoreVisibility::checkOnCentral(const LocalSite& site)
{
    if (site.isCentral())
        return {};
    return makeError(ErrorKind::Refused, Text::tr("Store visibility is changed only on the central server, site %1.")
                                             .arg(site.siteLabel(site.context().centralSiteId)));
}

Result<QStringList> StoreVisibility::apply(const QString& storeId, const QMap<QString, bool>& visibleIn)
{
    if (Status central = checkOnCentral(m_editor.writer().site()); !central)
        return central.error();
    QStringList changed;
    const Status s = m_editor.writer().inOneTransaction([&]() -> Status {
        const Result<QStringList> written = write(storeId, visibleIn);
        if (!written)
            return written.error();
        changed = *written;
        return {};
    });
    if (!s)
        return s.error();
    return changed;
}

Result<SyncSettingsImpact> StoreVisibility::measure(const QString& storeId, const QMap<QString, bool>& visibleIn)
{
    if (Status central = checkOnCentral(m_editor.writer().site()); !central)
        return central.error();
    return SyncSettingsImpact::measureChange(m_editor, storeId, [&](SyncSettingsImpact&) -> Status {
        const Result<QStringList> written = write(storeId, visibleIn);
        return written ? Status() : Status(written.error());
    });
}

Status StoreVisibility::refuseRawWrite(const QJsonObject& join)
{
    RecordWriter& writer = m_editor.writer();
    if (!writer.site().isCentral())
        return {};
    // Both the name the record carries and the one it may overwrite decide: rewriting a store's visibility
    // record to name someone else hides that store as surely as deleting it.
    const Result<QVariant> stored =
        writer.database().scalar(QStringLiteral("SELECT name_id FROM name_store_join WHERE id = ?"),
                                 {join.value(QLatin1String("id")).toVariant()});
    if (!stored)
        return stored.error();
    for (const QString& nameId : {join.value(QLatin1String("name_id")).toString(), stored->toString()}) {
        if (nameId.isEmpty())
            continue;
        const Result<QVariant> store = writer.database().scalar(
            QStringLiteral("SELECT store_id FROM name WHERE id = ? AND store_id IS NOT NULL"), {nameId});
        if (!store)
            return store.error();
        if (store->isValid())
            return makeError(ErrorKind::Refused,
                             Text::tr("This record makes store '%1' visible in another store, which changes where "
                                      "its copies go. Change it with 'sitesyncctl store visibility --store %1' (or on "
                                      "the store's Visibility tab), behind the unlock password.")
                                 .arg(store->toString()));
    }
    return {};
}

}  // namespace sitesync
