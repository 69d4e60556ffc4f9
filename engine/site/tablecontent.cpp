#include "site/tablecontent.h"

#include "db/database.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sitesync {

namespace {

// One value as both engines can agree on it. A whole number is written as one whether it came as an
// integer or as a double (within the range a double holds exactly); any other double in the fewest
// digits that read back as the same double.
void addValue(QCryptographicHash& hash, const QVariant& value)
{
    QByteArray text;
    switch (valueKind(value)) {
    case ValueKind::Null:
        hash.addData("N\x1f");
        return;
    case ValueKind::Text:
        hash.addData("T");
        hash.addData(value.toString().toUtf8());
        hash.addData("\x1f");
        return;
    case ValueKind::Integer:
        text = QByteArray::number(value.toLongLong());
        break;
    case ValueKind::Real: {
        constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
        const double number = value.toDouble();
        text = std::trunc(number) == number && std::abs(number) < kExactIntegers
                   ? QByteArray::number(qint64(number))
                   : QString::number(number, 'g', QLocale::FloatingPointShortest).toLatin1();
        break;
    }
    }
    hash.addData("#");
    hash.addData(text);
    hash.addData("\x1f");
}

}  // namespace

ValueKind valueKind(const QVariant& value)
{
    if (value.isNull())
        return ValueKind::Null;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return ValueKind::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return ValueKind::Real;
    default:
        return ValueKind::Text;
    }
}

Result<TableContent> TableContent::read(Database& db, const QString& table, const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns)
        quoted << Database::quoted(column);
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), Database::quoted(table))))
        return makeError(ErrorKind::Database,
                         QStringLiteral("Cannot read table %1 of %2: %3").arg(table, db.path(), sqlErrorText(query)));
    // Each row's digest, sorted: the engines order rows (and text) differently, so the table's
    // digest does not depend on the order they came in.
    std::vector<QByteArray> rows;
    const int count = int(columns.size());
    while (query.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < count; ++i)
            addValue(row, query.value(i));
        rows.push_back(row.result());
    }
    if (query.lastError().isValid())
        return makeError(ErrorKind::Database,
                         QStringLiteral("Cannot read table %1 of %2: %3").arg(table, db.path(), sqlErrorText(query)));
    std::sort(rows.begin(), rows.end());
    QCryptographicHash whole(QCryptographicHash::Sha256);
    for (const QByteArray& row : rows)
        whole.addData(row);
    return TableContent{qint64(rows.size()), whole.result()};
}

}  // namespace sitesync
