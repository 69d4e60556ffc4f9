#include "cli.h"

#include "commandhelp.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <string>
#include <unistd.h>

namespace sitesync::cli {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

}  // namespace

// Every option of every command; each command then says which of them it accepts.
QList<QCommandLineOption> allOptions()
{
    auto valued = [](const char* name, const char* valueName, const char* help) {
        return QCommandLineOption(QString::fromLatin1(name), Text::tr(help), QString::fromLatin1(valueName));
    };
    auto flag = [](const char* name, const char* help) {
        return QCommandLineOption(QString::fromLatin1(name), Text::tr(help));
    };
    return {
        valued("db", "PATH", "The site's database file (or set SITESYNC_DB)."),
        flag("json", "Print machine-readable JSON."),
        flag("help", "Show help."),
        flag("version", "Show the version."),
        valued("site-id", "N", "This site's ID."),
        valued("name", "NAME", "A name."),
        valued("id", "ID", "An ID."),
        valued("type", "TYPE", "desktop or mobile."),
        flag("primary", "The site becomes the primary server (mirrored setup)."),
        flag("password-stdin", "Read the site password (or a new unlock password) from standard input."),
        flag("unlock-password-stdin", "Read the unlock password from the first line of standard input."),
        valued("technician", "NAME", "Who is acting, for the audit log (asked on a terminal when not given)."),
        valued("code", "CODE", "A store code."),
        flag("dispensary", "The store is a dispensary."),
        valued("store", "ID", "A store ID."),
        valued("active-site", "N", "The site the store becomes active on (its Sync ID)."),
        valued("with", "SITE=VALUE", "Sync-with for a site: none, collector or transfer. Repeatable."),
        valued("include-transactions", "on|off", "Include transactions in sync (dispensary stores)."),
        flag("resync-patients", "Resend the store's patient records to its active copy."),
        flag("preview", "Show what the change would cause; change nothing."),
        valued("visible-in", "ID", "The store the store is made visible in, or hidden from (on or off)."),
        valued("to", "N", "The site a store moves to."),
        valued("from-keeps", "none|transfer|collector", "What stays on the site a store moves from."),
        valued("new-site-name", "NAME", "Create the 'To' site with this name."),
        flag("delete-empty-from", "Delete the 'From' site if the move leaves it without a store."),
        flag("check", "Only check whether the move can go ahead."),
        valued("limit", "N", "At most N records."),
        valued("dir", "DIR", "A directory."),
        valued("central-db", "ADDRESS", "The central's database for the demonstration."),
        valued("from-db", "PATH", "The central's database, to move from (a file or a postgresql:// address)."),
        valued("to-db", "PATH", "The empty database the central moves to (a new file or a postgresql:// address)."),
        valued("listen", "HOST:PORT", "Where the server listens."),
        valued("tls-cert", "FILE", "The server's TLS certificate (PEM)."),
        valued("tls-key", "FILE", "The server's TLS private key (PEM)."),
        flag("allow-plain-http", "Serve plain HTTP on an address other machines reach."),
        valued("workers", "N", "Threads serving requests at once (default 4)."),
        valued("max-connections", "N", "Open connections at most (default 2000)."),
        valued("idle-timeout", "SECONDS", "Close a connection idle this long (default 60)."),
        valued("request-timeout", "SECONDS", "A request's headers must arrive within this long (default 30)."),
        valued("every", "MINUTES", "Sync at once, then every MINUTES until stopped (0: once)."),
        valued("metrics-token-file", "FILE",
               "A file holding the token every request for /metrics must bring (default: this machine only)."),
        valued("central", "URL", "The central server's address."),
        valued("ca-cert", "FILE", "A certificate (PEM) to trust for an HTTPS central server."),
        valued("site", "N", "A site ID."),
        valued("out", "FILE", "The file to write."),
        flag("all", "The closed sync problems too."),
        valued("reason", "TEXT", "Why a sync problem is dismissed."),
        valued("days", "N", "A number of days."),
    };
}

QList<Command> allCommands()
{
    return initCommands() + siteCommands() + siteFileCommands() + storeCommands() + moveCommands() + recordCommands() +
           statusCommands() + demoCommands() + syncCommands() + problemCommands() + unlockCommands() + auditCommands() +
           centralCommands();
}

const QStringList& commonOptions()
{
    static const QStringList common = {QStringLiteral("db"), QStringLiteral("json")};
    return common;
}

QString commandLine(const Command& command)
{
    return (command.words.join(QLatin1Char(' ')) + QLatin1Char(' ') + command.synopsis).trimmed();
}

const Command* findCommand(const QList<Command>& commands, const QStringList& positional)
{
    const Command* match = nullptr;
    for (const Command& command : commands) {
        const bool fits =
            positional.size() >= command.words.size() && positional.mid(0, command.words.size()) == command.words;
        if (fits && (!match || command.words.size() > match->words.size()))
            match = &command;
    }
    return match;
}

