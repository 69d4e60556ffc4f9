#include "reportspage.h"

#include "colours.h"
#include "language.h"
#include "report/stockreports.h"
#include "site/sitesession.h"
#include "tables.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace sitesync::ui {

namespace {

// Months are shown as the engine names them, so the table, the chart and the range agree.
const QString kMonthFormat = QStringLiteral("yyyy-MM");
// The usage report opens on the last twelve months.
constexpr int kDefaultMonths = 12;
// What the chart puts around a label beside its text (its padding and the text's margins).
constexpr qreal kLabelMargins = 24;

QString quantityText(double quantity)
{
    return QLocale().toString(quantity, 'f', QLocale::FloatingPointShortest);
}

QString valueText(double value)
{
    return QLocale().toString(value, 'f', 2);
}

// A figure cell: right-aligned, with the number itself kept for whoever reads the table back.
QTableWidgetItem* figure(const QString& text, double value)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

}  // namespace

ReportsPage::ReportsPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    layout->addWidget(title);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("reportsNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reportsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(errorStyleSheet());
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(newStockOnHandTab(), QString());
    m_stockValue = newReadOnlyTable(m_tabs, QStringLiteral("stockValueTable"),
                                    [] {
                                        return QStringList{tr("Store"), tr("Value")};
                                    },
                                    {0});
    m_tabs->addTab(m_stockValue, QString());
    m_tabs->addTab(newUsageTab(), QString());
    layout->addWidget(m_tabs, 1);
    // Not computed here: on a large network the reports take a moment, and the window shows this
    // page (and refreshes it) only when asked to; a change of language recomputes only what shows.
    followLanguage(this, [=, this] {
        title->setText(tr("<b>Reports</b>"));
        m_tabs->setTabText(0, tr("Stock on hand"));
        m_tabs->setTabText(1, tr("Stock value"));
        m_tabs->setTabText(2, tr("Monthly usage"));
        if (isVisible())
            refresh();
    });
}

QWidget* ReportsPage::newStockOnHandTab()
{
    auto* tab = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(tab);
    auto* chooser = new QHBoxLayout;
    m_item = new QComboBox(tab);
    m_item->setObjectName(QStringLiteral("reportItemCombo"));
    m_item->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(tab);
    label->setBuddy(m_item);
    chooser->addWidget(label);
    chooser->addWidget(m_item);
    chooser->addStretch(1);
    layout->addLayout(chooser);
    // The store's and the item's names give way, so that the quantities always show.
    m_stockOnHand = newReadOnlyTable(
        tab, QStringLiteral("stockOnHandTable"),
        [] {
            return QStringList{tr("Store"), tr("Location"), tr("Item code"), tr("Item"), tr("Quantity")};
        },
        {0, 3});
    followLanguage(tab, [label] { label->setText(tr("&Item:")); });
    layout->addWidget(m_stockOnHand, 1);
    connect(m_item, &QComboBox::currentIndexChanged, this, [this] { refreshStockOnHand(); });
    return tab;
}

