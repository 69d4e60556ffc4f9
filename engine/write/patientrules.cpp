#include "write/patientrules.h"

#include "db/database.h"

namespace sitesync::patientrules {

namespace {

QString text(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

bool isFinalisedPrescription(const QJsonObject& invoice)
{
    return text(invoice, "type") == QLatin1String("prescription") &&
           text(invoice, "status") == QLatin1String("finalised");
}

}  // namespace

HomeMove homeMove(Database& db, const QString& table, const QJsonObject& before, const QJsonObject& after,
                  const RecordFetch& fetch)
{
    const bool patient = table == QLatin1String("name") && text(before, "type") == QLatin1String("patient");
    if (!patient && !kFollowers.contains(table))
        return HomeMove::None;
    const QString home = text(after, "home_store_id");
    if (home.isEmpty() || home == text(before, "home_store_id"))
        return HomeMove::None;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.key() != QLatin1String("home_store_id") && before.value(it.key()) != it.value())
            return HomeMove::None;
    }
    if (!patient)
        return text(fetch(QStringLiteral("name"), text(after, "patient_id")), "home_store_id") == home
                   ? HomeMove::Move
                   : HomeMove::Unproven;
    const Result<QVariant> prescribed =
        db.scalar(QStringLiteral("SELECT count(*) FROM invoice WHERE type = 'prescription' AND status = 'finalised'"
                                 " AND name_id = ? AND store_id = ?"),
                  {text(after, "id"), home});
    return prescribed && prescribed->toInt() > 0 ? HomeMove::Move : HomeMove::Unproven;
}

QString patientToMove(const QString& table, const QJsonObject& before, const QJsonObject& after)
{
    if (table != QLatin1String("invoice") || !isFinalisedPrescription(after) || isFinalisedPrescription(before))
        return {};
    return text(after, "name_id");
}

}  // namespace sitesync::patientrules
