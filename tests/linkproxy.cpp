#include "linkproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <list>

namespace sitesync::test {

// Everything of the proxy lives in its thread; LinkProxy reaches it only through run().
class LinkProxyWorker : public QObject {
public:
    struct Link {
        QTcpSocket* site = nullptr;
        QTcpSocket* central = nullptr;
        QByteArray up;    // from the site, waiting while the link is cut
        QByteArray down;  // from the central, waiting while the link is cut
        QByteArray tail;  // the end of what came from the site, for a marker split between reads
        bool cutOnAnswer = false;
    };

    QString listen(quint16 targetPort)
    {
        m_target = targetPort;
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* site = m_server->nextPendingConnection())
                accept(site);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return m_server->errorString();
        return {};
    }
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    void setTarget(quint16 targetPort) { m_target = targetPort; }

    void cutAt(const QByteArray& marker, int occurrence, LinkProxy::Cut where)
    {
        m_marker = marker;
        m_countdown = occurrence;
        m_where = where;
    }
    void setCut(bool cut)
    {
        m_cut = cut;
        if (cut)
            return;
        for (Link& link : m_links) {
            if (!link.up.isEmpty())
                link.central->write(std::exchange(link.up, {}));
            if (!link.down.isEmpty())
                link.site->write(std::exchange(link.down, {}));
        }
    }
    bool isCut() const { return m_cut; }
    int seen() const { return m_seen; }

    void close()
    {
        for (Link& link : m_links) {
            link.site->disconnect(this);
            link.central->disconnect(this);
            link.site->abort();
            link.central->abort();
            delete link.site;
            delete link.central;
        }
        m_links.clear();
        delete m_server;
        m_server = nullptr;
    }

private:
    void accept(QTcpSocket* site)
    {
        auto* central = new QTcpSocket(this);
        site->setParent(this);
        m_links.push_back(Link{site, central, {}, {}, {}, false});
        auto link = std::prev(m_links.end());
        QObject::connect(site, &QTcpSocket::readyRead, this, [this, link] { fromSite(*link); });
        QObject::connect(central, &QTcpSocket::readyRead, this, [this, link] { fromCentral(*link); });
        auto end = [this, link] {
            // Either side gone: the other goes too (what waited for it is lost with the connection).
            // A site that gave up before the central began to answer leaves a dead line all the same:
            // the answer the cut was set on would have been lost.
            if (link->cutOnAnswer)
                m_cut = true;
            link->site->disconnect(this);
            link->central->disconnect(this);
            link->site->disconnectFromHost();
            link->central->disconnectFromHost();
            link->site->deleteLater();
            link->central->deleteLater();
            m_links.erase(link);
        };
        QObject::connect(site, &QTcpSocket::disconnected, this, end);
        QObject::connect(central, &QTcpSocket::disconnected, this, end);
        central->connectToHost(QHostAddress::LocalHost, m_target);
        if (site->bytesAvailable() > 0)
            fromSite(*link);
    }

    void fromSite(Link& link)
    {
        QByteArray data = link.site->readAll();
        if (m_cut) {
            link.up += data;
            return;
        }
        if (!m_marker.isEmpty()) {
            const QByteArray scanned = link.tail + data;
            qsizetype from = 0;
            qsizetype at;
            while ((at = scanned.indexOf(m_marker, from)) >= 0) {
                from = at + m_marker.size();
                ++m_seen;
                if (m_countdown <= 0 || --m_countdown > 0)
                    continue;
                if (m_where == LinkProxy::Cut::BeforeAnswer) {
                    link.cutOnAnswer = true;
                    continue;
                }
                // The request and everything after it wait.
                const qsizetype start = std::max<qsizetype>(0, at - link.tail.size());
                link.central->write(data.left(start));
                link.up += data.mid(start);
                link.tail.clear();
                m_cut = true;
                return;
            }
            link.tail = scanned.right(m_marker.size() - 1);
        }
        link.central->write(data);
    }

    void fromCentral(Link& link)
    {
        QByteArray data = link.central->readAll();
        if (link.cutOnAnswer) {
            link.cutOnAnswer = false;
            m_cut = true;
        }
        if (m_cut) {
            link.down += data;
            return;
        }
        link.site->write(data);
    }

    QTcpServer* m_server = nullptr;
    quint16 m_target = 0;
    std::list<Link> m_links;
    bool m_cut = false;
    QByteArray m_marker;
    int m_countdown = 0;
    LinkProxy::Cut m_where = LinkProxy::Cut::BeforeRequest;
    int m_seen = 0;
};

namespace {

template <typename Work> auto inThread(LinkProxyWorker* worker, Work work)
{
    decltype(work()) result{};
    QMetaObject::invokeMethod(
        worker, [&] { result = work(); }, Qt::BlockingQueuedConnection);
    return result;
}

}  // namespace

LinkProxy::LinkProxy()
    : m_thread(std::make_unique<QThread>())
    , m_worker(new LinkProxyWorker)
{
    m_thread->setObjectName(QStringLiteral("test-link-proxy"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

LinkProxy::~LinkProxy()
{
    inThread(m_worker, [this] {
        m_worker->close();
        return true;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

QString LinkProxy::start(quint16 targetPort)
{
    const QString failed = inThread(m_worker, [&] { return m_worker->listen(targetPort); });
    m_port = inThread(m_worker, [this] { return m_worker->port(); });
    return failed;
}

QString LinkProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

void LinkProxy::retarget(quint16 targetPort)
{
    inThread(m_worker, [&] {
        m_worker->setTarget(targetPort);
        return true;
    });
}

void LinkProxy::cutAt(const QByteArray& marker, int occurrence, Cut where)
{
    inThread(m_worker, [&] {
        m_worker->cutAt(marker, occurrence, where);
        return true;
    });
}

void LinkProxy::cut()
{
    inThread(m_worker, [this] {
        m_worker->setCut(true);
        return true;
    });
}

void LinkProxy::resume()
{
    inThread(m_worker, [this] {
        m_worker->setCut(false);
        return true;
    });
}

bool LinkProxy::isCut() const
{
    return inThread(m_worker, [this] { return m_worker->isCut(); });
}

int LinkProxy::requestsSeen() const
{
    return inThread(m_worker, [this] { return m_worker->seen(); });
}

}  // namespace sitesync::test
