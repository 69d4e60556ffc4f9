// Every text of the window is translated into every language it offers (AD-8): the .ts files hold
// exactly the texts the sources have now (lupdate is run on them afresh), each one finished, with
// the same placeholders and keyboard accelerators as its English source.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;

namespace {

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("pt")};

QString tsPath(const QString& language)
{
    return QStringLiteral(SITESYNC_SOURCE_DIR "/translations/sitesync_%1.ts").arg(language);
}

QString key(const test::TsMessage& message)
{
    return message.context + QLatin1Char('\x1f') + message.source + QLatin1Char('\x1f') + message.comment;
}

// %1 ... %99 (with or without L) and %n, sorted: the same multiset in source and translation.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

// Keyboard accelerators: an & before a character other than & (a literal && counts for nothing).
int accelerators(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&'))
            ++i;
        else if (!text[i + 1].isSpace())
            ++count;
    }
    return count;
}

}  // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void translationsFollowTheSources();
    void noTextNamesARequirement();

private:
    // What the sources say now, extracted as the build's update_translations target does.
    static QList<test::TsMessage> sourceTexts(QString* error);
};

void TstTranslations::everyTextIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : kLanguages)
        QTest::newRow(qPrintable(language)) << language;
}

// covers AD-8
void TstTranslations::everyTextIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<test::TsMessage> messages = test::readTsFile(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 300, "the window has hundreds of texts");
    QStringList problems;
    for (const test::TsMessage& message : messages) {
        const QString where = QStringLiteral("%1 / \"%2\"").arg(message.context, message.source);
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1: %2").arg(where, message.type);
        if (message.translations.isEmpty())
            problems << QStringLiteral("%1: no translation").arg(where);
        for (const QString& translation : message.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(where);
                continue;
            }
            if (placeholders(translation) != placeholders(message.source))
                problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, translation);
            if (accelerators(translation) != accelerators(message.source))
                problems << QStringLiteral("%1: keyboard accelerator differs in \"%2\"").arg(where, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// Its project description, then lupdate on it, into a file of our own.
QList<test::TsMessage> TstTranslations::sourceTexts(QString* error)
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("project.json"));
    const QString fresh = dir.filePath(QStringLiteral("sitesync_xx.ts"));
    QProcess describe;
    describe.start(QStringLiteral(SITESYNC_CMAKE),
                   {QStringLiteral("-DIN_FILE=" SITESYNC_LUPDATE_PROJECT), QStringLiteral("-DOUT_FILE=") + project,
                    QStringLiteral("-P"), QStringLiteral(SITESYNC_LUPDATE_SCRIPT)});
    if (!describe.waitForFinished(60000) || describe.exitCode() != 0) {
        *error = QStringLiteral("describing the project failed: ") + describe.readAllStandardError();
        return {};
    }
    QProcess lupdate;
    lupdate.start(QStringLiteral(SITESYNC_LUPDATE),
                  {QStringLiteral("-project"), project, QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-silent"), QStringLiteral("-ts"), fresh});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + lupdate.readAllStandardError();
        return {};
    }
    return test::readTsFile(fresh, error);
}

// covers AD-8
void TstTranslations::translationsFollowTheSources()
{
    QString error;
    const QList<test::TsMessage> current = sourceTexts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(current.size() > 300);
    QSet<QString> wanted;
    for (const test::TsMessage& message : current)
        wanted.insert(key(message));

    for (const QString& language : kLanguages) {
        const QList<test::TsMessage> translated = test::readTsFile(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> present;
        for (const test::TsMessage& message : translated)
            present.insert(key(message));
        QStringList missing;
        for (const QString& text : wanted - present)
            missing << QString(text).replace(QLatin1Char('\x1f'), QStringLiteral(" / "));
        QStringList stale;
        for (const QString& text : present - wanted)
            stale << QString(text).replace(QLatin1Char('\x1f'), QStringLiteral(" / "));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("sitesync_%1.ts lacks (build update_translations): %2")
                                                   .arg(language, missing.join(QStringLiteral("; ")))));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("sitesync_%1.ts holds texts the sources no longer have: %2")
                                                 .arg(language, stale.join(QStringLiteral("; ")))));
    }
}

// The texts technicians read say what they mean without the requirement IDs of the specification
// ("(ST-5)", "(TOP-4)"); the code's comments keep those.
void TstTranslations::noTextNamesARequirement()
{
    QString error;
    const QList<test::TsMessage> current = sourceTexts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(current.size() > 300);
    static const QRegularExpression requirement(QStringLiteral("\\b(ST|TOP|DT|AD|ACC|PT|RT|TR|OPS|SEC)-\\d+\\b"));
    QStringList named;
    for (const test::TsMessage& message : current) {
        if (requirement.match(message.source).hasMatch())
            named << QStringLiteral("%1 / \"%2\"").arg(message.context, message.source);
    }
    QVERIFY2(named.isEmpty(), qPrintable(named.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
