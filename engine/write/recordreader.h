#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sitesync {

class Database;

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

private:
    Database& m_db;
};

}  // namespace sitesync
