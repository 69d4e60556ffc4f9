#include "cli.h"
#include "report/sitestatus.h"
#include "site/sitesession.h"

#include <QCoreApplication>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

int status(Invocation& in)
{
    int exitStatus = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &exitStatus);
    if (!session)
        return exitStatus;
    const Result<SiteStatus> report = SiteStatus::collect(*session);
    if (!report)
        return in.fail(report.error());
    if (in.json()) {
        in.printJson(report->toJson());
        return ExitOk;
    }
    QTextStream& out = in.out();
    out << Text::tr("Site:        %1 (%2)").arg(report->siteId).arg(report->siteName) << '\n'
        << Text::tr("Role:        %1, %2 setup%3")
               .arg(report->role, report->setup,
                    report->isPrimary && report->role != QLatin1String("primary") ? Text::tr(", also the primary")
                                                                                  : QString())
        << '\n'
        << Text::tr("sync_out:    %1").arg(report->syncOut) << '\n';
    for (auto it = report->queuedBySite.begin(); it != report->queuedBySite.end(); ++it)
        out << "  " << Text::tr("waiting for site %1: %2").arg(session->site().siteLabel(it.key())).arg(it.value())
            << '\n';
    out << Text::tr("Last sync:   %1").arg(report->lastSync.isEmpty() ? Text::tr("never") : report->lastSync) << '\n'
        << Text::tr("Waiting:     %1 received records not applied yet").arg(report->waiting) << '\n'
        << Text::tr("Problems:    %1 open sync problems (sitesyncctl problems list)").arg(report->problems) << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> statusCommands()
{
    return {
        {{QStringLiteral("status")},
         QString(),
         Text::tr("Role, site ID, sync_out count, records waiting per site, last sync, received records waiting "
                  "to be applied, open sync problems."),
         {},
         0,
         0,
         status},
    };
}

}  // namespace sitesync::cli
