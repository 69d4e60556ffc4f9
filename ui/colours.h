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

inline QString errorStyleSheet()
{
    return QStringLiteral("color: %1;").arg(errorColour().name());
}

}  // namespace sitesync::ui
