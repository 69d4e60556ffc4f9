#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitesync {

class Database;

// One entry of the audit trail. `action` is a fixed code, never translated (AuditAction); what the
// entry is about is in `params` (JSON, language-neutral). Entries written before the parameters
// existed, and some engine entries still, say it in English in `detail`.
struct AuditEntry {
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;
    QString detail;
    QJsonObject params;
};

// The action codes of the audit trail that carry parameters, and their parameters. A code is
// stored as written here; the window names it in its own language (ui/displaytext.h).
namespace AuditAction {
inline const QString kUnlocked = QStringLiteral("unlocked");                      // purpose, store, site
inline const QString kUnlockFailed = QStringLiteral("unlock failed");             // attempt, of, purpose, store, site
inline const QString kUnlockRefused = QStringLiteral("unlock refused");           // until, purpose, store, site
inline const QString kUnlockPasswordSet = QStringLiteral("unlock password set");  // -
inline const QString kUnlockPasswordChanged = QStringLiteral("unlock password changed");  // -
inline const QString kSiteAdded = QStringLiteral("site added");                           // site, name, type, primary
inline const QString kSiteDeleted = QStringLiteral("site deleted");                       // site, name
inline const QString kBindingReset = QStringLiteral("hardware binding reset");            // site, name, unsent
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
    // An entry whose detail is a text (kept for the engine's older entries).
    static Status record(Database& db, const QString& action, const QString& detail);
    // An entry with language-neutral parameters.
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
