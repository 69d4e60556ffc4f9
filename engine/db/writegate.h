#pragma once

#include <QMutex>
#include <QString>

#include <memory>

namespace sitesync {

// SQLite lets one connection write at a time; connections of one process to the same file queue
// here instead, in order, rather than in SQLite's busy handler, which sleeps in growing steps and
// lets a late writer overtake. One gate per database file, shared by every connection to it.
class WriteGate {
public:
    static std::shared_ptr<QMutex> forFile(const QString& absolutePath);
};

}  // namespace sitesync
