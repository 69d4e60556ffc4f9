#include "model/audittext.h"

#include "model/syncsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace sitesync {

namespace {

// The translatable texts of this file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::AuditText)
};

QString siteText(int siteId, const QString& name)
{
    return name.isEmpty() ? Text::tr("site %1").arg(siteId) : Text::tr("site %1 (%2)").arg(siteId).arg(name);
}

// A time of an entry's parameters as the window shows times ("2026-11-22 16:42 UTC").
QString timeText(const QString& iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : iso;
}

QString syncWithText(const QJsonValue& id)
{
    const std::optional<SyncWith> value = syncWithFromId(id.toString());
    return value ? syncWithLabel(*value) : id.toString();
}

QString siteAddedText(const QJsonObject& p, const QString& site)
{
    const QString type =
        p.value(QLatin1String("type")).toString() == QLatin1String("mobile") ? Text::tr("mobile") : Text::tr("desktop");
    return p.value(QLatin1String("primary")).toBool() ? Text::tr("%1, %2, primary server").arg(site, type)
                                                      : Text::tr("%1, %2").arg(site, type);
}

QString bindingResetText(const QJsonObject& p, const QString& site)
{
    if (!p.contains(QLatin1String("unsent")))
        return Text::tr("%1; it never reported what it held").arg(site);
    const int unsent = p.value(QLatin1String("unsent")).toInt();
    return unsent == 1 ? Text::tr("%1; it held 1 record the central server did not hold").arg(site)
                       : Text::tr("%1; it held %2 records the central server did not hold").arg(site).arg(unsent);
}

// What a change of a store's sync settings changed, each part in words.
QString settingsChangeText(const QJsonObject& p, const QString& store)
{
    QStringList parts;
    if (p.contains(QLatin1String("active_to")))
        parts << Text::tr("active site %1 -> %2")
                     .arg(p.value(QLatin1String("active_from")).toInt())
                     .arg(p.value(QLatin1String("active_to")).toInt());
    if (p.contains(QLatin1String("transactions")))
        parts << (p.value(QLatin1String("transactions")).toBool() ? Text::tr("transactions included")
                                                                  : Text::tr("transactions not included"));
    for (const QJsonValue& value : p.value(QLatin1String("with")).toArray()) {
        const QJsonObject with = value.toObject();
        parts << Text::tr("site %1: %2 -> %3")
                     .arg(with.value(QLatin1String("site")).toInt())
                     .arg(syncWithText(with.value(QLatin1String("from"))),
                          syncWithText(with.value(QLatin1String("to"))));
    }
    if (const int queued = p.value(QLatin1String("queued")).toInt(); queued > 0)
        parts << (queued == 1 ? Text::tr("1 record queued for the sites that now need it")
                              : Text::tr("%1 records queued for the sites that now need them").arg(queued));
    return Text::tr("store %1: %2").arg(store, parts.join(QStringLiteral("; ")));
}

QString storeMovedText(const QJsonObject& p, const QString& store)
{
    const int from = p.value(QLatin1String("from")).toInt();
    const QString keeps = p.value(QLatin1String("keeps")).toString();
    const QString kept = keeps == QLatin1String("transfer")    ? Text::tr("a transfer copy")
                         : keeps == QLatin1String("collector") ? Text::tr("a collector copy")
                                                               : Text::tr("nothing");
    QString text = Text::tr("store %1 from site %2 to site %3; site %2 keeps %4")
                       .arg(store)
                       .arg(from)
                       .arg(p.value(QLatin1String("to")).toInt())
                       .arg(kept);
    if (p.value(QLatin1String("from_deleted")).toBool())
        text = Text::tr("%1; site %2 deleted, having no store left").arg(text).arg(from);
    return text;
}

QString visibilityText(const QJsonObject& p, const QString& store)
{
    QStringList parts;
    for (const QJsonValue& in : p.value(QLatin1String("visible_in")).toArray())
        parts << Text::tr("visible in store %1").arg(in.toString());
    for (const QJsonValue& in : p.value(QLatin1String("hidden_in")).toArray())
        parts << Text::tr("hidden in store %1").arg(in.toString());
    return Text::tr("store %1: %2").arg(store, parts.join(QStringLiteral("; ")));
}

QString problemText(const QJsonObject& p, const QString& site)
{
    return Text::tr("problem %1, record '%2' of '%3' from %4")
        .arg(p.value(QLatin1String("problem")).toInteger())
        .arg(p.value(QLatin1String("record")).toString(), p.value(QLatin1String("table")).toString(), site);
}