QWidget* ReportsPage::newUsageTab()
{
    auto* tab = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(tab);
    auto* range = new QHBoxLayout;
    const QDate today = m_session.database().now().toLocalTime().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    m_usageFrom = new QDateEdit(thisMonth.addMonths(1 - kDefaultMonths), tab);
    m_usageFrom->setObjectName(QStringLiteral("usageFrom"));
    m_usageTo = new QDateEdit(thisMonth, tab);
    m_usageTo->setObjectName(QStringLiteral("usageTo"));
    for (QDateEdit* edit : {m_usageFrom, m_usageTo}) {
        edit->setDisplayFormat(kMonthFormat);
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, [this] { refreshUsage(); });
    }
    auto* from = new QLabel(tab);
    from->setBuddy(m_usageFrom);
    auto* to = new QLabel(tab);
    to->setBuddy(m_usageTo);
    range->addWidget(from);
    range->addWidget(m_usageFrom);
    range->addWidget(to);
    range->addWidget(m_usageTo);
    range->addStretch(1);
    layout->addLayout(range);
    auto* usageNote = new QLabel(tab);
    followLanguage(tab, [=] {
        from->setText(tr("&From month:"));
        to->setText(tr("&to month:"));
        usageNote->setText(tr("Usage is the quantity of finalised customer invoices and prescriptions, counted in "
                              "the month each was finalised. Supplier invoices, inventory adjustments and invoices "
                              "not yet finalised do not count."));
    });
    usageNote->setWordWrap(true);
    layout->addWidget(usageNote);
    m_usageProblem = new QLabel(tab);
    m_usageProblem->setObjectName(QStringLiteral("usageProblem"));
    m_usageProblem->setWordWrap(true);
    m_usageProblem->setStyleSheet(errorStyleSheet());
    m_usageProblem->setVisible(false);
    layout->addWidget(m_usageProblem);

    auto* splitter = new QSplitter(Qt::Vertical, tab);
    m_usage = newReadOnlyTable(splitter, QStringLiteral("monthlyUsageTable"), {tr("Store")}, {0});
    m_chart = new QChart;
    // Queued: the labels' angle changes the chart's layout, which is what signals.
    connect(m_chart, &QChart::plotAreaChanged, this, &ReportsPage::fitMonthLabels, Qt::QueuedConnection);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, splitter);  // the view owns the chart
    m_chartView->setObjectName(QStringLiteral("monthlyUsageChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    splitter->addWidget(m_usage);
    splitter->addWidget(m_chartView);
    splitter->setSizes({150, 350});
    layout->addWidget(splitter, 1);
    return tab;
}

void ReportsPage::refresh()
{
    m_problem->clear();
    m_problem->setVisible(false);
    refreshNote();
    refreshItems();
    refreshStockOnHand();
    refreshStockValue();
    refreshUsage();
}

void ReportsPage::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(true);
}

void ReportsPage::refreshNote()
{
    const Result<QList<ReportableStore>> stores = StockReports(m_session).reportableStores();
    if (!stores) {
        showProblem(stores.error().message);
        return;
    }
    m_tabs->setEnabled(!stores->isEmpty());
    if (stores->isEmpty()) {
        m_note->setText(tr("No store is reportable on this site: no store is active here and this site holds no "
                           "collector copy of any. Transfer copies are not reportable: they hold only the store "
                           "record and its transfers."));
        return;
    }
    QStringList names;
    for (const ReportableStore& store : *stores)
        names << tr("%1 (%2)", "store name (sync type here)").arg(store.name, syncTypeLabel(store.type));
    m_note->setText(tr("The reports cover the stores active on this site and those it holds a collector copy of: "
                       "%1. Transfer copies are not reportable: they hold only the store record and its transfers.")
                        .arg(QLocale().createSeparatedList(names)));
}

void ReportsPage::refreshItems()
{
    const Result<QList<ReportItem>> items = StockReports(m_session).items();
    if (!items) {
        showProblem(items.error().message);
        return;
    }
    // Rebuilding the list must neither lose the choice nor run the report once per entry.
    const QVariant chosen = m_item->currentData();
    const QSignalBlocker blocker(m_item);
    m_item->clear();
    m_item->addItem(tr("All items"));
    for (const ReportItem& item : *items)
        m_item->addItem(tr("%1 - %2", "item code - item name").arg(item.code, item.name), item.id);
    const int index = chosen.isValid() ? m_item->findData(chosen) : 0;
    m_item->setCurrentIndex(std::max(index, 0));
}

void ReportsPage::refreshStockOnHand()
{
    const QVariant chosen = m_item->currentData();
    const std::optional<QString> itemId = chosen.isValid() ? std::optional(chosen.toString()) : std::nullopt;
    const Result<QList<StockOnHandRow>> rows = StockReports(m_session).stockOnHand(itemId);
    if (!rows) {
        showProblem(rows.error().message);
        m_stockOnHand->setRowCount(0);
        return;
    }
    m_stockOnHand->setRowCount(int(rows->size()));
    for (int row = 0; row < rows->size(); ++row) {
        const StockOnHandRow& line = rows->at(row);
        setRowTexts(m_stockOnHand, row,
                    {line.storeName, line.locationId.isEmpty() ? tr("no location") : line.locationCode, line.itemCode,
                     line.itemName});
        m_stockOnHand->setItem(row, 4, figure(quantityText(line.quantity), line.quantity));
    }
}

