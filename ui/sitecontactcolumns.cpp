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
    return {tr("Version"), tr("Queue at last contact"), tr("Problems"), tr("Waiting on central"), tr("Address")};
}

void SiteContactColumns::fill(QTableWidget* table, int row, int first, const SiteInfo& site, bool onCentral,
                              int lastWaiting, const QString& centralUrl)
{
    if (site.isCentral || !onCentral) {
        for (int column = first; column < first + kColumns; ++column)
            table->setItem(row, column, new QTableWidgetItem);
        if (site.isCentral && !onCentral && !centralUrl.isEmpty()) {
            QTableWidgetItem* address = table->item(row, first + kAddressOffset);
            address->setText(centralUrl);
            address->setToolTip(tr("This site reaches the central server at %1.").arg(centralUrl));
        }
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
    table->setItem(row, first + kWaitingOffset, numberItem(lastWaiting, tr("counting...")));
    auto* address = new QTableWidgetItem(contact.lastAddress.isEmpty() ? tr("never connected") : contact.lastAddress);
    if (!contact.lastAddress.isEmpty())
        address->setToolTip(tr("The address site %1 last connected from, on %2.")
                                .arg(site.id)
                                .arg(displayTime(contact.lastConnectionAt, QString())));
    table->setItem(row, first + kAddressOffset, address);
}

void SiteContactColumns::showWaiting(QTableWidget* table, int first, const QList<int>& rowSites,
                                     const Result<SiteStatus>& status)
{
    for (int row = 0; row < rowSites.size() && row < table->rowCount(); ++row) {
        if (!status || !status->queuedBySite.contains(rowSites[row])) {
            if (QTableWidgetItem* item = table->item(row, first + kWaitingOffset); item && !item->text().isEmpty())
                item->setText(tr("unknown"));
            continue;
        }
        const int waiting = status->queuedBySite.value(rowSites[row]);
        QTableWidgetItem* item = table->item(row, first + kWaitingOffset);
        if (!item)
            continue;
        item->setText(QLocale().toString(waiting));
        item->setData(kCountRole, waiting);
    }
}

}  // namespace sitesync::ui
