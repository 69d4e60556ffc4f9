#include "client/syncphase.h"

namespace sitesync {

QString syncPhaseName(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Push:
        return QStringLiteral("push");
    case SyncPhase::Pull:
        return QStringLiteral("pull");
    case SyncPhase::Integrate:
        return QStringLiteral("integrate");
    case SyncPhase::Wait:
        break;
    }
    return QStringLiteral("wait");
}

}  // namespace sitesync
