#pragma once

#include <QChar>
#include <QString>
#include <QStringList>

class QListWidget;
class QTableWidget;

namespace sitesync::test {

// What the window tests share: reading the file beside the window, and reading the window.

// Joins the cells of a row, in the table and in the SQL that computes the expected rows.
inline const QChar kSep(0x1f);
inline const QString kSqlSep = QStringLiteral(" || char(31) || ");

// The first column of a query run on the file by a plain SQLite connection, bypassing SiteSync.
// A failure comes back as a single row that no table shows, so that comparisons fail.
QStringList rawRows(const QString& path, const QString& sql);
// A count read the same way; -1 when the query failed.
qint64 rawCount(const QString& path, const QString& sql);
// Every row of a table as its cells joined with `separator`.
QStringList tableRows(const QTableWidget* table, QChar separator = kSep);
QStringList sorted(QStringList list);
void clickRow(QListWidget* list, int row);
// An ISO 8601 time as the window shows it, computed here on its own.
QString shownTime(const QString& iso);

}  // namespace sitesync::test
