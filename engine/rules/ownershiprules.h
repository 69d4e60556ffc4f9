#pragma once

#include "catalogue/tableregistry.h"

#include <QString>

#include <optional>

namespace sitesync {

enum class Operation { Insert, Update, Delete };
QString operationLabel(Operation op);

// Who this site is in the network, as far as the rules care.
struct SiteContext {
    int siteId = 0;
    bool isCentral = false;
    bool isPrimary = false;
    int centralSiteId = 0;
    int primarySiteId = 0;
};

// Where stores are active and what sites are called; the rules ask, the database answers.
class StoreDirectory {
public:
    virtual ~StoreDirectory() = default;
    virtual std::optional<int> activeSiteOf(const QString& storeId) const = 0;
    virtual QString siteName(int siteId) const = 0;
};

// "2 (Remote 1)": how messages name a site.
QString describeSite(int siteId, const StoreDirectory& stores);

struct Decision {
    bool allowed = false;
    int ownerSiteId = 0;  // the site that may make the change when this one may not (0: none may)
    QString reason;       // why not, naming that site

    static Decision allow() { return Decision{true, 0, {}}; }
};

// The ownership rules of DT-2 to DT-8: may this site make this change, and if not, which site may?
class OwnershipRules {
public:
    static Decision decide(const SiteContext& site, const Classification& record, Operation op,
                           const StoreDirectory& stores);
};

}  // namespace sitesync
