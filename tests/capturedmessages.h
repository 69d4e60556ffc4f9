#pragma once

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

namespace sitesync::test {

// The messages of Qt's logging that `keep` picks, while it is alive (one at a time). Every message
// still goes on to the handler that was there before. Messages from other threads are kept too.
class CapturedMessages {
public:
    using Filter = bool (*)(QtMsgType type, const QByteArray& category);
    explicit CapturedMessages(Filter keep)
    {
        const QMutexLocker lock(&s_mutex);
        s_keep = keep;
        s_seen.clear();
        s_previous = qInstallMessageHandler(&CapturedMessages::handle);
    }
    ~CapturedMessages() { qInstallMessageHandler(s_previous); }
    CapturedMessages(const CapturedMessages&) = delete;
    CapturedMessages& operator=(const CapturedMessages&) = delete;

    QStringList seen() const
    {
        const QMutexLocker lock(&s_mutex);
        return s_seen;
    }
    void clear()
    {
        const QMutexLocker lock(&s_mutex);
        s_seen.clear();
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        {
            const QMutexLocker lock(&s_mutex);
            if (s_keep(type, QByteArray(context.category)))
                s_seen << message;
        }
        s_previous(type, context, message);
    }
    static inline Filter s_keep = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
    static inline QStringList s_seen;
    static inline QMutex s_mutex;
};

}  // namespace sitesync::test
