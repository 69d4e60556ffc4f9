#pragma once

#include "model/syncproblemlog.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sitesync {

class SiteSession;

namespace ui {

// The sync problems of the sync log (AD-7, ACC-2): each record set aside with its site, record and
// reason; the selected one in detail with the record's content; Retry and Dismiss for an open one,
// through the engine's SyncProblems like the command line.
class SyncProblemsPanel : public QWidget {
    Q_OBJECT

public:
    explicit SyncProblemsPanel(SiteSession& session, QWidget* parent = nullptr);
    void refresh();

Q_SIGNALS:
    // A problem was retried or dismissed (and written to the audit log).
    void problemsChanged();

private:
    const SyncProblem* selected() const;
    void showSelected();
    void retrySelected();
    void dismissSelected();
    void report(bool done, const QString& text);

    SiteSession& m_session;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_details = nullptr;
    QPlainTextEdit* m_content = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_dismiss = nullptr;
    QLabel* m_message = nullptr;
    QList<SyncProblem> m_rows;
};

}  // namespace ui
}  // namespace sitesync
