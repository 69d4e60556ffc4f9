#pragma once

#include "core/result.h"
#include "report/sitestatus.h"
#include "settings/siteregistry.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QTableWidget;

namespace sitesync::ui {

// The columns the Sites page and the sync report share (ACC-4): what a remote site reported at its
// last contact (version, queue, open problems), what waits for it on the central, which is
// counted off the window's thread (StatusWatcher) and filled in when the count is done, and the
// address it last connected from.
class SiteContactColumns {
    Q_DECLARE_TR_FUNCTIONS(sitesync::ui::SiteContactColumns)

public:
    // Item data of a number cell: the number, once it is known.
    static constexpr int kCountRole = Qt::UserRole + 2;
    static constexpr int kColumns = 5;
    static constexpr int kWaitingOffset = 3;
    static constexpr int kAddressOffset = 4;

    static QStringList headers();
    // Fills the row's columns from `first` on; "Waiting on central" shows `lastWaiting`, the last
    // count, until showWaiting is given a new one, or "counting..." when there is none (-1). Only
    // the central knows any of it: elsewhere they stay empty, but for the central's own row, whose
    // address is `centralUrl`, the one this site reaches it at.
    static void fill(QTableWidget* table, int row, int first, const SiteInfo& site, bool onCentral,
                     int lastWaiting = -1, const QString& centralUrl = {});
    // `rowSites`: the site of each row of the table.
    static void showWaiting(QTableWidget* table, int first, const QList<int>& rowSites,
                            const Result<SiteStatus>& status);
};

}  // namespace sitesync::ui
