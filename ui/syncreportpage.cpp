#include "syncreportpage.h"

#include "displaytext.h"
#include "language.h"
#include "site/sitesession.h"
#include "sitecontactcolumns.h"
#include "statuswatcher.h"
#include "tables.h"

#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

SyncReportPage::SyncReportPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("syncReportTitle"));
    layout->addWidget(title);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("syncReportNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_table = newReadOnlyTable(this, QStringLiteral("syncReportTable"),
                               [] {
                                   return QStringList{tr("Site"), tr("Type"), tr("Last connection"), tr("Age"),
                                                      tr("Attention")} +
                                          SiteContactColumns::headers();
                               },
                               {0, kAttentionColumn + 1 + SiteContactColumns::kAddressOffset});
    layout->addWidget(m_table, 1);
    if (session.site().isCentral()) {
        m_status = new StatusWatcher(session.database().path(), this);
        connect(m_status, &StatusWatcher::collected, this, &SyncReportPage::showQueued);
    } else {
        // Only the heading and the note: they sit at the top, the space below stays empty.
        layout->addStretch(1);
    }
    followLanguage(this, [=, this] {
        title->setText(tr("<b>Sync report</b>"));
        refresh();
    });
}

void SyncReportPage::refresh()
{
    if (!m_session.site().isCentral()) {
        const QString last = LocalState::get(m_session.database(), QStringLiteral("last_sync"));
        m_note->setText(tr("The sync report is kept by the central server. This site last synced: %1.")
                            .arg(displayTime(last, tr("never"))));
        m_table->setRowCount(0);
        m_table->setVisible(false);
        return;
    }
    const QDateTime now = m_session.database().now();
    const QDateTime monthAgo = now.addMonths(-1);
    m_note->setText(tr("Sites whose last connection is over a month old, or who never connected, are in red, "
                       "marked \"%1\" and with a warning sign.")
                        .arg(tr("overdue")) +
                    QLatin1Char(' ') +
                    tr("A site marked \"%1\" reported open sync problems at its last contact, or its outgoing "
                       "queue grew at %n contact(s) in a row without falling: it is not keeping up. Its tooltip "
                       "says why.",
                       nullptr, SiteContact::kAttentionRises)
                        .arg(tr("Action needed")));
    const Result<QList<SiteInfo>> sites = m_session.sites().list();
    QList<SiteInfo> rows;
    for (const SiteInfo& site : sites ? *sites : QList<SiteInfo>()) {
        if (!site.isCentral)
            rows << site;
    }
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const SiteInfo& site = rows[row];
        const QDateTime last = QDateTime::fromString(site.contact.lastConnectionAt, Qt::ISODateWithMs);
        const bool overdue = !last.isValid() || last < monthAgo;
        // ACC-4: the engine's rule, the same the command line applies.
        const bool attention = site.contact.needsAttention();
        setRowTexts(m_table, row,
                    {m_session.site().siteLabel(site.id),
                     site.type == QLatin1String("mobile") ? tr("mobile") : tr("desktop"),
                     displayTime(site.contact.lastConnectionAt, tr("never")), ageText(last, now, overdue),
                     attention ? tr("Action needed") : QString()});
        SiteContactColumns::fill(m_table, row, kAttentionColumn + 1, site, true, m_lastWaiting.value(site.id, -1));
        QStringList why;
        if (overdue)
            why << (last.isValid() ? tr("No connection for over a month.") : tr("This site has never connected."));
        why << site.contact.attentionReasons();
        for (int column = 0; column < m_table->columnCount(); ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            item->setData(Qt::UserRole, overdue);
            item->setData(kAttentionRole, attention);
            if (overdue)
                item->setForeground(overdueColour());
            else if (attention)
                item->setForeground(attentionColour());
            item->setToolTip(why.join(QLatin1Char('\n')));
        }
        // Red is never the only sign: the age says "overdue" in words, and a warning sign stands beside
        // the last connection.
        m_table->item(row, 2)->setIcon(overdue ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        if (attention) {
            // The badge: white on the colour of "action needed", whatever the row's colour.
            QTableWidgetItem* badge = m_table->item(row, kAttentionColumn);
            badge->setBackground(attentionColour());
            badge->setForeground(Qt::white);
        }
    }
    m_rowSites.clear();
    for (const SiteInfo& site : rows)
        m_rowSites << site.id;
    if (m_status)
        m_status->request();
}

QString SyncReportPage::ageText(const QDateTime& last, const QDateTime& now, bool overdue)
{
    if (!overdue)
        return last.isValid() ? age(last, now) : QString();
    return last.isValid() ? tr("%1, overdue").arg(age(last, now)) : tr("overdue");
}

void SyncReportPage::showQueued(const Result<SiteStatus>& status)
{
    SiteContactColumns::showWaiting(m_table, kAttentionColumn + 1, m_rowSites, status);
    // Shown again, until the next count, when the page is filled anew (a language change, say).
    if (status)
        m_lastWaiting = status->queuedBySite;
}

}  // namespace sitesync::ui
