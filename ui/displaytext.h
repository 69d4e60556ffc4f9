#pragma once

#include "model/auditlog.h"
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
// A phase of a sync as the engine reports it ("push", "pull", "integrate"), in words.
QString syncPhaseLabel(const QString& phase);
// How far a pull is, when the central counted what it sends: received so far, of how many, and
// how many remain ("Pulling: 1,500 of 2,000 records received, 500 remaining").
QString pullProgressText(qint64 received, qint64 total);
// What an audit entry records, in the window's language: its action code named ("Site deleted"),
// and what it is about, from its parameters; an entry written before parameters existed shows the
// English detail it was written with.
QString auditActionText(const QString& action);
QString auditDetailText(const AuditEntry& entry);
// What was unlocked, from the purpose of an unlock and the store or site it concerned.
QString unlockPurposeText(const QString& purpose, const QString& storeId, int siteId, const QString& siteName = {});
// What a sync waiting for its link to the central says: the retry that comes and when.
QString waitingForLinkText(int retry, int seconds);

}  // namespace sitesync::ui
