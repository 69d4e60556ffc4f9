#pragma once

#include "model/auditlog.h"

#include <QString>

namespace sitesync {

// An audit entry in words, in the language of the program: the window's (its translations cover
// these texts), English in sitesyncctl, which loads none. The one place an entry is worded.
namespace AuditText {

// The action named: "Site deleted". An unknown code is shown as it is.
QString action(const QString& code);
// What the entry is about, from its parameters ("site 8 (Spare)"); an entry written before
// parameters existed shows the English detail it was written with.
QString detail(const AuditEntry& entry);
// What was unlocked, from the purpose of an unlock and the store or site it concerned.
QString unlockPurpose(const QString& purpose, const QString& storeId, int siteId, const QString& siteName = {});

}  // namespace AuditText

}  // namespace sitesync
