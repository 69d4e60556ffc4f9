#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sitesync {

class SiteSession;

namespace ui {

// Writes a new desktop site's data file on the central server (AD-2, engine SiteExport), in a
// worker thread with the records written so far on screen, and says what to do with it on the
// site's machine.
class SiteExportDialog : public QDialog {
    Q_OBJECT

public:
    SiteExportDialog(SiteSession& session, int siteId, QWidget* parent = nullptr);

    bool exported() const { return m_exported; }
    void exportNow();

private:
    void chooseFile();
    void showProblem(const QString& problem);
    // Why `file` cannot be written, for a person; empty when its folder takes it.
    static QString unwritable(const QString& file);

    SiteSession& m_session;
    int m_siteId;
    QLineEdit* m_file = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_export = nullptr;
    bool m_exported = false;
};

}  // namespace ui
}  // namespace sitesync
