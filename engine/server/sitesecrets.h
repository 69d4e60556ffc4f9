#pragma once

#include <QJsonObject>
#include <QString>

namespace sitesync {

// Columns that never leave the central: a site's password hash and hardware binding. Removed from
// a record of `table` before it is sent anywhere.
void stripSiteSecrets(const QString& table, QJsonObject& data);

}  // namespace sitesync
