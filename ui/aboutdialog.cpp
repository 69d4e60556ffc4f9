#include "aboutdialog.h"

#include "displaytext.h"
#include "model/tablecounts.h"
#include "site/sitesession.h"
#include "statuswatcher.h"
#include "sync/sitestatus.h"
#include "tables.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

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
    heading->setText(
        tr("<b>SiteSync %1</b><br>Site %2, %3. Database schema version %4.<br>%5")
            .arg(QCoreApplication::applicationVersion(), site.siteLabel(site.siteId()), roleLabel(site.role()))
            .arg(session.database().schemaVersion())
            .arg(QFileInfo(session.database().path()).fileName().toHtmlEscaped()));
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
    auto* status = new StatusWatcher(session.database().path(), this);
    connect(status, &StatusWatcher::collected, this, [table, queueRow, error](const Result<SiteStatus>& collected) {
        QTableWidgetItem* item = table->item(queueRow, 1);
        if (!collected) {
            item->setText(tr("unknown"));
            error->setText(collected.error().message);
            error->setVisible(true);
            return;
        }
        item->setText(QLocale().toString(collected->syncOut));
        item->setData(Qt::UserRole, collected->syncOut);
    });
    status->request();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 560);
}

}  // namespace sitesync::ui
