#include "write/patienthooks.h"

#include "db/database.h"
#include "model/localsite.h"
#include "write/patientrules.h"
#include "write/recordmerge.h"
#include "write/writehook.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sitesync::patienthooks {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RecordWriter)
};

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

const TableInfo& table(const QString& name)
{
    return *TableRegistry::find(name);
}

// PT-1: the home store of a patient follows its latest prescription, to a store active where it
// is made; the site losing the patient has no say in it.
Status allowHomeMove(WriteContext& context, const WriteStep& step, const Error& refusal)
{
    switch (patientrules::homeMove(context.database(), step.table.name, step.before, step.after, context.fetcher())) {
    case patientrules::HomeMove::Move:
        return {};
    case patientrules::HomeMove::Unproven:
        return makeError(ErrorKind::MissingReference,
                         Text::tr("A patient's home store moves only with a finalised prescription in the new "
                                  "home store; there is none here (yet) for record '%1'.")
                             .arg(text(step.after, "id")));
    case patientrules::HomeMove::None:
        break;
    }
    return refusal;
}

Result<QStringList> ids(Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db.sql());
    query.prepare(statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QStringList found;
    while (query.next())
        found << query.value(0).toString();
    return found;
}

// PT-3: a new patient is visible in its home store and the other dispensary stores active here,
// except those whose preference new_patients_visible is 'off'.
Status showNewPatient(WriteContext& context, const QString& patientId, const QString& homeStoreId)
{
    const Result<QStringList> stores = ids(
        context.database(),
        QStringLiteral("SELECT st.id FROM store st JOIN store_sync ss ON ss.id = st.id WHERE ss.active_site_id = ?"
                       " AND (st.id = ? OR (st.is_dispensary = 1 AND NOT EXISTS (SELECT 1 FROM store_preference p"
                       "  WHERE p.store_id = st.id AND p.key = 'new_patients_visible' AND p.value = 'off')))"
                       " AND NOT EXISTS (SELECT 1 FROM name_store_join j WHERE j.name_id = ? AND j.store_id = st.id)"
                       " ORDER BY st.id"),
        {context.site().siteId(), homeStoreId, patientId});
    if (!stores)
        return stores.error();
    for (const QString& storeId : *stores) {
        const Result<WriteResult> shown =
            context.put(table(QStringLiteral("name_store_join")),
                        {{QStringLiteral("name_id"), patientId}, {QStringLiteral("store_id"), storeId}});
        if (!shown)
            return shown.error();
    }
    return {};
}

// PT-1: the patient's home store, and the records that follow it, move to `storeId`.
Status movePatientHome(WriteContext& context, const QString& patientId, const QString& storeId)
{
    const Result<QJsonObject> found = context.fetch(QStringLiteral("name"), patientId);
    if (!found)
        return found.error();
    const QJsonObject& patient = *found;
    if (text(patient, "type") != QLatin1String("patient") || text(patient, "home_store_id") == storeId)
        return {};
    const Result<WriteResult> moved = context.put(
        table(QStringLiteral("name")), {{QStringLiteral("id"), patientId}, {QStringLiteral("home_store_id"), storeId}});
    if (!moved)
        return moved.error();
    for (const QString& follower : patientrules::kFollowers) {
        const Result<QStringList> records =
            ids(context.database(),
                QStringLiteral("SELECT id FROM %1 WHERE patient_id = ?").arg(Database::quoted(follower)), {patientId});
        if (!records)
            return records.error();
        for (const QString& id : *records) {
            const Result<WriteResult> followed =
                context.put(table(follower), {{QStringLiteral("id"), id}, {QStringLiteral("home_store_id"), storeId}});
            if (!followed)
                return followed.error();
        }
    }
    return {};
}

class Patient final : public WriteHook {
public:
    Status refused(WriteContext& context, const WriteStep& step, const Error& refusal) const override
    {
        return allowHomeMove(context, step, refusal);
    }

    // What other sites send carries its own visibility.
    Status written(WriteContext& context, const WriteStep& step) const override
    {
        if (context.origin() != WriteOrigin::Here || step.op != Operation::Insert ||
            text(step.after, "type") != QLatin1String("patient"))
            return {};
        return showNewPatient(context, text(step.after, "id"), text(step.after, "home_store_id"));
    }
};

