#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The central reports (AD-6): stock on hand of one item or all, per store and location; the value
// of all stock; monthly usage per store as a table and a chart. Only the stores this site may
// report on take part: those active here and its collector copies (ST-2).
class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();

private:
    QWidget* newStockOnHandTab();
    QWidget* newUsageTab();
    void refreshNote();
    void refreshItems();
    void refreshStockOnHand();
    void refreshStockValue();
    void refreshUsage();
    void fitMonthLabels();
    void showProblem(const QString& problem);

    SiteSession& m_session;
    QLabel* m_note = nullptr;
    QLabel* m_problem = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_item = nullptr;
    QTableWidget* m_stockOnHand = nullptr;
    QTableWidget* m_stockValue = nullptr;
    QDateEdit* m_usageFrom = nullptr;
    QDateEdit* m_usageTo = nullptr;
    QLabel* m_usageProblem = nullptr;
    QTableWidget* m_usage = nullptr;
    QChartView* m_chartView = nullptr;
    QChart* m_chart = nullptr;
};

}  // namespace ui
}  // namespace sitesync
