// The engine's folders keep their order (docs/architecture.md "Folders and their order"): a file
// includes only from its own folder and from folders on floors below it, so that every folder can
// be read, tested and changed knowing only what lies beneath. And the engine never depends on the
// GUI: no Widgets include and no ui header (DESIGN.md).
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TstLayering : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void engineIncludesNoWidgets();
    void everyFolderHasItsFloor();
    void includesRunOnlyDownward();
};

namespace {

QString engineRoot()
{
    return QStringLiteral(SITESYNC_TEST_DATA "/../../engine");
}

// The floors, from the bottom up, as docs/architecture.md draws them. Folders on one floor do not
// include each other.
const QList<QStringList>& floors()
{
    static const QList<QStringList> order{
        {QStringLiteral("core"), QStringLiteral("security")},
        {QStringLiteral("db"), QStringLiteral("protocol"), QStringLiteral("credentials")},
        {QStringLiteral("catalogue")},
        {QStringLiteral("rules")},
        {QStringLiteral("model")},
        {QStringLiteral("write")},
        {QStringLiteral("sync"), QStringLiteral("transfer")},
        {QStringLiteral("settings")},
        {QStringLiteral("site")},
        {QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("report")},
        {QStringLiteral("sitefile")},
        {QStringLiteral("demo")},
    };
    return order;
}

int floorOf(const QString& folder)
{
    for (int i = 0; i < floors().size(); ++i) {
        if (floors()[i].contains(folder))
            return i;
    }
    return -1;
}

// Every source file of the engine, with its folder.
QList<std::pair<QString, QString>> engineFiles()
{
    QList<std::pair<QString, QString>> files;
    const QDir root(engineRoot());
    QDirIterator it(engineRoot(), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        files.append({path, relative.section(QLatin1Char('/'), 0, 0)});
    }
    return files;
}

}  // namespace

void TstLayering::engineIncludesNoWidgets()
{
    static const QRegularExpression forbidden(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](QtWidgets|QWidget|QApplication|QDialog|QMainWindow|QWizard|mainwindow\.h|ui/))"),
        QRegularExpression::MultilineOption);
    int files = 0;
    for (const auto& [path, folder] : engineFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch match = forbidden.match(QString::fromUtf8(file.readAll()));
        QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("%1 includes %2").arg(path, match.captured(1))));
        ++files;
    }
    QVERIFY(files > 20);
}

void TstLayering::everyFolderHasItsFloor()
{
    const QStringList folders = QDir(engineRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(folders.size() > 10);
    for (const QString& folder : folders)
        QVERIFY2(floorOf(folder) >= 0,
                 qPrintable(
                     QStringLiteral("engine/%1 has no floor: place it in docs/architecture.md and here").arg(folder)));
}

void TstLayering::includesRunOnlyDownward()
{
    static const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*"([a-z]+)/[^"]+")"),
                                            QRegularExpression::MultilineOption);
    QStringList upward;
    int arrows = 0;
    for (const auto& [path, folder] : engineFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (QRegularExpressionMatchIterator it = include.globalMatch(text); it.hasNext();) {
            const QString target = it.next().captured(1);
            if (target == folder || floorOf(target) < 0)
                continue;
            ++arrows;
            if (floorOf(target) >= floorOf(folder))
                upward << QStringLiteral("engine/%1 includes %2/ (floor %3 from floor %4)")
                              .arg(QDir(engineRoot()).relativeFilePath(path), target)
                              .arg(floorOf(target))
                              .arg(floorOf(folder));
        }
    }
    QVERIFY(arrows > 100);
    QVERIFY2(upward.isEmpty(), qPrintable(upward.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstLayering)
#include "tst_layering.moc"