void ReportsPage::refreshStockValue()
{
    const Result<StockValueReport> report = StockReports(m_session).stockValue();
    if (!report) {
        showProblem(report.error().message);
        m_stockValue->setRowCount(0);
        return;
    }
    const int stores = int(report->stores.size());
    m_stockValue->setRowCount(stores + 1);
    for (int row = 0; row < stores; ++row) {
        const StoreStockValue& store = report->stores[row];
        setRowTexts(m_stockValue, row, {store.storeName});
        m_stockValue->setItem(row, 1, figure(valueText(store.value), store.value));
    }
    setRowTexts(m_stockValue, stores, {tr("Total")});
    m_stockValue->setItem(stores, 1, figure(valueText(report->total), report->total));
    for (int column = 0; column < 2; ++column) {
        QFont bold = m_stockValue->item(stores, column)->font();
        bold.setBold(true);
        m_stockValue->item(stores, column)->setFont(bold);
    }
}

void ReportsPage::refreshUsage()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const Result<QList<MonthlyUsageRow>> rows =
        StockReports(m_session).monthlyUsage(m_usageFrom->date(), m_usageTo->date());
    // A range the engine refuses (it ends before it starts) is the user's to put right, here.
    m_usageProblem->setVisible(!rows);
    if (!rows) {
        m_usageProblem->setText(rows.error().message);
        m_usage->setRowCount(0);
        m_usage->setColumnCount(1);
        return;
    }
    const QStringList months = StockReports::monthsBetween(m_usageFrom->date(), m_usageTo->date());
    m_usage->setColumnCount(int(months.size()) + 1);
    m_usage->setHorizontalHeaderLabels(QStringList{tr("Store")} + months);

    // One table row and one bar set per store, in the engine's order (store, then month).
    auto* series = new QBarSeries;
    QBarSet* set = nullptr;
    QString storeId;
    int row = -1;
    double highest = 0;
    m_usage->setRowCount(0);
    for (const MonthlyUsageRow& usage : *rows) {
        if (usage.storeId != storeId || !set) {
            storeId = usage.storeId;
            m_usage->setRowCount(++row + 1);
            setRowTexts(m_usage, row, {usage.storeName});
            set = new QBarSet(usage.storeName);
            set->setProperty("storeId", usage.storeId);
            series->append(set);
        }
        const int column = int(months.indexOf(usage.month)) + 1;
        m_usage->setItem(row, column, figure(quantityText(usage.quantity), usage.quantity));
        set->append(usage.quantity);
        highest = std::max(highest, usage.quantity);
    }
    m_chart->addSeries(series);
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    m_chart->addAxis(monthAxis, Qt::AlignBottom);
    series->attachAxis(monthAxis);
    fitMonthLabels();
    auto* quantityAxis = new QValueAxis;
    quantityAxis->setRange(0, highest > 0 ? highest : 1);
    quantityAxis->applyNiceNumbers();
    quantityAxis->setLabelFormat(QStringLiteral("%g"));
    quantityAxis->setTitleText(tr("Quantity"));
    m_chart->addAxis(quantityAxis, Qt::AlignLeft);
    series->attachAxis(quantityAxis);
}

// The months stand on end under their bars when they do not fit side by side, rather than being
// cut short: a long range, a narrow window.
void ReportsPage::fitMonthLabels()
{
    const QList<QAbstractAxis*> axes = m_chart->axes(Qt::Horizontal);
    auto* months = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    if (!months || months->count() == 0)
        return;
    const QFontMetricsF metrics(months->labelsFont());
    qreal widest = 0;
    for (const QString& month : months->categories())
        widest = std::max(widest, metrics.horizontalAdvance(month));
    const int angle = widest + kLabelMargins > m_chart->plotArea().width() / months->count() ? -90 : 0;
    if (months->labelsAngle() != angle)
        months->setLabelsAngle(angle);
}

}  // namespace sitesync::ui
