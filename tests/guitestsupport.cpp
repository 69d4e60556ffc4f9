#include "guitestsupport.h"

#include "testsupport.h"

#include <QDateTime>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

namespace sitesync::test {

QStringList rawRows(const QString& path, const QString& sql)
{
    QStringList rows;
    const QString problem = rawSql(path, {sql}, &rows);
    if (!problem.isEmpty())
        return {QStringLiteral("<SQL failed: %1>").arg(problem)};
    return rows;
}

qint64 rawCount(const QString& path, const QString& sql)
{
    const QStringList rows = rawRows(path, sql);
    bool ok = false;
    const qint64 count = rows.size() == 1 ? rows.first().toLongLong(&ok) : -1;
    return ok ? count : -1;
}

QStringList tableRows(const QTableWidget* table, QChar separator)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column)
            cells << (table->item(row, column) ? table->item(row, column)->text() : QStringLiteral("<no item>"));
        rows << cells.join(separator);
    }
    return rows;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void clickRow(QListWidget* list, int row)
{
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
}

QString shownTime(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : iso;
}

}  // namespace sitesync::test
