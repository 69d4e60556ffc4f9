// The engine never depends on the GUI: no Widgets include and no ui header (DESIGN.md).
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TstLayering : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void engineIncludesNoWidgets();
};

void TstLayering::engineIncludesNoWidgets()
{
    const QString engine = QStringLiteral(SITESYNC_TEST_DATA "/../../engine");
    static const QRegularExpression forbidden(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](QtWidgets|QWidget|QApplication|QDialog|QMainWindow|QWizard|mainwindow\.h|ui/))"),
        QRegularExpression::MultilineOption);
    int files = 0;
    QDirIterator it(engine, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch match = forbidden.match(QString::fromUtf8(file.readAll()));
        QVERIFY2(!match.hasMatch(),
                 qPrintable(QStringLiteral("%1 includes %2").arg(file.fileName(), match.captured(1))));
        ++files;
    }
    QVERIFY(files > 20);
}

QTEST_GUILESS_MAIN(TstLayering)
#include "tst_layering.moc"
