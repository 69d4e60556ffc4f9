#pragma once

#include "settings/unlockgate.h"

#include <memory>
#include <optional>

namespace sitesync {
class AuditActor;
class Database;
}  // namespace sitesync

namespace sitesync::cli {

class Invocation;

// The technician acting, for the audit log: --technician, else asked on a terminal, else (no
// person can be asked: standard input is not a terminal) the operating-system user.
QString technicianName(Invocation& in);
// The unlock password, when one is set: from standard input with --unlock-password-stdin, else asked
// on a terminal. Nothing, with the failure printed into `status`, when it cannot be had.
std::optional<QString> readUnlockPassword(Invocation& in, Database& db, int* status);
// Unlocks for `scope` with `password` when an unlock password is set (ST-7). The technician is the
// actor of every audit entry while the returned AuditActor lives (also when no unlock password is
// set). Null, with the failure printed into `status`, when refused.
std::unique_ptr<AuditActor> unlockWith(Invocation& in, Database& db, const UnlockScope& scope, const QString& password,
                                       int* status);
// Both: what a command that only technicians may run does first.
std::unique_ptr<AuditActor> unlockForChange(Invocation& in, Database& db, const UnlockScope& scope, int* status);
// A line typed on the terminal without echo (a password), after `prompt` on stderr; null when
// standard input is not a terminal or ends.
QString readHiddenLine(Invocation& in, const QString& prompt);

}  // namespace sitesync::cli
