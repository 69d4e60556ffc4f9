#pragma once

#include <QDateTime>
#include <QString>

namespace sitesync::ui {

// An ISO 8601 time as the window shows it ("2026-11-22 16:42 UTC"), or `none` when empty.
QString displayTime(const QString& iso, const QString& none);
// How long ago, in words: "today", "3 days ago".
QString age(const QDateTime& then, const QDateTime& now);

}  // namespace sitesync::ui
