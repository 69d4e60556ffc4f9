#include "server/sitesecrets.h"

namespace sitesync {

void stripSiteSecrets(const QString& table, QJsonObject& data)
{
    if (table == QLatin1String("site")) {
        data.remove(QStringLiteral("password_hash"));
        data.remove(QStringLiteral("hardware_id"));
    }
}

}  // namespace sitesync
