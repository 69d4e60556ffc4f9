#include "write/recordcodec.h"

#include <QCoreApplication>

#include <cmath>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::RecordCodec)
};

QString columnNames(const QList<ColumnInfo>& columns)
{
    QStringList names;
    for (const ColumnInfo& column : columns)
        names << column.name;
    return names.join(QStringLiteral(", "));
}

}  // namespace

QString RecordCodec::misfit(const ColumnInfo& column, const QJsonValue& value)
{
    if (value.isNull())
        return {};  // whether the column may be empty is the constraints' question, answered when writing
    if (value.isObject() || value.isArray())
        return Text::tr("must be a single value, not an object or array");
    if (column.type == QLatin1String("INTEGER")) {
        if (value.isBool())
            return {};
        if (!value.isDouble())
            return Text::tr("must be a whole number");
        const double number = value.toDouble();
        if (std::floor(number) != number || std::fabs(number) > 9.007199254740992e15)
            return Text::tr("must be a whole number");
        return {};
    }
    if (column.type == QLatin1String("REAL"))
        return value.isDouble() ? QString() : Text::tr("must be a number");
    return value.isString() ? QString() : Text::tr("must be text (in double quotes)");
}

const ColumnInfo* RecordCodec::column(const QList<ColumnInfo>& columns, const QString& name)
{
    for (const ColumnInfo& column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

Status RecordCodec::validate(const QString& table, const QList<ColumnInfo>& columns, const QJsonObject& fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const ColumnInfo* info = column(columns, it.key());
        if (!info)
            return makeError(ErrorKind::BadInput, Text::tr("Unknown column '%1' in table '%2'. Its columns are: %3.")
                                                      .arg(it.key(), table, columnNames(columns)));
        if (const QString why = misfit(*info, it.value()); !why.isEmpty())
            return makeError(ErrorKind::BadInput, Text::tr("Column '%1' of table '%2' %3.").arg(it.key(), table, why));
    }
    return {};
}

QVariant RecordCodec::toSql(const ColumnInfo& column, const QJsonValue& value)
{
    if (column.type == QLatin1String("INTEGER")) {
        if (value.isNull() || value.isUndefined())
            return QVariant(QMetaType::fromType<qlonglong>());
        if (value.isBool())
            return QVariant(qlonglong(value.toBool() ? 1 : 0));
        return QVariant(qlonglong(value.toInteger()));
    }
    if (column.type == QLatin1String("REAL")) {
        if (value.isNull() || value.isUndefined())
            return QVariant(QMetaType::fromType<double>());
        return QVariant(value.toDouble());
    }
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    return QVariant(value.toString());
}

QJsonValue RecordCodec::toJson(const ColumnInfo& column, const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (column.type == QLatin1String("INTEGER"))
        return QJsonValue(value.toLongLong());
    if (column.type == QLatin1String("REAL"))
        return QJsonValue(value.toDouble());
    return QJsonValue(value.toString());
}

QJsonObject RecordCodec::rowToJson(const QList<ColumnInfo>& columns, const QSqlQuery& row)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns[i].name, toJson(columns[i], row.value(int(i))));
    return object;
}

QString RecordCodec::selectList(const QList<ColumnInfo>& columns)
{
    QStringList names;
    for (const ColumnInfo& column : columns)
        names << QLatin1Char('"') + column.name + QLatin1Char('"');
    return names.join(QStringLiteral(", "));
}

QJsonObject RecordCodec::rowToJson(const QList<ColumnInfo>& columns, const QSqlRecord& row)
{
    QJsonObject object;
    for (const ColumnInfo& column : columns)
        object.insert(column.name, toJson(column, row.value(column.name)));
    return object;
}

}  // namespace sitesync
