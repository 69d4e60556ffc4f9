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

// A central with store A (active there, collector on site 2) holding `count` stock lines.
bool buildCentral(const QString& path, int count);

}  // namespace sitesync::bench
