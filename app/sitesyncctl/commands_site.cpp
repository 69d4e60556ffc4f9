#include "cli.h"
#include "model/auditlog.h"
#include "site/sitesession.h"
#include "sync/routing.h"
#include "texttable.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

QString roleOf(const SiteInfo& site)
{
    if (site.isCentral)
        return site.isPrimary ? QStringLiteral("central+primary") : QStringLiteral("central");
    return site.isPrimary ? QStringLiteral("primary") : QStringLiteral("remote");
}

// `queued`: what waits for the site on the central, when it was counted.
QJsonObject siteJson(const SiteInfo& site, std::optional<int> queued = std::nullopt)
{
    auto orNull = [](const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    QJsonObject json{
        {QStringLiteral("id"), site.id},
        {QStringLiteral("name"), site.name},
        {QStringLiteral("type"), site.type},
        {QStringLiteral("is_central"), site.isCentral},
        {QStringLiteral("is_primary"), site.isPrimary},
        {QStringLiteral("active_stores"), QJsonArray::fromStringList(site.activeStores)},
        {QStringLiteral("initialised_at"), orNull(site.initialisedAt)},
        {QStringLiteral("last_connection_at"), orNull(site.contact.lastConnectionAt)},
        {QStringLiteral("last_address"), orNull(site.contact.lastAddress)},
        // ACC-4: what the site reported at its last contact.
        {QStringLiteral("version"), orNull(site.contact.version)},
        {QStringLiteral("outgoing"), site.contact.outgoing < 0 ? QJsonValue() : QJsonValue(site.contact.outgoing)},
        {QStringLiteral("problems"), site.contact.problems < 0 ? QJsonValue() : QJsonValue(site.contact.problems)},
        {QStringLiteral("reported_at"), orNull(site.contact.reportedAt)},
        {QStringLiteral("recovered_at"), orNull(site.contact.recoveredAt)},
        {QStringLiteral("outgoing_rises"), site.contact.outgoingRises},
        {QStringLiteral("attention"), site.contact.needsAttention()},
        {QStringLiteral("attention_reasons"), QJsonArray::fromStringList(site.contact.attentionReasons())}};
    if (queued)
        json.insert(QStringLiteral("queued"), *queued);
    else if (site.isCentral)
        json.insert(QStringLiteral("queued"), QJsonValue());
    return json;
}

QString orDash(int count)
{
    return count < 0 ? QStringLiteral("-") : QString::number(count);
}

// "3, at 2026-12-04T10:00:00Z" or "unknown".
QString queueAtLastContact(const SiteInfo& site)
{
    if (site.isCentral)
        return QStringLiteral("-");
    if (site.contact.outgoing < 0)
        return Text::tr("unknown");
    return Text::tr("%1 at %2").arg(site.contact.outgoing).arg(site.contact.reportedAt);
}

int siteAdd(Invocation& in)
{
    for (const char* required : {"id", "name", "type"}) {
        if (!in.isSet(QString::fromLatin1(required)))
            return in.usage(Text::tr("usage: sitesyncctl site add --id N --name NAME --type desktop|mobile [--primary] "
                                     "--password-stdin [--unlock-password-stdin] [--technician NAME]"));
    }
    if (!in.isSet(QStringLiteral("password-stdin")))
        return in.usage(Text::tr("Give the site password on standard input with --password-stdin."));
    const std::optional<int> id = in.intValue(QStringLiteral("id"));
    if (!id)
        return ExitUsage;
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    // Sites are sync settings: the unlock password first (its line comes first on standard input),
    // then the new site's password.
    const std::unique_ptr<AuditActor> unlocked =
        unlockForChange(in, session->database(), {UnlockPurpose::kNewSite, {}, *id}, &status);
    if (!unlocked)
        return status;
    const QString password = Invocation::readSecretLine();
    if (password.isNull())
        return in.usage(Text::tr("No password on standard input."));
    const Result<SiteInfo> site =
        session->sites().add(*id, in.value(QStringLiteral("name")), in.value(QStringLiteral("type")),
                             in.isSet(QStringLiteral("primary")), password);
    if (!site)
        return in.fail(site.error());
    if (in.json())
        in.printJson(siteJson(*site));
    else
        in.out() << Text::tr("Added site %1 (%2), %3 %4.").arg(site->id).arg(site->name, site->type, roleOf(*site))
                 << Qt::endl;
    return ExitOk;
}

int siteList(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<QList<SiteInfo>> sites = session->sites().list();
    if (!sites)
        return in.fail(sites.error());
    // ACC-4: what waits for each remote site is counted on the central, from its log and queue.
    QMap<int, int> queued;
    if (session->site().isCentral()) {
        const Result<QMap<int, int>> counted = Routing::queuedBySite(session->database());
        if (!counted)
            return in.fail(counted.error());
        queued = *counted;
    }
    auto queuedFor = [&](const SiteInfo& site) {
        return queued.contains(site.id) ? std::optional<int>(queued.value(site.id)) : std::nullopt;
    };
    if (in.json()) {
        QJsonArray rows;
        for (const SiteInfo& site : *sites)
            rows.append(siteJson(site, queuedFor(site)));
        in.printJson(rows);
        return ExitOk;
    }
    TextTable table({Text::tr("ID"), Text::tr("NAME"), Text::tr("TYPE"), Text::tr("ROLE"), Text::tr("ACTIVE STORES"),
                     Text::tr("LAST CONNECTION"), Text::tr("VERSION"), Text::tr("ITS QUEUE"), Text::tr("PROBLEMS"),
                     Text::tr("WAITING ON CENTRAL"), Text::tr("ATTENTION")});
    QStringList reasons;
    for (const SiteInfo& site : *sites) {
        const bool attention = site.contact.needsAttention();
        table.addRow({QString::number(site.id), site.name, site.type, roleOf(site),
                      site.activeStores.join(QStringLiteral(", ")),
                      site.contact.lastConnectionAt.isEmpty() ? Text::tr("never") : site.contact.lastConnectionAt,
                      site.isCentral || site.contact.version.isEmpty() ? QStringLiteral("-") : site.contact.version,
                      queueAtLastContact(site), site.isCentral ? QStringLiteral("-") : orDash(site.contact.problems),
                      orDash(queuedFor(site).value_or(-1)), attention ? Text::tr("needed") : QString()});
        if (attention)
            reasons << Text::tr("Site %1 needs attention: %2")
                           .arg(site.id)
                           .arg(site.contact.attentionReasons().join(QLatin1Char(' ')));
    }
    table.print(in.out());
    for (const QString& reason : reasons)
        in.out() << reason << Qt::endl;
    return ExitOk;
}

// The site named by --id; nothing, with the exit status set, when it is missing (the usage is
// printed) or not a number.
std::optional<int> siteIdOption(Invocation& in, const QString& usage, int* status)
{
    if (!in.isSet(QStringLiteral("id"))) {
        *status = in.usage(usage);
        return std::nullopt;
    }
    const std::optional<int> id = in.intValue(QStringLiteral("id"));
    if (!id)
        *status = ExitUsage;
    return id;
}

int siteDelete(Invocation& in)
{
    int status = ExitOk;
    const std::optional<int> id = siteIdOption(
        in, Text::tr("usage: sitesyncctl site delete --id N [--unlock-password-stdin] [--technician NAME]"), &status);
    if (!id)
        return status;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    // Deleting a site is for technicians only: behind the unlock password (ST-7, TOP-6).
    const std::unique_ptr<AuditActor> unlocked =
        unlockForChange(in, session->database(), {UnlockPurpose::kDeleteSite, {}, *id}, &status);
    if (!unlocked)
        return status;
    if (Status removed = session->sites().remove(*id); !removed)
        return in.fail(removed.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("deleted"), *id}});
    else
        in.out() << Text::tr("Deleted site %1.").arg(*id) << Qt::endl;
    return ExitOk;
}

