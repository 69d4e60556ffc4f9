#include "sync/patienthomemoves.h"

#include "db/database.h"
#include "model/localsite.h"
#include "model/tableregistry.h"
#include "sync/siteledger.h"
#include "write/patientrules.h"
#include "write/recordwriter.h"

#include <QDateTime>

namespace sitesync {

Status PatientHomeMoves::afterWrite(const TableInfo& table, const QJsonObject& before, const QJsonObject& after)
{
    if (table.name != QLatin1String("name") ||
        after.value(QLatin1String("type")).toString() != QLatin1String("patient"))
        return {};
    const QString from = before.value(QLatin1String("home_store_id")).toString();
    const QString to = after.value(QLatin1String("home_store_id")).toString();
    if (from.isEmpty() || to.isEmpty() || from == to)
        return {};
    Database& db = m_writer.database();
    const QString patientId = after.value(QLatin1String("id")).toString();
    return db.exec(QStringLiteral("INSERT INTO patient_home_move (patient_id, from_store_id, to_store_id, moved_seq,"
                                  " moved_at) SELECT ?, ?, ?, seq, ? FROM change_log"
                                  " WHERE table_name = 'name' AND record_id = ?"
                                  " ON CONFLICT (patient_id, from_store_id) DO UPDATE SET"
                                  " to_store_id = excluded.to_store_id, moved_seq = excluded.moved_seq,"
                                  " moved_at = excluded.moved_at"),
                   {patientId, from, to, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), patientId});
}

Result<QString> PatientHomeMoves::followedHome(int sourceSite, const QString& table, const QJsonObject& record)
{
    if (!patientrules::kFollowers.contains(table))
        return QString();
    const QString madeIn = record.value(QLatin1String("home_store_id")).toString();
    const QString patientId = record.value(QLatin1String("patient_id")).toString();
    const QString home =
        m_writer.fetch(QStringLiteral("name"), patientId).value(QLatin1String("home_store_id")).toString();
    if (home.isEmpty() || madeIn.isEmpty() || home == madeIn || m_writer.site().activeSiteOf(madeIn) != sourceSite)
        return QString();
    const QJsonObject held = m_writer.fetch(table, record.value(QLatin1String("id")).toString());
    if (!held.isEmpty() && held.value(QLatin1String("patient_id")).toString() != patientId)
        return QString();
    Database& db = m_writer.database();
    const Result<QVariant> movedSeq =
        db.scalar(QStringLiteral("SELECT moved_seq FROM patient_home_move WHERE patient_id = ? AND from_store_id = ?"),
                  {patientId, madeIn});
    if (!movedSeq)
        return movedSeq.error();
    if (!movedSeq->isValid() || movedSeq->isNull())
        return QString();  // the patient's home never moved away from that store
    const Result<qint64> pulled = SiteLedger(db).pulledSeq(sourceSite);
    if (!pulled)
        return pulled.error();
    // A site that had stored the move re-homes its records itself; one that still names the old
    // home after it is judged by the ordinary rules (PT-2: repeats only on the home site).
    if (*pulled >= movedSeq->toLongLong())
        return QString();
    return home;
}

}  // namespace sitesync
