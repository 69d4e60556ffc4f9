#include "settings/storeregistry.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "model/syncsettings.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::StoreRegistry)
};

}  // namespace

bool StoreRegistry::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

Result<StoreInfo> StoreRegistry::add(const QString& id, const QString& code, const QString& name, bool dispensary)
{
    if (!isValidId(id))
        return makeError(ErrorKind::BadInput,
                         Text::tr("A store ID is 1 to 64 letters, digits, '.', '_' or '-', starting "
                                  "with a letter or digit; '%1' is not.")
                             .arg(id));
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("A store needs a code and a name."));
    const Result<QJsonObject> existing = m_writer.fetch(QStringLiteral("store"), id);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return makeError(ErrorKind::Invalid, Text::tr("Store '%1' already exists.").arg(id));

    const WriteOptions managed = WriteOptions::managedTables();
    const QString now = m_writer.database().nowText();
    Status s = m_writer.inOneTransaction([&]() -> Status {
        const Result<WriteResult> store = m_writer.put(QStringLiteral("store"),
                                                       {{QStringLiteral("id"), id},
                                                        {QStringLiteral("code"), code.trimmed()},
                                                        {QStringLiteral("name"), name.trimmed()},
                                                        {QStringLiteral("is_dispensary"), dispensary ? 1 : 0},
                                                        {QStringLiteral("created_at"), now}},
                                                       managed);
        if (!store)
            return store.error();
        // The store as a customer or supplier of other stores (a name record, central data).
        const Result<WriteResult> asName = m_writer.put(
            QStringLiteral("name"), {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                     {QStringLiteral("code"), code.trimmed()},
                                     {QStringLiteral("name"), name.trimmed()},
                                     {QStringLiteral("type"), QStringLiteral("store")},
                                     {QStringLiteral("store_id"), id},
                                     {QStringLiteral("created_at"), now}});
        if (!asName)
            return asName.error();
        // On the central the new store is given its default sync settings by the write path (ST-1).
        return AuditLog::record(m_writer.database(), AuditAction::kStoreAdded,
                                {{QStringLiteral("store"), id}, {QStringLiteral("name"), name.trimmed()}});
    });
    if (!s)
        return s.error();
    return find(id);
}

Result<QList<StoreInfo>> StoreRegistry::list()
{
    QSqlQuery query(m_writer.database().sql());
    if (!query.exec(QStringLiteral("SELECT st.id, st.code, st.name, st.is_dispensary, ss.active_site_id, n.id"
                                   " FROM store st LEFT JOIN store_sync ss ON ss.id = st.id"
                                   " LEFT JOIN name n ON n.store_id = st.id ORDER BY st.id")))
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<StoreInfo> stores;
    while (query.next()) {
        StoreInfo info;
        info.id = query.value(0).toString();
        info.code = query.value(1).toString();
        info.name = query.value(2).toString();
        info.dispensary = query.value(3).toInt() == 1;
        if (!query.value(4).isNull())
            info.activeSiteId = query.value(4).toInt();
        info.nameId = query.value(5).toString();
        stores.append(info);
    }
    return stores;
}

Result<StoreInfo> StoreRegistry::find(const QString& id)
{
    const Result<QList<StoreInfo>> stores = list();
    if (!stores)
        return stores.error();
    for (const StoreInfo& store : *stores) {
        if (store.id == id)
            return store;
    }
    return makeError(ErrorKind::NotFound, Text::tr("There is no store '%1'.").arg(id));
}

}  // namespace sitesync
