#pragma once

#include <QDateTime>

#include <functional>

namespace sitesync {

// The time "now", injectable so that ages ("over a month ago") and schedules can be tested. A site's
// clock is carried by its Database (Database::now, setClock): every time the engine stores or shows
// is read from there or handed down from there, never from the system directly. Durations
// (timeouts, how long a request took) are measured with QElapsedTimer, which no clock change moves.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

}  // namespace sitesync