QString retriedText(const QJsonObject& p, const QString& site)
{
    const QString outcome = p.value(QLatin1String("outcome")).toString();
    const QString problem = problemText(p, site);
    if (outcome == AuditAction::kApplied)
        return Text::tr("%1: applied").arg(problem);
    if (outcome == AuditAction::kQueued)
        return Text::tr("%1: queued to be pushed again").arg(problem);
    return Text::tr("%1: not applied: %2").arg(problem, p.value(QLatin1String("reason")).toString());
}

QString recoveredText(const QJsonObject& p, const QString& site)
{
    const QString text = p.value(QLatin1String("from_start")).toBool()
                             ? Text::tr("the central held the changes of %1 up to number %2 and its pull up to %3, "
                                        "its database only up to %4 and %5; it receives everything again from the "
                                        "beginning")
                             : Text::tr("the central held the changes of %1 up to number %2 and its pull up to %3, "
                                        "its database only up to %4 and %5; the central sends back what it lost");
    return text.arg(site)
        .arg(p.value(QLatin1String("central_pushed")).toInteger())
        .arg(p.value(QLatin1String("central_pulled")).toInteger())
        .arg(p.value(QLatin1String("site_pushed")).toInteger())
        .arg(p.value(QLatin1String("site_pulled")).toInteger());
}

}  // namespace

QString AuditText::action(const QString& code)
{
    // Entries written before the recovery had a code of its own named the site in the action.
    static const QRegularExpression recovered(QStringLiteral("^site (\\d+) recovered from an older database$"));
    if (const QRegularExpressionMatch match = recovered.match(code); match.hasMatch())
        return Text::tr("Site %1 recovered from an older database").arg(match.captured(1));
    const struct {
        const QString& code;
        const char* text;
    } known[] = {
        {AuditAction::kUnlocked, QT_TRANSLATE_NOOP("sitesync::AuditText", "Unlocked")},
        {AuditAction::kUnlockFailed, QT_TRANSLATE_NOOP("sitesync::AuditText", "Wrong unlock password")},
        {AuditAction::kUnlockRefused,
         QT_TRANSLATE_NOOP("sitesync::AuditText", "Unlock refused: too many wrong passwords")},
        {AuditAction::kUnlockPasswordSet, QT_TRANSLATE_NOOP("sitesync::AuditText", "Unlock password set")},
        {AuditAction::kUnlockPasswordChanged, QT_TRANSLATE_NOOP("sitesync::AuditText", "Unlock password changed")},
        {AuditAction::kSiteAdded, QT_TRANSLATE_NOOP("sitesync::AuditText", "Site added")},
        {AuditAction::kSiteDeleted, QT_TRANSLATE_NOOP("sitesync::AuditText", "Site deleted")},
        {AuditAction::kBindingReset, QT_TRANSLATE_NOOP("sitesync::AuditText", "Hardware binding reset")},
        {AuditAction::kSiteExported, QT_TRANSLATE_NOOP("sitesync::AuditText", "Site data file exported")},
        {AuditAction::kCentralInitialised, QT_TRANSLATE_NOOP("sitesync::AuditText", "Central server initialised")},
        {AuditAction::kCentralMoved, QT_TRANSLATE_NOOP("sitesync::AuditText", "Central server database moved")},
        {AuditAction::kStoreAdded, QT_TRANSLATE_NOOP("sitesync::AuditText", "Store added")},
        {AuditAction::kStoreMoved, QT_TRANSLATE_NOOP("sitesync::AuditText", "Store moved")},
        {AuditAction::kSyncSettingsChanged, QT_TRANSLATE_NOOP("sitesync::AuditText", "Sync settings changed")},
        {AuditAction::kSyncWithFollowedVisibility,
         QT_TRANSLATE_NOOP("sitesync::AuditText", "Sync-with followed the store's visibility")},
        {AuditAction::kStoreVisibilityChanged, QT_TRANSLATE_NOOP("sitesync::AuditText", "Store visibility changed")},
        {AuditAction::kPatientRecordsResent, QT_TRANSLATE_NOOP("sitesync::AuditText", "Patient records resent")},
        {AuditAction::kRecordFollowsPatient, QT_TRANSLATE_NOOP("sitesync::AuditText", "Record follows its patient")},
        {AuditAction::kSyncProblemRetried, QT_TRANSLATE_NOOP("sitesync::AuditText", "Sync problem retried")},
        {AuditAction::kSyncProblemDismissed, QT_TRANSLATE_NOOP("sitesync::AuditText", "Sync problem dismissed")},
        {AuditAction::kSyncProblemRetentionSet,
         QT_TRANSLATE_NOOP("sitesync::AuditText", "Retention of sync problems set")},
        {AuditAction::kSiteRecovered,
         QT_TRANSLATE_NOOP("sitesync::AuditText", "Site recovered from an older database")},
    };
    for (const auto& entry : known) {
        if (entry.code == code)
            return QCoreApplication::translate("sitesync::AuditText", entry.text);
    }
    return code;
}

