#include "db/writegate.h"

#include <QHash>

namespace sitesync {

std::shared_ptr<QMutex> WriteGate::forFile(const QString& absolutePath)
{
    static QMutex guard;
    static QHash<QString, std::weak_ptr<QMutex>> gates;
    const QMutexLocker locker(&guard);
    std::weak_ptr<QMutex>& slot = gates[absolutePath];
    std::shared_ptr<QMutex> gate = slot.lock();
    if (!gate) {
        gate = std::make_shared<QMutex>();
        slot = gate;
    }
    return gate;
}

}  // namespace sitesync