int resetHardware(Invocation& in)
{
    int status = ExitOk;
    const std::optional<int> id = siteIdOption(
        in, Text::tr("usage: sitesyncctl site reset-hardware --id N [--unlock-password-stdin] [--technician NAME]"),
        &status);
    if (!id)
        return status;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<BindingResetRisk> risk = session->sites().bindingResetRisk(*id);
    if (!risk)
        return in.fail(risk.error());
    // What the reset loses, before the unlock password is asked (TOP-4).
    if (!in.json())
        in.err() << risk->warning << Qt::endl;
    const std::unique_ptr<AuditActor> unlocked =
        unlockForChange(in, session->database(), {UnlockPurpose::kResetBinding, {}, *id}, &status);
    if (!unlocked)
        return status;
    if (Status s = session->sites().resetHardware(*id); !s)
        return in.fail(s.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("site_id"), *id},
                                 {QStringLiteral("unsent"), risk->unsent < 0 ? QJsonValue() : QJsonValue(risk->unsent)},
                                 {QStringLiteral("warning"), risk->warning}});
    else
        in.out() << Text::tr("Site %1 may now be initialised on another machine.").arg(*id) << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> siteCommands()
{
    return {
        {{QStringLiteral("site"), QStringLiteral("add")},
         QStringLiteral("--id N --name NAME --type desktop|mobile [--primary] --password-stdin "
                        "[--unlock-password-stdin] [--technician NAME]"),
         Text::tr("Add a sync site on the central server; its password is read from standard input, after the "
                  "unlock password."),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("primary"),
          QStringLiteral("password-stdin"), QStringLiteral("unlock-password-stdin"), QStringLiteral("technician")},
         0,
         0,
         siteAdd},
        {{QStringLiteral("site"), QStringLiteral("list")},
         QString(),
         Text::tr("List the sync sites."),
         {},
         0,
         0,
         siteList},
        {{QStringLiteral("site"), QStringLiteral("delete")},
         QStringLiteral("--id N [--unlock-password-stdin] [--technician NAME]"),
         Text::tr("Delete a site that has no active store and is neither the central nor the primary; needs the "
                  "unlock password."),
         {QStringLiteral("id"), QStringLiteral("unlock-password-stdin"), QStringLiteral("technician")},
         0,
         0,
         siteDelete},
        {{QStringLiteral("site"), QStringLiteral("reset-hardware")},
         QStringLiteral("--id N [--unlock-password-stdin] [--technician NAME]"),
         Text::tr("Release a site's binding to its machine, so it can be initialised on another; says what only "
                  "the site held and needs the unlock password."),
         {QStringLiteral("id"), QStringLiteral("unlock-password-stdin"), QStringLiteral("technician")},
         0,
         0,
         resetHardware},
    };
}

}  // namespace sitesync::cli
