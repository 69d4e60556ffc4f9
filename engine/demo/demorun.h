#pragma once

#include "demo/demonetwork.h"

namespace sitesync {

// The whole demo of the specification's worked examples: builds the network, serves the central on
// 127.0.0.1, initialises both remote sites from it, enters stock on every site and a transfer
// between remote sites, synchronises, and counts where each store's records ended up. Its central
// server has an unlock password (DemoNetwork::unlockPassword()), as a real one would.
class DemoRun {
public:
    struct Outcome {
        DemoNetwork::Summary network;
        QString url;
        QString unlockPassword;        // set on the central: the sync settings and sites are behind it
        QMap<int, QString> databases;  // site -> database file
        QMap<QString, QMap<int, int>> stockLinesBySite;  // store -> site -> stock lines held there
        QMap<int, int> transfersBySite;                  // site -> the C-to-B transfer held there (0 or 1)
    };

    // `central`: as DemoNetwork::build takes it.
    static Result<Outcome> run(const QString& dir, const std::function<void(const QString&)>& progress,
                               const QString& central = {});
};

}  // namespace sitesync
