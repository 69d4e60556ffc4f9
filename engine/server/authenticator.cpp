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
    , m_throttle(std::move(clock))
    , m_cacheKey(32, Qt::Uninitialized)
{
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_cacheKey.data()), m_cacheKey.size() / 4);
}

std::optional<Authenticator::Failure> Authenticator::throttled(const QHostAddress& peer, int siteId) const
{
    const int wait = m_throttle.wait(peer, siteId);
    if (wait <= 0)
        return std::nullopt;
    return Failure{ErrorCode::Throttled, Text::tr("Too many failed logins; try again in %1 seconds.").arg(wait), wait};
}

bool Authenticator::passwordMatches(int siteId, const QByteArray& password, const QString& hash)
{
    // The digest covers the stored hash, so a new password (a new hash) is derived again once.
    const QByteArray digest =
        QMessageAuthenticationCode::hash(password + '\0' + hash.toUtf8(), m_cacheKey, QCryptographicHash::Sha256);
    if (m_verified.value(siteId) == digest)
        return true;
    ++m_derivations;
    if (!PasswordHash::verify(QString::fromUtf8(password), hash))
        return false;
    m_verified.insert(siteId, digest);
    return true;
}

std::optional<Authenticator::Failure> Authenticator::authenticate(const QHttpServerRequest& request,
                                                                  bool requireBinding, Identity* identity)
{
    return authenticate(Attempt{request.remoteAddress(), request.value(protocol::kVersionHeader),
                                request.value("Authorization"), request.value(protocol::kHardwareHeader)},
                        requireBinding, identity);
}

std::optional<Authenticator::Failure> Authenticator::authenticate(const Attempt& attempt, bool requireBinding,
                                                                  Identity* identity)
{
    const QByteArray& version = attempt.version;
    if (version != QByteArray::number(protocol::kVersion))
        return Failure{ErrorCode::IncompatibleVersion,
                       Text::tr("This central server speaks SiteSync protocol %1; the site sent '%2'. Install the "
                                "same SiteSync version on both.")
                           .arg(protocol::kVersion)
                           .arg(QString::fromLatin1(version.left(20)))};
    if (auto locked = throttled(attempt.peer))
        return locked;

    const QByteArray& authorization = attempt.authorization;
    const QByteArray credentials =
        authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6).trimmed()) : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    bool numeric = false;
    const int siteId = colon > 0 ? credentials.left(colon).toInt(&numeric) : 0;
    if (!numeric || siteId <= 0) {
        m_throttle.fail(attempt.peer);
        return Failure{ErrorCode::UnknownSite, Text::tr("The request names no site: send the site ID and password.")};
    }
    // Refused before any slow hash: a throttled address costs the central next to nothing.
    if (auto locked = throttled(attempt.peer, siteId))
        return locked;

    QSqlQuery query(m_db.sql());
    query.prepare(QStringLiteral("SELECT password_hash, hardware_id, is_central FROM site WHERE id = ?"));
    query.addBindValue(siteId);
    if (!query.exec() || !query.next() || query.value(2).toInt() == 1) {
        m_throttle.fail(attempt.peer);
        return Failure{ErrorCode::UnknownSite,
                       Text::tr("Site %1 is not a remote site of this central server.").arg(siteId)};
    }
    const QString hash = query.value(0).toString();
    const QString boundHardware = query.value(1).toString();
    if (!passwordMatches(siteId, credentials.mid(colon + 1), hash)) {
        m_throttle.fail(attempt.peer, siteId);
        return Failure{ErrorCode::WrongPassword, Text::tr("Wrong password for site %1.").arg(siteId)};
    }
    const QString hardware = QString::fromUtf8(attempt.hardware).trimmed();
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
    m_throttle.succeed(attempt.peer, siteId);
    identity->siteId = siteId;
    identity->hardwareId = hardware;
    return std::nullopt;
}

}  // namespace sitesync
