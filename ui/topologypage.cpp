#include "topologypage.h"

#include "colours.h"
#include "displaytext.h"
#include "language.h"
#include "site/sitesession.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace sitesync::ui {

namespace {

constexpr qreal kNodeWidth = 220;
constexpr qreal kHeader = 40;
constexpr qreal kLine = 18;
constexpr qreal kGap = 40;
constexpr qreal kLevelGap = 150;
constexpr qreal kMargin = 20;
// The room for text inside a box: the title and kind from its left edge, the copies indented.
constexpr qreal kTextWidth = kNodeWidth - 16;
constexpr qreal kCopyWidth = kNodeWidth - 20;

QString copyText(const Topology::Copy& copy)
{
    return QStringLiteral("%1 (%2)").arg(copy.storeName, syncTypeLabel(copy.type));
}

// A copy's line cut short in the store's name, so that its sync type always shows.
QString fittedCopyText(const Topology::Copy& copy, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const QString type = QStringLiteral(" (%1)").arg(syncTypeLabel(copy.type));
    return metrics.elidedText(copy.storeName, Qt::ElideRight, kCopyWidth - metrics.horizontalAdvance(type)) + type;
}

QString titleText(const Topology::Site& site)
{
    return QStringLiteral("%1 %2").arg(site.id).arg(site.name);
}

void drawArrow(QPainter& painter, QPointF from, QPointF to, const QString& label)
{
    painter.drawLine(from, to);
    const QPointF direction = (to - from) / std::hypot(to.x() - from.x(), to.y() - from.y());
    const QPointF across(-direction.y(), direction.x());
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to - direction * 10 + across * 5);
    head.lineTo(to - direction * 10 - across * 5);
    head.closeSubpath();
    painter.fillPath(head, painter.pen().color());
    const QPointF middle = (from + to) / 2;
    painter.drawText(QRectF(middle.x() + 6, middle.y() - 9, 160, 18), Qt::AlignLeft | Qt::AlignVCenter, label);
}

}  // namespace

TopologyView::TopologyView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topologyView"));
}

void TopologyView::setTopology(Topology topology)
{
    m_topology = std::move(topology);
    layoutNodes();
    setMinimumSize(m_size);
    updateGeometry();
    update();
}

void TopologyView::layoutNodes()
{
    m_nodes.clear();
    const auto height = [](const Topology::Site& site) { return kHeader + kLine * qreal(site.copies.size()) + 8; };
    qreal lowerHeight = 0;
    int lower = 0;
    for (const Topology::Site& site : std::as_const(m_topology.sites)) {
        if (!site.isCentral) {
            ++lower;
            lowerHeight = std::max(lowerHeight, height(site));
        }
    }
    const qreal rowWidth = std::max<qreal>(kNodeWidth, lower * kNodeWidth + (lower - 1) * kGap);
    qreal centralHeight = 0;
    qreal x = kMargin;
    for (const Topology::Site& site : std::as_const(m_topology.sites)) {
        if (site.isCentral) {
            centralHeight = height(site);
            m_nodes.insert(site.id, QRectF(kMargin + (rowWidth - kNodeWidth) / 2, kMargin, kNodeWidth, centralHeight));
        }
    }
    const qreal lowerTop = kMargin + centralHeight + kLevelGap;
    for (const Topology::Site& site : std::as_const(m_topology.sites)) {
        if (site.isCentral)
            continue;
        m_nodes.insert(site.id, QRectF(x, lowerTop, kNodeWidth, height(site)));
        x += kNodeWidth + kGap;
    }
    m_size = QSize(int(rowWidth + 2 * kMargin + 160), int(lowerTop + lowerHeight + kMargin));
}

QString TopologyView::kindText(const Topology::Site& site) const
{
    QStringList roles;
    if (site.isCentral)
        roles << roleLabel(SiteRole::Central);
    if (site.isPrimary)
        roles << roleLabel(SiteRole::Primary);
    if (!roles.isEmpty())
        return roles.join(QStringLiteral(", "));
    return site.type == QLatin1String("mobile") ? tr("mobile site") : tr("desktop site");
}

QFont TopologyView::titleFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

