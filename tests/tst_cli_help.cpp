// `sitesyncctl COMMAND --help` and `sitesyncctl help COMMAND`, driven through the real binary: each
// command's own usage, what each of its options does and a worked example; a group of commands
// (`site --help`) lists its commands; every option a command takes is described.

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace sitesync::test;

namespace {

QString describe(const QStringList& arguments, const CliResult& result)
{
    return QStringLiteral("sitesyncctl %1\n  exit: %2\n  stdout: %3\n  stderr: %4")
        .arg(arguments.join(QLatin1Char(' ')))
        .arg(result.exitCode)
        .arg(QString::fromUtf8(result.out.trimmed()), QString::fromUtf8(result.err.trimmed()));
}

// The commands and options sitesyncctl describes of itself (`--help --json`); empty when it does not.
QJsonObject helpJson()
{
    const CliResult result = runCli({QStringLiteral("--help"), QStringLiteral("--json")});
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out).object() : QJsonObject();
}

QJsonArray commands()
{
    return helpJson().value(QLatin1String("commands")).toArray();
}

QStringList optionNames(const QJsonArray& options)
{
    QStringList names;
    for (const QJsonValue& option : options)
        names << option.toObject().value(QLatin1String("name")).toString();
    return names;
}

// Rows named by the command, e.g. "store move", with the command as sitesyncctl describes it.
void addCommandRows()
{
    QTest::addColumn<QJsonObject>("command");
    const QJsonArray all = commands();
    QVERIFY2(!all.isEmpty(), "sitesyncctl --help --json lists no commands");
    for (const QJsonValue& command : all) {
        const QString name = command.toObject().value(QLatin1String("command")).toString();
        QTest::newRow(qPrintable(name)) << command.toObject();
    }
}

QStringList words(const QJsonObject& command)
{
    return command.value(QLatin1String("command")).toString().split(QLatin1Char(' '));
}

}  // namespace

class TestCliHelp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void globalHelpListsTheCommandsAndPointsToTheirHelp();
    void everyOptionIsDescribed();
    void everyCommandHasItsOwnHelp_data() { addCommandRows(); }
    void everyCommandHasItsOwnHelp();
    void helpCommandPrintsTheSameAsHelpOption_data() { addCommandRows(); }
    void helpCommandPrintsTheSameAsHelpOption();
    void examplesUseOnlyTheCommandsOwnOptions_data() { addCommandRows(); }
    void examplesUseOnlyTheCommandsOwnOptions();
    void groupHelpListsItsCommands_data();
    void groupHelpListsItsCommands();
    void helpForAnUnknownCommandIsAUsageError_data();
    void helpForAnUnknownCommandIsAUsageError();
    void noCommandIsStillAUsageError();
    void aMisusedCommandPointsToItsHelp_data();
    void aMisusedCommandPointsToItsHelp();
};

void TestCliHelp::globalHelpListsTheCommandsAndPointsToTheirHelp()
{
    const CliResult help = runCli({QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0 && help.err.isEmpty(), qPrintable(describe({"--help"}, help)));
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.contains(QLatin1String("sitesyncctl COMMAND --help")), qPrintable(text));
    for (const QJsonValue& command : commands())
        QVERIFY2(text.contains(command.toObject().value(QLatin1String("command")).toString()), qPrintable(text));

    const CliResult helpWord = runCli({QStringLiteral("help")});
    QCOMPARE(helpWord.exitCode, 0);
    QCOMPARE(helpWord.out, help.out);
}

