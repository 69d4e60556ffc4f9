#include "commandhelp.h"

#include "cli.h"
#include "helptexts.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitesync::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesyncctl)
};

QString nameOf(const Command& command)
{
    return command.words.join(QLatin1Char(' '));
}

// The value each option takes ("PATH"), by option name; a flag's is empty.
QHash<QString, QString> valueNames()
{
    QHash<QString, QString> values;
    for (const QCommandLineOption& option : allOptions())
        values.insert(option.names().first(), option.valueName());
    return values;
}

// The commands whose words start with `words` and go on: `site` gives `site add`, `site list`...
QList<Command> commandsUnder(const QList<Command>& commands, const QStringList& words)
{
    QList<Command> members;
    for (const Command& command : commands) {
        if (command.words.size() > words.size() && command.words.mid(0, words.size()) == words)
            members.append(command);
    }
    return members;
}

QJsonObject optionJson(const QString& option, const QString& value)
{
    return {{QStringLiteral("name"), option},
            {QStringLiteral("value"), value},
            {QStringLiteral("description"), optionDescription(option)}};
}

QJsonObject commandJson(const Command& command, const QHash<QString, QString>& values)
{
    QJsonArray options;
    for (const QString& option : command.options)
        options.append(optionJson(option, values.value(option)));
    QJsonArray examples;
    for (const Example& example : commandExamples(nameOf(command)))
        examples.append(
            QJsonObject{{QStringLiteral("what"), example.what}, {QStringLiteral("command"), example.commandLine}});
    return {{QStringLiteral("command"), nameOf(command)},
            {QStringLiteral("usage"), QStringLiteral("sitesyncctl ") + commandLine(command)},
            {QStringLiteral("summary"), command.summary},
            {QStringLiteral("options"), options},
            {QStringLiteral("examples"), examples}};
}

QJsonArray commandsJson(const QList<Command>& commands, const QHash<QString, QString>& values)
{
    QJsonArray array;
    for (const Command& command : commands)
        array.append(commandJson(command, values));
    return array;
}

void printJson(const QJsonObject& object, QTextStream& out)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void printExitStatus(QTextStream& out)
{
    out << Text::tr("Exit status: 0 done; 1 failed; 2 bad usage or malformed input; 3 refused. Nothing is changed on 2 "
                    "or 3.")
        << "\n";
}

void printCommands(const QList<Command>& commands, QTextStream& out)
{
    out << Text::tr("Commands:") << "\n";
    for (const Command& command : commands)
        out << "  " << commandLine(command) << "\n      " << command.summary << "\n";
}

void printCommand(const Command& command, const QHash<QString, QString>& values, QTextStream& out)
{
    out << Text::tr("Usage: sitesyncctl %1").arg(commandLine(command)) << "\n\n"
        << command.summary << "\n\n"
        << Text::tr("Options:") << "\n";
    for (const QString& option : command.options + commonOptions()) {
        const QString value = values.value(option);
        out << "  --" << option << (value.isEmpty() ? QString() : QLatin1Char(' ') + value) << "\n";
        const QString description = optionDescription(option);
        if (!description.isEmpty())
            out << "      " << description << "\n";
    }
    const QList<Example> examples = commandExamples(nameOf(command));
    if (!examples.isEmpty())
        out << "\n" << (examples.size() == 1 ? Text::tr("Example:") : Text::tr("Examples:")) << "\n";
    for (qsizetype i = 0; i < examples.size(); ++i)
        out << (i > 0 ? "\n" : "") << "  # " << examples.at(i).what << "\n  " << examples.at(i).commandLine << "\n";
    out << "\n";
    printExitStatus(out);
}

void printGroup(const QStringList& words, const QList<Command>& members, QTextStream& out)
{
    const QString group = words.join(QLatin1Char(' '));
    out << Text::tr("Usage: sitesyncctl %1 COMMAND ...").arg(group) << "\n\n";
    printCommands(members, out);
    out << "\n"
        << Text::tr("Run 'sitesyncctl %1 COMMAND --help' for a command's options and an example.").arg(group) << "\n";
}

}  // namespace

void printCommandList(QTextStream& out)
{
    out << Text::tr("Usage: sitesyncctl COMMAND [--db PATH] [--json] ...") << "\n\n";
    printCommands(allCommands(), out);
    out << "\n"
        << Text::tr("Run 'sitesyncctl COMMAND --help' (or 'sitesyncctl help COMMAND') for a command's options and an "
                    "example.")
        << "\n";
    printExitStatus(out);
}

int printHelp(const QStringList& words, bool json, QTextStream& out, QTextStream& err)
{
    const QList<Command> commands = allCommands();
    const QHash<QString, QString> values = valueNames();
    if (words.isEmpty()) {
        if (!json) {
            printCommandList(out);
            return ExitOk;
        }
        QJsonArray options;
        for (const QCommandLineOption& option : allOptions())
            options.append(optionJson(option.names().first(), option.valueName()));
        printJson({{QStringLiteral("commands"), commandsJson(commands, values)}, {QStringLiteral("options"), options}},
                  out);
        return ExitOk;
    }
    if (const Command* command = findCommand(commands, words)) {
        if (json)
            printJson(commandJson(*command, values), out);
        else
            printCommand(*command, values, out);
        return ExitOk;
    }
    const QList<Command> members = commandsUnder(commands, words);
    if (members.isEmpty())
        return unknownCommand(words, err);
    if (json)
        printJson({{QStringLiteral("commands"), commandsJson(members, values)}}, out);
    else
        printGroup(words, members, out);
    return ExitOk;
}

int unknownCommand(const QStringList& words, QTextStream& err)
{
    // The most first words that name a group of commands, to point to that group's list.
    const QList<Command> commands = allCommands();
    QStringList group;
    for (qsizetype count = words.size(); count > 0 && group.isEmpty(); --count) {
        if (!commandsUnder(commands, words.mid(0, count)).isEmpty())
            group = words.mid(0, count);
    }
    err << "sitesyncctl: " << Text::tr("unknown command '%1'.").arg(words.join(QLatin1Char(' ')).left(60)) << "\n"
        << (group.isEmpty()
                ? Text::tr("Run 'sitesyncctl --help' for the commands.")
                : Text::tr("Run 'sitesyncctl %1 --help' for its commands.").arg(group.join(QLatin1Char(' '))))
        << Qt::endl;
    return ExitUsage;
}

}  // namespace sitesync::cli
