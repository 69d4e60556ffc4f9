#include "security/unlockgate.h"

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
    if (password.size() < PasswordHash::kMinimumLength)
        return makeError(
            ErrorKind::BadInput,
            Text::tr("The unlock password needs at least %1 characters.").arg(PasswordHash::kMinimumLength));
    if (Status s = LocalState::set(m_db, kHashKey, PasswordHash::create(password)); !s)
        return s;
    return AuditLog::record(m_db, QStringLiteral("unlock password set"), QString());
}

Status UnlockGate::unlock(const QString& password, const QDateTime& now)
{
    const QString stored = LocalState::get(m_db, kHashKey);
    if (stored.isEmpty())
        return {};
    const QDateTime lockedUntil = QDateTime::fromString(LocalState::get(m_db, kLockedUntilKey), Qt::ISODate);
    if (lockedUntil.isValid() && now < lockedUntil) {
        (void)AuditLog::record(m_db, QStringLiteral("unlock refused"), QStringLiteral("locked out"));
        return makeError(ErrorKind::Refused,
                         Text::tr("Too many wrong unlock passwords; try again after %1 UTC.")
                             .arg(lockedUntil.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (PasswordHash::verify(password, stored)) {
        if (Status s = LocalState::set(m_db, kFailuresKey, QStringLiteral("0")); !s)
            return s;
        return AuditLog::record(m_db, QStringLiteral("unlocked"), QString());
    }
    const int failed = failures() + 1;
    (void)LocalState::set(m_db, kFailuresKey, QString::number(failed));
    (void)AuditLog::record(m_db, QStringLiteral("unlock failed"), QStringLiteral("attempt %1").arg(failed));
    if (failed >= kMaxFailures) {
        (void)LocalState::set(m_db, kFailuresKey, QStringLiteral("0"));
        (void)LocalState::set(m_db, kLockedUntilKey, now.addSecs(kLockoutMinutes * 60).toUTC().toString(Qt::ISODate));
        return makeError(ErrorKind::Refused,
                         Text::tr("Wrong unlock password. Unlocking is locked for %1 minutes.").arg(kLockoutMinutes));
    }
    return makeError(ErrorKind::Refused,
                     Text::tr("Wrong unlock password (%1 of %2 attempts).").arg(failed).arg(kMaxFailures));
}

}  // namespace sitesync