// A command that takes an option nobody described fails here, naming both: describe it in the option
// table of sitesyncctl's help texts.
void TestCliHelp::everyOptionIsDescribed()
{
    const QJsonObject help = helpJson();
    const QJsonArray options = help.value(QLatin1String("options")).toArray();
    QVERIFY2(!options.isEmpty(), "sitesyncctl --help --json lists no options");
    for (const QJsonValue& value : options) {
        const QJsonObject option = value.toObject();
        QVERIFY2(
            !option.value(QLatin1String("description")).toString().isEmpty(),
            qPrintable(QStringLiteral("--%1 has no description").arg(option.value(QLatin1String("name")).toString())));
    }
    const QStringList known = optionNames(options);
    for (const QJsonValue& value : help.value(QLatin1String("commands")).toArray()) {
        const QJsonObject command = value.toObject();
        const QString name = command.value(QLatin1String("command")).toString();
        for (const QJsonValue& optionValue : command.value(QLatin1String("options")).toArray()) {
            const QJsonObject option = optionValue.toObject();
            const QString optionName = option.value(QLatin1String("name")).toString();
            QVERIFY2(
                known.contains(optionName),
                qPrintable(QStringLiteral("'%1' takes --%2, which sitesyncctl does not accept").arg(name, optionName)));
            QVERIFY2(!option.value(QLatin1String("description")).toString().isEmpty(),
                     qPrintable(QStringLiteral("'%1' takes --%2, which has no description").arg(name, optionName)));
        }
    }
}

