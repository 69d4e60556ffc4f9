#include "cli.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitesyncctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("SiteSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITESYNC_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = sitesync::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
