#include "mainwindow.h"
#include "screenshottour.h"
#include "site/sitesession.h"
#include "sync/sitestatus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

// Where no window can open (no display and no platform chosen), the site's summary is printed
// instead, so the command still says what it would have shown.
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

QString databasePath(int argc, char* argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--db") == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return qEnvironmentVariable("SITESYNC_DB");
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
                   .arg(site.site().siteLabel(status->siteId), status->role)
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
        return printSummary(databasePath(argc, argv));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SiteSync"));
    QApplication::setApplicationVersion(QStringLiteral(SITESYNC_VERSION));
    QApplication::setOrganizationName(QStringLiteral("SiteSync"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sitesync.svg")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sitesync"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "SiteSync administration"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The site's database file."),
                                QStringLiteral("PATH"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a picture of every page and dialog in DIR, then quit."),
        QStringLiteral("DIR"));
    parser.addOption(db);
    parser.addOption(screenshots);
    parser.process(app);

    QString path = parser.value(db);
    if (path.isEmpty())
        path = qEnvironmentVariable("SITESYNC_DB");
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
