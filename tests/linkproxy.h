#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QThread;

namespace sitesync::test {

class LinkProxyWorker;

// A TCP proxy on 127.0.0.1 between a site and a central, in a thread of its own, that can cut the
// link the way a dead line does: while cut, every connection stays open and nothing passes either
// way (what is sent waits in the proxy), and new connections are accepted and held the same. When
// the link comes back, what waited on connections still open passes, and everything after.
class LinkProxy {
public:
    // Where the cut comes, relative to the request it is set on.
    enum class Cut {
        BeforeRequest,  // the request never reaches the central
        BeforeAnswer,   // the central receives the request and handles it; its answer never arrives
    };

    LinkProxy();
    ~LinkProxy();
    LinkProxy(const LinkProxy&) = delete;
    LinkProxy& operator=(const LinkProxy&) = delete;

    // Listens on an ephemeral port of 127.0.0.1 and forwards to `targetPort` there; "" or why not.
    QString start(quint16 targetPort);
    QString url() const;
    // Forwards the connections made from now on to `targetPort`, as a load balancer in front of
    // several servers would; those open stay with the server they reached.
    void retarget(quint16 targetPort);

    // Cuts the link at the `occurrence`th request from now whose first line contains `marker`.
    void cutAt(const QByteArray& marker, int occurrence, Cut where);
    void cut();
    void resume();
    bool isCut() const;
    // How many requests whose first line contained the marker have passed or been held.
    int requestsSeen() const;

private:
    std::unique_ptr<QThread> m_thread;
    LinkProxyWorker* m_worker = nullptr;
    quint16 m_port = 0;
};

}  // namespace sitesync::test
