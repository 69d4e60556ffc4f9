#include "credentials/credentialstore.h"
#include "displaytext.h"
#include "language.h"
#include "mainwindow.h"
#include "report/sitestatus.h"
#include "screenshottour.h"
#include "site/sitesession.h"
#include "sitesetupdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace {

// Where no window can open (an X11 or Wayland system with neither running, and no platform
// chosen), the site's summary is printed instead, so the command still says what it would have
// shown. Other systems always have their own display.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

struct Options {
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("main", "The site's database file."),
                          QStringLiteral("PATH")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save a picture of every page and dialog in DIR, then quit."),
        QStringLiteral("DIR")};
};

// The same options with or without a display: --db PATH or --db=PATH, --help, --version.
void parse(QCommandLineParser& parser, const Options& options, const QCoreApplication& app)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "SiteSync administration"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.db);
    parser.addOption(options.screenshots);
    parser.process(app);
}

// --db, else SITESYNC_DB, else the database in the user's data folder: the one the desktop menu's
// entry opens, set up as a remote site the first time.
QString databasePath(const QCommandLineParser& parser, const Options& options)
{
    QString path = parser.value(options.db);
    if (path.isEmpty())
        path = qEnvironmentVariable("SITESYNC_DB");
    if (path.isEmpty())
        path =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/sitesync/site.db");
    return path;
}

// The language chosen last time in the Language menu, else the system's (AD-8).
void startInLanguage()
{
    sitesync::ui::Language::use(
        sitesync::ui::Language::startLanguage(QSettings().value(QStringLiteral("language")).toString()));
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("SiteSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITESYNC_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("SiteSync"));
}

int printSummary(const QString& path)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    sitesync::Result<std::unique_ptr<sitesync::SiteSession>> session = sitesync::SiteSession::open(path);
    if (!session) {
        err << session.error().message << Qt::endl;
        return 1;
    }
    sitesync::SiteSession& site = **session;
    out << QCoreApplication::translate("main", "No display: the administration window cannot open here.") << '\n';
    const sitesync::Result<sitesync::SiteStatus> status = sitesync::SiteStatus::collect(site);
    if (status)
        out << QCoreApplication::translate("main", "Site %1 (%2), %3 record(s) queued to sync.")
                   .arg(site.site().siteLabel(status->siteId), sitesync::ui::roleLabel(site.site().role()))
                   .arg(status->syncOut)
            << '\n';
    const sitesync::Result<QList<sitesync::StoreInfo>> stores = site.stores().list();
    for (const sitesync::StoreInfo& store : stores ? *stores : QList<sitesync::StoreInfo>())
        out << "  " << store.id << "  " << store.name << "  "
            << (store.activeSiteId ? QCoreApplication::translate("main", "active on %1")
                                         .arg(site.site().siteLabel(*store.activeSiteId))
                                   : QString())
            << '\n';
    out << QCoreApplication::translate("main", "Run it where there is a display, or with QT_QPA_PLATFORM=offscreen.")
        << Qt::endl;
    return 0;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (!hasDisplay()) {
        QCoreApplication core(argc, argv);
        describeApplication();
        startInLanguage();
        const Options options;
        QCommandLineParser parser;
        parse(parser, options, core);
        return printSummary(databasePath(parser, options));
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sitesync.svg")));
    startInLanguage();
    const Options options;
    const QCommandLineOption& screenshots = options.screenshots;
    QCommandLineParser parser;
    parse(parser, options, app);
    const QString path = databasePath(parser, options);
    // A machine without its site database yet is set up as a remote site first (AD-2).
    if (!QFileInfo::exists(path) && !parser.isSet(screenshots)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        sitesync::KeychainCredentialStore keychain;
        sitesync::ui::SiteSetupDialog setup(path, keychain);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }
    sitesync::Result<std::unique_ptr<sitesync::SiteSession>> session = sitesync::SiteSession::open(path);
    if (!session) {
        if (parser.isSet(screenshots)) {
            QTextStream(stderr) << session.error().message << Qt::endl;
            return 1;
        }
        QMessageBox::critical(nullptr, QApplication::translate("main", "SiteSync"), session.error().message);
        return 1;
    }
    sitesync::ui::MainWindow window(std::move(session).value());
    QObject::connect(&window, &sitesync::ui::MainWindow::languageChosen,
                     [](const QString& code) { QSettings().setValue(QStringLiteral("language"), code); });
    if (parser.isSet(screenshots)) {
        const sitesync::Result<QStringList> written = sitesync::ui::takeScreenshots(window, parser.value(screenshots));
        if (!written) {
            QTextStream(stderr) << written.error().message << Qt::endl;
            return 1;
        }
        for (const QString& file : *written)
            QTextStream(stdout) << file << '\n';
        return 0;
    }
    window.show();
    return app.exec();
}
