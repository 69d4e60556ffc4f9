#include "cli.h"
#include "credentials/credentialstore.h"
#include "model/auditlog.h"
#include "site/sitesession.h"
#include "sitefile/siteexport.h"
#include "sitefile/siteimport.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace sitesync::cli {

// The progress of a sync, as `sync` and `init remote` print it.
RemoteSync::Progress terminalProgress(Invocation& in);

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

int siteExport(Invocation& in)
{
    if (!in.isSet(QStringLiteral("site")) || !in.isSet(QStringLiteral("out")))
        return in.usage(Text::tr(
            "usage: sitesyncctl site export --site N --out FILE [--unlock-password-stdin] [--technician NAME]"));
    const std::optional<int> siteId = in.intValue(QStringLiteral("site"));
    if (!siteId)
        return ExitUsage;
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const std::unique_ptr<AuditActor> unlocked =
        unlockForChange(in, session->database(), {UnlockPurpose::kExportSite, {}, *siteId}, &status);
    if (!unlocked)
        return status;
    const Result<SiteExportReport> report =
        SiteExport::write(*session, *siteId, in.value(QStringLiteral("out")), [&in](qint64 records) {
            printProgress(in, QStringLiteral("export: %1 records").arg(records));
        });
    if (!report)
        return in.fail(report.error());
    if (in.json()) {
        in.printJson(QJsonObject{{QStringLiteral("site_id"), report->siteId},
                                 {QStringLiteral("records"), report->records},
                                 {QStringLiteral("bytes"), report->bytes},
                                 {QStringLiteral("file"), in.value(QStringLiteral("out"))}});
    } else {
        in.err() << Qt::endl;
        in.out() << Text::tr("Wrote the data file of site %1 to %2 (%3 records). On the site's machine, run: "
                             "sitesyncctl --db PATH site import %2 --central URL --password-stdin")
                        .arg(report->siteId)
                        .arg(in.value(QStringLiteral("out")))
                        .arg(report->records)
                 << Qt::endl;
    }
    return ExitOk;
}

int siteImport(Invocation& in)
{
    if (!in.isSet(QStringLiteral("central")) || !in.isSet(QStringLiteral("password-stdin")))
        return in.usage(
            Text::tr("usage: sitesyncctl --db PATH site import FILE --central URL --password-stdin [--ca-cert FILE]"));
    QString password;
    QByteArray trusted;
    int status = ExitOk;
    if (!readSiteAccess(in, &password, &trusted, &status))
        return status;
    SiteCredentialStore credentials;
    const Result<std::unique_ptr<SiteSession>> session =
        SiteImport::import(in.arguments().value(0), in.databasePath(), QUrl(in.value(QStringLiteral("central"))),
                           password, credentials, terminalProgress(in), trusted);
    if (!session)
        return in.fail(session.error());
    const int siteId = (*session)->site().siteId();
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("site_id"), siteId},
                                 {QStringLiteral("role"), siteRoleId((*session)->site().role())}});
    else
        in.out() << Text::tr("Imported site %1 into %2; it synchronises with %3.")
                        .arg(siteId)
                        .arg((*session)->database().path(), in.value(QStringLiteral("central")))
                 << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> siteFileCommands()
{
    return {
        {{QStringLiteral("site"), QStringLiteral("export")},
         QStringLiteral("--site N --out FILE [--unlock-password-stdin] [--technician NAME]"),
         Text::tr("On the central server: write a new desktop site's data file, to import on its machine; needs "
                  "the unlock password."),
         {QStringLiteral("site"), QStringLiteral("out"), QStringLiteral("unlock-password-stdin"),
          QStringLiteral("technician")},
         0,
         0,
         siteExport},
        {{QStringLiteral("site"), QStringLiteral("import")},
         QStringLiteral("FILE --central URL --password-stdin [--ca-cert FILE]"),
         Text::tr("On the site's machine: make the data file this site's database (--db), bind the site here and "
                  "sync."),
         {QStringLiteral("central"), QStringLiteral("password-stdin"), QStringLiteral("ca-cert")},
         1,
         1,
         siteImport},
    };
}

}  // namespace sitesync::cli
