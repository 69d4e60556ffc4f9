#pragma once

#include "db/statement.h"

#include <vector>

struct pg_conn;
struct pg_result;

namespace sitesync {

// A Statement on PostgreSQL, run through libpq on the connection beneath a Database: its values
// are read straight from the server's text (numbers parsed, text not copied), with none of the
// conversion to and from QVariant and QString a QSqlQuery makes of every value. Its `?`
// placeholders become `$1`, `$2`…; the server plans it afresh at each run, with its values.
class PostgresStatement final : public Statement {
public:
    PostgresStatement(pg_conn* connection, const QString& sql);
    ~PostgresStatement() override;

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

    // `sql` with its `?` placeholders numbered as PostgreSQL writes them, outside quoted text and
    // names; `count` receives how many there are.
    static QByteArray numberedPlaceholders(const QString& sql, int* count);

private:
    void bind(int index, QByteArray value);

    pg_conn* m_connection;
    QByteArray m_sql;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    int m_changes = 0;
};

}  // namespace sitesync
