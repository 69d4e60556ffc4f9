#include "icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace sitesync::ui {

namespace {

QPixmap drawSync(int size, const QColor& colour)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal margin = size * 0.18;
    const QRectF circle(margin, margin, size - 2 * margin, size - 2 * margin);
    QPen pen(colour, size * 0.11, Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    // Two arcs, each ending in an arrow head, half a turn apart.
    for (int half = 0; half < 2; ++half) {
        const qreal start = 20 + half * 180;
        painter.drawArc(circle, int(start * 16), int(130 * 16));
        const qreal end = qDegreesToRadians(start + 130);
        const QPointF tip(circle.center().x() + circle.width() / 2 * std::cos(end),
                          circle.center().y() - circle.height() / 2 * std::sin(end));
        // The head points along the arc: tangent direction at the end, counter-clockwise.
        const QPointF along(-std::sin(end), -std::cos(end));
        const QPointF across(std::cos(end), -std::sin(end));
        const qreal head = size * 0.16;
        QPainterPath arrow;
        arrow.moveTo(tip + along * head);
        arrow.lineTo(tip + across * head * 0.8);
        arrow.lineTo(tip - across * head * 0.8);
        arrow.closeSubpath();
        painter.fillPath(arrow, colour);
    }
    return pixmap;
}

}  // namespace

QIcon syncIcon()
{
    QIcon icon;
    const QColor colour = QPalette().color(QPalette::ButtonText);
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawSync(size, colour));
    return icon;
}

}  // namespace sitesync::ui
