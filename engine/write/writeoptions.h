#pragma once

#include "rules/ownershiprules.h"

#include <QJsonObject>
#include <QString>

namespace sitesync {

// Where a change comes from. It decides how the one write path treats the change; nothing else
// does (docs/architecture.md, "The write path").
enum class WriteOrigin {
    // Made on this site, by a person or a command: judged by the ownership rules as this site's
    // change, and logged to be sent on.
    Here,
    // On the central, a change a site pushed: judged as that site's (DT-8), and logged with that
    // site as its origin.
    Site,
    // On a remote site, what the central sent: stored as sent, neither judged again (the central
    // judged it, and the integrator checks what a site receives) nor logged (it is not this
    // site's change).
    Central,
    // The system's own follow-up of a record another site made: a transfer's responding half, a
    // record following its patient home on the central. No person makes it, so no rule judges it;
    // it is logged as this site's change.
    System,
};

namespace writeorigin {

// The ownership rules judge the change.
constexpr bool judged(WriteOrigin origin)
{
    return origin == WriteOrigin::Here || origin == WriteOrigin::Site;
}

// The change goes into the change log, to be sent on.
constexpr bool logged(WriteOrigin origin)
{
    return origin != WriteOrigin::Central;
}

// The change follows what another site made. What it names may not be here yet (it waits instead
// of being refused), a merge made here does not take it away unless the merge was made where the
// record is owned (DT-9), and a merge received again is taken as already carried out.
constexpr bool followsAnotherSite(WriteOrigin origin)
{
    return origin != WriteOrigin::Here;
}

}  // namespace writeorigin

struct WriteOptions {
    WriteOrigin origin = WriteOrigin::Here;
    // Site: the site that made the change, as this site knows it, and when it made it there.
    const SiteContext* sender = nullptr;
    QString originAt;
    const StoreDirectory* stores = nullptr;  // where stores are active for the rules, when not as here
    bool allowManaged = false;               // the site and store commands may write their own tables
    bool returnStored = true;                // WriteResult::record read back from the table, defaults filled in

    static WriteOptions managedTables()
    {
        WriteOptions options;
        options.allowManaged = true;
        return options;
    }

    // A change `sender` made (WriteOrigin::Site). `sender` must outlive the write.
    static WriteOptions fromSite(const SiteContext& sender, const QString& originAt = {})
    {
        WriteOptions options;
        options.origin = WriteOrigin::Site;
        options.sender = &sender;
        options.originAt = originAt;
        return options;
    }

    static WriteOptions fromCentral()
    {
        WriteOptions options;
        options.origin = WriteOrigin::Central;
        return options;
    }

    static WriteOptions bySystem()
    {
        WriteOptions options;
        options.origin = WriteOrigin::System;
        return options;
    }

    // The id of the site whose change this is, or 0 for this site's own.
    int originSite() const { return origin == WriteOrigin::Site && sender ? sender->siteId : 0; }
};

struct WriteResult {
    QJsonObject record;  // the record as stored
    Operation operation = Operation::Insert;
};

}  // namespace sitesync
