#include "impactdialog.h"

#include "colours.h"

#include "model/localsite.h"
#include "sync/syncsettingsimpact.h"
#include "tables.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

ImpactDialog::ImpactDialog(const LocalSite& site, const SyncSettingsImpact& impact, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("impactDialog"));
    setWindowTitle(tr("Save the sync settings of %1?").arg(impact.proposed.storeName));
    auto* layout = new QVBoxLayout(this);
    const QLocale locale;

    int total = 0;
    for (int count : impact.queued)
        total += count;
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("impactSummary"));
    summary->setWordWrap(true);
    QString text = tr("%1 will be active on site %2.")
                       .arg(impact.proposed.storeName, site.siteLabel(impact.proposed.activeSiteId));
    text += QLatin1Char(' ') + tr("Saving queues %n record(s) for remote sites.", nullptr, total);
    if (impact.patientRecords > 0)
        text += QLatin1Char(' ') + tr("Of those, %n patient record(s) are resent to the store's active copy.", nullptr,
                                      impact.patientRecords);
    summary->setText(text);
    layout->addWidget(summary);

    // The names of stores and sites give way; the figures, copies and effects show whole.
    auto* queued = newReadOnlyTable(this, QStringLiteral("impactQueued"), {tr("Site"), tr("Records queued")}, {0});
    queued->setRowCount(int(impact.queued.size()));
    int row = 0;
    for (auto it = impact.queued.begin(); it != impact.queued.end(); ++it, ++row) {
        queued->setItem(row, 0, new QTableWidgetItem(site.siteLabel(it.key())));
        auto* count = new QTableWidgetItem(locale.toString(it.value()));
        count->setData(Qt::UserRole, it.value());
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        queued->setItem(row, 1, count);
    }
    queued->setVisible(!impact.queued.isEmpty());
    layout->addWidget(queued);

    auto* copies = newReadOnlyTable(this, QStringLiteral("impactCopies"),
                                    {tr("Store"), tr("Site"), tr("Now"), tr("After saving"), tr("Effect")}, {0, 1});
    copies->setRowCount(int(impact.copies.size()));
    for (int i = 0; i < impact.copies.size(); ++i) {
        const CopyChange& copy = impact.copies[i];
        QString effect;
        if (copy.after == SyncType::None)
            effect = tr("Copy removed from the site (about %n record(s))", nullptr, int(copy.storeRecords));
        else if (copy.losesRecords())
            effect = tr("Cut down to transfers: about %n record(s) removed", nullptr, int(copy.storeRecords));
        else if (copy.before == SyncType::None)
            effect = tr("New copy: the site receives the store's records");
        else
            effect = tr("Changes role");
        const QStringList cells = {copy.storeName, site.siteLabel(copy.siteId), syncTypeLabel(copy.before),
                                   syncTypeLabel(copy.after), effect};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (copy.losesRecords())
                item->setForeground(errorColour());
            copies->setItem(i, column, item);
        }
    }
    copies->setVisible(!impact.copies.isEmpty());
    layout->addWidget(copies);

    auto* warnings = new QLabel(this);
    warnings->setObjectName(QStringLiteral("impactWarnings"));
    warnings->setWordWrap(true);
    warnings->setStyleSheet(QStringLiteral("color: %1;").arg(warningColour().name()));
    QStringList lines;
    for (const QString& warning : impact.warnings)
        lines << QStringLiteral("\u26a0 ") + warning;
    warnings->setText(lines.join(QLatin1Char('\n')));
    warnings->setVisible(!lines.isEmpty());
    layout->addWidget(warnings);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("confirmSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

}  // namespace sitesync::ui
