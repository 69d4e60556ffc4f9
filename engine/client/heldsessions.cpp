#include "client/heldsessions.h"

#include <QHash>

#include <mutex>

namespace sitesync {

namespace {

// More than a central issues; a longer header is not worth keeping.
constexpr qsizetype kMaxTokenBytes = 1024;

std::mutex& guard()
{
    static std::mutex mutex;
    return mutex;
}

QHash<QString, QByteArray>& held()
{
    static QHash<QString, QByteArray> tokens;
    return tokens;
}

QString keyOf(const QUrl& central, int siteId, const QString& hardwareId)
{
    return central.adjusted(QUrl::StripTrailingSlash).toString() + QLatin1Char('\n') + QString::number(siteId) +
           QLatin1Char('\n') + hardwareId;
}

}  // namespace

QByteArray HeldSessions::token(const QUrl& central, int siteId, const QString& hardwareId)
{
    std::lock_guard lock(guard());
    return held().value(keyOf(central, siteId, hardwareId));
}

void HeldSessions::keep(const QUrl& central, int siteId, const QString& hardwareId, const QByteArray& token)
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return;
    std::lock_guard lock(guard());
    held().insert(keyOf(central, siteId, hardwareId), token);
}

}  // namespace sitesync
