#pragma once

#include <QDialog>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace sitesync {

class CredentialStore;

namespace ui {

// Sets this machine up as a remote site (AD-2) when SiteSync starts on a database that does not
// exist yet: initialised from the central server over the network (a desktop or mobile site), or
// imported from a desktop site's data file. Either binds the site to this machine (TOP-4), keeps
// the password in `credentials` and syncs, in a worker thread with its progress on screen. A
// failure leaves no database behind.
class SiteSetupDialog : public QDialog {
    Q_OBJECT

public:
    SiteSetupDialog(QString databasePath, CredentialStore& credentials, QWidget* parent = nullptr);

    void setUp();

private:
    void updateFields();
    QString chooseFile(const QString& title, const QString& filter, bool save);

    QString m_path;
    CredentialStore& m_credentials;
    QRadioButton* m_initialise = nullptr;
    QRadioButton* m_import = nullptr;
    QLineEdit* m_central = nullptr;
    QSpinBox* m_siteId = nullptr;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLabel* m_progress = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_setUp = nullptr;
    QFormLayout* m_form = nullptr;
    QHBoxLayout* m_fileRow = nullptr;
};

}  // namespace ui
}  // namespace sitesync
