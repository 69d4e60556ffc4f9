#pragma once

#include "core/result.h"

#include <QMap>

namespace sitesync {

class Database;

// ACC-4, OPS-6: on the central, how many records wait for each remote site: the log entries past
// its pulled cursor that route to it, and its targeted resends not among them (the pull serves a
// record both queued and logged once from each; the count counts it once).
//
// Which entries route to a site is decided by Routing's condition, as for the pull; the count only
// evaluates it once per routing key (Routing::routingKey) and site rather than once per entry and
// site, and only for the sites a key's routes lead to (Routing::sitesOfKeys): the log past the
// lowest cursor is read once and its entries grouped by key, each key is judged for the sites it
// may reach, and each site counts its keys' entries past its own cursor. Its cost grows with the
// waiting entries and the copies their keys reach, not with the sites times the log.
class WaitingCounts {
public:
    static Result<QMap<int, int>> bySite(Database& db);
};

}  // namespace sitesync
