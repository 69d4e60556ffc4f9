#include "cli.h"
#include "model/auditlog.h"
#include "settings/storemove.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

QString usageText()
{
    return Text::tr("usage: sitesyncctl store move --store ID --to N --from-keeps none|transfer|collector "
                    "[--new-site-name NAME --type desktop|mobile --password-stdin] [--delete-empty-from] [--check] "
                    "[--unlock-password-stdin]");
}

QJsonObject readinessJson(const StoreMoveReadiness& readiness)
{
    return {{QStringLiteral("from_site_id"), readiness.fromSiteId},
            {QStringLiteral("waiting_for_from"), readiness.waitingForFrom},
            {QStringLiteral("waiting_for_to"), readiness.waitingForTo},
            {QStringLiteral("outgoing_on_from"),
             readiness.outgoingOnFrom < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(readiness.outgoingOnFrom)},
            {QStringLiteral("from_reported_at"),
             readiness.fromReportedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(readiness.fromReportedAt)},
            {QStringLiteral("outgoing_on_to"),
             readiness.outgoingOnTo < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(readiness.outgoingOnTo)},
            {QStringLiteral("to_reported_at"),
             readiness.toReportedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(readiness.toReportedAt)},
            {QStringLiteral("fully_synchronised"), readiness.fullySynchronised()},
            {QStringLiteral("from_would_be_empty"), readiness.fromWouldBeEmpty},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(readiness.warnings)}};
}

int storeMove(Invocation& in)
{
    for (const char* required : {"store", "to", "from-keeps"}) {
        if (!in.isSet(QString::fromLatin1(required)))
            return in.usage(usageText());
    }
    StoreMovePlan plan;
    plan.storeId = in.value(QStringLiteral("store"));
    const std::optional<int> to = in.intValue(QStringLiteral("to"));
    if (!to)
        return ExitUsage;
    plan.toSiteId = *to;
    const std::optional<SyncWith> keeps = syncWithFromId(in.value(QStringLiteral("from-keeps")));
    if (!keeps)
        return in.usage(Text::tr("--from-keeps takes none, transfer or collector."));
    plan.fromKeeps = *keeps;
    plan.deleteEmptyFromSite = in.isSet(QStringLiteral("delete-empty-from"));
    const bool creating = in.isSet(QStringLiteral("new-site-name"));
    if (creating && (!in.isSet(QStringLiteral("type")) || !in.isSet(QStringLiteral("password-stdin"))))
        return in.usage(Text::tr("A new 'To' site needs --new-site-name, --type and --password-stdin."));

    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    // Standard input holds the unlock password first (when one is asked for), then the new site's.
    const bool checkOnly = in.isSet(QStringLiteral("check"));
    QString unlockPassword;
    if (!checkOnly) {
        const std::optional<QString> read = readUnlockPassword(in, session->database(), &status);
        if (!read)
            return status;
        unlockPassword = *read;
    }
    if (creating) {
        plan.newSite = NewSite{plan.toSiteId, in.value(QStringLiteral("new-site-name")),
                               in.value(QStringLiteral("type")), checkOnly ? QString() : Invocation::readSecretLine()};
    }

    StoreMove move = session->storeMove();
    const Result<StoreMoveReadiness> readiness = move.check(plan);
    if (!readiness)
        return in.fail(readiness.error());
    if (checkOnly) {
        if (in.json()) {
            in.printJson(readinessJson(*readiness));
        } else {
            in.out() << (readiness->fullySynchronised()
                             ? Text::tr("Both sites have received everything the central holds for them.")
                             : Text::tr("The sites are not fully synchronised."))
                     << '\n';
            for (const QString& warning : readiness->warnings)
                in.out() << Text::tr("Warning: %1").arg(warning) << '\n';
        }
        return ExitOk;
    }
    if (!readiness->fullySynchronised())
        return in.fail(makeError(ErrorKind::Refused, Text::tr("Not moved: %1").arg(readiness->warnings.value(0))));
    const std::unique_ptr<AuditActor> unlocked =
        unlockWith(in, session->database(), {UnlockPurpose::kStoreMove, plan.storeId, 0}, unlockPassword, &status);
    if (!unlocked)
        return status;
    const Result<StoreMoveReport> report = move.run(plan);
    if (!report)
        return in.fail(report.error());
    if (in.json()) {
        in.printJson(QJsonObject{{QStringLiteral("store_id"), plan.storeId},
                                 {QStringLiteral("sync_id"), report->settings.activeSiteId},
                                 {QStringLiteral("queued"), report->queued},
                                 {QStringLiteral("waiting_for_to"), report->waitingForTo},
                                 {QStringLiteral("from_site_deleted"), report->fromSiteDeleted}});
        return ExitOk;
    }
    in.out() << Text::tr("Store %1 is now active on site %2; %3 records wait for it there.")
                    .arg(plan.storeId, session->site().siteLabel(plan.toSiteId))
                    .arg(report->waitingForTo)
             << '\n';
    if (report->fromSiteDeleted)
        in.out() << Text::tr("Site %1 had no store left and was deleted.").arg(readiness->fromSiteId) << '\n';
    return ExitOk;
}

}  // namespace

QList<Command> moveCommands()
{
    return {
        {{QStringLiteral("store"), QStringLiteral("move")},
         QStringLiteral("--store ID --to N --from-keeps none|transfer|collector [--new-site-name NAME --type "
                        "desktop|mobile --password-stdin] [--delete-empty-from] [--check] [--unlock-password-stdin] "
                        "[--technician NAME]"),
         Text::tr("Move a store to another site (central only): check, create the 'To' site if asked, make the "
                  "store active there, and queue its records."),
         {QStringLiteral("store"), QStringLiteral("to"), QStringLiteral("from-keeps"), QStringLiteral("new-site-name"),
          QStringLiteral("type"), QStringLiteral("password-stdin"), QStringLiteral("delete-empty-from"),
          QStringLiteral("check"), QStringLiteral("unlock-password-stdin"), QStringLiteral("technician")},
         0,
         0,
         storeMove},
    };
}

}  // namespace sitesync::cli
