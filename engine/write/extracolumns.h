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
    // What a record may keep is bounded (kMaxColumns, kMaxNameLength, kMaxBytes): a real SiteSync
    // adds a few columns per release, so a record past the bounds is forged or broken, and is
    // refused (ErrorKind::Invalid, set aside as a sync problem) rather than kept in part.
    Status keep(const QString& table, const QString& id, const QJsonObject& columns);
    // The one place a record's kept columns go with it (a delete, a merge).
    Status forget(const QString& table, const QString& id);
    // Once at opening, on the central: a kept column its table has since come to have (a migration
    // added it) becomes the record's own. Its value fills the real column where that is empty, and
    // it is no longer kept; a record with nothing left kept loses its row.
    Status adoptKnownColumns();
    // The columns kept for these records of `table`, by id; records without any are left out.
    Result<QHash<QString, QJsonObject>> of(const QString& table, const QStringList& ids);

    static constexpr int kMaxColumns = 64;
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxBytes = 16 * 1024;

private:
    Database& m_db;
};

}  // namespace sitesync
