#include "displaytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

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

QString syncPhaseLabel(const QString& phase)
{
    if (phase == QLatin1String("push"))
        return Text::tr("Pushing");
    if (phase == QLatin1String("pull"))
        return Text::tr("Pulling");
    if (phase == QLatin1String("integrate"))
        return Text::tr("Integrating");
    return phase;
}

QString pullProgressText(qint64 received, qint64 total)
{
    const QLocale locale;
    return Text::tr("%1: %2 of %3 records received, %4 remaining")
        .arg(syncPhaseLabel(QStringLiteral("pull")), locale.toString(received), locale.toString(total),
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

namespace {

QString siteText(int siteId, const QString& name)
{
    return name.isEmpty() ? Text::tr("site %1").arg(siteId) : Text::tr("site %1 (%2)").arg(siteId).arg(name);
}

}  // namespace

QString auditActionText(const QString& action)
{
    // The engine's fixed action codes, older entries' included.
    static const QRegularExpression recovered(QStringLiteral("^site (\\d+) recovered from an older database$"));
    if (const QRegularExpressionMatch match = recovered.match(action); match.hasMatch())
        return Text::tr("Site %1 recovered from an older database").arg(match.captured(1));
    const struct {
        const QString& code;
        const char* text;
    } known[] = {
        {AuditAction::kUnlocked, QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Unlocked")},
        {AuditAction::kUnlockFailed, QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Wrong unlock password")},
        {AuditAction::kUnlockRefused,
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Unlock refused: too many wrong passwords")},
        {AuditAction::kUnlockPasswordSet, QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Unlock password set")},
        {AuditAction::kUnlockPasswordChanged,
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Unlock password changed")},
        {AuditAction::kSiteAdded, QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Site added")},
        {AuditAction::kSiteDeleted, QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Site deleted")},
        {AuditAction::kBindingReset, QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Hardware binding reset")},
    };
    for (const auto& entry : known) {
        if (entry.code == action)
            return QCoreApplication::translate("sitesync::ui::DisplayText", entry.text);
    }
    static const QHash<QString, const char*> older = {
        {QStringLiteral("central initialised"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Central server initialised")},
        {QStringLiteral("store added"), QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Store added")},
        {QStringLiteral("store moved"), QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Store moved")},
        {QStringLiteral("sync settings changed"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Sync settings changed")},
        {QStringLiteral("patient records resent"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Patient records resent")},
        {QStringLiteral("record follows its patient"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Record follows its patient")},
        {QStringLiteral("sync problem retried"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Sync problem retried")},
        {QStringLiteral("sync problem dismissed"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Sync problem dismissed")},
        {QStringLiteral("sync problem retention set"),
         QT_TRANSLATE_NOOP("sitesync::ui::DisplayText", "Retention of sync problems set")},
    };
    if (const char* text = older.value(action))
        return QCoreApplication::translate("sitesync::ui::DisplayText", text);
    return action;
}

QString unlockPurposeText(const QString& purpose, const QString& storeId, int siteId, const QString& siteName)
{
    const QString site = siteText(siteId, siteName);
    if (purpose == UnlockPurpose::kSyncSettings)
        return Text::tr("the sync settings of store %1").arg(storeId);
    if (purpose == UnlockPurpose::kStoreMove)
        return Text::tr("moving store %1").arg(storeId);
    if (purpose == UnlockPurpose::kNewSite)
        return siteId > 0 ? Text::tr("a new site, %1").arg(site) : Text::tr("a new site");
    if (purpose == UnlockPurpose::kDeleteSite)
        return Text::tr("deleting %1").arg(site);
    if (purpose == UnlockPurpose::kResetBinding)
        return Text::tr("resetting the hardware binding of %1").arg(site);
    if (purpose == UnlockPurpose::kExportSite)
        return Text::tr("exporting the data file of %1").arg(site);
    if (purpose == UnlockPurpose::kChangePassword)
        return Text::tr("changing the unlock password");
    return purpose;
}

QString auditDetailText(const AuditEntry& entry)
{
    const QJsonObject& p = entry.params;
    if (p.isEmpty())
        return entry.detail;
    const int siteId = p.value(QLatin1String("site")).toInt();
    const QString name = p.value(QLatin1String("name")).toString();
    const QString purpose = p.value(QLatin1String("purpose")).toString();
    const QString store = p.value(QLatin1String("store")).toString();
    const QString action = entry.action;
    if (action == AuditAction::kUnlocked)
        return purpose.isEmpty() ? QString() : Text::tr("For %1").arg(unlockPurposeText(purpose, store, siteId));
    if (action == AuditAction::kUnlockFailed) {
        const QString attempt = Text::tr("Attempt %1 of %2")
                                    .arg(p.value(QLatin1String("attempt")).toInt())
                                    .arg(p.value(QLatin1String("of")).toInt());
        return purpose.isEmpty() ? attempt
                                 : Text::tr("%1, for %2").arg(attempt, unlockPurposeText(purpose, store, siteId));
    }
    if (action == AuditAction::kUnlockRefused)
        return Text::tr("Locked until %1").arg(displayTime(p.value(QLatin1String("until")).toString(), QString()));
    if (action == AuditAction::kSiteAdded) {
        const QString type = p.value(QLatin1String("type")).toString() == QLatin1String("mobile") ? Text::tr("mobile")
                                                                                                  : Text::tr("desktop");
        return p.value(QLatin1String("primary")).toBool()
                   ? Text::tr("%1, %2, primary server").arg(siteText(siteId, name), type)
                   : Text::tr("%1, %2").arg(siteText(siteId, name), type);
    }
    if (action == AuditAction::kSiteDeleted)
        return siteText(siteId, name);
    if (action == AuditAction::kBindingReset) {
        if (!p.contains(QLatin1String("unsent")))
            return Text::tr("%1; it never reported what it held").arg(siteText(siteId, name));
        const int unsent = p.value(QLatin1String("unsent")).toInt();
        return unsent == 1
                   ? Text::tr("%1; it held 1 record the central server did not hold").arg(siteText(siteId, name))
                   : Text::tr("%1; it held %2 records the central server did not hold")
                         .arg(siteText(siteId, name))
                         .arg(unsent);
    }
    return entry.detail;
}

}  // namespace sitesync::ui
