#include "cli.h"
#include "model/auditlog.h"
#include "settings/unlockgate.h"
#include "site/sitesession.h"
#include "unlocking.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sitesync::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

// The new unlock password: the next line of standard input with --password-stdin, else typed
// twice on the terminal. Nothing, with the failure printed into `status`, when it cannot be had.
std::optional<QString> readNewPassword(Invocation& in, int* status)
{
    *status = ExitOk;
    if (in.isSet(QStringLiteral("password-stdin"))) {
        const QString password = Invocation::readSecretLine();
        if (password.isEmpty()) {
            *status = in.usage(Text::tr("No new unlock password on standard input."));
            return std::nullopt;
        }
        return password;
    }
    const QString password = readHiddenLine(in, Text::tr("New unlock password: "));
    if (password.isNull()) {
        *status = in.usage(Text::tr("Type the new unlock password on a terminal, or give it on standard input "
                                    "with --password-stdin."));
        return std::nullopt;
    }
    if (readHiddenLine(in, Text::tr("Repeat it: ")) != password) {
        *status = in.usage(Text::tr("The two passwords differ; nothing was changed."));
        return std::nullopt;
    }
    return password;
}

std::unique_ptr<SiteSession> openCentral(Invocation& in, int* status)
{
    std::unique_ptr<SiteSession> session = openSession(in, status);
    if (session && !session->site().isCentral()) {
        *status = in.fail(makeError(ErrorKind::Refused, Text::tr("The unlock password is the central server's; "
                                                                 "this database is a remote site's.")));
        return nullptr;
    }
    return session;
}

int unlockPasswordSet(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openCentral(in, &status);
    if (!session)
        return status;
    UnlockGate gate(session->database());
    if (gate.isSet())
        return in.fail(makeError(ErrorKind::Refused, Text::tr("An unlock password is set already; change it with "
                                                              "'sitesyncctl unlock-password change'.")));
    const QString technician = technicianName(in);
    const std::optional<QString> password = readNewPassword(in, &status);
    if (!password)
        return status;
    const AuditActor actor(technician);
    if (Status s = gate.setPassword(*password); !s)
        return in.fail(s.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("set"), true}, {QStringLiteral("technician"), technician}});
    else
        in.out() << Text::tr("The unlock password is set.") << Qt::endl;
    return ExitOk;
}

int unlockPasswordChange(Invocation& in)
{
    int status = ExitOk;
    std::unique_ptr<SiteSession> session = openCentral(in, &status);
    if (!session)
        return status;
    UnlockGate gate(session->database());
    if (!gate.isSet())
        return in.fail(makeError(ErrorKind::Refused, Text::tr("No unlock password is set yet; set one with "
                                                              "'sitesyncctl unlock-password set'.")));
    const QString technician = technicianName(in);
    // The current one first: standard input holds it on the first line, the new one on the second.
    QString current;
    if (in.isSet(QStringLiteral("password-stdin")))
        current = Invocation::readSecretLine();
    else
        current = readHiddenLine(in, Text::tr("Current unlock password: "));
    if (current.isEmpty())
        return in.usage(Text::tr("No current unlock password given: type it on a terminal, or give it and the "
                                 "new one on standard input with --password-stdin."));
    const std::optional<QString> replacement = readNewPassword(in, &status);
    if (!replacement)
        return status;
    if (Status s = gate.change(current, *replacement, technician); !s)
        return in.fail(s.error());
    if (in.json())
        in.printJson(QJsonObject{{QStringLiteral("changed"), true}, {QStringLiteral("technician"), technician}});
    else
        in.out() << Text::tr("The unlock password is changed.") << Qt::endl;
    return ExitOk;
}

}  // namespace

QList<Command> unlockCommands()
{
    return {
        {{QStringLiteral("unlock-password"), QStringLiteral("set")},
         QStringLiteral("[--password-stdin] [--technician NAME]"),
         Text::tr("On the central server, while none is set: set the unlock password (typed twice, or one line of "
                  "standard input)."),
         {QStringLiteral("password-stdin"), QStringLiteral("technician")},
         0,
         0,
         unlockPasswordSet},
        {{QStringLiteral("unlock-password"), QStringLiteral("change")},
         QStringLiteral("[--password-stdin] [--technician NAME]"),
         Text::tr("On the central server: change the unlock password; the current one is asked first (standard "
                  "input: the current one, then the new one)."),
         {QStringLiteral("password-stdin"), QStringLiteral("technician")},
         0,
         0,
         unlockPasswordChange},
    };
}

}  // namespace sitesync::cli
