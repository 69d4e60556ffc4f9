#include "settings/unlockgate.h"

#include "db/database.h"
#include "model/auditlog.h"
#include "model/localsite.h"
#include "security/passwordhash.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

const QString kHashKey = QStringLiteral("unlock_password_hash");
const QString kFailuresKey = QStringLiteral("unlock_failures");
const QString kLockedUntilKey = QStringLiteral("unlock_locked_until");

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::UnlockGate)
};

// The audit parameters that say what an unlock was for.
QJsonObject scopeParams(const UnlockScope& scope)
{
    QJsonObject params;
    if (!scope.purpose.isEmpty())
        params.insert(QStringLiteral("purpose"), scope.purpose);
    if (!scope.storeId.isEmpty())
        params.insert(QStringLiteral("store"), scope.storeId);
    if (scope.siteId > 0)
        params.insert(QStringLiteral("site"), scope.siteId);
    return params;
}

Status checkLength(const QString& password)
{
    if (password.size() < PasswordHash::kMinimumLength)
        return makeError(
            ErrorKind::BadInput,
            Text::tr("The unlock password needs at least %1 characters.").arg(PasswordHash::kMinimumLength));
    return {};
}

Status needsTechnician(const QString& technician)
{
    if (technician.trimmed().isEmpty())
        return makeError(ErrorKind::BadInput, Text::tr("Give your name: it is written in the audit log with "
                                                       "everything done while unlocked."));
    return {};
}

}  // namespace

bool UnlockGate::isSet() const
{
    return !LocalState::get(m_db, kHashKey).isEmpty();
}

int UnlockGate::failures() const
{
    return LocalState::get(m_db, kFailuresKey, QStringLiteral("0")).toInt();
}

Status UnlockGate::setPassword(const QString& password)
{
    if (isSet())
        return makeError(ErrorKind::Refused, Text::tr("An unlock password is set already; changing it needs the "
                                                      "current one."));
    if (Status s = checkLength(password); !s)
        return s;
    if (Status s = LocalState::set(m_db, kHashKey, PasswordHash::create(password)); !s)
        return s;
    return AuditLog::record(m_db, AuditAction::kUnlockPasswordSet, QJsonObject());
}

Status UnlockGate::check(const QString& password, const UnlockScope& scope, const QDateTime& now)
{
    const QString stored = LocalState::get(m_db, kHashKey);
    const QDateTime lockedUntil = QDateTime::fromString(LocalState::get(m_db, kLockedUntilKey), Qt::ISODate);
    if (lockedUntil.isValid() && now < lockedUntil) {
        QJsonObject params = scopeParams(scope);
        params.insert(QStringLiteral("until"), lockedUntil.toUTC().toString(Qt::ISODate));
        (void)AuditLog::record(m_db, AuditAction::kUnlockRefused, params);
        return makeError(ErrorKind::Refused,
                         Text::tr("Too many wrong unlock passwords; try again after %1 UTC.")
                             .arg(lockedUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (PasswordHash::verify(password, stored))
        return LocalState::set(m_db, kFailuresKey, QStringLiteral("0"));
    const int failed = failures() + 1;
    (void)LocalState::set(m_db, kFailuresKey, QString::number(failed));
    QJsonObject params = scopeParams(scope);
    params.insert(QStringLiteral("attempt"), failed);
    params.insert(QStringLiteral("of"), kMaxFailures);
    (void)AuditLog::record(m_db, AuditAction::kUnlockFailed, params);
    if (failed >= kMaxFailures) {
        (void)LocalState::set(m_db, kFailuresKey, QStringLiteral("0"));
        (void)LocalState::set(m_db, kLockedUntilKey, now.addSecs(kLockoutMinutes * 60).toUTC().toString(Qt::ISODate));
        return makeError(ErrorKind::Refused,
                         Text::tr("Wrong unlock password. Unlocking is locked for %1 minutes.").arg(kLockoutMinutes));
    }
    return makeError(ErrorKind::Refused,
                     Text::tr("Wrong unlock password (%1 of %2 attempts).").arg(failed).arg(kMaxFailures));
}

Result<std::unique_ptr<AuditActor>> UnlockGate::unlock(const QString& password, const QString& technician,
                                                       const UnlockScope& scope)
{
    if (Status s = needsTechnician(technician); !s)
        return s.error();
    if (!isSet())
        return makeError(ErrorKind::Refused, Text::tr("No unlock password is set on this server yet."));
    auto actor = std::make_unique<AuditActor>(technician);
    if (Status s = check(password, scope, m_db.now()); !s)
        return s.error();
    if (Status s = AuditLog::record(m_db, AuditAction::kUnlocked, scopeParams(scope)); !s)
        return s.error();
    return actor;
}

Status UnlockGate::unlock(const QString& password)
{
    return unlock(password, m_db.now());
}

Status UnlockGate::unlock(const QString& password, const QDateTime& now)
{
    if (!isSet())
        return {};
    if (Status s = check(password, {}, now); !s)
        return s;
    return AuditLog::record(m_db, AuditAction::kUnlocked, QJsonObject());
}

Status UnlockGate::change(const QString& current, const QString& replacement, const QString& technician)
{
    if (Status s = needsTechnician(technician); !s)
        return s;
    if (!isSet())
        return makeError(ErrorKind::Refused, Text::tr("No unlock password is set on this server yet."));
    if (Status s = checkLength(replacement); !s)
        return s;
    const AuditActor actor(technician);
    if (Status s = check(current, {UnlockPurpose::kChangePassword, {}, 0}, m_db.now()); !s)
        return s;
    if (Status s = LocalState::set(m_db, kHashKey, PasswordHash::create(replacement)); !s)
        return s;
    return AuditLog::record(m_db, AuditAction::kUnlockPasswordChanged, QJsonObject());
}

}  // namespace sitesync
