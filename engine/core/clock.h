#pragma once

#include <QDateTime>

#include <functional>

namespace sitesync {

// The time "now", injectable so that ages ("over a month ago") and schedules can be tested.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

}  // namespace sitesync
