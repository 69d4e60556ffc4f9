#pragma once

#include <QIcon>

namespace sitesync::ui {

// The "sync now" icon: two arrows chasing each other round a circle, drawn so that no image
// plugin is needed.
QIcon syncIcon();

}  // namespace sitesync::ui
