#include "cli.h"
#include "site/sitesession.h"

#include <QCoreApplication>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

int initCentral(Invocation& in)
{
    if (!in.isSet(QStringLiteral("site-id")) || !in.isSet(QStringLiteral("name")))
        return in.usage(Text::tr("usage: sitesyncctl init central --site-id N --name NAME [--unlock-password-stdin]"));
    const std::optional<int> siteId = in.intValue(QStringLiteral("site-id"));
    if (!siteId)
        return ExitUsage;
    QString unlock;  // null: no unlock password
    if (in.isSet(QStringLiteral("unlock-password-stdin"))) {
        unlock = Invocation::readSecretLine();
        if (unlock.isNull())
            return in.usage(Text::tr("No unlock password on standard input."));
    }
    Result<std::unique_ptr<SiteSession>> session =
        SiteSession::initCentral(in.databasePath(), *siteId, in.value(QStringLiteral("name")), unlock);
    if (!session)
        return in.fail(session.error());
    if (in.json()) {
        in.printJson(
            QJsonObject{{QStringLiteral("site_id"), *siteId}, {QStringLiteral("role"), QStringLiteral("central")}});
    } else {
        in.out() << Text::tr("Initialised the central server, site %1 (%2), in %3.")
                        .arg(*siteId)
                        .arg(in.value(QStringLiteral("name")), (*session)->database().path())
                 << Qt::endl;
    }
    if (unlock.isNull())
        in.err() << Text::tr("No unlock password is set: until one is, anyone may change sites and sync settings "
                             "here. Set it now with: sitesyncctl unlock-password set")
                 << Qt::endl;
    return ExitOk;
}

}  // namespace

std::unique_ptr<SiteSession> openSession(Invocation& invocation, int* status)
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(invocation.databasePath());
    if (!session) {
        *status = invocation.fail(session.error());
        return nullptr;
    }
    *status = ExitOk;
    return std::move(session).value();
}

QList<Command> initCommands()
{
    return {
        {{QStringLiteral("init"), QStringLiteral("central")},
         QStringLiteral("--site-id N --name NAME [--unlock-password-stdin]"),
         Text::tr("Create a new central server database (standard setup: it is also the primary)."),
         {QStringLiteral("site-id"), QStringLiteral("name"), QStringLiteral("unlock-password-stdin")},
         0,
         0,
         initCentral},
    };
}

}  // namespace sitesync::cli
