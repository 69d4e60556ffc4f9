#pragma once

#include "core/result.h"

#include <QString>

namespace sitesync {

class Database;

// The audit trail of the central server (ST-7): unlocks, and every change of sites and sync settings.
class AuditLog {
public:
    static Status record(Database& db, const QString& action, const QString& detail);
    // Who is acting: the operating-system user running the program.
    static QString actor();
};

}  // namespace sitesync
