#include "mainwindow.h"

#include "aboutdialog.h"
#include "credentials/credentialstore.h"
#include "displaytext.h"
#include "language.h"
#include "reportspage.h"
#include "site/sitesession.h"
#include "sitespage.h"
#include "storespage.h"
#include "synclogpage.h"
#include "syncreportpage.h"
#include "syncstatuswidget.h"
#include "topologypage.h"
#include "unlockpassworddialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace sitesync::ui {

namespace {

// The queue count and the pages follow changes other programs make (a sync, the server).
constexpr int kRefreshMilliseconds = 15000;

}  // namespace

MainWindow::MainWindow(std::unique_ptr<SiteSession> session, MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!options.credentials)
        options.credentials = std::make_shared<KeychainCredentialStore>();
    if (options.clock)
        m_session->database().setClock(options.clock);

    auto* splitter = new QSplitter(this);
    m_navigator = new QListWidget(splitter);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setSpacing(2);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 840});
    setCentralWidget(splitter);

    m_stores = new StoresPage(*m_session, m_pages);
    m_sites = new SitesPage(*m_session, m_pages);
    m_syncLog = new SyncLogPage(*m_session, m_pages);
    m_syncReport = new SyncReportPage(*m_session, m_pages);
    m_reports = new ReportsPage(*m_session, m_pages);
    m_topology = new TopologyPage(*m_session, m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_stores), static_cast<QWidget*>(m_sites), static_cast<QWidget*>(m_syncLog),
          static_cast<QWidget*>(m_syncReport), static_cast<QWidget*>(m_reports), static_cast<QWidget*>(m_topology)}) {
        m_navigator->addItem(QString());
        m_pages->addWidget(page);
    }
    followLanguage(this, [this] {
        const QStringList titles = {tr("Stores"),      tr("Sites"),   tr("Sync log"),
                                    tr("Sync report"), tr("Reports"), tr("Topology")};
        for (int row = 0; row < titles.size(); ++row)
            m_navigator->item(row)->setText(titles[row]);
        // Every title whole, in every language.
        m_navigator->setMinimumWidth(m_navigator->sizeHintForColumn(0) + 2 * m_navigator->frameWidth() + 12);
    });
    connect(m_navigator, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_navigator, &QListWidget::currentRowChanged, this, &MainWindow::refresh);
    connect(m_stores, &StoresPage::storeChanged, this, &MainWindow::refresh);
    connect(m_sites, &SitesPage::sitesChanged, this, &MainWindow::refresh);

    m_status = new SyncStatusWidget(*m_session, options.credentials, this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addWidget(m_status, 1);
    // The status bar counts its queue again itself once a sync ends; the page follows here.
    connect(m_status, &SyncStatusWidget::syncFinished, this, &MainWindow::refreshPage);

    QMenu* file = menuBar()->addMenu(QString());
    QAction* refreshAction = file->addAction(QString(), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    // The unlock password is the central's (ST-7).
    QAction* unlockPassword = file->addAction(QString(), this, &MainWindow::changeUnlockPassword);
    unlockPassword->setObjectName(QStringLiteral("unlockPasswordAction"));
    unlockPassword->setVisible(m_session->site().isCentral());
    QAction* quit = file->addAction(QString(), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* language = menuBar()->addMenu(QString());
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    for (const QString& code : Language::available()) {
        QAction* choice = language->addAction(Language::nativeName(code));
        choice->setObjectName(QStringLiteral("language_%1").arg(code));
        choice->setCheckable(true);
        choice->setChecked(code == Language::current());
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            if (Language::use(code))
                Q_EMIT languageChosen(code);
        });
    }
    QMenu* help = menuBar()->addMenu(QString());
    QAction* about = help->addAction(QString(), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    followLanguage(this, [=, this] {
        file->setTitle(tr("&File"));
        refreshAction->setText(tr("&Refresh"));
        unlockPassword->setText(tr("Change &unlock password..."));
        quit->setText(tr("&Quit"));
        language->setTitle(tr("&Language"));
        for (QAction* choice : languages->actions())
            choice->setChecked(choice->objectName() == QStringLiteral("language_%1").arg(Language::current()));
        help->setTitle(tr("&Help"));
        about->setText(tr("&About SiteSync"));
        const LocalSite& site = m_session->site();
        setWindowTitle(tr("SiteSync - site %1 (%2)").arg(site.siteLabel(site.siteId()), roleLabel(site.role())));
    });

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefreshMilliseconds);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshQuietly);
    m_refreshTimer->start();

    // From the keyboard: the window opens in the navigator, whose arrows go through the pages; Tab
    // goes on to the page's table and then its buttons. Ctrl+1 to Ctrl+6 go to a page from anywhere.
    for (int row = 0; row < m_navigator->count(); ++row) {
        auto* goTo = new QAction(this);
        goTo->setObjectName(QStringLiteral("showPage%1").arg(row + 1));
        goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(goTo, &QAction::triggered, this, [this, row] {
            m_navigator->setCurrentRow(row);
            m_navigator->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(goTo);
    }
    m_navigator->setCurrentRow(0);
    m_navigator->setFocus();
    // Wide enough for the Sites page's columns beside the navigator on a 1366-pixel laptop screen.
    resize(1280, 720);
}

// The pages and the status bar hold the session by reference: they go before it does.
MainWindow::~MainWindow()
{
    delete takeCentralWidget();
    delete m_status;
}

void MainWindow::showPage(Page page)
{
    m_navigator->setCurrentRow(int(page));
}

// The timer's refresh leaves the reports alone: over a large central they take a noticeable
// moment, which the technician should see only when asking for them (F5, opening the page).
void MainWindow::refreshQuietly()
{
    if (m_pages->currentWidget() == m_reports) {
        m_status->refreshCount();
        return;
    }
    refresh();
}

void MainWindow::refresh()
{
    m_status->refreshCount();
    refreshPage();
}

void MainWindow::refreshPage()
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_stores)
        m_stores->refresh();
    else if (page == m_sites)
        m_sites->refresh();
    else if (page == m_syncLog)
        m_syncLog->refresh();
    else if (page == m_syncReport)
        m_syncReport->refresh();
    else if (page == m_reports)
        m_reports->refresh();
    else if (page == m_topology)
        m_topology->refresh();
}

void MainWindow::changeUnlockPassword()
{
    UnlockPasswordDialog dialog(m_session->database(), this);
    dialog.exec();
    if (dialog.changed())
        refreshPage();  // the audit log shows the change
}

void MainWindow::showAbout()
{
    AboutDialog dialog(*m_session, this);
    dialog.exec();
}

}  // namespace sitesync::ui
