#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace sitesync {

class Database;

// One entry of the audit trail.
struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString detail;
};

// The audit trail of the central server (ST-7): unlocks, and every change of sites and sync settings.
class AuditLog {
public:
    // The newest entries first.
    static Result<QList<AuditEntry>> list(Database& db, int limit = 1000);
    static Status record(Database& db, const QString& action, const QString& detail);
    // Who is acting: the operating-system user running the program.
    static QString actor();
};

}  // namespace sitesync
