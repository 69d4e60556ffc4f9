#pragma once

#include <QLockFile>
#include <QString>

namespace sitesync {

// One synchronisation of a site at a time (the window's and a command's, say), and no retry of a
// sync problem during one: two at once would each take the other's acknowledged batch for a sign
// of an older database, or overtake a received record the other holds back. A lock file beside
// the database, stale only when the process that holds it is gone.
class SyncLock {
public:
    explicit SyncLock(const QString& databasePath)
        : m_file(databasePath + QStringLiteral(".sync-lock"))
    {
        m_file.setStaleLockTime(0);
    }

    // Takes the lock if no one holds it; it is released when this object goes.
    bool tryLock() { return m_file.tryLock(0); }

private:
    QLockFile m_file;
};

}  // namespace sitesync
