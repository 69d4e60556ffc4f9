#pragma once

#include "core/result.h"
#include "db/database.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlRecord>
#include <QVariant>

namespace sitesync {

// Converts between JSON records and SQL values, column by column, strictly: a wrong type is an
// error the user reads, never a silent conversion.
class RecordCodec {
public:
    // Checks that every field names a column and has a value of the column's type.
    static Status validate(const QString& table, const QList<ColumnInfo>& columns, const QJsonObject& fields);
    static QVariant toSql(const ColumnInfo& column, const QJsonValue& value);
    static QJsonValue toJson(const ColumnInfo& column, const QVariant& value);
    static QJsonObject rowToJson(const QList<ColumnInfo>& columns, const QSqlRecord& row);
    static const ColumnInfo* column(const QList<ColumnInfo>& columns, const QString& name);
};

}  // namespace sitesync
