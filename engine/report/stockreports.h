#pragma once

#include "core/result.h"
#include "model/syncsettings.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitesync {

class SiteSession;

// A store whose records this site may report on, with its copy here (active or collector).
struct ReportableStore {
    QString id;
    QString name;
    SyncType type = SyncType::None;
};

// An item as the report's item chooser offers it.
struct ReportItem {
    QString id;
    QString code;
    QString name;
};

// Stock of one item at one location of one store: the sum of its stock lines.
struct StockOnHandRow {
    QString storeId;
    QString storeName;
    QString locationId;    // empty for stock lines with no location
    QString locationCode;  // empty for stock lines with no location
    QString itemId;
    QString itemCode;
    QString itemName;
    double quantity = 0;
};

struct StoreStockValue {
    QString storeId;
    QString storeName;
    double value = 0;  // sum of quantity * cost price over the store's stock lines
};

struct StockValueReport {
    QList<StoreStockValue> stores;  // every reportable store, those without stock at 0
    double total = 0;
};

struct MonthlyUsageRow {
    QString storeId;
    QString storeName;
    QString month;  // "yyyy-MM"
    double quantity = 0;
};

// The central reports of AD-6 over the stores this site may report on: those active here and
// those it holds a collector copy of. A transfer copy holds only the store record and transfers
// (ST-2), so any figure from it would be wrong; it is left out like a store with no copy.
class StockReports {
public:
    explicit StockReports(SiteSession& session)
        : m_session(session)
    {
    }

    // Ordered by name, then id.
    Result<QList<ReportableStore>> reportableStores();
    // Every item, by code.
    Result<QList<ReportItem>> items();

    // Per store, location and item, in that order; only the given item when there is one.
    Result<QList<StockOnHandRow>> stockOnHand(const std::optional<QString>& itemId = std::nullopt);
    Result<StockValueReport> stockValue();
    // What the stores gave out: finalised customer invoices and prescriptions, by the month they
    // were finalised in. The range is whole months, from the month of `from` to the month of `to`;
    // every store gets a row for every month of it, 0 when nothing went out. Ordered by store, month.
    Result<QList<MonthlyUsageRow>> monthlyUsage(QDate from, QDate to);

    // The months of the range as "yyyy-MM", the first and last included.
    static QStringList monthsBetween(QDate from, QDate to);

private:
    SiteSession& m_session;
};

}  // namespace sitesync
