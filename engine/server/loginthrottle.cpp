#include "server/loginthrottle.h"

#include <algorithm>
#include <utility>

namespace sitesync {

LoginThrottle::LoginThrottle(Clock clock, qsizetype capacity)
    : m_clock(std::move(clock))
    , m_capacity(std::max<qsizetype>(capacity, 2))
{
}

QDateTime LoginThrottle::Strikes::expiry() const
{
    const QDateTime quiet = last.addSecs(kWindowSeconds);
    return lockouts == 0 ? quiet : std::max(quiet, lockedUntil.addSecs(kForgetLockoutsSeconds));
}

QString LoginThrottle::addressKey(const QHostAddress& peer)
{
    bool v4 = false;
    const quint32 ipv4 = peer.toIPv4Address(&v4);  // an IPv4-mapped IPv6 address too
    if (v4)
        return QHostAddress(ipv4).toString();
    if (peer.protocol() != QAbstractSocket::IPv6Protocol)
        return peer.toString();
    // One IPv6 network (a /64) is one source: its owner picks any address in it at will.
    Q_IPV6ADDR network = peer.toIPv6Address();
    std::fill(network.c + 8, network.c + 16, quint8(0));
    return QHostAddress(network).toString() + QLatin1String("/64");
}

int LoginThrottle::waitFor(const QString& key, const QDateTime& now) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd() || !it->lockedUntil.isValid())
        return 0;
    const qint64 milliseconds = now.msecsTo(it->lockedUntil);
    return milliseconds > 0 ? int((milliseconds + 999) / 1000) : 0;
}

int LoginThrottle::wait(const QHostAddress& peer, int siteId) const
{
    const QDateTime now = m_clock();
    const QString address = addressKey(peer);
    int seconds = waitFor(address, now);
    if (siteId != 0)
        seconds = std::max(seconds, waitFor(QString::number(siteId) + QLatin1Char('@') + address, now));
    return seconds;
}

void LoginThrottle::fail(const QHostAddress& peer, int siteId)
{
    const QDateTime now = m_clock();
    const QString address = addressKey(peer);
    strike(address, kMaxPerAddress, now);
    if (siteId != 0)
        strike(QString::number(siteId) + QLatin1Char('@') + address, kMaxPerSite, now);
}

void LoginThrottle::succeed(const QHostAddress& peer, int siteId)
{
    m_entries.remove(QString::number(siteId) + QLatin1Char('@') + addressKey(peer));
}

void LoginThrottle::strike(const QString& key, int limit, const QDateTime& now)
{
    if (!m_nextSweep.isValid() || now >= m_nextSweep)
        forgetExpired(now);
    if (!m_entries.contains(key) && m_entries.size() >= m_capacity)
        makeRoom(now);
    Strikes& strikes = m_entries[key];
    if (strikes.last.isValid() && now >= strikes.expiry())
        strikes = Strikes{};
    if (!strikes.first.isValid() || strikes.first.secsTo(now) >= kWindowSeconds) {
        strikes.count = 0;
        strikes.first = now;
    }
    strikes.last = now;
    if (++strikes.count < limit)
        return;
    ++strikes.lockouts;
    const qint64 seconds = qint64(kLockoutSeconds) << std::min(strikes.lockouts - 1, 20);
    strikes.lockedUntil = now.addSecs(std::min<qint64>(seconds, kMaxLockoutSeconds));
    strikes.count = 0;
    strikes.first = QDateTime();
}

void LoginThrottle::forgetExpired(const QDateTime& now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = now >= it->expiry() ? m_entries.erase(it) : std::next(it);
    m_nextSweep = now.addSecs(kWindowSeconds);
}

void LoginThrottle::makeRoom(const QDateTime& now)
{
    forgetExpired(now);
    if (m_entries.size() < m_capacity)
        return;
    // Still full (failures from very many addresses): the quarter that would be forgotten soonest goes,
    // so that making room stays cheap however long the flood.
    QList<std::pair<QDateTime, QString>> order;
    order.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        order.append({it->expiry(), it.key()});
    const qsizetype drop = std::max<qsizetype>(1, m_capacity / 4);
    std::nth_element(order.begin(), order.begin() + (drop - 1), order.end());
    for (qsizetype i = 0; i < drop; ++i)
        m_entries.remove(order.at(i).second);
}

}  // namespace sitesync
