#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace sitesync::cli {

// A plain-text table with aligned columns, for output meant for people.
class TextTable {
public:
    explicit TextTable(QStringList headers)
        : m_headers(std::move(headers))
    {
    }

    void addRow(QStringList cells) { m_rows.append(std::move(cells)); }

    void print(QTextStream& out) const
    {
        QList<int> widths;
        for (const QString& header : m_headers)
            widths.append(header.size());
        for (const QStringList& row : m_rows) {
            for (int i = 0; i < row.size() && i < widths.size(); ++i)
                widths[i] = std::max(widths[i], int(row[i].size()));
        }
        auto line = [&](const QStringList& cells) {
            QString text;
            for (int i = 0; i < cells.size() && i < widths.size(); ++i)
                text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
            out << text.trimmed() << '\n';
        };
        line(m_headers);
        for (const QStringList& row : m_rows)
            line(row);
        out.flush();
    }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

}  // namespace sitesync::cli
