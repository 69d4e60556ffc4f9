#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace sitesync::ui {

// Runs `apply` now, and again whenever the language changes while `owner` lives: how each text of
// a long-lived widget follows a switch of language (AD-8). Dialogs need none of it: the language
// is switched from the main window, never while a dialog is open.
void followLanguage(QWidget* owner, std::function<void()> apply);

// The languages of the window: English, and each translation installed beside the program
// (share/sitesync/translations) or built into it (:/i18n).
class Language {
public:
    // Language codes, English ("en") first.
    static QStringList available();
    // A language's own name for itself: "English", "Français".
    static QString nativeName(const QString& code);
    static QString current();
    // Switches to the language (with Qt's own texts, where the system has them); every widget then
    // retranslates itself. False, and nothing changes, for a language without a translation.
    static bool use(const QString& code);
    // The language to start in: `preferred` when it is available, else the system's, else English.
    static QString startLanguage(const QString& preferred);
};

}  // namespace sitesync::ui
