#pragma once

#include "catalogue/datatypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sitesync {

// A table that holds records of one or more data types, and where its routing keys live.
struct TableInfo {
    QString name;
    QString dataType;         // the row of the data-type table its records usually belong to
    QString storeColumn;      // column naming the store whose rules and routing apply ("" when none)
    bool dispensary = false;  // dispensary central data (RT-1)
    bool managed = false;     // changed only through the site and store commands, never as a plain record
    bool guarded = true;      // a direct write outside the write path is refused by a trigger

    DataClass usualClass() const;
};

// What one record is, for the ownership rules and for routing.
struct Classification {
    const DataType* dataType = nullptr;
    DataClass dataClass = DataClass::Local;
    QString storeId;       // store data: its store; central store data: the store; patient data: the home store
    QString otherStoreId;  // message: the receiving store; transfer: the trading-partner store
    QString patientId;     // patient data: the patient
    bool dispensary = false;
    bool transfer = false;
};

// Reads a stored record: an empty object when there is none.
using RecordFetch = std::function<QJsonObject(const QString& table, const QString& id)>;

// The little a classification needs to know beyond the record itself.
struct ClassifyContext {
    RecordFetch fetch;
    std::function<std::optional<int>(const QString& storeId)> activeSiteOf;
    int siteId = 0;                       // the site making the change
    bool isPrimary = false;               // that site is the primary server
    bool inserting = false;               // the change creates the record
    bool centralisedProcurement = false;  // preference in force on that site (RT-7)
};

// Preferences that are synced as central data although preferences are otherwise local.
bool isSyncedPreference(const QString& key);

class TableRegistry {
public:
    // All record tables, parents before children (the order integration applies them in).
    static const QList<TableInfo>& tables();
    static const TableInfo* find(const QString& name);
    static QStringList names();

    static Classification classify(const TableInfo& table, const QJsonObject& record, const ClassifyContext& context);

    // The protocol version that introduced a column of a record table (OPS-3): 1 for the columns
    // protocol 1 knew (SiteSync 0.1.0, schema 13), frozen in protocol1columns.cpp. A column added
    // since is sent only to sites that store a record without the columns they do not know
    // (protocol::kToleratesUnknownColumns), so a new column never needs tagging to keep older
    // sites safe (docs/adr/0008-protocol-versions.md).
    static int columnIntroducedIn(const QString& table, const QString& column);
};

}  // namespace sitesync
