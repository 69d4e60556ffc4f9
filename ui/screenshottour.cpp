#include "screenshottour.h"

#include "aboutdialog.h"
#include "credentials/credentialstore.h"
#include "impactdialog.h"
#include "language.h"
#include "mainwindow.h"
#include "settings/syncsettingsimpact.h"
#include "site/sitesession.h"
#include "siteexportdialog.h"
#include "sitesetupdialog.h"
#include "storedialog.h"
#include "syncstatuswidget.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>

namespace sitesync::ui {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::ui::ScreenshotTour)
};

// Lets the window take in what worker threads report (the queue count) for up to a few seconds.
void settle(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

Status save(QWidget& widget, const QDir& dir, const QString& name, QStringList& written)
{
    widget.show();
    // Layouts that follow a change (of language, of contents) settle over a few passes.
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path, "PNG"))
        return makeError(ErrorKind::Database, Text::tr("Could not write %1.").arg(path));
    written << path;
    return {};
}

}  // namespace

Result<QStringList> takeScreenshots(MainWindow& window, const QString& dir)
{
    QDir target(dir);
    if (!target.mkpath(QStringLiteral(".")))
        return makeError(ErrorKind::BadInput, Text::tr("Cannot create the folder %1.").arg(dir));
    QStringList written;
    settle([&] { return !window.syncStatus()->isCounting(); });
    const struct {
        MainWindow::Page page;
        const char* name;
    } pages[] = {{MainWindow::Page::Stores, "stores"},    {MainWindow::Page::Sites, "sites"},
                 {MainWindow::Page::SyncLog, "sync-log"}, {MainWindow::Page::SyncReport, "sync-report"},
                 {MainWindow::Page::Reports, "reports"},  {MainWindow::Page::Topology, "topology"}};
    for (const auto& page : pages) {
        window.showPage(page.page);
        if (Status s = save(window, target, QString::fromLatin1(page.name), written); !s)
            return s.error();
    }
    window.showPage(MainWindow::Page::Stores);

    SiteSession& session = window.session();
    const Result<QList<StoreInfo>> stores = session.stores().list();
    // The store shown is the first one active on another site: its table has the most to show.
    QString storeId;
    for (const StoreInfo& store : stores ? *stores : QList<StoreInfo>()) {
        if (store.activeSiteId && *store.activeSiteId != session.site().siteId()) {
            storeId = store.id;
            break;
        }
    }
    if (!storeId.isEmpty()) {
        StoreDialog dialog(session, storeId, &window);
        if (auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("storeTabs")))
            tabs->setCurrentIndex(1);
        if (Status s = save(dialog, target, QStringLiteral("store-synchronisation"), written); !s)
            return s.error();
        if (auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("storeTabs")); tabs && tabs->count() > 2) {
            tabs->setCurrentIndex(2);
            if (Status s = save(dialog, target, QStringLiteral("store-visibility"), written); !s)
                return s.error();
        }
        dialog.close();
        if (session.site().isCentral()) {
            // The preview of bringing the store back to the central: measured, never saved.
            SyncSettingsChange change;
            change.activeSiteId = session.site().siteId();
            const Result<SyncSettingsImpact> impact =
                SyncSettingsImpact::measure(session.syncSettings(), storeId, change);
            if (impact) {
                ImpactDialog preview(session.site(), *impact, &window);
                if (Status s = save(preview, target, QStringLiteral("impact-preview"), written); !s)
                    return s.error();
                preview.close();
            }
        }
    }
    if (session.site().isCentral()) {
        // A data file for the first remote desktop site; shown, never written.
        const Result<QList<SiteInfo>> sites = session.sites().list();
        for (const SiteInfo& site : sites ? *sites : QList<SiteInfo>()) {
            if (site.isCentral || site.type != QLatin1String("desktop"))
                continue;
            SiteExportDialog exporting(session, site.id, &window);
            if (auto* file = exporting.findChild<QLineEdit*>(QStringLiteral("exportFile")))
                file->setText(QStringLiteral("/media/usb/site-%1.sitesync").arg(site.id));
            if (Status s = save(exporting, target, QStringLiteral("site-export"), written); !s)
                return s.error();
            exporting.close();
            break;
        }
    }
    {
        // What a new machine shows first; nothing is set up.
        MemoryCredentialStore credentials;
        SiteSetupDialog setup(QStringLiteral("/var/lib/sitesync/site.db"), credentials, &window);
        if (Status s = save(setup, target, QStringLiteral("site-setup"), written); !s)
            return s.error();
        setup.close();
    }
    {
        // The same window in French (AD-8), then back.
        const QString language = Language::current();
        const auto* count = window.findChild<QLabel*>(QStringLiteral("syncOutLabel"));
        auto switchTo = [&](const QString& code) {
            const QString before = count ? count->text() : QString();
            Language::use(code);
            // The queue count is counted again in the new language.
            settle([&] { return !count || count->text() != before; });
        };
        switchTo(QStringLiteral("fr"));
        const Status s = save(window, target, QStringLiteral("stores-fr"), written);
        switchTo(language);
        if (!s)
            return s.error();
    }
    AboutDialog about(session, &window);
    about.show();
    settle([&] {
        const auto* table = about.findChild<QTableWidget*>(QStringLiteral("tableCounts"));
        return table && table->rowCount() > 0 && table->item(table->rowCount() - 1, 1)->data(Qt::UserRole).isValid();
    });
    if (Status s = save(about, target, QStringLiteral("about"), written); !s)
        return s.error();
    about.close();
    return written;
}

}  // namespace sitesync::ui
