#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QWidget>

#include <algorithm>
#include <memory>

namespace sitesync::ui {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kResources = QStringLiteral(":/i18n");

// Where the translations are looked for, the first that has a language winning: the folder
// installed beside the program (share/sitesync/translations, where an updated translation can be
// dropped in), then those built into the program, which a build tree runs on.
QStringList translationFolders()
{
    QStringList folders;
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral(SITESYNC_INSTALLED_TRANSLATIONS));
    if (QDir(installed).exists())
        folders << QDir::cleanPath(installed);
    return folders << kResources;
}

// Watches one widget for language changes and runs what it was given.
class LanguageFollower : public QObject {
public:
    LanguageFollower(QWidget* owner, std::function<void()> apply)
        : QObject(owner)
        , m_apply(std::move(apply))
    {
        owner->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange && watched == parent())
            m_apply();
        return false;
    }

private:
    std::function<void()> m_apply;
};

struct Installed {
    QString code = kEnglish;
    QLocale englishLocale;  // the default locale before the first switch
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

}  // namespace

void followLanguage(QWidget* owner, std::function<void()> apply)
{
    apply();
    new LanguageFollower(owner, std::move(apply));  // a child of the owner
}

QStringList Language::available()
{
    QStringList codes;
    for (const QString& folder : translationFolders())
        for (const QString& file : QDir(folder).entryList({QStringLiteral("sitesync_*.qm")}, QDir::Files))
            codes << file.mid(9, file.size() - 12);
    codes.removeDuplicates();
    codes.sort();
    return QStringList{kEnglish} + codes;
}

QString Language::nativeName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString Language::current()
{
    return installed().code;
}

bool Language::use(const QString& code)
{
    if (!available().contains(code))
        return false;
    Installed& state = installed();
    if (state.code == code)
        return true;
    if (state.code == kEnglish)
        state.englishLocale = QLocale();
    auto own = std::make_unique<QTranslator>();
    auto qt = std::make_unique<QTranslator>();
    if (code != kEnglish) {
        const QStringList folders = translationFolders();
        const auto loaded = std::find_if(folders.begin(), folders.end(), [&](const QString& folder) {
            return own->load(QStringLiteral("sitesync_%1").arg(code), folder);
        });
        if (loaded == folders.end())
            return false;
        if (!qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    } else {
        own.reset();
        qt.reset();
    }
    // Removing and installing translators sends each widget a LanguageChange event.
    if (state.own)
        QCoreApplication::removeTranslator(state.own.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.own = std::move(own);
    state.qt = std::move(qt);
    state.code = code;
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.own)
        QCoreApplication::installTranslator(state.own.get());
    QLocale::setDefault(code == kEnglish ? state.englishLocale : QLocale(code));
    return true;
}

QString Language::startLanguage(const QString& preferred)
{
    const QStringList codes = available();
    if (codes.contains(preferred))
        return preferred;
    const QString system = QLocale::system().name().left(2);
    return codes.contains(system) ? system : kEnglish;
}

}  // namespace sitesync::ui
