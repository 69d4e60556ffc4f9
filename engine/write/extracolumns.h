#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sitesync {

class Database;

// On the central: the columns of records that it does not know itself, as the sites that pushed
// them had them (a site running a later SiteSync with a column more), kept in
// record_extra_columns to be sent on to the sites that may receive them (OPS-3,
// docs/adr/0008-protocol-versions.md).
class ExtraColumns {
public:
    explicit ExtraColumns(Database& db)
        : m_db(db)
    {
    }

    // Adds `columns` to what is kept for the record: a column sent again takes its new value, and
    // one not sent keeps the value it had, since a site that does not know a column never clears it.
    Status keep(const QString& table, const QString& id, const QJsonObject& columns);
    Status forget(const QString& table, const QString& id);
    // The columns kept for these records of `table`, by id; records without any are left out.
    Result<QHash<QString, QJsonObject>> of(const QString& table, const QStringList& ids);

private:
    Database& m_db;
};

}  // namespace sitesync
