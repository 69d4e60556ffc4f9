#include "sync/wirerecord.h"

#include <QDateTime>

namespace sitesync {

QJsonObject WireRecord::toJson() const
{
    QJsonObject object{{QStringLiteral("seq"), seq},
                       {QStringLiteral("t"), table},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("op"), remove ? QStringLiteral("delete") : QStringLiteral("upsert")}};
    if (!remove)
        object.insert(QStringLiteral("d"), data);
    if (!at.isEmpty())
        object.insert(QStringLiteral("at"), at);
    if (restored)
        object.insert(QStringLiteral("restored"), true);
    return object;
}

Result<WireRecord> WireRecord::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    const QString op = object.value(QLatin1String("op")).toString();
    WireRecord record;
    record.seq = object.value(QLatin1String("seq")).toInteger(-1);
    record.table = object.value(QLatin1String("t")).toString();
    record.id = object.value(QLatin1String("id")).toVariant().toString();
    record.remove = op == QLatin1String("delete");
    record.data = object.value(QLatin1String("d")).toObject();
    const QJsonValue at = object.value(QLatin1String("at"));
    const QJsonValue restored = object.value(QLatin1String("restored"));
    if (!at.isUndefined()) {
        const QDateTime time = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            return makeError(ErrorKind::BadInput,
                             QStringLiteral("a record's 'at' is not a time of the form 2026-01-31T12:00:00.000Z"));
        record.at = time.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!restored.isUndefined() && !restored.isBool())
        return makeError(ErrorKind::BadInput, QStringLiteral("a record's 'restored' is true or false"));
    record.restored = restored.toBool();
    if (!value.isObject() || record.seq < 0 || record.table.isEmpty() || record.id.isEmpty() ||
        (op != QLatin1String("upsert") && !record.remove) ||
        (!record.remove && !object.value(QLatin1String("d")).isObject()))
        return makeError(ErrorKind::BadInput, QStringLiteral("a record is not of the form {seq, t, id, op, d}"));
    return record;
}

Result<QList<WireRecord>> WireRecord::listFromJson(const QJsonValue& value)
{
    if (!value.isArray())
        return makeError(ErrorKind::BadInput, QStringLiteral("'records' must be an array"));
    QList<WireRecord> records;
    const QJsonArray array = value.toArray();
    records.reserve(array.size());
    for (const QJsonValue& item : array) {
        Result<WireRecord> record = fromJson(item);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
    return records;
}

}  // namespace sitesync
