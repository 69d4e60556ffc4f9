#include "unlocking.h"

#include "cli.h"
#include "model/auditlog.h"

#include <QCoreApplication>

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace sitesync::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

bool terminalInput()
{
    return ::isatty(STDIN_FILENO);
}

QString readLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return QString();
    QString text = QString::fromStdString(line);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

}  // namespace

QString readHiddenLine(Invocation& in, const QString& prompt)
{
    if (!terminalInput())
        return QString();
    in.err() << prompt;
    in.err().flush();
    termios saved{};
    const bool canHide = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    const QString line = readLine();
    if (canHide)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    in.err() << Qt::endl;
    return line;
}

QString technicianName(Invocation& in)
{
    const QString given = in.value(QStringLiteral("technician")).trimmed();
    if (!given.isEmpty())
        return given;
    if (terminalInput()) {
        for (int tries = 0; tries < 3; ++tries) {
            in.err() << Text::tr("Your name, for the audit log: ");
            in.err().flush();
            const QString name = readLine().trimmed();
            if (!name.isEmpty())
                return name;
            if (std::cin.eof())
                break;
        }
    }
    return AuditLog::systemUser();
}

std::optional<QString> readUnlockPassword(Invocation& in, Database& db, int* status)
{
    *status = ExitOk;
    if (!UnlockGate(db).isSet())
        return QString();
    QString password;
    if (in.isSet(QStringLiteral("unlock-password-stdin")))
        password = Invocation::readSecretLine();
    else if (terminalInput())
        password = readHiddenLine(in, Text::tr("Unlock password: "));
    else {
        *status = in.fail(makeError(ErrorKind::Refused, Text::tr("This needs the unlock password: give it on "
                                                                 "standard input with --unlock-password-stdin.")));
        return std::nullopt;
    }
    if (password.isEmpty()) {
        *status = in.usage(Text::tr("No unlock password on standard input."));
        return std::nullopt;
    }
    return password;
}

std::unique_ptr<AuditActor> unlockWith(Invocation& in, Database& db, const UnlockScope& scope, const QString& password,
                                       int* status)
{
    *status = ExitOk;
    const QString technician = technicianName(in);
    UnlockGate gate(db);
    if (!gate.isSet())
        return std::make_unique<AuditActor>(technician);
    Result<std::unique_ptr<AuditActor>> unlocked = gate.unlock(password, technician, scope);
    if (!unlocked) {
        *status = in.fail(unlocked.error());
        return nullptr;
    }
    return std::move(unlocked).value();
}

std::unique_ptr<AuditActor> unlockForChange(Invocation& in, Database& db, const UnlockScope& scope, int* status)
{
    const std::optional<QString> password = readUnlockPassword(in, db, status);
    if (!password)
        return nullptr;
    return unlockWith(in, db, scope, *password, status);
}

}  // namespace sitesync::cli
