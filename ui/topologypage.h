#pragma once

#include "report/topology.h"

#include <QHash>
#include <QRectF>
#include <QWidget>

class QLabel;

namespace sitesync {

class SiteSession;

namespace ui {

// The picture of the network: the central server on top, the other sites below, each listing its
// stores with their sync types, and arrows for where each store's data flows.
class TopologyView : public QWidget {
    Q_OBJECT

public:
    explicit TopologyView(QWidget* parent = nullptr);

    void setTopology(Topology topology);
    const Topology& topology() const { return m_topology; }
    QRectF nodeRect(int siteId) const { return m_nodes.value(siteId); }
    // The first line of the site's box as drawn: its ID and name, cut short to the box's width.
    QString title(int siteId) const;
    QSize sizeHint() const override { return m_size; }

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void layoutNodes();
    const Topology::Site* siteAt(QPointF point) const;
    QString kindText(const Topology::Site& site) const;
    QFont titleFont() const;
    QFont copyFont(const Topology::Copy& copy) const;

    Topology m_topology;
    QHash<int, QRectF> m_nodes;
    QSize m_size{640, 400};
};

class TopologyPage : public QWidget {
    Q_OBJECT

public:
    explicit TopologyPage(SiteSession& session, QWidget* parent = nullptr);
    void refresh();
    TopologyView* view() const { return m_view; }

private:
    SiteSession& m_session;
    QLabel* m_note = nullptr;
    TopologyView* m_view = nullptr;
};

}  // namespace ui
}  // namespace sitesync
