#pragma once

#include <QStringList>

#include <functional>

class QTableWidget;
class QWidget;

namespace sitesync::ui {

// A read-only table of whole rows, the shape of every list in the window.
QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers);
// The same, with headers that follow the language (AD-8).
QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, std::function<QStringList()> headers);
// Fills one row with text cells (the table must already have the row).
void setRowTexts(QTableWidget* table, int row, const QStringList& cells);

}  // namespace sitesync::ui
