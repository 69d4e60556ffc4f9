#include "model/auditlog.h"

#include "db/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>

#include <utility>

namespace sitesync {

namespace {

// The technicians named at the unlocks in force, the latest last. Process-wide, because the work an
// unlock allows may run in a worker thread with a connection of its own.
struct ActiveActors {
    QMutex mutex;
    quint64 nextSerial = 1;
    QList<std::pair<quint64, QString>> actors;
};

ActiveActors& activeActors()
{
    static ActiveActors active;
    return active;
}

}  // namespace

AuditActor::AuditActor(const QString& technician)
    : m_technician(technician.trimmed())
{
    ActiveActors& active = activeActors();
    QMutexLocker lock(&active.mutex);
    m_serial = active.nextSerial++;
    active.actors.append({m_serial, m_technician});
}

AuditActor::~AuditActor()
{
    ActiveActors& active = activeActors();
    QMutexLocker lock(&active.mutex);
    active.actors.removeIf([this](const std::pair<quint64, QString>& entry) { return entry.first == m_serial; });
}

QString AuditActor::current()
{
    ActiveActors& active = activeActors();
    QMutexLocker lock(&active.mutex);
    for (auto it = active.actors.crbegin(); it != active.actors.crend(); ++it) {
        if (!it->second.isEmpty())
            return it->second;
    }
    return QString();
}

QString AuditLog::systemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user;
}

QString AuditLog::actor()
{
    const QString technician = AuditActor::current();
    return technician.isEmpty() ? systemUser() : technician;
}

const QStringList& AuditAction::all()
{
    static const QStringList codes = {kUnlocked,
                                      kUnlockFailed,
                                      kUnlockRefused,
                                      kUnlockPasswordSet,
                                      kUnlockPasswordChanged,
                                      kSiteAdded,
                                      kSiteDeleted,
                                      kBindingReset,
                                      kSiteExported,
                                      kCentralInitialised,
                                      kCentralMoved,
                                      kStoreAdded,
                                      kStoreMoved,
                                      kSyncSettingsChanged,
                                      kSyncWithFollowedVisibility,
                                      kStoreVisibilityChanged,
                                      kPatientRecordsResent,
                                      kRecordFollowsPatient,
                                      kSyncProblemRetried,
                                      kSyncProblemDismissed,
                                      kSyncProblemRetentionSet,
                                      kSiteRecovered};
    return codes;
}

namespace {

Status insert(Database& db, const QString& action, const QString& params)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, detail, params) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(db.now().toString(Qt::ISODateWithMs));
    query.addBindValue(AuditLog::actor());
    query.addBindValue(action);
    // The detail is for entries written before the parameters existed: empty now, never NULL.
    query.addBindValue(QString::fromLatin1(""));
    query.addBindValue(params);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return {};
}

}  // namespace

Status AuditLog::record(Database& db, const QString& action, const QJsonObject& params)
{
    return insert(db, action, QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
}

Result<QList<AuditEntry>> AuditLog::list(Database& db, int limit)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, at, actor, action, detail, params FROM audit_log ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(),   query.value(4).toString(), {}};
        if (!query.value(5).isNull())
            entry.params = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        entries.append(entry);
    }
    return entries;
}

}  // namespace sitesync
