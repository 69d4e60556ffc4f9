#pragma once

#include "model/auditlog.h"
#include "settings/unlockgate.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;

namespace sitesync {

class Database;

namespace ui {

class UnlockForm;

// An action of the central that only technicians may take (deleting a site, resetting its binding,
// exporting its data file; ST-7, TOP-4, TOP-6): what it does, a warning when it loses something,
// and the unlock step. Accepted only once the unlock password is right.
class UnlockDialog : public QDialog {
    Q_OBJECT

public:
    UnlockDialog(Database& db, const UnlockScope& scope, const QString& question, const QString& action,
                 QWidget* parent = nullptr);

    void setWarning(const QString& warning);
    // The unlock, once accepted: hold it for as long as the action it allows lasts.
    std::unique_ptr<AuditActor> takeUnlock() { return std::move(m_unlock); }

    // Shows the dialog; the unlock when the technician confirmed with the right password, else null.
    static std::unique_ptr<AuditActor> ask(Database& db, const UnlockScope& scope, const QString& question,
                                           const QString& action, const QString& warning, QWidget* parent);

private:
    void tryUnlock();

    UnlockScope m_scope;
    UnlockForm* m_form = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_ok = nullptr;
    std::unique_ptr<AuditActor> m_unlock;
};

}  // namespace ui
}  // namespace sitesync
