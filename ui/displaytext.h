#pragma once

#include "client/syncphase.h"
#include "model/localsite.h"

#include <QDateTime>
#include <QString>

namespace sitesync::ui {

// Texts the window shows in several places.

// An ISO 8601 time as the window shows it ("2026-11-22 16:42 UTC"), or `none` when empty.
QString displayTime(const QString& iso, const QString& none);
// How long ago, in words: "today", "3 days ago".
QString age(const QDateTime& then, const QDateTime& now);
// A site's role as the window names it: "central server", "primary server", "remote site".
QString roleLabel(SiteRole role);
// A phase of a sync as the engine reports it, in words.
QString syncPhaseLabel(SyncPhase phase);
// How far a pull is, when the central counted what it sends: received so far, of how many, and
// how many remain ("Pulling: 1,500 of 2,000 records received, 500 remaining").
QString pullProgressText(qint64 received, qint64 total);
// An audit entry is worded by AuditText (engine/model/audittext.h), for the window and sitesyncctl.
// What a sync waiting for its link to the central says: the retry that comes and when.
QString waitingForLinkText(int retry, int seconds);

}  // namespace sitesync::ui