class Follower final : public WriteHook {
public:
    // A record that names a patient merged away follows the kept patient home (the merge's own
    // hook then names the kept patient).
    Status prepare(WriteContext& context, const TableInfo&, QJsonObject& fields) const override
    {
        const QJsonValue patient = fields.value(QLatin1String("patient_id"));
        if (!patient.isString())
            return {};
        const Result<QString> kept =
            recordmerge::keptFor(context.database(), QStringLiteral("name"), patient.toString());
        if (!kept)
            return kept.error();
        if (kept->isEmpty())
            return {};
        const Result<QJsonObject> keptPatient = context.fetch(QStringLiteral("name"), *kept);
        if (!keptPatient)
            return keptPatient.error();
        fields.insert(QStringLiteral("home_store_id"), keptPatient->value(QLatin1String("home_store_id")));
        return {};
    }

    // A denormalised routing key must agree with its source, or the rules would judge the record by
    // a store the client chose.
    Status check(WriteContext& context, const WriteStep& step) const override
    {
        if (text(step.after, "home_store_id") == step.now.storeId)
            return {};
        // Another site's record may arrive ahead of its patient's move to a new home store (PT-1):
        // it waits for it. Made here, it is simply wrong.
        return makeError(context.followsAnotherSite() ? ErrorKind::MissingReference : ErrorKind::Invalid,
                         Text::tr("The home_store_id of %1 must be its patient's home store ('%2'); a record that "
                                  "follows its patient to a new home store waits until the patient has moved.")
                             .arg(step.table.name, step.now.storeId));
    }

    Status refused(WriteContext& context, const WriteStep& step, const Error& refusal) const override
    {
        return allowHomeMove(context, step, refusal);
    }
};

class Prescription final : public WriteHook {
public:
    Status check(WriteContext& context, const WriteStep& step) const override
    {
        if (text(step.after, "type") != QLatin1String("prescription"))
            return {};
        const QString storeId = text(step.after, "store_id");
        const Result<QJsonObject> store = context.fetch(QStringLiteral("store"), storeId);
        if (!store)
            return store.error();
        if (store->value(QLatin1String("is_dispensary")).toInt() != 1)
            return makeError(ErrorKind::Invalid,
                             Text::tr("Store '%1' is not a dispensary store; prescriptions are made in dispensary "
                                      "stores only.")
                                 .arg(storeId));
        const QString nameId = text(step.after, "name_id");
        const Result<QJsonObject> found = context.fetch(QStringLiteral("name"), nameId);
        if (!found)
            return found.error();
        const QJsonObject& name = *found;
        if (name.isEmpty())
            return makeError(ErrorKind::MissingReference,
                             Text::tr("The patient '%1' of the prescription is not on this site.").arg(nameId));
        if (text(name, "type") != QLatin1String("patient"))
            return makeError(ErrorKind::Invalid,
                             Text::tr("'%1' is not a patient; a prescription is made for a patient.").arg(nameId));
        return {};
    }

    // A prescription finalised here, or by the system, takes its patient home with it; what
    // another site sends carries its own move.
    Status written(WriteContext& context, const WriteStep& step) const override
    {
        if (context.origin() != WriteOrigin::Here && context.origin() != WriteOrigin::System)
            return {};
        const QString patient = patientrules::patientToMove(step.table.name, step.before, step.after);
        if (patient.isEmpty())
            return {};
        return movePatientHome(context, patient, text(step.after, "store_id"));
    }
};

class Prescriber final : public WriteHook {
public:
    Status check(WriteContext& context, const WriteStep& step) const override
    {
        const QString home = text(step.after, "home_store_id");
        const Result<QJsonObject> store = context.fetch(QStringLiteral("store"), home);
        if (!store)
            return store.error();
        if (!store->isEmpty() && store->value(QLatin1String("is_dispensary")).toInt() != 1)
            return makeError(ErrorKind::Invalid,
                             Text::tr("Store '%1' is not a dispensary store; a prescriber's home store is a "
                                      "dispensary store.")
                                 .arg(home));
        return {};
    }
};

}  // namespace

const WriteHook& patient()
{
    static const Patient hook;
    return hook;
}

const WriteHook& follower()
{
    static const Follower hook;
    return hook;
}

const WriteHook& prescription()
{
    static const Prescription hook;
    return hook;
}

const WriteHook& prescriber()
{
    static const Prescriber hook;
    return hook;
}

}  // namespace sitesync::patienthooks
