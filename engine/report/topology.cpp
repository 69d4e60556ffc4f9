#include "report/topology.h"

#include "site/sitesession.h"

#include <map>

namespace sitesync {

Result<Topology> Topology::collect(SiteSession& session)
{
    const Result<QList<SiteInfo>> sites = session.sites().list();
    if (!sites)
        return sites.error();
    const Result<QList<StoreInfo>> stores = session.stores().list();
    if (!stores)
        return stores.error();
    Topology topology;
    const int centralId = session.site().context().centralSiteId;
    for (const SiteInfo& info : *sites) {
        Site site{info.id, info.name, info.type, info.isCentral, info.isPrimary, {}};
        if (info.isCentral)
            topology.sites.prepend(site);
        else
            topology.sites.append(site);
    }
    std::map<std::pair<int, int>, QStringList> flows;
    for (const StoreInfo& store : *stores) {
        const Result<StoreSyncSettings> settings = session.syncSettings().load(store.id);
        if (!settings)
            continue;  // a store this site holds no settings for is not part of its picture
        for (Site& site : topology.sites) {
            const SyncType type = settings->typeOn(site.id);
            if (type != SyncType::None)
                site.copies.append(Copy{store.id, store.name, type});
        }
        const int active = settings->activeSiteId;
        if (active != centralId)
            flows[{active, centralId}] << store.id;
        for (const Site& site : std::as_const(topology.sites)) {
            if (site.id != active && site.id != centralId && settings->typeOn(site.id) != SyncType::None)
                flows[{centralId, site.id}] << store.id;
        }
    }
    for (Site& site : topology.sites)
        std::stable_sort(site.copies.begin(), site.copies.end(),
                         [](const Copy& a, const Copy& b) { return int(a.type) < int(b.type); });
    for (const auto& [key, storeIds] : flows)
        topology.flows.append(Flow{key.first, key.second, storeIds});
    return topology;
}

}  // namespace sitesync
