#include "client/linkpolicy.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace sitesync {

std::chrono::milliseconds LinkPolicy::delayBefore(int retry) const
{
    std::chrono::milliseconds delay = firstDelay;
    for (int i = 1; i < retry && delay < longestDelay; ++i)
        delay *= 2;
    return std::min(delay, longestDelay);
}

LinkPolicy LinkPolicy::standard()
{
    LinkPolicy policy;
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("SITESYNC_STALL_SECONDS", &ok);
    if (ok && seconds >= 1 && seconds <= 600)
        policy.stallLimit = std::chrono::seconds(seconds);
    return policy;
}

bool LinkRetries::another()
{
    if (!m_since.isValid())
        m_since.start();
    if (m_done >= m_policy.retries ||
        std::chrono::milliseconds(m_since.elapsed()) + m_policy.delayBefore(m_done + 1) > m_policy.giveUpAfter)
        return false;
    ++m_done;
    return true;
}

bool LinkRetries::wait(const std::function<void(int secondsLeft)>& tick, const std::function<bool()>& cancelled) const
{
    const QDeadlineTimer until(m_policy.delayBefore(m_done));
    int told = -1;
    while (!cancelled()) {
        const qint64 left = until.remainingTime();
        if (left <= 0)
            return true;
        const int seconds = int((left + 999) / 1000);
        if (seconds != told) {
            tick(seconds);
            told = seconds;
        }
        // An event loop rather than a sleep: whatever else lives in this thread goes on meanwhile.
        QEventLoop pause;
        QTimer::singleShot(std::min<qint64>(left, 100), &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}

}  // namespace sitesync
