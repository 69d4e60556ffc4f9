#pragma once

#include "core/result.h"
#include "db/database.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSqlQuery>
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
    // A row selected with selectList(columns), read by position.
    static QJsonObject rowToJson(const QList<ColumnInfo>& columns, const QSqlQuery& row);
    // The quoted column names, in order, for a SELECT whose row rowToJson reads by position.
    static QString selectList(const QList<ColumnInfo>& columns);
    // The reason a value does not fit a column, or "" when it fits.
    static QString misfit(const ColumnInfo& column, const QJsonValue& value);
    static const ColumnInfo* column(const QList<ColumnInfo>& columns, const QString& name);
};

}  // namespace sitesync
