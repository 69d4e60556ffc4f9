#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitesync {

// The classes of data of the specification: who may edit a record and where it goes (DT-1).
enum class DataClass { Central, CentralStore, Store, Patient, Local, Sync, Message };

QString dataClassId(DataClass cls);  // "central", "central_store", ...
std::optional<DataClass> dataClassFromId(const QString& id);
QString dataClassLabel(DataClass cls);  // "Central store", for messages

// One row of the data-type table of the specification, with the tables that implement it here.
struct DataType {
    QString name;
    QList<DataClass> classes;  // the usual class first; a second one applies in the situation the notes name
    QString notes;
    QStringList tables;  // empty where this version keeps no data of the type

    bool isDispensary() const { return notes.contains(QLatin1String("Dispensary data")); }
};

// Every row of the specification's data-type table, in its order.
class DataTypeRegistry {
public:
    static const QList<DataType>& all();
    static const DataType* find(const QString& name);
};

}  // namespace sitesync