void TestCliHelp::everyCommandHasItsOwnHelp()
{
    QFETCH(QJsonObject, command);
    const QString name = command.value(QLatin1String("command")).toString();
    const CliResult global = runCli({QStringLiteral("--help")});
    const QStringList arguments = words(command) << QStringLiteral("--help");
    const CliResult help = runCli(arguments);
    QVERIFY2(help.exitCode == 0 && help.err.isEmpty(), qPrintable(describe(arguments, help)));
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(help.out != global.out, qPrintable(describe(arguments, help)));
    QVERIFY2(text.contains(QLatin1String("Usage: sitesyncctl ") + name), qPrintable(text));
    QVERIFY2(text.contains(command.value(QLatin1String("summary")).toString()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Example")), qPrintable(text));
    const QStringList options = optionNames(command.value(QLatin1String("options")).toArray())
                                << QStringLiteral("db") << QStringLiteral("json");
    for (const QString& option : options) {
        const QRegularExpression listed(QStringLiteral("^  --%1\\b").arg(QRegularExpression::escape(option)),
                                        QRegularExpression::MultilineOption);
        QVERIFY2(listed.match(text).hasMatch(), qPrintable(QStringLiteral("--%1 not listed:\n%2").arg(option, text)));
    }
    // No other command's usage line: the help is this command's alone.
    for (const QJsonValue& other : commands()) {
        const QString otherName = other.toObject().value(QLatin1String("command")).toString();
        if (otherName != name)
            QVERIFY2(!text.contains(QLatin1String("Usage: sitesyncctl ") + otherName + QLatin1Char(' ')) &&
                         !text.contains(QLatin1String("Usage: sitesyncctl ") + otherName + QLatin1Char('\n')),
                     qPrintable(text));
    }

    // The same, for scripts.
    const CliResult json = runCli(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object(), command);
}

void TestCliHelp::helpCommandPrintsTheSameAsHelpOption()
{
    QFETCH(QJsonObject, command);
    const CliResult option = runCli(words(command) << QStringLiteral("--help"));
    const CliResult helpWord = runCli(QStringList{QStringLiteral("help")} + words(command));
    QCOMPARE(helpWord.exitCode, 0);
    QCOMPARE(QString::fromUtf8(helpWord.out), QString::fromUtf8(option.out));
}

// An example must work as printed: it names the command and uses only options the command takes.
void TestCliHelp::examplesUseOnlyTheCommandsOwnOptions()
{
    QFETCH(QJsonObject, command);
    const QString name = command.value(QLatin1String("command")).toString();
    const QStringList allowed = optionNames(command.value(QLatin1String("options")).toArray())
                                << QStringLiteral("db") << QStringLiteral("json");
    const QJsonArray examples = command.value(QLatin1String("examples")).toArray();
    QVERIFY(!examples.isEmpty());
    for (const QJsonValue& value : examples) {
        const QJsonObject example = value.toObject();
        QVERIFY(!example.value(QLatin1String("what")).toString().isEmpty());
        const QString line = example.value(QLatin1String("command")).toString();
        const qsizetype start = line.indexOf(QLatin1String("sitesyncctl "));
        QVERIFY2(start >= 0, qPrintable(line));
        const QString call = line.mid(start + 12);
        QVERIFY2(call == name || call.startsWith(name + QLatin1Char(' ')), qPrintable(line));
        static const QRegularExpression optionPattern(QStringLiteral("(?:^|\\s)--([a-z-]+)"));
        for (auto match = optionPattern.globalMatch(call); match.hasNext();) {
            const QString option = match.next().captured(1);
            QVERIFY2(allowed.contains(option), qPrintable(QStringLiteral("--%1 in: %2").arg(option, line)));
        }
    }
}

void TestCliHelp::groupHelpListsItsCommands_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("members");
    QTest::newRow("site") << QStringLiteral("site")
                          << QStringList{"site add",    "site list",     "site delete",        "site export",
                                         "site import", "site password", "site reset-hardware"};
    QTest::newRow("store") << QStringLiteral("store")
                           << QStringList{"store add", "store list", "store sync-settings", "store visibility",
                                          "store move"};
    QTest::newRow("init") << QStringLiteral("init") << QStringList{"init central", "init remote"};
    QTest::newRow("problems") << QStringLiteral("problems")
                              << QStringList{"problems list",    "problems show",  "problems retry",
                                             "problems dismiss", "problems prune", "problems retention"};
}

void TestCliHelp::groupHelpListsItsCommands()
{
    QFETCH(QString, group);
    QFETCH(QStringList, members);
    const CliResult help = runCli({group, QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0 && help.err.isEmpty(), qPrintable(describe({group, "--help"}, help)));
    const QString text = QString::fromUtf8(help.out);
    QVERIFY2(text.contains(QStringLiteral("sitesyncctl %1 COMMAND --help").arg(group)), qPrintable(text));
    QStringList listed;
    for (const QJsonValue& value : commands()) {
        const QJsonObject command = value.toObject();
        const QString name = command.value(QLatin1String("command")).toString();
        const bool member = name.startsWith(group + QLatin1Char(' '));
        const QRegularExpression listing(QStringLiteral("^  %1( |$)").arg(QRegularExpression::escape(name)),
                                         QRegularExpression::MultilineOption);
        QVERIFY2(listing.match(text).hasMatch() == member, qPrintable(name + QLatin1String(":\n") + text));
        if (member) {
            listed << name;
            // Its one-line description, as in the global list.
            QVERIFY2(text.contains(command.value(QLatin1String("summary")).toString()), qPrintable(text));
        }
    }
    for (const QString& member : members)
        QVERIFY2(listed.contains(member), qPrintable(member));

    const CliResult helpWord = runCli({QStringLiteral("help"), group});
    QCOMPARE(helpWord.exitCode, 0);
    QCOMPARE(helpWord.out, help.out);
}

void TestCliHelp::helpForAnUnknownCommandIsAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("option") << QStringList{"frobnicate", "--help"}
                            << QStringLiteral("unknown command 'frobnicate'.*sitesyncctl --help");
    QTest::newRow("help word") << QStringList{"help", "frobnicate"}
                               << QStringLiteral("unknown command 'frobnicate'.*sitesyncctl --help");
    QTest::newRow("in a group") << QStringList{"site", "frobnicate", "--help"}
                                << QStringLiteral("unknown command 'site frobnicate'.*sitesyncctl site --help");
}

void TestCliHelp::helpForAnUnknownCommandIsAUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    const CliResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 2 && result.out.isEmpty(), qPrintable(describe(arguments, result)));
    const QRegularExpression pattern(reason, QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(pattern.match(QString::fromUtf8(result.err)).hasMatch(), qPrintable(describe(arguments, result)));
}

void TestCliHelp::noCommandIsStillAUsageError()
{
    const CliResult result = runCli({});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("Commands:"));
}

void TestCliHelp::aMisusedCommandPointsToItsHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    QTest::newRow("option of another command") << QStringList{"sync", "--limit", "3"} << QStringLiteral("sync");
    QTest::newRow("missing argument") << QStringList{"problems", "show"} << QStringLiteral("problems show");
}

void TestCliHelp::aMisusedCommandPointsToItsHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    const CliResult result = runCli(arguments);
    QVERIFY2(result.exitCode == 2, qPrintable(describe(arguments, result)));
    QVERIFY2(result.err.contains(QStringLiteral("Run 'sitesyncctl %1 --help'").arg(command).toUtf8()),
             qPrintable(describe(arguments, result)));
}

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
