#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sitesync {

class Database;

namespace ui {

// File > Change unlock password... on the central server (ST-7): the technician's name, the current
// unlock password (while one is set: a wrong one changes nothing and counts as a failed unlock) and
// the new one twice, through the engine's UnlockGate; audited in the technician's name.
class UnlockPasswordDialog : public QDialog {
    Q_OBJECT

public:
    explicit UnlockPasswordDialog(Database& db, QWidget* parent = nullptr);

    bool changed() const { return m_changed; }

private:
    void apply();
    void updateButton();

    Database& m_db;
    bool m_set = false;  // an unlock password is set: the current one is asked
    QLineEdit* m_technician = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_ok = nullptr;
    bool m_changed = false;
};

}  // namespace ui
}  // namespace sitesync
