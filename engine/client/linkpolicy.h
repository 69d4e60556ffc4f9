#pragma once

#include <QElapsedTimer>

#include <chrono>
#include <functional>

namespace sitesync {

// How a remote site treats its link to the central server (docs/reliability.md, "A link that stalls
// or drops"). A request that moves no bytes either way for `stallLimit` is given up as timed out. A
// sync whose link fails once the central has answered it waits and starts again from its last
// stored step (so at most the batch in flight is sent again): up to `retries` times, the first after
// `firstDelay`, each wait twice the one before but at most `longestDelay`, and no retry starts once
// `giveUpAfter` has passed since the first failure.
struct LinkPolicy {
    std::chrono::milliseconds stallLimit{std::chrono::seconds(30)};
    int retries = 5;
    std::chrono::milliseconds firstDelay{std::chrono::seconds(2)};
    std::chrono::milliseconds longestDelay{std::chrono::seconds(60)};
    std::chrono::milliseconds giveUpAfter{std::chrono::minutes(5)};

    // The wait before retry `retry` (1 for the first).
    std::chrono::milliseconds delayBefore(int retry) const;

    // The product's policy; SITESYNC_STALL_SECONDS (1 to 600) sets the stall limit, for a link known
    // to be slow or, in tests, to notice a stall at once.
    static LinkPolicy standard();
};

// The retries of one sync under a LinkPolicy: how many are left, and the wait before each.
class LinkRetries {
public:
    explicit LinkRetries(const LinkPolicy& policy)
        : m_policy(policy)
    {
    }

    // The link failed: true when another retry may follow (by their number, and it would start
    // within giveUpAfter of the first failure), which then counts as done.
    bool another();
    int done() const { return m_done; }
    qint64 elapsedSeconds() const { return m_since.isValid() ? m_since.elapsed() / 1000 : 0; }
    // Waits before the latest retry, telling `tick` the seconds left at the start and at each whole
    // second; false at once, within a tenth of a second, when `cancelled` says so.
    bool wait(const std::function<void(int secondsLeft)>& tick, const std::function<bool()>& cancelled) const;

private:
    LinkPolicy m_policy;
    int m_done = 0;
    QElapsedTimer m_since;
};

}  // namespace sitesync