QString AuditText::unlockPurpose(const QString& purpose, const QString& storeId, int siteId, const QString& siteName)
{
    const QString site = siteText(siteId, siteName);
    if (purpose == UnlockPurpose::kSyncSettings)
        return Text::tr("the sync settings of store %1").arg(storeId);
    if (purpose == UnlockPurpose::kStoreVisibility)
        return Text::tr("the visibility of store %1").arg(storeId);
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

QString AuditText::detail(const AuditEntry& entry)
{
    const QJsonObject& p = entry.params;
    if (p.isEmpty())
        return entry.detail;
    const int siteId = p.value(QLatin1String("site")).toInt();
    const QString site = siteText(siteId, p.value(QLatin1String("name")).toString());
    const QString purpose = p.value(QLatin1String("purpose")).toString();
    const QString store = p.value(QLatin1String("store")).toString();
    const QString& action = entry.action;
    if (action == AuditAction::kUnlocked)
        return purpose.isEmpty() ? QString() : Text::tr("For %1").arg(unlockPurpose(purpose, store, siteId));
    if (action == AuditAction::kUnlockFailed) {
        const QString attempt = Text::tr("Attempt %1 of %2")
                                    .arg(p.value(QLatin1String("attempt")).toInt())
                                    .arg(p.value(QLatin1String("of")).toInt());
        return purpose.isEmpty() ? attempt : Text::tr("%1, for %2").arg(attempt, unlockPurpose(purpose, store, siteId));
    }
    if (action == AuditAction::kUnlockRefused)
        return Text::tr("Locked until %1").arg(timeText(p.value(QLatin1String("until")).toString()));
    if (action == AuditAction::kSiteAdded)
        return siteAddedText(p, site);
    if (action == AuditAction::kSiteDeleted || action == AuditAction::kCentralInitialised ||
        action == AuditAction::kSiteExported)
        return site;
    if (action == AuditAction::kBindingReset)
        return bindingResetText(p, site);
    if (action == AuditAction::kCentralMoved)
        return Text::tr("From %1 to %2: %3 rows")
            .arg(p.value(QLatin1String("from")).toString(), p.value(QLatin1String("to")).toString())
            .arg(p.value(QLatin1String("rows")).toInteger());
    if (action == AuditAction::kStoreAdded)
        return Text::tr("store %1 (%2)").arg(store, p.value(QLatin1String("name")).toString());
    if (action == AuditAction::kStoreMoved)
        return storeMovedText(p, store);
    if (action == AuditAction::kSyncSettingsChanged || action == AuditAction::kSyncWithFollowedVisibility)
        return settingsChangeText(p, store);
    if (action == AuditAction::kStoreVisibilityChanged)
        return visibilityText(p, store);
    if (action == AuditAction::kPatientRecordsResent) {
        const int queued = p.value(QLatin1String("queued")).toInt();
        return queued == 1 ? Text::tr("store %1: 1 record queued for site %2").arg(store).arg(siteId)
                           : Text::tr("store %1: %2 records queued for site %3").arg(store).arg(queued).arg(siteId);
    }
    if (action == AuditAction::kRecordFollowsPatient)
        return Text::tr("record '%1' of '%2' from site %3 follows its patient to store %4")
            .arg(p.value(QLatin1String("record")).toString(), p.value(QLatin1String("table")).toString())
            .arg(siteId)
            .arg(store);
    if (action == AuditAction::kSyncProblemRetried)
        return retriedText(p, site);
    if (action == AuditAction::kSyncProblemDismissed)
        return Text::tr("%1: %2").arg(problemText(p, site), p.value(QLatin1String("reason")).toString());
    if (action == AuditAction::kSyncProblemRetentionSet)
        return p.value(QLatin1String("days")).toInt() == 1
                   ? Text::tr("1 day")
                   : Text::tr("%1 days").arg(p.value(QLatin1String("days")).toInt());
    if (action == AuditAction::kSiteRecovered)
        return recoveredText(p, site);
    return entry.detail;
}

}  // namespace sitesync
