#pragma once

#include "core/result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace sitesync {

class Database;
struct ColumnInfo;

// Reads records of the record tables as JSON objects.
class RecordReader {
public:
    explicit RecordReader(Database& db)
        : m_db(db)
    {
    }

    Result<QJsonObject> get(const QString& table, const QString& id);
    // All records of a table, ordered by id; `limit` 0 means all.
    Result<QJsonArray> list(const QString& table, int limit = 0);
    // The records of a table with these ids, by id, in one query; ids without a record are left out.
    Result<QHash<QString, QJsonObject>> getMany(const QString& table, const QStringList& ids);
    // The same as JSON text, written straight from the database: what getMany's objects would
    // serialise to, at a fraction of the cost, for the central's pull answers.
    Result<QHash<QString, QByteArray>> getManyText(const QString& table, const QStringList& ids);
    // The same with only these of the table's columns (the id among them).
    Result<QHash<QString, QByteArray>> getManyText(const QString& table, const QStringList& ids,
                                                   const QList<ColumnInfo>& columns);

private:
    Database& m_db;
};

}  // namespace sitesync
