#include "server/serverthread.h"

#include "server/centralserver.h"
#include "site/sitesession.h"

namespace sitesync {

ServerThread::~ServerThread()
{
    stop();
}

Result<quint16> ServerThread::serve(const QString& databasePath, const QHostAddress& address, quint16 port)
{
    m_path = databasePath;
    m_address = address;
    m_port = port;
    start();
    m_ready.acquire();
    if (m_port == 0) {
        wait();
        return m_error;
    }
    return m_port;
}

void ServerThread::stop()
{
    if (isRunning()) {
        quit();
        wait();
    }
}

void ServerThread::run()
{
    Result<std::unique_ptr<SiteSession>> session = SiteSession::open(m_path);
    if (!session) {
        m_error = session.error();
        m_port = 0;
        m_ready.release();
        return;
    }
    CentralServer server(std::move(session).value());
    const Result<quint16> bound = server.listen(m_address, m_port);
    m_port = bound ? *bound : 0;
    if (!bound)
        m_error = bound.error();
    m_ready.release();
    if (bound)
        exec();
}

}  // namespace sitesync
