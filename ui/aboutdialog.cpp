#include "aboutdialog.h"

#include "db/databaselocation.h"
#include "displaytext.h"
#include "model/tablecounts.h"
#include "report/sitestatus.h"
#include "site/remotebootstrap.h"
#include "site/sitesession.h"
#include "statuswatcher.h"
#include "tables.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

// The database's file name, or its PostgreSQL database name (the tooltip gives where it is).
QString databaseName(const QString& path)
{
    const Result<DatabaseLocation> location = DatabaseLocation::parse(path);
    return location ? location->shortName() : QFileInfo(path).fileName();
}

}  // namespace

// ACC-4: what waits to be applied here and the open problems, counted from the rows, and on the
// central what waits for each remote site; the counts fill in from the worker's status.
QTableWidget* AboutDialog::newSyncCounts(SiteSession& session)
{
    auto* table = newReadOnlyTable(this, QStringLiteral("syncCounts"), {tr("Sync"), tr("Records")});
    QList<std::pair<QString, QString>> rows = {
        {QString::fromLatin1(kWaitingKey), tr("Received, waiting to be applied (sync_in)")},
        {QString::fromLatin1(kProblemsKey), tr("Open sync problems")}};
    if (session.site().isCentral()) {
        const Result<QList<SiteInfo>> sites = session.sites().list();
        for (const SiteInfo& site : sites ? *sites : QList<SiteInfo>()) {
            if (site.isCentral)
                continue;
            const QString label = session.site().siteLabel(site.id);
            const SiteContact& contact = site.contact;
            QString text;
            if (contact.lastAddress.isEmpty())
                text = tr("Waiting on this server for site %1 (never connected)").arg(label);
            else if (contact.version.isEmpty())
                text = tr("Waiting on this server for site %1 (connects from %2)").arg(label, contact.lastAddress);
            else
                text = tr("Waiting on this server for site %1 (SiteSync %2, connects from %3)")
                           .arg(label, contact.version, contact.lastAddress);
            rows.append({queuedKey(site.id), text});
        }
    }
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        setRowTexts(table, row, {rows[row].second, tr("counting...")});
        table->item(row, 0)->setData(Qt::UserRole, rows[row].first);
        table->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return table;
}

void AboutDialog::showSyncCounts(QTableWidget* table, const SiteStatus& status)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString key = table->item(row, 0)->data(Qt::UserRole).toString();
        int count = -1;
        if (key == QLatin1String(kWaitingKey))
            count = status.waiting;
        else if (key == QLatin1String(kProblemsKey))
            count = status.problems;
        else
            count = status.queuedBySite.value(key.mid(QLatin1String("queued:").size()).toInt(), -1);
        QTableWidgetItem* item = table->item(row, 1);
        item->setText(count < 0 ? tr("unknown") : QLocale().toString(count));
        item->setData(Qt::UserRole, count < 0 ? QVariant() : QVariant(count));
    }
}

QString AboutDialog::queuedKey(int siteId)
{
    return QStringLiteral("queued:%1").arg(siteId);
}

AboutDialog::AboutDialog(SiteSession& session, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SiteSync"));
    auto* layout = new QVBoxLayout(this);
    const LocalSite& site = session.site();
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setWordWrap(true);
    QString text = tr("<b>SiteSync %1</b><br>Site %2, %3. Database schema version %4.<br>%5")
                       .arg(QCoreApplication::applicationVersion(), site.siteLabel(site.siteId()).toHtmlEscaped(),
                            roleLabel(site.role()))
                       .arg(session.database().schemaVersion())
                       .arg(databaseName(session.database().path()).toHtmlEscaped());
    if (const QString central = LocalState::get(session.database(), remotestate::kCentralUrl);
        !site.isCentral() && !central.isEmpty())
        text += QStringLiteral("<br>") + tr("Central server: %1").arg(central.toHtmlEscaped());
    heading->setText(text);
    heading->setToolTip(session.database().path());
    layout->addWidget(heading);

    auto* table = newReadOnlyTable(this, QStringLiteral("tableCounts"), {tr("Table"), tr("Records")});
    const QLocale locale;
    const Result<QList<TableCount>> counts = TableCounts::collect(session.database());
    QList<TableCount> rows = counts ? *counts : QList<TableCount>();
    table->setRowCount(int(rows.size()) + 1);
    for (int row = 0; row < rows.size(); ++row) {
        setRowTexts(table, row, {rows[row].table, locale.toString(rows[row].records)});
        table->item(row, 1)->setData(Qt::UserRole, rows[row].records);
        table->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    // The outgoing queue is kept as a condition over the change log, not as a table of its own; it
    // is listed under the name technicians know it by, and counted in a worker thread, since on a
    // central with a million records waiting that takes a second or two.
    const int queueRow = int(rows.size());
    setRowTexts(table, queueRow, {QStringLiteral("sync_out"), tr("counting...")});
    table->item(queueRow, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(table, 1);
    auto* error = new QLabel(counts ? QString() : counts.error().message, this);
    error->setObjectName(QStringLiteral("aboutError"));
    error->setVisible(!counts);
    layout->addWidget(error);
    QTableWidget* syncCounts = newSyncCounts(session);
    layout->addWidget(syncCounts);
    auto* status = new StatusWatcher(session.database().path(), this);
    connect(status, &StatusWatcher::collected, this,
            [table, queueRow, syncCounts, error](const Result<SiteStatus>& collected) {
                QTableWidgetItem* item = table->item(queueRow, 1);
                if (!collected) {
                    item->setText(tr("unknown"));
                    error->setText(collected.error().message);
                    error->setVisible(true);
                    return;
                }
                item->setText(QLocale().toString(collected->syncOut));
                item->setData(Qt::UserRole, collected->syncOut);
                showSyncCounts(syncCounts, *collected);
            });
    status->request();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 640);
}

}  // namespace sitesync::ui
