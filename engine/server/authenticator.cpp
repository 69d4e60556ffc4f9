#include "server/authenticator.h"

#include "db/database.h"
#include "security/passwordhash.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::Authenticator)
};

using protocol::ErrorCode;

}  // namespace

Authenticator::Authenticator(Database& db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_cacheKey(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_cacheKey.data()), m_cacheKey.size() / 4);
}

std::optional<Authenticator::Failure> Authenticator::throttled(const QString& key)
{
    const auto it = m_strikes.constFind(key);
    if (it == m_strikes.constEnd() || !it->lockedUntil.isValid())
        return std::nullopt;
    const qint64 wait = m_clock().secsTo(it->lockedUntil);
    if (wait <= 0)
        return std::nullopt;
    return Failure{ErrorCode::Throttled, Text::tr("Too many failed logins; try again in %1 seconds.").arg(wait),
                   int(wait)};
}

void Authenticator::strike(const QString& key)
{
    const QDateTime now = m_clock();
    Strikes& strikes = m_strikes[key];
    if (!strikes.first.isValid() || strikes.first.secsTo(now) > kWindowSeconds) {
        strikes.count = 0;
        strikes.first = now;
    }
    // Many sites may share one address behind a router, so an address gets more room than a site.
    const int limit = key.startsWith(QLatin1String("peer:")) ? kMaxFailures * 4 : kMaxFailures;
    if (++strikes.count >= limit) {
        strikes.lockedUntil = now.addSecs(kLockoutSeconds);
        strikes.count = 0;
        strikes.first = QDateTime();
    }
}

std::optional<Authenticator::Failure> Authenticator::authenticate(const QHttpServerRequest& request,
                                                                  bool requireBinding, Identity* identity)
{
    const QByteArray version = request.value(protocol::kVersionHeader);
    if (version != QByteArray::number(protocol::kVersion))
        return Failure{ErrorCode::IncompatibleVersion,
                       Text::tr("This central server speaks SiteSync protocol %1; the site sent '%2'. Install the "
                                "same SiteSync version on both.")
                           .arg(protocol::kVersion)
                           .arg(QString::fromLatin1(version.left(20)))};
    const QString peerKey = QStringLiteral("peer:") + request.remoteAddress().toString();
    if (auto locked = throttled(peerKey))
        return locked;

    const QByteArray authorization = request.value("Authorization");
    const QByteArray credentials =
        authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6).trimmed()) : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    bool numeric = false;
    const int siteId = colon > 0 ? credentials.left(colon).toInt(&numeric) : 0;
    if (!numeric || siteId <= 0) {
        strike(peerKey);
        return Failure{ErrorCode::UnknownSite, Text::tr("The request names no site: send the site ID and password.")};
    }
    const QString siteKey = QStringLiteral("site:%1").arg(siteId);
    if (auto locked = throttled(siteKey))
        return locked;

    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT password_hash, hardware_id, is_central FROM site WHERE id = ?"));
    query.addBindValue(siteId);
    if (!query.exec() || !query.next() || query.value(2).toInt() == 1) {
        strike(peerKey);
        return Failure{ErrorCode::UnknownSite,
                       Text::tr("Site %1 is not a remote site of this central server.").arg(siteId)};
    }
    const QString hash = query.value(0).toString();
    const QString boundHardware = query.value(1).toString();
    const QByteArray password = credentials.mid(colon + 1);
    const QByteArray digest =
        QMessageAuthenticationCode::hash(password + '\0' + hash.toUtf8(), m_cacheKey, QCryptographicHash::Sha256);
    if (m_verified.value(siteId) != digest) {
        if (!PasswordHash::verify(QString::fromUtf8(password), hash)) {
            strike(siteKey);
            return Failure{ErrorCode::WrongPassword, Text::tr("Wrong password for site %1.").arg(siteId)};
        }
        m_verified.insert(siteId, digest);
    }
    const QString hardware = QString::fromUtf8(request.value(protocol::kHardwareHeader)).trimmed();
    if (hardware.isEmpty())
        return Failure{ErrorCode::WrongHardware, Text::tr("The request carries no hardware ID.")};
    if (!boundHardware.isEmpty() && boundHardware != hardware)
        return Failure{ErrorCode::WrongHardware,
                       Text::tr("Site %1 is bound to another machine. A technician must reset its hardware binding "
                                "on the central server before it can be used here.")
                           .arg(siteId)};
    if (boundHardware.isEmpty() && requireBinding)
        return Failure{ErrorCode::NotInitialised,
                       Text::tr("Site %1 has not been initialised from this central server yet.").arg(siteId)};
    m_strikes.remove(siteKey);
    identity->siteId = siteId;
    identity->hardwareId = hardware;
    return std::nullopt;
}

}  // namespace sitesync
