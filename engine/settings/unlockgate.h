#pragma once

#include "core/result.h"

#include <QDateTime>

#include <memory>

namespace sitesync {

class AuditActor;
class Database;

// What an unlock is for, written with its audit entries: a purpose (UnlockPurpose in
// model/auditlog.h) and the store or site it concerns, when there is one.
struct UnlockScope {
    QString purpose;
    QString storeId;
    int siteId = 0;
};

// The unlock password of the central server (ST-4, ST-7), which guards the sync settings and the
// changes of sites: kept only as a salted slow hash; wrong attempts are counted, a run of them
// locks the gate for a while, and every attempt is audited with the technician who made it.
class UnlockGate {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockoutMinutes = 15;

    explicit UnlockGate(Database& db)
        : m_db(db)
    {
    }

    bool isSet() const;
    // Sets the first unlock password; refused when one is set already (change() replaces it).
    Status setPassword(const QString& password);
    // Replaces the unlock password. The current one is checked as an unlock is: a wrong one changes
    // nothing and counts as a failed attempt.
    Status change(const QString& current, const QString& replacement, const QString& technician);
    // Accepts the right password unless locked out, as of the database's time now (Database::now).
    // The technician named (required) is the actor of the attempt's audit entry and, while the
    // returned AuditActor lives, of every entry written after it. Refused when no unlock password is set.
    Result<std::unique_ptr<AuditActor>> unlock(const QString& password, const QString& technician,
                                               const UnlockScope& scope);
    // The same without a name or a purpose (the actor is whoever AuditLog::actor() names); accepts
    // anything while no unlock password is set.
    Status unlock(const QString& password);
    // The same as of `now` rather than the database's time.
    Status unlock(const QString& password, const QDateTime& now);
    int failures() const;

private:
    // Checks the password against the stored hash, counting and auditing a wrong one.
    Status check(const QString& password, const UnlockScope& scope, const QDateTime& now);

    Database& m_db;
};

}  // namespace sitesync
