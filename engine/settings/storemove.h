#pragma once

#include "core/result.h"
#include "model/syncsettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace sitesync {

class Database;
class LocalSite;
class RecordWriter;
class SiteRegistry;
class SyncSettingsEditor;
struct SyncSettingsImpact;

// A new sync site made for a store that moves to it (AD-3: "create the new site if needed").
struct NewSite {
    int id = 0;
    QString name;
    QString type;  // "desktop" or "mobile"
    QString password;
};

// What a technician decides for a store move (AD-3, the specification's move procedure).
struct StoreMovePlan {
    QString storeId;
    int toSiteId = 0;                     // an existing site, the central, or the new site's ID
    std::optional<NewSite> newSite;       // set when the 'To' site is created by the move
    SyncWith fromKeeps = SyncWith::None;  // what stays on the 'From' site: None, Transfer or Active/collector
    bool deleteEmptyFromSite = false;     // delete the 'From' site if the move leaves it without a store
};

// Step 1 of the procedure: are both sites fully synchronised? Only the central's side can be
// known here: what still waits for each site, and when each last connected.
struct StoreMoveReadiness {
    int fromSiteId = 0;
    bool fromIsCentral = false;
    int waitingForFrom = 0;      // records the 'From' site has not yet received
    int waitingForTo = 0;        // records the 'To' site (when it exists and is remote) has not yet received
    QString fromLastConnection;  // ISO 8601, empty when never
    QString toLastConnection;
    // What each remote site had waiting to push at its last report, and when that was (ACC-4);
    // -1 when it never reported. The central cannot know what a site changed since.
    int outgoingOnFrom = -1;
    QString fromReportedAt;
    int outgoingOnTo = -1;
    QString toReportedAt;
    bool fromWouldBeEmpty = false;  // no other store is active on the 'From' site
    QStringList warnings;

    bool fullySynchronised() const
    {
        return waitingForFrom == 0 && waitingForTo == 0 && outgoingOnFrom <= 0 && outgoingOnTo <= 0;
    }
};

// One of the copies the 'From' site may keep, and whether the rules accept the move with it.
struct FromKeepsChoice {
    SyncWith value = SyncWith::None;
    std::optional<Error> refusal;  // why the move is refused with this choice; empty when accepted
};

// What the 'From' site may keep of the store, as the rules decide for this plan.
struct FromKeepsChoices {
    QList<FromKeepsChoice> choices;  // None, Transfer and Active/collector, in that order
    // The choice to propose: on the central its usual collector copy (ST-5), elsewhere the least
    // the rules accept, as a collector there keeps all of the store's traffic and is rarely wanted.
    // Unset when every choice is refused.
    std::optional<SyncWith> proposed;
    bool fromIsCentral = false;
};

struct StoreMoveReport {
    StoreSyncSettings settings;  // the store's settings after the move
    int queued = 0;              // records queued for the sites that now need them (RT-5)
    int waitingForTo = 0;        // everything that now waits for the 'To' site, log and queue
    bool fromSiteDeleted = false;
};

// Moves a store's active copy from one site to another on the central server (AD-3, ST-3, TOP-5,
// TOP-6): optionally creates the 'To' site, makes the store active there, leaves the chosen copy on
// the 'From' site, queues the store's records for the sites that now need them, and deletes a
// 'From' site left empty when asked. All of it in one transaction: nothing is half done.
class StoreMove {
public:
    // The central's services a move works through (SiteSession::storeMove() gives its own).
    struct Services {
        Database& database;
        LocalSite& site;
        RecordWriter& writer;
        SiteRegistry& sites;
        SyncSettingsEditor& syncSettings;
    };

    explicit StoreMove(const Services& services)
        : m_services(services)
    {
    }

    Result<StoreMoveReadiness> check(const StoreMovePlan& plan);
    // Which copies the 'From' site may keep: the plan checked with each (plan.fromKeeps is ignored).
    Result<FromKeepsChoices> fromKeepsChoices(const StoreMovePlan& plan);
    // What the move would cause, as the Synchronisation tab's preview measures a change: the move is
    // made in a transaction that is then rolled back.
    Result<SyncSettingsImpact> measure(const StoreMovePlan& plan);
    // The sync-settings change the plan makes (for previews).
    Result<SyncSettingsChange> changeFor(const StoreMovePlan& plan);
    Result<StoreMoveReport> run(const StoreMovePlan& plan);

private:
    // Refuses, with the reason, a move asked of a site that is not the central.
    Status onCentral() const;
    // The site the store is active on before the move, once the plan is one the central may run.
    Result<int> activeSiteBefore(const StoreMovePlan& plan);
    // Refuses, with the reason, a plan the rules refuse (TOP-5, ST-5); changes nothing.
    Status checkRules(const StoreMovePlan& plan);
    // The move itself, inside the caller's transaction: what run() commits and measure() rolls back.
    Status perform(const StoreMovePlan& plan, int fromSiteId, StoreMoveReport& report);

    Services m_services;
};

}  // namespace sitesync
