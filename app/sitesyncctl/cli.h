#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace sitesync::cli {

// Exit statuses of sitesyncctl; scripts depend on them (README, "Exit status").
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,   // the operation could not be done (database, network, not found)
    ExitUsage = 2,    // bad usage or malformed input; nothing was changed
    ExitRefused = 3,  // the edit was refused (ownership rules, settings invariants, unlock); nothing was changed
};

// What a command sees: its own arguments, the options, and the streams.
class Invocation {
public:
    Invocation(const QCommandLineParser& parser, QStringList arguments, QTextStream& out, QTextStream& err)
        : m_parser(parser)
        , m_arguments(std::move(arguments))
        , m_out(out)
        , m_err(err)
    {
    }

    const QStringList& arguments() const { return m_arguments; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    QStringList values(const QString& option) const { return m_parser.values(option); }
    bool json() const { return isSet(QStringLiteral("json")); }
    QString databasePath() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints the error on stderr and returns the exit status for its kind.
    int fail(const Error& error);
    int usage(const QString& message);
    // Prints a JSON value on stdout (indented for people, compact with --json).
    void printJson(const QJsonValue& value);
    // Reads one line from standard input (a password); a null string when there is none.
    static QString readSecretLine();
    // An integer option; when it is not one, the usage error is printed and nothing is returned.
    std::optional<int> intValue(const QString& option);

private:
    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
};

struct Command {
    QStringList words;  // e.g. {"store", "sync-settings"}
    QString synopsis;   // the part after the words, e.g. "--store ID [--active-site N]"
    QString summary;
    QStringList options;   // the options it accepts (besides --db and --json)
    int minArguments = 0;  // positional arguments after the words
    int maxArguments = 0;
    std::function<int(Invocation&)> run;
};

// Each group of commands registers itself here.
QList<Command> initCommands();
QList<Command> siteCommands();
QList<Command> siteFileCommands();
QList<Command> storeCommands();
QList<Command> moveCommands();
QList<Command> recordCommands();
QList<Command> statusCommands();
QList<Command> demoCommands();
QList<Command> syncCommands();
QList<Command> problemCommands();
QList<Command> unlockCommands();
QList<Command> auditCommands();
QList<Command> centralCommands();

int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Every command, and every option sitesyncctl accepts; each command says which of them it takes.
QList<Command> allCommands();
QList<QCommandLineOption> allOptions();
// The options every command takes besides its own: --db and --json.
const QStringList& commonOptions();
// The command the positional arguments start with (the one with the most words), or null.
const Command* findCommand(const QList<Command>& commands, const QStringList& positional);
// A command's words and synopsis, e.g. "store add --id ID --code CODE --name NAME [--dispensary]".
QString commandLine(const Command& command);

}  // namespace sitesync::cli

namespace sitesync {
class SiteSession;
}

namespace sitesync::cli {

// Opens the site database named by --db; on failure prints why and sets `status`.
std::unique_ptr<SiteSession> openSession(Invocation& invocation, int* status);
// Progress of long work on stderr: one line kept up to date on a terminal, a line per step
// otherwise, nothing with --json.
void printProgress(Invocation& invocation, const QString& line);
// Ends the line printProgress keeps up to date on a terminal, so that what follows has a line of its own.
void endProgress(Invocation& invocation);
// The site password (first line of standard input) and the certificates of --ca-cert, for the
// commands that set a site up; false, with the failure printed into `status`, when either is missing.
bool readSiteAccess(Invocation& invocation, QString* password, QByteArray* pem, int* status);

}  // namespace sitesync::cli
