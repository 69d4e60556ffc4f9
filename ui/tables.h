#pragma once

#include <QStringList>

class QTableWidget;
class QWidget;

namespace sitesync::ui {

// A read-only table of whole rows, the shape of every list in the window.
QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers);
// Fills one row with text cells (the table must already have the row).
void setRowTexts(QTableWidget* table, int row, const QStringList& cells);

}  // namespace sitesync::ui
