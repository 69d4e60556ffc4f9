#pragma once

#include <QColor>
#include <QString>

namespace sitesync::ui {

// The few colours the window gives meaning to, so that they stay the same everywhere.
inline QColor errorColour()
{
    return QColor(0xb0, 0x00, 0x20);
}

inline QColor warningColour()
{
    return QColor(0x8a, 0x53, 0x00);
}

// A site that needs the technician's action (ACC-4): distinct from the red of a site not seen for
// a month, and dark enough to read white text on as a badge.
inline QColor attentionColour()
{
    return QColor(0x9a, 0x3d, 0xb8);
}

inline QString errorStyleSheet()
{
    return QStringLiteral("color: %1;").arg(errorColour().name());
}

}  // namespace sitesync::ui
