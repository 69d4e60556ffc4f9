// The systemd units of packaging/systemd (OPS-2) as systemd itself reads them, offline: each one
// passes `systemd-analyze verify` with the built sitesyncctl in place of the installed one (the
// templates name it @SITESYNC_BINDIR@/sitesyncctl, which the install makes the installed program), keeps
// its hardening (`systemd-analyze security` rates it OK), and runs as the user that
// packaging/sysusers.d makes, in the directories packaging/tmpfiles.d makes.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QString kPackaging = QStringLiteral(SITESYNC_SOURCE_DIR "/packaging");

struct Run {
    int exitCode = -1;
    QByteArray output;  // standard output and error
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

QString tool(const char* name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
}

// The unit's name: its template's without ".in".
QString unitName(const QString& unit)
{
    return QFileInfo(unit).fileName().chopped(3);
}

// A copy of the unit in `dir` that runs the built sitesyncctl, which systemd-analyze requires to exist.
QString builtCopy(const QTemporaryDir& dir, const QString& unit)
{
    const QString copy = dir.filePath(unitName(unit));
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(
        readText(unit).replace(QStringLiteral("@SITESYNC_BINDIR@/sitesyncctl"), QStringLiteral(SITESYNCCTL)).toUtf8());
    return copy;
}

}  // namespace

class TstSystemdUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unitPassesVerify_data();
    void unitPassesVerify();
    void unitKeepsItsHardening_data() { unitPassesVerify_data(); }
    void unitKeepsItsHardening();
    void unitRunsAsTheSystemUser_data() { unitPassesVerify_data(); }
    void unitRunsAsTheSystemUser();
};

void TstSystemdUnits::initTestCase()
{
    test::prepareEnvironment();
    QVERIFY2(!tool("systemd-analyze").isEmpty(), "systemd-analyze is missing: install the package systemd "
                                                 "(tools/run.sh does)");
}

void TstSystemdUnits::unitPassesVerify_data()
{
    QTest::addColumn<QString>("unit");
    const QDir units(kPackaging + QStringLiteral("/systemd"));
    const QStringList names =
        units.entryList({QStringLiteral("*.service.in"), QStringLiteral("*.timer.in")}, QDir::Files);
    QVERIFY2(names.contains(QStringLiteral("sitesync-central.service.in")), qPrintable(names.join(QLatin1Char(' '))));
    QVERIFY2(names.contains(QStringLiteral("sitesync-remote.service.in")), qPrintable(names.join(QLatin1Char(' '))));
    for (const QString& name : names)
        QTest::newRow(qPrintable(unitName(name))) << units.filePath(name);
}

// covers OPS-2
// No unknown key, no value systemd would ignore, a command that exists.
void TstSystemdUnits::unitPassesVerify()
{
    QFETCH(QString, unit);
    QTemporaryDir dir;
    const QString copy = builtCopy(dir, unit);
    QVERIFY(!copy.isEmpty());
    const Run verify = run(tool("systemd-analyze"), {QStringLiteral("verify"), copy});
    QVERIFY2(verify.exitCode == 0, verify.output.constData());
    // Ignored settings are only warnings; any line about the unit is a fault of the unit.
    const QString name = unitName(unit);
    for (const QString& line : QString::fromUtf8(verify.output).split(QLatin1Char('\n')))
        QVERIFY2(!line.contains(name), qPrintable(line));
}

// covers OPS-2
// The service's exposure, as systemd rates it, stays at most 2.0 of 10 ("OK").
void TstSystemdUnits::unitKeepsItsHardening()
{
    QFETCH(QString, unit);
    if (!unitName(unit).endsWith(QLatin1String(".service")))
        QSKIP("only services are rated");
    QTemporaryDir dir;
    const QString copy = builtCopy(dir, unit);
    // systemd-analyze counts the exposure in tenths: 20 is 2.0.
    const Run security =
        run(tool("systemd-analyze"), {QStringLiteral("security"), QStringLiteral("--offline=yes"),
                                      QStringLiteral("--threshold=20"), QStringLiteral("--no-pager"), copy});
    QVERIFY2(security.exitCode == 0, security.output.constData());
}

// covers OPS-2
// The unit's user is made by packaging/sysusers.d, and packaging/tmpfiles.d gives it its state
// directory before the first start, so a technician can set a site up there.
void TstSystemdUnits::unitRunsAsTheSystemUser()
{
    QFETCH(QString, unit);
    static const QRegularExpression userLine(QStringLiteral(R"(^User=(\S+)$)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch user = userLine.match(readText(unit));
    if (!user.hasMatch())
        QSKIP("the unit names no user");
    for (const char* needed : {"systemd-sysusers", "systemd-tmpfiles"})
        QVERIFY2(!tool(needed).isEmpty(), needed);
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("etc"))));
    const Run sysusers = run(tool("systemd-sysusers"), {QStringLiteral("--root=") + root.path(),
                                                        kPackaging + QStringLiteral("/sysusers.d/sitesync.conf")});
    QVERIFY2(sysusers.exitCode == 0, sysusers.output.constData());
    const QString passwd = readText(root.filePath(QStringLiteral("etc/passwd")));
    const QRegularExpression entry(QStringLiteral("^%1:x:(\\d+):(\\d+):[^:]*:/var/lib/sitesync:")
                                       .arg(QRegularExpression::escape(user.captured(1))),
                                   QRegularExpression::MultilineOption);
    const QRegularExpressionMatch made = entry.match(passwd);
    QVERIFY2(made.hasMatch(), qPrintable(passwd));

    const Run tmpfiles =
        run(tool("systemd-tmpfiles"), {QStringLiteral("--root=") + root.path(), QStringLiteral("--create"),
                                       kPackaging + QStringLiteral("/tmpfiles.d/sitesync.conf")});
    QVERIFY2(tmpfiles.exitCode == 0, tmpfiles.output.constData());
    const QFileInfo state(root.filePath(QStringLiteral("var/lib/sitesync")));
    QVERIFY(state.isDir());
    QCOMPARE(QString::number(state.ownerId()), made.captured(1));
    QCOMPARE(state.permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ExeOther), QFile::Permissions());
    const QFileInfo settings(root.filePath(QStringLiteral("etc/sitesync")));
    QVERIFY(settings.isDir());
    QCOMPARE(settings.ownerId(), 0u);
    QCOMPARE(QString::number(settings.groupId()), made.captured(2));
}

QTEST_GUILESS_MAIN(TstSystemdUnits)
#include "tst_systemdunits.moc"
