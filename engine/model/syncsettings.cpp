#include "model/syncsettings.h"

#include <QCoreApplication>

namespace sitesync {

QString syncWithId(SyncWith value)
{
    switch (value) {
    case SyncWith::None:
        return QStringLiteral("none");
    case SyncWith::ActiveCollector:
        return QStringLiteral("collector");
    case SyncWith::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

std::optional<SyncWith> syncWithFromId(const QString& id)
{
    const QString key = id.trimmed().toLower();
    if (key == QLatin1String("none"))
        return SyncWith::None;
    if (key == QLatin1String("collector") || key == QLatin1String("active") || key == QLatin1String("active/collector"))
        return SyncWith::ActiveCollector;
    if (key == QLatin1String("transfer"))
        return SyncWith::Transfer;
    return std::nullopt;
}

QString syncTypeLabel(SyncType type)
{
    switch (type) {
    case SyncType::Active:
        return QCoreApplication::translate("sitesync::SyncType", "active");
    case SyncType::Collector:
        return QCoreApplication::translate("sitesync::SyncType", "collector");
    case SyncType::Transfer:
        return QCoreApplication::translate("sitesync::SyncType", "transfer copy");
    case SyncType::None:
        break;
    }
    return QCoreApplication::translate("sitesync::SyncType", "no copy");
}

void SyncSettingsChange::mergeInto(StoreSyncSettings& settings) const
{
    for (auto it = with.begin(); it != with.end(); ++it) {
        if (it.value() == SyncWith::None)
            settings.with.remove(it.key());
        else
            settings.with.insert(it.key(), it.value());
    }
    if (includeTransactions)
        settings.includeTransactions = *includeTransactions;
}

QString syncWithLabel(SyncWith value)
{
    switch (value) {
    case SyncWith::None:
        return QCoreApplication::translate("sitesync::SyncWith", "None");
    case SyncWith::ActiveCollector:
        return QCoreApplication::translate("sitesync::SyncWith", "Active/collector");
    case SyncWith::Transfer:
        return QCoreApplication::translate("sitesync::SyncWith", "Transfer");
    }
    return {};
}

QString syncTypeId(SyncType type)
{
    switch (type) {
    case SyncType::None:
        return QStringLiteral("none");
    case SyncType::Active:
        return QStringLiteral("active");
    case SyncType::Collector:
        return QStringLiteral("collector");
    case SyncType::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

SyncType StoreSyncSettings::typeOn(int siteId) const
{
    if (siteId == activeSiteId)
        return SyncType::Active;
    switch (withOn(siteId)) {
    case SyncWith::ActiveCollector:
        return SyncType::Collector;
    case SyncWith::Transfer:
        return SyncType::Transfer;
    case SyncWith::None:
        break;
    }
    return SyncType::None;
}

}  // namespace sitesync
