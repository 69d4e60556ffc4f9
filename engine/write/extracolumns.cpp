#include "write/extracolumns.h"

#include "db/database.h"
#include "write/recordcodec.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::ExtraColumns)
};

bool isColumnName(const QString& name)
{
    if (name.isEmpty() || name.size() > ExtraColumns::kMaxNameLength)
        return false;
    for (const QChar c : name) {
        if (!(c.isDigit() || c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
            return false;
    }
    return true;
}

}  // namespace

Status ExtraColumns::keep(const QString& table, const QString& id, const QJsonObject& columns)
{
    if (columns.isEmpty())
        return {};
    const Result<QVariant> stored = m_db.scalar(
        QStringLiteral("SELECT columns FROM record_extra_columns WHERE table_name = ? AND record_id = ?"), {table, id});
    if (!stored)
        return stored.error();
    QJsonObject merged = QJsonDocument::fromJson(stored->toString().toUtf8()).object();
    const QString why = Text::tr(" A SiteSync release adds a few columns at most; this record was damaged or forged, "
                                 "and was not applied.");
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!isColumnName(it.key()))
            return makeError(ErrorKind::Invalid,
                             Text::tr("The record carries a column the central does not know whose name is not a "
                                      "column name (at most %1 letters, digits or underscores): '%2'.")
                                     .arg(kMaxNameLength)
                                     .arg(it.key().left(kMaxNameLength + 1)) +
                                 why);
        merged.insert(it.key(), it.value());
    }
    if (merged.size() > kMaxColumns)
        return makeError(ErrorKind::Invalid,
                         Text::tr("The record would keep %1 columns the central does not know; at most %2 are kept.")
                                 .arg(merged.size())
                                 .arg(kMaxColumns) +
                             why);
    const QByteArray text = QJsonDocument(merged).toJson(QJsonDocument::Compact);
    if (text.size() > kMaxBytes)
        return makeError(ErrorKind::Invalid,
                         Text::tr("The columns the central does not know would take %1 bytes for this record; at "
                                  "most %2 are kept.")
                                 .arg(text.size())
                                 .arg(kMaxBytes) +
                             why);
    return m_db.exec(QStringLiteral("INSERT INTO record_extra_columns (table_name, record_id, columns) VALUES (?, ?, ?)"
                                    " ON CONFLICT (table_name, record_id) DO UPDATE SET columns = excluded.columns"),
                     {table, id, QString::fromUtf8(text)});
}

Status ExtraColumns::forget(const QString& table, const QString& id)
{
    return m_db.exec(QStringLiteral("DELETE FROM record_extra_columns WHERE table_name = ? AND record_id = ?"),
                     {table, id});
}

Status ExtraColumns::adoptKnownColumns()
{
    // Nearly always nothing is kept, or nothing kept has become known: a look at the kept names.
    struct Kept {
        QString table;
        QString id;
        QJsonObject columns;
    };
    QList<Kept> adopting;
    QSqlQuery rows(m_db.sql());
    if (!rows.exec(QStringLiteral("SELECT table_name, record_id, columns FROM record_extra_columns")))
        return makeError(ErrorKind::Database, sqlErrorText(rows));
    while (rows.next()) {
        Kept kept{rows.value(0).toString(), rows.value(1).toString(),
                  QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object()};
        const QList<ColumnInfo>& known = m_db.columns(kept.table);
        const bool learnt = std::any_of(known.begin(), known.end(),
                                        [&kept](const ColumnInfo& info) { return kept.columns.contains(info.name); });
        if (learnt)
            adopting.append(std::move(kept));
    }
    rows.finish();
    if (adopting.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    // Not a change to send: the sites that take the column were sent the kept value with the record.
    const bool wasOpen = m_db.writeOpen();
    m_db.setWriteOpen(true);
    Status s;
    for (Kept& kept : adopting) {
        for (const ColumnInfo& info : m_db.columns(kept.table)) {
            if (!s || !kept.columns.contains(info.name))
                continue;
            // A value the record holds already (written since by a site that knows the column) stays.
            s = m_db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL")
                              .arg(Database::quoted(kept.table), Database::quoted(info.name)),
                          {RecordCodec::toSql(info, kept.columns.value(info.name)), kept.id});
            kept.columns.remove(info.name);
        }
        if (!s)
            break;
        s = kept.columns.isEmpty()
                ? forget(kept.table, kept.id)
                : m_db.exec(QStringLiteral("UPDATE record_extra_columns SET columns = ? WHERE table_name = ?"
                                           " AND record_id = ?"),
                            {QString::fromUtf8(QJsonDocument(kept.columns).toJson(QJsonDocument::Compact)), kept.table,
                             kept.id});
        if (!s)
            break;
    }
    m_db.setWriteOpen(wasOpen);
    if (!s)
        return s;
    return tx.commit();
}

Result<QHash<QString, QJsonObject>> ExtraColumns::of(const QString& table, const QStringList& ids)
{
    QHash<QString, QJsonObject> found;
    // Nearly always there are none: one look at the index spares the lookup of every id.
    const Result<QVariant> any =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM record_extra_columns WHERE table_name = ?)"), {table});
    if (!any)
        return any.error();
    if (!any->toBool() || ids.isEmpty())
        return found;
    const Result<QSqlQuery*> prepared =
        m_db.prepared(QStringLiteral("SELECT record_id, columns FROM record_extra_columns WHERE table_name = ?"
                                     " AND record_id IN (%1)")
                          .arg(m_db.dialect().jsonArrayValues()));
    if (!prepared)
        return prepared.error();
    QSqlQuery& query = **prepared;
    query.bindValue(0, table);
    query.bindValue(1,
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return makeError(ErrorKind::Database, sqlErrorText(query));
    while (query.next())
        found.insert(query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    query.finish();
    return found;
}

}  // namespace sitesync
