#include "sitespage.h"

#include "displaytext.h"
#include "site/sitesession.h"
#include "tables.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sitesync::ui {

SitesPage::SitesPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Sync sites</b>"), this));
    m_table = newReadOnlyTable(
        this, QStringLiteral("siteTable"),
        {tr("ID"), tr("Name"), tr("Type"), tr("Role"), tr("Active stores"), tr("Initialised"), tr("Last connection")});
    layout->addWidget(m_table, 1);
    refresh();
}

void SitesPage::refresh()
{
    const Result<QList<SiteInfo>> sites = m_session.sites().list();
    const QList<SiteInfo> rows = sites ? *sites : QList<SiteInfo>();
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const SiteInfo& site = rows[row];
        QStringList roles;
        if (site.isCentral)
            roles << roleLabel(SiteRole::Central);
        if (site.isPrimary)
            roles << roleLabel(SiteRole::Primary);
        if (roles.isEmpty())
            roles << roleLabel(SiteRole::Remote);
        setRowTexts(m_table, row,
                    {QString::number(site.id), site.name,
                     site.type == QLatin1String("mobile") ? tr("mobile") : tr("desktop"),
                     roles.join(QStringLiteral(", ")), site.activeStores.join(QStringLiteral(", ")),
                     site.isCentral ? QString() : displayTime(site.initialisedAt, tr("not yet")),
                     site.isCentral ? QString() : displayTime(site.lastConnectionAt, tr("never"))});
    }
}

}  // namespace sitesync::ui
