#include "mainwindow.h"
#include "site/sitesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SiteSync"));
    QApplication::setOrganizationName(QStringLiteral("SiteSync"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sitesync.svg")));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("sitesync"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "SiteSync administration"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QApplication::translate("main", "The site's database file."),
                                QStringLiteral("PATH"));
    parser.addOption(db);
    parser.process(app);

    QString path = parser.value(db);
    if (path.isEmpty())
        path = qEnvironmentVariable("SITESYNC_DB");
    sitesync::Result<std::unique_ptr<sitesync::SiteSession>> session = sitesync::SiteSession::open(path);
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SiteSync"), session.error().message);
        return 1;
    }
    sitesync::ui::MainWindow window(std::move(session).value());
    window.show();
    return app.exec();
}
