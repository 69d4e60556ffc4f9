#pragma once

namespace sitesync {

// A named step of a set-up that writes in more than one place (the site's database, the keychain,
// the central). When SITESYNC_KILL_AT names the step, the process is killed there, as a crash or a
// technician's kill would: no destructor runs, nothing is flushed. Tests use it to reach every
// interrupted state deterministically (docs/reliability.md); otherwise it does nothing.
void killPoint(const char* step);

}  // namespace sitesync
