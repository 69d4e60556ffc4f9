#include "model/auditlog.h"

#include "db/database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace sitesync {

QString AuditLog::actor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user;
}

Status AuditLog::record(Database& db, const QString& action, const QString& detail)
{
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES (?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(actor());
    query.addBindValue(action);
    // A null QString would be stored as NULL; the column holds text, possibly empty.
    query.addBindValue(detail.isNull() ? QString::fromLatin1("") : detail);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    return {};
}

Result<QList<AuditEntry>> AuditLog::list(Database& db, int limit)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(AuditEntry{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString(), query.value(4).toString()});
    return entries;
}

}  // namespace sitesync
