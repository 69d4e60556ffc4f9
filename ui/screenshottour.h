#pragma once

#include "core/result.h"

#include <QStringList>

namespace sitesync::ui {

class MainWindow;

// Saves a picture of each page of the window and of its dialogs (the store dialog, the impact
// preview, About) as PNG files in `dir`, for the README. Returns the files written.
Result<QStringList> takeScreenshots(MainWindow& window, const QString& dir);

}  // namespace sitesync::ui
