#include "rules/ownershiprules.h"

#include <QCoreApplication>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::OwnershipRules)
};

Decision refuse(int owner, QString reason)
{
    return Decision{false, owner, std::move(reason)};
}

Decision primaryOnly(const SiteContext& site, const Classification& record, const StoreDirectory& stores)
{
    if (site.isPrimary)
        return Decision::allow();
    return refuse(site.primarySiteId,
                  Text::tr("%1 (%2) can only be changed on the primary server, site %3.")
                      .arg(dataClassLabel(record.dataClass), record.dataType ? record.dataType->name : QString(),
                           describeSite(site.primarySiteId, stores)));
}

Decision activeSiteOnly(const SiteContext& site, const Classification& record, const StoreDirectory& stores,
                        const char* reasonTemplate)
{
    if (record.storeId.isEmpty())
        return refuse(0, Text::tr("The record names no store, so no site may change it."));
    const std::optional<int> active = stores.activeSiteOf(record.storeId);
    if (!active)
        return refuse(0, Text::tr("Store '%1' is not known on this site.").arg(record.storeId));
    if (*active == site.siteId)
        return Decision::allow();
    return refuse(*active, QCoreApplication::translate("sitesync::OwnershipRules", reasonTemplate)
                               .arg(record.storeId, describeSite(*active, stores)));
}

}  // namespace

QString describeSite(int siteId, const StoreDirectory& stores)
{
    const QString name = stores.siteName(siteId);
    return name.isEmpty() ? QString::number(siteId) : QStringLiteral("%1 (%2)").arg(siteId).arg(name);
}

QString operationLabel(Operation op)
{
    switch (op) {
    case Operation::Insert:
        return QStringLiteral("insert");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

Decision OwnershipRules::decide(const SiteContext& site, const Classification& record, Operation op,
                                const StoreDirectory& stores)
{
    switch (record.dataClass) {
    case DataClass::Local:
        return Decision::allow();
    case DataClass::Central:
    case DataClass::CentralStore:
        // DT-2, DT-3: central and central store data are the primary's, even on a mirrored central.
        return primaryOnly(site, record, stores);
    case DataClass::Store:
        // DT-4: only where the store is active.
        return activeSiteOnly(site, record, stores,
                              QT_TRANSLATE_NOOP("sitesync::OwnershipRules",
                                                "Store data of store '%1' can only be changed on site %2, where the "
                                                "store is active."));
    case DataClass::Patient:
        // DT-5: only where the patient's home store is active; a site that holds the patient without
        // its home store still says whose it is.
        if (!record.storeId.isEmpty() && !stores.activeSiteOf(record.storeId))
            return refuse(0, Text::tr("Patient data with home store '%1' can only be changed on the site where that "
                                      "store is active, which is not this one.")
                                 .arg(record.storeId));
        return activeSiteOnly(site, record, stores,
                              QT_TRANSLATE_NOOP("sitesync::OwnershipRules",
                                                "Patient data with home store '%1' can only be changed on site %2, "
                                                "where the home store is active."));
    case DataClass::Sync:
        // DT-6: sync settings belong to the central server.
        if (site.isCentral)
            return Decision::allow();
        return refuse(site.centralSiteId, Text::tr("Sync data can only be changed on the central server, site %1.")
                                              .arg(describeSite(site.centralSiteId, stores)));
    case DataClass::Message: {
        // DT-7: anyone may send a message; only the sites of its two stores may change it afterwards.
        if (op == Operation::Insert)
            return Decision::allow();
        const QStringList ends = {record.storeId, record.otherStoreId};
        int owner = 0;
        bool anyStore = false;
        for (const QString& storeId : ends) {
            if (storeId.isEmpty())
                continue;
            anyStore = true;
            const std::optional<int> active = stores.activeSiteOf(storeId);
            if (active && *active == site.siteId)
                return Decision::allow();
            if (active && owner == 0)
                owner = *active;
        }
        if (!anyStore)
            return Decision::allow();
        return refuse(owner, Text::tr("A message can only be changed on the site of its sending or receiving store, "
                                      "site %1.")
                                 .arg(describeSite(owner, stores)));
    }
    }
    return refuse(0, Text::tr("Unknown data class."));
}

}  // namespace sitesync
