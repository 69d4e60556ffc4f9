#pragma once

#include <QList>
#include <QStringList>

#include <functional>

class QTableView;
class QTableWidget;
class QWidget;

namespace sitesync::ui {

// How every table of the window lays out its columns, in every language: each column is as wide
// as its header and its widest cell, so that figures, dates, states and headers always show
// whole. The name columns (stores, sites, items: text of any length) give way when the room runs
// short: they share what the other columns leave, each a name's width at most and never less than
// kNameMinimumCharacters, elide what does not fit and show it whole as the cell's tool tip. The
// table never scrolls sideways unless even that is too wide. Without name columns, the last column
// takes the room left. Tab leaves a table for the next widget; the arrow keys move inside it.
void shapeTable(QTableView* table, const QList<int>& nameColumns);

// The narrowest a name column becomes, in average characters.
inline constexpr int kNameMinimumCharacters = 12;

// A read-only table of whole rows, the shape of every list in the window, laid out as above.
QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers,
                               const QList<int>& nameColumns = {});
// The same, with headers that follow the language (AD-8).
QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, std::function<QStringList()> headers,
                               const QList<int>& nameColumns = {});
// Fills one row with text cells (the table must already have the row).
void setRowTexts(QTableWidget* table, int row, const QStringList& cells);

}  // namespace sitesync::ui
