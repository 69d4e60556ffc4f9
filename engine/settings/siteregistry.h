#pragma once

#include "core/result.h"
#include "sync/siteledger.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sitesync {

class RecordWriter;

struct SiteInfo {
    int id = 0;
    QString name;
    QString type;  // "desktop" or "mobile"
    bool isCentral = false;
    bool isPrimary = false;
    QStringList activeStores;  // ids of the stores active on the site
    QString initialisedAt;     // ISO 8601, empty until the site is initialised from the central
    bool bound = false;        // bound to a machine (TOP-4); on a remote site, never known
    SiteContact contact;       // on the central: what the site reported at its last contact (ACC-4)
};

// What resetting a site's binding loses (TOP-4): a site initialised again starts from what the
// central holds, so whatever only its old machine held is gone.
struct BindingResetRisk {
    int siteId = 0;
    // Records the site held that the central does not: its outgoing queue at its last contact
    // (what a push left is counted then too); -1 when it never reported it.
    int unsent = -1;
    QString reportedAt;        // when it reported that count
    QStringList activeStores;  // the stores active on it, whose new records only it held until pushed
    QString warning;           // all of the above, for a person
};

// The sync sites of the network (TOP-1, TOP-5, TOP-6). Sites are sync data: only the central changes them.
class SiteRegistry {
public:
    explicit SiteRegistry(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    // Adds a remote site; with `primary` it becomes the primary server of a mirrored setup (TOP-2).
    Result<SiteInfo> add(int id, const QString& name, const QString& type, bool primary, const QString& password);
    Result<QList<SiteInfo>> list();
    Result<SiteInfo> find(int id);
    // TOP-6: only a site that is not the central, not the primary and has no active store.
    Status remove(int id);
    // TOP-4: releases the site's binding to the machine it was initialised on; the site counts as
    // not initialised until a machine is initialised as it again.
    Status resetHardware(int id);
    // TOP-4: what the central knows a reset of the site's binding would lose.
    Result<BindingResetRisk> bindingResetRisk(int id);

    // Where the central keeps the token of a site's last data file (sitefile/siteexport.h), in
    // sync_state. Deleting the site or resetting its binding voids the file.
    static QString exportTokenKey(int siteId);

    static bool isValidType(const QString& type);

private:
    RecordWriter& m_writer;
};

}  // namespace sitesync
