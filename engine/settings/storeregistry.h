#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sitesync {

class RecordWriter;

struct StoreInfo {
    QString id;
    QString code;
    QString name;
    bool dispensary = false;
    std::optional<int> activeSiteId;  // unknown on a site that holds no sync settings for it
    QString nameId;                   // the store as a trading partner (name.store_id)
};

// The stores of the network (ST-1). Store records are central store data: the primary creates them;
// on the central server a new store starts active there, with no copy anywhere else.
class StoreRegistry {
public:
    explicit StoreRegistry(RecordWriter& writer)
        : m_writer(writer)
    {
    }

    Result<StoreInfo> add(const QString& id, const QString& code, const QString& name, bool dispensary);
    Result<QList<StoreInfo>> list();
    Result<StoreInfo> find(const QString& id);

    static bool isValidId(const QString& id);

private:
    RecordWriter& m_writer;
};

}  // namespace sitesync
