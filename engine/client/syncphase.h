#pragma once

#include <QString>

namespace sitesync {

// The steps of a synchronisation that its progress reports name.
enum class SyncPhase {
    Push,       // this site's changes go to the central
    Pull,       // what the central routed to this site comes in
    Integrate,  // what came in is applied
    Wait,       // the link to the central is down and a retry is due
};

// The phase's name as the command line prints it: "push", "pull", "integrate", "wait".
QString syncPhaseName(SyncPhase phase);

}  // namespace sitesync
