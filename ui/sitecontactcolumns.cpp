#include "sitecontactcolumns.h"

#include "displaytext.h"

#include <QLocale>
#include <QTableWidget>

namespace sitesync::ui {

namespace {

QTableWidgetItem* numberItem(int count, const QString& unknown)
{
    auto* item = new QTableWidgetItem(count < 0 ? unknown : QLocale().toString(count));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (count >= 0)
        item->setData(SiteContactColumns::kCountRole, count);
    return item;
}

}  // namespace

QStringList SiteContactColumns::headers()
{
    return {tr("Version"), tr("Queue at last contact"), tr("Problems"), tr("Waiting on central")};
}

void SiteContactColumns::fill(QTableWidget* table, int row, int first, const SiteInfo& site, bool onCentral,
                              int lastWaiting)
{
    if (site.isCentral || !onCentral) {
        for (int column = first; column < first + kColumns; ++column)
            table->setItem(row, column, new QTableWidgetItem);
        return;
    }
    const SiteContact& contact = site.contact;
    auto* version = new QTableWidgetItem(contact.version.isEmpty() ? tr("unknown") : contact.version);
    table->setItem(row, first, version);
    QTableWidgetItem* queue = numberItem(contact.outgoing, tr("unknown"));
    if (contact.outgoing >= 0)
        queue->setToolTip(tr("The site reported this queue on %1.").arg(displayTime(contact.reportedAt, QString())));
    table->setItem(row, first + 1, queue);
    table->setItem(row, first + 2, numberItem(contact.problems, tr("unknown")));
    table->setItem(row, first + 3, numberItem(lastWaiting, tr("counting...")));
}

void SiteContactColumns::showWaiting(QTableWidget* table, int first, const QList<int>& rowSites,
                                     const Result<SiteStatus>& status)
{
    for (int row = 0; row < rowSites.size() && row < table->rowCount(); ++row) {
        if (!status || !status->queuedBySite.contains(rowSites[row])) {
            if (QTableWidgetItem* item = table->item(row, first + 3); item && !item->text().isEmpty())
                item->setText(tr("unknown"));
            continue;
        }
        const int waiting = status->queuedBySite.value(rowSites[row]);
        QTableWidgetItem* item = table->item(row, first + 3);
        if (!item)
            continue;
        item->setText(QLocale().toString(waiting));
        item->setData(kCountRole, waiting);
    }
}

}  // namespace sitesync::ui
