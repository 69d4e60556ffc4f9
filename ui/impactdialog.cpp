#include "impactdialog.h"

#include "colours.h"

#include "model/localsite.h"
#include "settings/syncsettingsimpact.h"
#include "tables.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

namespace {

// What a table needs to show every column and every row without scrolling.
QSize contentSize(const QTableWidget* table)
{
    const QAbstractItemView* view = table;  // where the size hints are public
    int width = 2 * table->frameWidth() + table->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int column = 0; column < table->columnCount(); ++column)
        width += std::max(view->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column));
    int height = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < table->rowCount(); ++row)
        height += std::max(view->sizeHintForRow(row), table->verticalHeader()->defaultSectionSize());
    return {width, height};
}

}  // namespace

QSize sizeOnScreen(const QWidget* widget, QSize wanted, QSize minimum)
{
    const QScreen* screen = widget->screen();
    const QSize available = screen ? screen->availableSize() * 9 / 10 : QSize(1024, 768);
    return wanted.expandedTo(minimum).boundedTo(available);
}

ImpactView::ImpactView(const LocalSite& site, const SyncSettingsImpact& impact, Action action, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("impactView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;

    int total = 0;
    for (int count : impact.queued)
        total += count;
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("impactSummary"));
    summary->setWordWrap(true);
    QString text = ImpactDialog::tr("%1 will be active on site %2.")
                       .arg(impact.proposed.storeName, site.siteLabel(impact.proposed.activeSiteId));
    text += QLatin1Char(' ') + (action == Action::Move
                                    ? ImpactDialog::tr("The move queues %n record(s) for remote sites.", nullptr, total)
                                    : ImpactDialog::tr("Saving queues %n record(s) for remote sites.", nullptr, total));
    if (impact.patientRecords > 0)
        text +=
            QLatin1Char(' ') + ImpactDialog::tr("Of those, %n patient record(s) are resent to the store's active copy.",
                                                nullptr, impact.patientRecords);
    summary->setText(text);
    layout->addWidget(summary);

    // The names of stores and sites give way; the figures, copies and effects show whole.
    auto* queued = m_queued = newReadOnlyTable(this, QStringLiteral("impactQueued"),
                                               {ImpactDialog::tr("Site"), ImpactDialog::tr("Records queued")}, {0});
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

    auto* copies = m_copies = newReadOnlyTable(
        this, QStringLiteral("impactCopies"),
        {ImpactDialog::tr("Store"), ImpactDialog::tr("Site"), ImpactDialog::tr("Now"),
         action == Action::Move ? ImpactDialog::tr("After the move") : ImpactDialog::tr("After saving"),
         ImpactDialog::tr("Effect")},
        {0, 1});
    copies->setRowCount(int(impact.copies.size()));
    for (int i = 0; i < impact.copies.size(); ++i) {
        const CopyChange& copy = impact.copies[i];
        QString effect;
        if (copy.after == SyncType::None)
            effect =
                ImpactDialog::tr("Copy removed from the site (about %n record(s))", nullptr, int(copy.storeRecords));
        else if (copy.losesRecords())
            effect =
                ImpactDialog::tr("Cut down to transfers: about %n record(s) removed", nullptr, int(copy.storeRecords));
        else if (copy.before == SyncType::None)
            effect = ImpactDialog::tr("New copy: the site receives the store's records");
        else
            effect = ImpactDialog::tr("Changes role");
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
}

QSize ImpactView::sizeHint() const
{
    // The layout counts each table at Qt's default size; put in what their content needs instead.
    QSize hint = QWidget::sizeHint();
    for (const QTableWidget* table : {m_queued, m_copies}) {
        if (table->isHidden())
            continue;
        const QSize content = contentSize(table);
        hint.setWidth(std::max(hint.width(), content.width()));
        hint.rheight() += content.height() - table->sizeHint().height();
    }
    return hint;
}

ImpactDialog::ImpactDialog(const LocalSite& site, const SyncSettingsImpact& impact, QWidget* parent,
                           const QString& title)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("impactDialog"));
    setWindowTitle(title.isEmpty() ? tr("Save the sync settings of %1?").arg(impact.proposed.storeName) : title);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new ImpactView(site, impact, ImpactView::Action::Save, this), 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("confirmSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(sizeOnScreen(this, sizeHint(), QSize(480, 320)));
}

}  // namespace sitesync::ui
