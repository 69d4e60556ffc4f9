#include "sync/wirecolumns.h"

#include "catalogue/tableregistry.h"
#include "protocol/protocol.h"
#include "write/recordcodec.h"

#include <QStringList>

#include <algorithm>

namespace sitesync::wirecolumns {

Split split(const QList<ColumnInfo>& columns, const QJsonObject& data)
{
    // Nearly always every field is a column: the record is kept as it is, uncopied.
    bool allKnown = true;
    for (auto it = data.begin(); allKnown && it != data.end(); ++it)
        allKnown = RecordCodec::column(columns, it.key()) != nullptr;
    if (allKnown)
        return {data, {}};
    Split result;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (RecordCodec::column(columns, it.key()))
            result.known.insert(it.key(), it.value());
        else
            result.unknown.insert(it.key(), it.value());
    }
    return result;
}

QList<ColumnInfo> servedTo(const QString& table, const QList<ColumnInfo>& columns, int protocolVersion)
{
    if (protocolVersion >= protocol::kToleratesUnknownColumns)
        return columns;
    QList<ColumnInfo> served;
    for (const ColumnInfo& column : columns) {
        if (TableRegistry::columnIntroducedIn(table, column.name) <= protocolVersion)
            served.append(column);
    }
    return served;
}

void UnknownColumns::note(const QString& table, const QJsonObject& unknown)
{
    if (unknown.isEmpty())
        return;
    QSet<QString>& names = m_columns[table];
    for (auto it = unknown.begin(); it != unknown.end(); ++it)
        names.insert(it.key());
    ++m_records;
}

QString UnknownColumns::summary() const
{
    // A forged batch may carry thousands of names: the line names the first few of each table.
    constexpr qsizetype kNamed = 10;
    QStringList tables;
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        QStringList names(it.value().begin(), it.value().end());
        std::sort(names.begin(), names.end());
        const qsizetype more = names.size() - kNamed;
        if (more > 0) {
            names = names.mid(0, kNamed);
            names << QStringLiteral("and %1 more").arg(more);
        }
        tables << QStringLiteral("%1 (%2)").arg(it.key(), names.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1 record(s): %2").arg(m_records).arg(tables.join(QStringLiteral(", ")));
}

void UnknownColumns::clear()
{
    m_columns.clear();
    m_records = 0;
}

}  // namespace sitesync::wirecolumns
