#include "synclogpage.h"

#include "displaytext.h"
#include "language.h"
#include "model/auditlog.h"
#include "model/audittext.h"
#include "site/sitesession.h"
#include "syncproblemspanel.h"
#include "tables.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

SyncLogPage::SyncLogPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    layout->addWidget(title);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("syncLogTabs"));
    m_problems = new SyncProblemsPanel(session, tabs);
    tabs->addTab(m_problems, QString());
    m_audit = newReadOnlyTable(tabs, QStringLiteral("auditTable"), [] {
        return QStringList{tr("When"), tr("Who"), tr("Action"), tr("Detail")};
    });
    tabs->addTab(m_audit, QString());
    layout->addWidget(tabs, 1);
    connect(m_problems, &SyncProblemsPanel::problemsChanged, this, &SyncLogPage::refreshAudit);
    followLanguage(this, [=, this] {
        title->setText(tr("<b>Sync log</b>"));
        tabs->setTabText(0, tr("Sync problems"));
        tabs->setTabText(1, tr("Audit log"));
        refresh();
    });
}

void SyncLogPage::refresh()
{
    m_problems->refresh();
    refreshAudit();
}

void SyncLogPage::refreshAudit()
{
    const Result<QList<AuditEntry>> audit = AuditLog::list(m_session.database());
    const QList<AuditEntry> entries = audit ? *audit : QList<AuditEntry>();
    m_audit->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry& entry = entries[row];
        setRowTexts(
            m_audit, row,
            {displayTime(entry.at, QString()), entry.actor, AuditText::action(entry.action), AuditText::detail(entry)});
    }
}

}  // namespace sitesync::ui
