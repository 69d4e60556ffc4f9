#include "tables.h"

#include "language.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMetaObject>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolTip>

#include <algorithm>

namespace sitesync::ui {

namespace {

// Shows a name cell's whole text as its tool tip when the cell is too narrow for it.
class WholeTextTip : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (event->type() != QEvent::ToolTip || index.data(Qt::ToolTipRole).isValid() || text.isEmpty() ||
            sizeHint(option, index).width() <= option.rect.width())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        QToolTip::showText(event->globalPos(), text, view->viewport(), option.rect);
        return true;
    }
};

// Gives the name columns the room the other columns leave, whenever the table, its contents or
// the other columns change size.
class ColumnFit : public QObject {
public:
    ColumnFit(QTableView* table, const QList<int>& nameColumns)
        : QObject(table)
        , m_table(table)
        , m_names(nameColumns)
    {
        QHeaderView* header = table->horizontalHeader();
        auto* tip = new WholeTextTip(table);
        for (int column : m_names) {
            if (column < header->count())
                header->setSectionResizeMode(column, QHeaderView::Fixed);
            table->setItemDelegateForColumn(column, tip);
        }
        table->setWordWrap(false);
        table->setTextElideMode(Qt::ElideRight);
        table->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int column) {
            if (!m_names.contains(column))
                schedule();
        });
        connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFit::schedule);
        QAbstractItemModel* model = table->model();
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ColumnFit::schedule);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFit::schedule);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            schedule();
        return QObject::eventFilter(watched, event);
    }

private:
    // Once the header has sized the other columns to their contents, which it does later too.
    void schedule()
    {
        if (m_pending)
            return;
        m_pending = true;
        QMetaObject::invokeMethod(this, &ColumnFit::fit, Qt::QueuedConnection);
    }

    void fit()
    {
        m_pending = false;
        QHeaderView* header = m_table->horizontalHeader();
        QList<int> names;
        for (int column : std::as_const(m_names)) {
            if (column < header->count() && !header->isSectionHidden(column))
                names << column;
        }
        if (names.isEmpty())
            return;
        int room = m_table->viewport()->width();
        for (int column = 0; column < header->count(); ++column) {
            if (!names.contains(column) && !header->isSectionHidden(column))
                room -= header->sectionSize(column);
        }
        const int minimum = m_table->fontMetrics().averageCharWidth() * kNameMinimumCharacters;
        // The narrowest names first: one that needs less than an equal share leaves the rest to the others.
        const QAbstractItemView* view = m_table;
        QList<std::pair<int, int>> wanted;  // whole width, column
        for (int column : std::as_const(names))
            wanted.append({std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column)), column});
        std::sort(wanted.begin(), wanted.end());
        QMap<int, int> widths;
        int left = int(wanted.size());
        for (const auto& [whole, column] : std::as_const(wanted)) {
            const int width = std::max(std::min(whole, room / left), std::min(whole, minimum));
            widths.insert(column, width);
            room -= width;
            --left;
        }
        if (room > 0)
            widths[names.first()] += room;  // the first name takes what is left, so the table is filled
        for (auto it = widths.begin(); it != widths.end(); ++it)
            header->resizeSection(it.key(), it.value());
    }

    QTableView* m_table;
    QList<int> m_names;
    bool m_pending = false;
};

}  // namespace

void shapeTable(QTableView* table, const QList<int>& nameColumns)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(nameColumns.isEmpty());
    table->setTabKeyNavigation(false);
    if (!nameColumns.isEmpty())
        new ColumnFit(table, nameColumns);
}

QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers,
                               const QList<int>& nameColumns)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    shapeTable(table, nameColumns);
    return table;
}

QTableWidget* newReadOnlyTable(QWidget* parent, const QString& objectName, std::function<QStringList()> headers,
                               const QList<int>& nameColumns)
{
    QTableWidget* table = newReadOnlyTable(parent, objectName, headers(), nameColumns);
    followLanguage(table, [table, headers = std::move(headers)] { table->setHorizontalHeaderLabels(headers()); });
    return table;
}

void setRowTexts(QTableWidget* table, int row, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(cells[column]));
}

}  // namespace sitesync::ui
