#include "cli.h"
#include "model/auditlog.h"
#include "model/audittext.h"
#include "site/sitesession.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

constexpr int kDefaultLimit = 100;

int auditList(Invocation& in)
{
    int limit = kDefaultLimit;
    if (in.isSet(QStringLiteral("limit"))) {
        const std::optional<int> value = in.intValue(QStringLiteral("limit"));
        if (!value)
            return ExitUsage;
        if (*value < 1)
            return in.usage(Text::tr("--limit takes a number of entries from 1, not %1.").arg(*value));
        limit = *value;
    }
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openSession(in, &status);
    if (!session)
        return status;
    const Result<QList<AuditEntry>> entries = AuditLog::list(session->database(), limit);
    if (!entries)
        return in.fail(entries.error());
    // The same words as the window's audit log, in English: sitesyncctl loads no translation.
    if (in.json()) {
        QJsonArray rows;
        for (const AuditEntry& entry : *entries)
            rows.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                    {QStringLiteral("at"), entry.at},
                                    {QStringLiteral("actor"), entry.actor},
                                    {QStringLiteral("action"), entry.action},
                                    {QStringLiteral("params"), entry.params},
                                    {QStringLiteral("text"), AuditText::action(entry.action)},
                                    {QStringLiteral("detail"), AuditText::detail(entry)}});
        in.printJson(rows);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        in.out() << Text::tr("The audit log is empty.") << Qt::endl;
        return ExitOk;
    }
    TextTable table({Text::tr("WHEN"), Text::tr("WHO"), Text::tr("ACTION"), Text::tr("DETAIL")});
    for (const AuditEntry& entry : *entries)
        table.addRow({entry.at, entry.actor, AuditText::action(entry.action), AuditText::detail(entry)});
    table.print(in.out());
    return ExitOk;
}

}  // namespace

QList<Command> auditCommands()
{
    return {
        {{QStringLiteral("audit")},
         QStringLiteral("[--limit N]"),
         Text::tr("The audit log, newest first: unlocks and every change of sites, stores and sync settings, who "
                  "made it and when (the last 100 entries unless --limit says otherwise)."),
         {QStringLiteral("limit")},
         0,
         0,
         auditList},
    };
}

}  // namespace sitesync::cli
