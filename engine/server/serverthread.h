#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QSemaphore>
#include <QThread>

namespace sitesync {

// A central server running in a thread of its own, for programs that are also a client of it in
// the same process (the demo). It opens the database in that thread and stops with the thread.
class ServerThread : public QThread {
    Q_OBJECT

public:
    ~ServerThread() override;

    // Starts serving the database on the address (port 0: any free port) and returns the port.
    Result<quint16> serve(const QString& databasePath, const QHostAddress& address, quint16 port = 0);
    void stop();

protected:
    void run() override;

private:
    QString m_path;
    QHostAddress m_address;
    quint16 m_port = 0;
    Error m_error;
    QSemaphore m_ready;
};

}  // namespace sitesync
