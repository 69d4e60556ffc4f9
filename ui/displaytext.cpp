#include "displaytext.h"

#include <QCoreApplication>

namespace sitesync::ui {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::ui::DisplayText)
};

}  // namespace

QString displayTime(const QString& iso, const QString& none)
{
    if (iso.isEmpty())
        return none;
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso;
}

QString roleLabel(SiteRole role)
{
    switch (role) {
    case SiteRole::Central:
        return Text::tr("central server");
    case SiteRole::Primary:
        return Text::tr("primary server");
    case SiteRole::Remote:
        break;
    }
    return Text::tr("remote site");
}

QString age(const QDateTime& then, const QDateTime& now)
{
    const qint64 days = then.daysTo(now);
    if (days < 1)
        return Text::tr("today");
    return Text::tr("%n day(s) ago", nullptr, int(days));
}

}  // namespace sitesync::ui