QFont TopologyView::copyFont(const Topology::Copy& copy) const
{
    QFont line = font();
    line.setBold(copy.type == SyncType::Active);
    line.setItalic(copy.type == SyncType::Transfer);
    return line;
}

QString TopologyView::title(int siteId) const
{
    for (const Topology::Site& site : m_topology.sites) {
        if (site.id == siteId)
            return QFontMetricsF(titleFont()).elidedText(titleText(site), Qt::ElideRight, kTextWidth);
    }
    return {};
}

const Topology::Site* TopologyView::siteAt(QPointF point) const
{
    for (const Topology::Site& site : m_topology.sites) {
        if (m_nodes.value(site.id).contains(point))
            return &site;
    }
    return nullptr;
}

// A box's tool tip says in full what the box may have had to cut short.
bool TopologyView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const Topology::Site* site = siteAt(help->pos());
    if (!site) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QStringList lines{titleText(*site), kindText(*site)};
    for (const Topology::Copy& copy : site->copies)
        lines << copyText(copy);
    QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this, m_nodes.value(site->id).toRect());
    return true;
}

void TopologyView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QColor text = palette().color(QPalette::Text);

    // Arrows first, under the nodes: up on the left half of a node, down on the right half.
    for (const Topology::Flow& flow : std::as_const(m_topology.flows)) {
        const QRectF from = m_nodes.value(flow.fromSiteId);
        const QRectF to = m_nodes.value(flow.toSiteId);
        if (from.isNull() || to.isNull())
            continue;
        const bool up = from.top() > to.top();
        const qreal offset = up ? -kNodeWidth / 6 : kNodeWidth / 6;
        const QPointF start =
            up ? QPointF(from.center().x() + offset, from.top()) : QPointF(from.center().x() + offset, from.bottom());
        const QPointF end =
            up ? QPointF(to.center().x() + offset, to.bottom()) : QPointF(to.center().x() + offset, to.top());
        painter.setPen(QPen(up ? warningColour() : QColor(0x1f, 0x5f, 0xa8), 1.6));
        drawArrow(painter, start, end, flow.storeIds.join(QStringLiteral(", ")));
    }

    for (const Topology::Site& site : std::as_const(m_topology.sites)) {
        const QRectF node = m_nodes.value(site.id);
        painter.setPen(QPen(text, site.isCentral ? 2.0 : 1.0));
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(node, 6, 6);
        // Long names are cut short inside the box; its tool tip has them in full.
        painter.setFont(titleFont());
        painter.drawText(node.adjusted(8, 4, -8, 0), Qt::AlignLeft | Qt::AlignTop, title(site.id));
        painter.setFont(font());
        painter.drawText(node.adjusted(8, 20, -8, 0), Qt::AlignLeft | Qt::AlignTop,
                         QFontMetricsF(font()).elidedText(kindText(site), Qt::ElideRight, kTextWidth));
        qreal y = node.top() + kHeader;
        for (const Topology::Copy& copy : site.copies) {
            const QFont line = copyFont(copy);
            painter.setFont(line);
            painter.drawText(QRectF(node.left() + 14, y, kCopyWidth, kLine), Qt::AlignLeft | Qt::AlignVCenter,
                             fittedCopyText(copy, line));
            y += kLine;
        }
        painter.setFont(font());
    }
}

TopologyPage::TopologyPage(SiteSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    layout->addWidget(title);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("topologyNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto* scroll = new QScrollArea(this);
    m_view = new TopologyView(scroll);
    scroll->setWidget(m_view);
    scroll->setWidgetResizable(true);
    layout->addWidget(scroll, 1);
    followLanguage(this, [=, this] {
        title->setText(tr("<b>Topology</b>"));
        refresh();
    });
}

void TopologyPage::refresh()
{
    const Result<Topology> topology = Topology::collect(m_session);
    if (!topology) {
        m_note->setText(topology.error().message);
        return;
    }
    m_note->setText(tr("Each store's data goes up from the site where it is active to the central server, and "
                       "down from the central to every other site holding a copy. Active stores are in bold, "
                       "transfer copies in italics."));
    m_view->setTopology(*topology);
    m_view->update();
}

}  // namespace sitesync::ui
