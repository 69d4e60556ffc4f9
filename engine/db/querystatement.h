#pragma once

#include "db/statement.h"

#include <QSqlQuery>

#include <vector>

namespace sitesync {

// A Statement over a prepared QSqlQuery: the form it takes on PostgreSQL.
class QueryStatement final : public Statement {
public:
    explicit QueryStatement(QSqlQuery query);

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
    QSqlQuery m_query;
    bool m_executed = false;
    int m_changes = 0;
    // The text of each column read from the current row, kept until the next step.
    mutable std::vector<QByteArray> m_texts;
};

}  // namespace sitesync