QString Invocation::databasePath() const
{
    const QString path = value(QStringLiteral("db"));
    return path.isEmpty() ? qEnvironmentVariable("SITESYNC_DB") : path;
}

int Invocation::fail(const Error& error)
{
    m_err << "sitesyncctl: " << error.message << Qt::endl;
    switch (error.kind) {
    case ErrorKind::BadInput:
        return ExitUsage;
    case ErrorKind::Refused:
    case ErrorKind::Invalid:
    case ErrorKind::MissingReference:
        return ExitRefused;
    case ErrorKind::NotFound:
    case ErrorKind::Database:
    case ErrorKind::Incompatible:
    case ErrorKind::OutOfSequence:
    case ErrorKind::Unreachable:
        return ExitFailed;
    }
    return ExitFailed;
}

int Invocation::usage(const QString& message)
{
    m_err << "sitesyncctl: " << message << Qt::endl;
    return ExitUsage;
}

void Invocation::printJson(const QJsonValue& value)
{
    const QJsonDocument::JsonFormat format = json() ? QJsonDocument::Compact : QJsonDocument::Indented;
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(format)).trimmed() << Qt::endl;
}

QString Invocation::readSecretLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return QString();
    QString text = QString::fromStdString(line);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

std::optional<int> Invocation::intValue(const QString& option)
{
    bool ok = false;
    const int number = value(option).toInt(&ok);
    if (!ok) {
        usage(Text::tr("--%1 takes a whole number, not '%2'.").arg(option, value(option)));
        return std::nullopt;
    }
    return number;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options = allOptions();
    parser.addOptions(options);
    if (!parser.parse(QStringList{QStringLiteral("sitesyncctl")} + arguments)) {
        err << "sitesyncctl: " << parser.errorText() << "\n"
            << Text::tr("Run 'sitesyncctl --help' for the commands.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "sitesyncctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const bool helpWord = !positional.isEmpty() && positional.first() == QLatin1String("help");
    if (parser.isSet(QStringLiteral("help")) || helpWord)
        return printHelp(helpWord ? positional.mid(1) : positional, parser.isSet(QStringLiteral("json")), out, err);
    if (positional.isEmpty()) {
        printCommandList(err);
        return ExitUsage;
    }

    const QList<Command> commands = allCommands();
    const Command* match = findCommand(commands, positional);
    if (!match)
        return unknownCommand(positional, err);
    const QStringList commandArguments = positional.mid(match->words.size());
    const QString name = match->words.join(QLatin1Char(' '));
    const QString helpHint = Text::tr("Run 'sitesyncctl %1 --help' for its options and an example.").arg(name);
    if (commandArguments.size() < match->minArguments || commandArguments.size() > match->maxArguments) {
        err << "sitesyncctl: " << Text::tr("usage: sitesyncctl %1").arg(commandLine(*match)) << "\n"
            << helpHint << Qt::endl;
        return ExitUsage;
    }
    for (const QCommandLineOption& option : options) {
        const QString optionName = option.names().first();
        if (parser.isSet(optionName) && !commonOptions().contains(optionName) && !match->options.contains(optionName)) {
            err << "sitesyncctl: " << Text::tr("option --%1 does not apply to '%2'.").arg(optionName, name) << "\n"
                << Text::tr("usage: sitesyncctl %1").arg(commandLine(*match)) << "\n"
                << helpHint << Qt::endl;
            return ExitUsage;
        }
    }
    Invocation invocation(parser, commandArguments, out, err);
    return match->run(invocation);
}

void printProgress(Invocation& invocation, const QString& line)
{
    if (invocation.json())
        return;
    const bool terminal = ::isatty(STDERR_FILENO);
    invocation.err() << (terminal ? "\r\033[K" : "") << line << (terminal ? "" : "\n");
    invocation.err().flush();
}

void endProgress(Invocation& invocation)
{
    if (!invocation.json() && ::isatty(STDERR_FILENO))
        invocation.err() << Qt::endl;
}

namespace {

// The certificates of --ca-cert, if given.
bool readTrustedCertificates(Invocation& invocation, QByteArray* pem, int* status)
{
    *status = ExitOk;
    if (!invocation.isSet(QStringLiteral("ca-cert")))
        return true;
    QFile file(invocation.value(QStringLiteral("ca-cert")));
    if (!file.open(QIODevice::ReadOnly)) {
        *status = invocation.fail(makeError(ErrorKind::NotFound, Text::tr("Cannot read %1.").arg(file.fileName())));
        return false;
    }
    *pem = file.readAll();
    return true;
}

}  // namespace

bool readSiteAccess(Invocation& invocation, QString* password, QByteArray* pem, int* status)
{
    *password = Invocation::readSecretLine();
    if (password->isEmpty()) {
        *status = invocation.usage(Text::tr("No password on standard input."));
        return false;
    }
    return readTrustedCertificates(invocation, pem, status);
}

}  // namespace sitesync::cli
