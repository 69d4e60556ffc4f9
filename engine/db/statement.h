#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sitesync {

// A statement prepared directly on the SQLite connection beneath a Database, for the few
// statements that run once per record in bulk (the bulk path of integration, the central's pull):
// binding and reading values costs a fraction of what it costs through QSqlQuery. It takes part in
// the connection's transactions like any other statement. Obtained from Database::statement().
class Statement {
public:
    Statement(sqlite3* connection, sqlite3_stmt* statement);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 0, like QSqlQuery's.
    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindUtf8(int index, QByteArrayView utf8);
    void bindText(int index, const QString& text);

    // True when a row is ready, false when the statement is done; an error leaves the statement
    // reset, and only the failed statement is undone (the transaction goes on).
    Result<bool> step();
    // Runs a statement that returns no rows, then resets it for the next use.
    Status run();
    // Ends the current use: the statement can be bound and run again.
    void reset();
    // Rows changed by the last run.
    int changes() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    // Valid until the next step or reset.
    QByteArrayView text(int column) const;

private:
    Error lastError() const;

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
};

}  // namespace sitesync
