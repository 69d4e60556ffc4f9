// The window switches language at run time (AD-8), offscreen, from its Language menu: every text it
// shows that has a translation is replaced by that translation (the .ts file says which), on every
// page, in the menus, headers, tabs, buttons and tool tips; a dialog opened afterwards speaks the
// new language; and switching back to English gives back exactly the texts it started with.
#include "credentials/credentialstore.h"
#include "demo/demonetwork.h"
#include "language.h"
#include "mainwindow.h"
#include "sitewizard.h"
#include "syncstatuswidget.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sitesync;
using namespace Qt::StringLiterals;

namespace {

using Texts = QMap<QString, QString>;

void addText(Texts& texts, const void* owner, const QString& what, const QString& text)
{
    if (!text.isEmpty())
        texts.insert(QString::asprintf("%p ", owner) + what, text);
}

void addMenu(Texts& texts, QMenu* menu)
{
    addText(texts, menu, u"title"_s, menu->title());
    for (QAction* action : menu->actions()) {
        addText(texts, action, u"text"_s, action->text());
        if (action->menu())
            addMenu(texts, action->menu());
    }
}

// Every text the window holds, whether its page shows now or not, each under a key naming the
// widget and which of its texts it is.
Texts windowTexts(QMainWindow* window)
{
    Texts texts;
    addText(texts, window, u"title"_s, window->windowTitle());
    for (QAction* action : window->menuBar()->actions())
        addMenu(texts, action->menu());
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        addText(texts, widget, u"tooltip"_s, widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget))
            addText(texts, widget, u"text"_s, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            addText(texts, widget, u"text"_s, button->text());
        if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            addText(texts, widget, u"suffix"_s, spin->suffix());
            addText(texts, widget, u"special"_s, spin->specialValueText());
        }
        if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                addText(texts, widget, u"tab %1"_s.arg(i), tabs->tabText(i));
        }
        if (auto* list = qobject_cast<QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                addText(texts, widget, u"item %1"_s.arg(i), list->item(i)->text());
        }
        if (auto* table = qobject_cast<QTableWidget*>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem* header = table->horizontalHeaderItem(column))
                    addText(texts, widget, u"header %1"_s.arg(column), header->text());
                // The audit trail shows what was recorded, as it was recorded (who: "unknown").
                if (table->objectName() == u"auditTable"_s)
                    continue;
                for (int row = 0; row < table->rowCount(); ++row) {
                    if (QTableWidgetItem* cell = table->item(row, column))
                        addText(texts, widget, u"cell %1,%2"_s.arg(row).arg(column), cell->text());
                }
            }
        }
    }
    return texts;
}

// Each English text of the language's file with what it becomes (more than one where contexts differ).
QMultiHash<QString, QString> translationsOf(const QString& language)
{
    QString error;
    const QList<test::TsMessage> messages =
        test::readTsFile(QStringLiteral(SITESYNC_SOURCE_DIR "/translations/sitesync_%1.ts").arg(language), &error);
    QMultiHash<QString, QString> translations;
    for (const test::TsMessage& message : messages) {
        if (!message.numerus && !message.translations.isEmpty() && message.translations.first() != message.source)
            translations.insert(message.source, message.translations.first());
    }
    return translations;
}

}  // namespace

class TstGuiLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::prepareEnvironment(); }
    void switchesEveryTextAtRunTime();

private:
    void choose(ui::MainWindow& window, const QString& language);
};

void TstGuiLanguage::choose(ui::MainWindow& window, const QString& language)
{
    auto* action = window.findChild<QAction*>(u"language_%1"_s.arg(language));
    QVERIFY2(action, qPrintable(language));
    auto* count = window.findChild<QLabel*>(u"syncOutLabel"_s);
    const QString countBefore = count->text();
    action->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(ui::Language::current(), language);
    QVERIFY(action->isChecked());
    // The queue count is counted again in the background; the test reads it once it is back.
    QTRY_VERIFY(count->text() != countBefore);
}

// covers AD-8
void TstGuiLanguage::switchesEveryTextAtRunTime()
{
    QCOMPARE(ui::Language::available(), (QStringList{u"en"_s, u"es"_s, u"fr"_s, u"pt"_s}));
    QTemporaryDir dir;
    const Result<DemoNetwork::Summary> demo = DemoNetwork::build(dir.path(), [](const QString&) {});
    QVERIFY(demo.ok());
    ui::MainWindowOptions options;
    options.credentials = std::make_shared<MemoryCredentialStore>();
    ui::MainWindow window(SiteSession::open(demo->centralPath).value(), options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every page once, so that each has its figures.
    for (auto page : {ui::MainWindow::Page::Stores, ui::MainWindow::Page::Sites, ui::MainWindow::Page::SyncLog,
                      ui::MainWindow::Page::SyncReport, ui::MainWindow::Page::Reports, ui::MainWindow::Page::Topology})
        window.showPage(page);
    window.showPage(ui::MainWindow::Page::Reports);
    auto* count = window.findChild<QLabel*>(u"syncOutLabel"_s);
    QTRY_VERIFY(count->text().contains(u"queued"_s));
    QTRY_VERIFY(!window.syncStatus()->isCounting());
    // The Sites page and the sync report count what waits for each site in the background too.
    QTRY_VERIFY(!windowTexts(&window).values().contains(u"counting..."_s));
    const Texts english = windowTexts(&window);

    for (const QString& language : {u"fr"_s, u"es"_s, u"pt"_s}) {
        choose(window, language);
        const QMultiHash<QString, QString> translations = translationsOf(language);
        QVERIFY(translations.size() > 300);
        const Texts shown = windowTexts(&window);
        QCOMPARE(shown.keys(), english.keys());
        int translated = 0;
        QStringList untranslated;
        for (auto it = english.begin(); it != english.end(); ++it) {
            if (!translations.contains(it.value()))
                continue;  // data (names, codes, figures) or a text made of several
            ++translated;
            if (!translations.values(it.value()).contains(shown.value(it.key())))
                untranslated << u"\"%1\" shows as \"%2\""_s.arg(it.value(), shown.value(it.key()));
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(language + u": "_s + untranslated.join(u"; "_s)));
        QVERIFY2(translated >= 60, qPrintable(u"%1 texts checked"_s.arg(translated)));
        // Texts made of several parts follow too.
        const QString windowTitleKey = QString::asprintf("%p title", static_cast<void*>(&window));
        QVERIFY(shown.value(windowTitleKey) != english.value(windowTitleKey));

        // A dialog opened now speaks the language.
        ui::SiteWizard wizard(window.session(), &window);
        QVERIFY(translations.values(u"New sync site"_s).contains(wizard.windowTitle()));
    }

    choose(window, u"en"_s);
    const Texts back = windowTexts(&window);
    QStringList differences;
    for (auto it = english.begin(); it != english.end(); ++it) {
        if (back.value(it.key()) != it.value())
            differences << u"\"%1\" came back as \"%2\""_s.arg(it.value(), back.value(it.key()));
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"; "_s)));
    QCOMPARE(back.size(), english.size());
}

QTEST_MAIN(TstGuiLanguage)
#include "tst_gui_language.moc"
