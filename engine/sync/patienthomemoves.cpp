#include "sync/patienthomemoves.h"

#include "catalogue/tableregistry.h"
#include "db/database.h"
#include "model/localsite.h"
#include "sync/siteledger.h"
#include "write/patientrules.h"
#include "write/recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::PatientHomeMoves)
};

}  // namespace

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
    return db.exec(QStringLiteral("INSERT INTO patient_home_move (patient_id, from_store_id, from_site_id, to_store_id,"
                                  " moved_seq, moved_at) SELECT ?, ?, CAST(? AS BIGINT), ?, seq, ? FROM change_log"
                                  " WHERE table_name = 'name' AND record_id = ?"
                                  " ON CONFLICT (patient_id, from_store_id) DO UPDATE SET"
                                  " from_site_id = excluded.from_site_id, to_store_id = excluded.to_store_id,"
                                  " moved_seq = excluded.moved_seq, moved_at = excluded.moved_at"),
                   QVariantList{patientId, from, m_writer.site().activeSiteOf(from).value_or(0), to,
                                db.now().toString(Qt::ISODateWithMs), patientId});
}

Result<QString> PatientHomeMoves::followedHome(int sourceSite, const QString& table, const QJsonObject& record)
{
    if (!patientrules::kFollowers.contains(table))
        return QString();
    const QString madeIn = record.value(QLatin1String("home_store_id")).toString();
    const QString patientId = record.value(QLatin1String("patient_id")).toString();
    const Result<QJsonObject> patient = m_writer.fetch(QStringLiteral("name"), patientId);
    if (!patient)
        return patient.error();
    const QString home = patient->value(QLatin1String("home_store_id")).toString();
    if (home.isEmpty() || madeIn.isEmpty() || home == madeIn)
        return QString();
    Database& db = m_writer.database();
    QSqlQuery move(db.sql());
    move.prepare(QStringLiteral("SELECT from_site_id, moved_seq FROM patient_home_move"
                                " WHERE patient_id = ? AND from_store_id = ?"));
    move.addBindValue(patientId);
    move.addBindValue(madeIn);
    if (!move.exec())
        return makeError(ErrorKind::Database, sqlErrorText(move));
    // The patient's home never moved away from that store, or not from the sending site.
    if (!move.next() || move.value(0).toInt() != sourceSite)
        return QString();
    const qint64 movedSeq = move.value(1).toLongLong();
    move.finish();
    const Result<qint64> served = SiteLedger(db).servedEver(sourceSite);
    if (!served)
        return served.error();
    // A site that was ever sent the move re-homes its records itself; one that still names the old
    // home after that is judged by the ordinary rules (PT-2: repeats only on the home site).
    if (*served >= movedSeq)
        return QString();
    const QString id = record.value(QLatin1String("id")).toString();
    const Result<QJsonObject> stored = m_writer.fetch(table, id);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        // The move took the patient's records to the new home site, which owns them now: a change
        // of one made before the former home site learnt of the move is not applied over them.
        return makeError(ErrorKind::Refused,
                         Text::tr("Record '%1' of '%2' was changed on site %3 after patient '%4' moved to store '%5', "
                                  "before the site learnt of the move; the patient's records belong to the new "
                                  "home store now, so the change was not applied. Make it again there if it is "
                                  "still needed.")
                             .arg(id, table, m_writer.site().siteLabel(sourceSite), patientId, home));
    return home;
}

}  // namespace sitesync
