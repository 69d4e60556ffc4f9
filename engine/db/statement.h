#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace sitesync {

// A statement kept prepared for the few statements that run once per record in bulk (the bulk
// path of integration, the central's pull). On SQLite it is prepared directly on the connection
// beneath a Database, where binding and reading values costs a fraction of what it costs through
// QSqlQuery; on PostgreSQL it runs through libpq (PostgresStatement). It takes part in the connection's
// transactions like any other statement. Obtained from Database::statement().
class Statement {
public:
    Statement() = default;
    virtual ~Statement() = default;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 0, like QSqlQuery's.
    virtual void bindNull(int index) = 0;
    virtual void bindInteger(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindUtf8(int index, QByteArrayView utf8) = 0;
    virtual void bindText(int index, const QString& text) = 0;

    // True when a row is ready, false when the statement is done. On SQLite an error leaves the
    // statement reset, and only the failed statement is undone (the transaction goes on); on
    // PostgreSQL it also marks the transaction failed, up to its last savepoint.
    virtual Result<bool> step() = 0;
    // Runs a statement that returns no rows, then resets it for the next use.
    Status run();
    // Ends the current use: the statement can be bound and run again.
    virtual void reset() = 0;
    // Rows changed by the last run.
    virtual int changes() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    // Valid until the next step or reset.
    virtual QByteArrayView text(int column) const = 0;
};

class SqliteStatement final : public Statement {
public:
    SqliteStatement(sqlite3* connection, sqlite3_stmt* statement);
    ~SqliteStatement() override;

    void bindNull(int index) override;
    void bindInteger(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindUtf8(int index, QByteArrayView utf8) override;
    void bindText(int index, const QString& text) override;
    Result<bool> step() override;
    void reset() override;
    int changes() const override;
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    QByteArrayView text(int column) const override;

private:
    Error lastError() const;

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
};

}  // namespace sitesync
