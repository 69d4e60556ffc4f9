#include "mainwindow.h"

#include "site/sitesession.h"
#include "sync/sitestatus.h"

#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>

namespace sitesync::ui {

MainWindow::MainWindow(std::unique_ptr<SiteSession> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    m_stores = new QTableWidget(this);
    m_stores->setObjectName(QStringLiteral("storeTable"));
    m_stores->setColumnCount(4);
    m_stores->setHorizontalHeaderLabels({tr("ID"), tr("Code"), tr("Name"), tr("Active on")});
    m_stores->horizontalHeader()->setStretchLastSection(true);
    m_stores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stores->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(m_stores);

    m_queue = new QLabel(this);
    m_queue->setObjectName(QStringLiteral("syncOutLabel"));
    statusBar()->addWidget(m_queue);
    resize(800, 500);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    LocalSite& site = m_session->site();
    setWindowTitle(tr("SiteSync - site %1").arg(site.siteLabel(site.siteId())));
    const Result<QList<StoreInfo>> stores = m_session->stores().list();
    const QList<StoreInfo> rows = stores ? *stores : QList<StoreInfo>();
    m_stores->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const StoreInfo& store = rows[row];
        const QStringList cells = {store.id, store.code, store.name,
                                   store.activeSiteId ? site.siteLabel(*store.activeSiteId) : tr("unknown here")};
        for (int column = 0; column < cells.size(); ++column)
            m_stores->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    const Result<SiteStatus> status = SiteStatus::collect(*m_session);
    m_queue->setText(status ? tr("%n record(s) queued to sync", nullptr, status->syncOut)
                            : tr("Queue unknown: %1").arg(status.error().message));
}

}  // namespace sitesync::ui
