#pragma once

#include "db/database.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace sitesync {

// Records between sides that know different columns (OPS-3, docs/adr/0008-protocol-versions.md):
// what a receiver keeps of a record, and which columns a site of a given protocol version is sent.
namespace wirecolumns {

struct Split {
    QJsonObject known;    // the fields the receiving table has
    QJsonObject unknown;  // the others
};

// A received record's fields, split by the columns of the receiving table.
Split split(const QList<ColumnInfo>& columns, const QJsonObject& data);

// The columns of `table` a site speaking `protocolVersion` is sent: those its version knows.
QList<ColumnInfo> servedTo(const QString& table, const QList<ColumnInfo>& columns, int protocolVersion);

// The records of one batch stored without columns their receiver does not know, so that it can be
// logged once per batch: which tables, which columns, how many records.
class UnknownColumns {
public:
    void note(const QString& table, const QJsonObject& unknown);
    bool isEmpty() const { return m_records == 0; }
    int records() const { return m_records; }
    // "2 record(s): item (colour, size), message (priority)"; ten columns of a table at most,
    // then "and N more"
    QString summary() const;
    void clear();

private:
    QMap<QString, QSet<QString>> m_columns;  // by table
    int m_records = 0;
};

}  // namespace wirecolumns

}  // namespace sitesync
