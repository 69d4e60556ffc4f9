#include "tables.h"

#include "language.h"

#include <QHeaderView>
#include <QTableWidget>

namespace sitesync::ui {

QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    return table;
}

QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, std::function<QStringList()> headers)
{
    QTableWidget* table = newReadOnlyTable(parent, objectName, headers());
    followLanguage(table, [table, headers = std::move(headers)] { table->setHorizontalHeaderLabels(headers()); });
    return table;
}

void setRowTexts(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

}  // namespace sitesync::ui
