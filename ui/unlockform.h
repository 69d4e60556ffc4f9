#pragma once

#include "model/auditlog.h"
#include "settings/unlockgate.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace sitesync {

class Database;

namespace ui {

// The window's one unlock step (ST-7): the technician's name and the unlock password, checked by
// the engine's UnlockGate. While no unlock password is set on the server, it asks for a new one
// twice and sets it first. The sites page's dialog, both wizards and the Synchronisation tab show it.
class UnlockForm : public QWidget {
    Q_OBJECT

public:
    UnlockForm(Database& db, QWidget* parent = nullptr);

    // Shows the second password field when no unlock password is set yet, and says so.
    void prepare();
    // A name and a password typed (twice when a first one is chosen).
    bool isFilled() const;
    // Unlocks for `scope`: the technician named is then the actor of every audit entry while the
    // returned AuditActor lives. On failure shows why here, clears the passwords and returns null.
    std::unique_ptr<AuditActor> unlock(const UnlockScope& scope);
    void showProblem(const QString& problem);

    QLineEdit* technicianEdit() const { return m_technician; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QLabel* messageLabel() const { return m_message; }
    // Return in a field then only submits the form, or goes on to the next empty field: the dialog
    // around it does not also take it for its default button (the store dialog's OK would save and
    // close it, the unlock dialog's Cancel would cancel).
    void setReturnOnlySubmits(bool only) { m_returnOnlySubmits = only; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void changed();
    // Return was pressed in a field.
    void submitted();

private:
    Database& m_db;
    QLineEdit* m_technician = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLabel* m_message = nullptr;
    bool m_choosing = false;  // no unlock password is set: the first one is chosen here
    bool m_returnOnlySubmits = false;
};

}  // namespace ui
}  // namespace sitesync
