#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesync {

class Database;

// One entry of the audit trail. `action` is a fixed code, never translated (AuditAction); what the
// entry is about is in `params` (JSON, language-neutral). Entries written before the parameters
// existed say it in English in `detail`. AuditText words an entry.
struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString detail;
    QJsonObject params;
};

// The action codes of the audit trail, and their parameters. A code is stored as written here;
// AuditText names it in the language of the program (the window's, English in sitesyncctl).
namespace AuditAction {
inline const QString kUnlocked = QStringLiteral("unlocked");                      // purpose, store, site
inline const QString kUnlockFailed = QStringLiteral("unlock failed");             // attempt, of, purpose, store, site
inline const QString kUnlockRefused = QStringLiteral("unlock refused");           // until, purpose, store, site
inline const QString kUnlockPasswordSet = QStringLiteral("unlock password set");  // -
inline const QString kUnlockPasswordChanged = QStringLiteral("unlock password changed");  // -
inline const QString kSiteAdded = QStringLiteral("site added");                           // site, name, type, primary
inline const QString kSiteDeleted = QStringLiteral("site deleted");                       // site, name
inline const QString kBindingReset = QStringLiteral("hardware binding reset");            // site, name, unsent
inline const QString kSiteExported = QStringLiteral("site data file exported");           // site, name, records
inline const QString kCentralInitialised = QStringLiteral("central initialised");         // site, name
inline const QString kCentralMoved = QStringLiteral("central moved");  // from, to, tables, rows, schema
inline const QString kStoreAdded = QStringLiteral("store added");      // store, name
// store, from, to (site IDs), keeps (what stays on `from`: none, collector, transfer), from_deleted
inline const QString kStoreMoved = QStringLiteral("store moved");
// store; what changed: active_from and active_to, transactions (included or not), with (a list of
// {site, from, to}: none, collector, transfer), queued (records queued for the sites that now need them)
inline const QString kSyncSettingsChanged = QStringLiteral("sync settings changed");
// The same, made by the central as a store's visibility changed (ST-5).
inline const QString kSyncWithFollowedVisibility = QStringLiteral("sync-with followed visibility");
// store; visible_in and hidden_in, the stores it was made visible in or hidden from
inline const QString kStoreVisibilityChanged = QStringLiteral("store visibility changed");
inline const QString kPatientRecordsResent = QStringLiteral("patient records resent");  // store, queued, site
// table, record, site (that sent it), store (the patient's home store it follows)
inline const QString kRecordFollowsPatient = QStringLiteral("record follows its patient");
// problem, table, record, site, name; outcome (applied, not applied, queued) and reason when not applied
inline const QString kSyncProblemRetried = QStringLiteral("sync problem retried");
// problem, table, record, site, name, reason
inline const QString kSyncProblemDismissed = QStringLiteral("sync problem dismissed");
inline const QString kSyncProblemRetentionSet = QStringLiteral("sync problem retention set");  // days
// site; central_pushed, central_pulled (what the central held), site_pushed, site_pulled (what the
// site's database held), from_start (it receives everything again)
inline const QString kSiteRecovered = QStringLiteral("site recovered from an older database");

// The values of a retried problem's `outcome`.
inline const QString kApplied = QStringLiteral("applied");
inline const QString kNotApplied = QStringLiteral("not applied");
inline const QString kQueued = QStringLiteral("queued");

// Every code above, as the engine writes them.
const QStringList& all();
}  // namespace AuditAction

// What an unlock is for, kept with the "unlocked" entry (its `purpose` parameter).
namespace UnlockPurpose {
inline const QString kSyncSettings = QStringLiteral("sync settings");        // with the store
inline const QString kStoreVisibility = QStringLiteral("store visibility");  // with the store
inline const QString kStoreMove = QStringLiteral("store move");              // with the store
inline const QString kNewSite = QStringLiteral("new site");
inline const QString kDeleteSite = QStringLiteral("delete site");      // with the site
inline const QString kResetBinding = QStringLiteral("reset binding");  // with the site
inline const QString kExportSite = QStringLiteral("export site");      // with the site
inline const QString kChangePassword = QStringLiteral("change unlock password");
}  // namespace UnlockPurpose

// The audit trail of the central server (ST-7): unlocks, and every change of sites and sync settings.
class AuditLog {
public:
    // The newest entries first.
    static Result<QList<AuditEntry>> list(Database& db, int limit = 1000);
    // An entry with language-neutral parameters (an AuditAction code and what it names).
    static Status record(Database& db, const QString& action, const QJsonObject& params);
    // Who is acting: the technician named at the unlock in force (AuditActor), otherwise the
    // operating-system user running the program.
    static QString actor();
    // The operating-system user running the program ("unknown" when none is known).
    static QString systemUser();
};

// While it lives, the technician it names is the actor of every audit entry this program writes:
// it is held by whatever an unlock opened (a sync settings tab, a wizard, one action) for as long
// as that lasts, in whichever thread the work then runs. The latest one still alive counts.
class AuditActor {
public:
    explicit AuditActor(const QString& technician);
    ~AuditActor();
    AuditActor(const AuditActor&) = delete;
    AuditActor& operator=(const AuditActor&) = delete;

    const QString& technician() const { return m_technician; }
    // The technician of the latest AuditActor alive; empty when there is none.
    static QString current();

private:
    QString m_technician;
    quint64 m_serial;
};

}  // namespace sitesync
