#pragma once

#include "core/result.h"

#include <QDateTime>

namespace sitesync {

class Database;

// The unlock password of the Synchronisation tab (ST-4, ST-7): kept only as a salted slow hash;
// wrong attempts are counted, a run of them locks the gate for a while, and every attempt is audited.
class UnlockGate {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockoutMinutes = 15;

    explicit UnlockGate(Database& db)
        : m_db(db)
    {
    }

    bool isSet() const;
    Status setPassword(const QString& password);
    // Accepts the right password unless locked out; `now` is injectable for tests.
    Status unlock(const QString& password, const QDateTime& now = QDateTime::currentDateTimeUtc());
    int failures() const;

private:
    Database& m_db;
};

}  // namespace sitesync
