#include "displaytext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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

QString syncPhaseLabel(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Push:
        return Text::tr("Pushing");
    case SyncPhase::Pull:
        return Text::tr("Pulling");
    case SyncPhase::Integrate:
        return Text::tr("Integrating");
    case SyncPhase::Wait:
        break;
    }
    return syncPhaseName(phase);
}

QString pullProgressText(qint64 received, qint64 total)
{
    const QLocale locale;
    return Text::tr("%1: %2 of %3 records received, %4 remaining")
        .arg(syncPhaseLabel(SyncPhase::Pull), locale.toString(received), locale.toString(total),
             locale.toString(std::max<qint64>(0, total - received)));
}

QString waitingForLinkText(int retry, int seconds)
{
    return Text::tr("Waiting for the link to the central server, retry %1 in %2 s").arg(retry).arg(seconds);
}

QString age(const QDateTime& then, const QDateTime& now)
{
    const qint64 days = then.daysTo(now);
    if (days < 1)
        return Text::tr("today");
    return Text::tr("%n day(s) ago", nullptr, int(days));
}

}  // namespace sitesync::ui
