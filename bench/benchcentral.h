#pragma once

#include "core/result.h"

#include <QString>
#include <QTextStream>

namespace sitesync::bench {

// The central both benchmarks serve, and the helpers they share to print what failed.

// Standard output, where the figures go.
QTextStream& out();

inline const QString kPassword = QStringLiteral("benchmark-site-password");

// Prints "FAILED what: message" for a failure; true when `s` succeeded.
bool check(const Status& s, const char* what);

template <typename T> bool check(const Result<T>& r, const char* what)
{
    return check(r ? Status() : Status(r.error()), what);
}

// A duration in nanoseconds as "12.34 ms" and as "1.2 s".
QString ms(qint64 ns);
QString seconds(qint64 ns);

// A central with store A (active there, collector on site 2) holding `count` stock lines, at
// `path` (a file or a PostgreSQL address); `writeRate` receives the records/s of the write path.
bool buildCentral(const QString& path, int count, double* writeRate = nullptr);

// The first of the sites added by addPollingSites; site 2 is the one that initialises.
constexpr int kFirstPollingSite = 3;

// Sites 3 .. count+2 on the central at `path`, each initialised there as its first `initialise`
// request would, bound to a hardware ID of its own.
bool addPollingSites(const QString& path, int count);

}  // namespace sitesync::bench
