#include "server/authenticator.h"

#include "db/database.h"
#include "security/passwordhash.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

namespace sitesync {

Q_LOGGING_CATEGORY(lcAuth, "sitesync.engine.server.auth", QtWarningMsg)

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::Authenticator)
};

using protocol::ErrorCode;

QByteArray randomKey()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

Authenticator::Verdict refused(Authenticator::Failure failure)
{
    Authenticator::Verdict verdict;
    verdict.failure = std::move(failure);
    return verdict;
}

}  // namespace

struct Authenticator::SiteLogin {
    QString passwordHash;
    QString hardwareId;  // the machine it is bound to; empty when unbound
    QString boundAt;     // when it was bound (initialised_at)
};

Authenticator::Authenticator(Clock clock)
    : m_clock(clock)
    , m_cacheKey(randomKey())
    , m_throttle(std::move(clock))
{
}

Status Authenticator::prepare(Database& db)
{
    const Result<QByteArray> key = SessionTokens::loadKey(db);
    if (!key)
        return key.error();
    return {};
}

qint64 Authenticator::derivations() const
{
    std::lock_guard lock(m_mutex);
    return m_derivations;
}

std::optional<Authenticator::Failure> Authenticator::throttled(const LoginThrottle::Standing& standing)
{
    const int wait = standing.waitSeconds;
    if (wait <= 0)
        return std::nullopt;
    return Failure{ErrorCode::Throttled, Text::tr("Too many failed logins; try again in %1 seconds.").arg(wait), wait};
}

void Authenticator::countFailure(Database& db, const QHostAddress& peer, int siteId)
{
    // The login is refused all the same; only its count is lost.
    if (Status s = m_throttle.fail(db, peer, siteId); !s)
        qCWarning(lcAuth).noquote() << "a failed login was not counted:" << s.error().message;
}

std::optional<Authenticator::Failure> Authenticator::unserved(const QByteArray& version, int* protocolVersion)
{
    // Refused in words a site of any version shows as they are: a site too old for this central
    // shows the central's message (docs/protocol.md "Versions").
    const QByteArray named = version.trimmed();
    const protocol::VersionRange served = protocol::servedVersions();
    const QString central = QStringLiteral(SITESYNC_VERSION);
    if (named.isEmpty())
        return Failure{ErrorCode::IncompatibleVersion,
                       Text::tr("This request does not come from SiteSync: it names no protocol version. A proxy "
                                "between the site and the central server (SiteSync %1, protocol %2 to %3) may "
                                "remove the %4 header; it must pass it on.")
                           .arg(central)
                           .arg(served.oldest)
                           .arg(served.current)
                           .arg(QString::fromLatin1(protocol::kVersionHeader))};
    const bool digits = std::all_of(named.begin(), named.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits)
        return Failure{ErrorCode::MalformedBody,
                       Text::tr("The request names protocol version '%1', which is not a version number: it was not "
                                "sent by SiteSync, or was altered on its way.")
                           .arg(QString::fromLatin1(named.left(20)))};
    bool fits = false;
    *protocolVersion = named.toInt(&fits);
    if (fits && served.serves(*protocolVersion))
        return std::nullopt;
    // A number too large for an int is newer than any version this program knows.
    if (!fits || *protocolVersion > served.current)
        return Failure{ErrorCode::IncompatibleVersion,
                       Text::tr("The site runs a newer SiteSync than this central server (SiteSync %1, protocol %2 "
                                "to %3; the site speaks protocol %4). Upgrade the central server first, to the "
                                "site's SiteSync version or later, then sync the site again.")
                           .arg(central)
                           .arg(served.oldest)
                           .arg(served.current)
                           .arg(QString::fromLatin1(named.left(20)))};
    return Failure{ErrorCode::IncompatibleVersion,
                   Text::tr("The site runs a SiteSync too old for this central server (SiteSync %1, protocol %2 to "
                            "%3; the site speaks protocol %4). Upgrade SiteSync on the site to %5 or later, then "
                            "sync it again.")
                       .arg(central)
                       .arg(served.oldest)
                       .arg(served.current)
                       .arg(*protocolVersion)
                       .arg(protocol::firstReleaseSpeaking(served.oldest))};
}

const SessionTokens* Authenticator::tokens(Database& db)
{
    const QDateTime now = m_clock();
    {
        std::lock_guard lock(m_mutex);
        if (m_tokens)
            return m_tokens.get();
        // A key that could not be had is asked for again only now and then, not at every request.
        if (m_keyRetry.isValid() && now < m_keyRetry)
            return nullptr;
    }
    // Read outside the lock: the first calls of several threads may each read it, and all read the
    // same key (SessionTokens::loadKey).
    const Result<QByteArray> key = SessionTokens::loadKey(db);
    std::lock_guard lock(m_mutex);
    if (!key) {
        // Sites still log in with their passwords; they only pay a derivation after each restart.
        qCWarning(lcAuth).noquote() << "no session tokens for now: their key cannot be read or created:"
                                    << key.error().message;
        m_keyRetry = now.addSecs(60);
        return nullptr;
    }
    if (!m_tokens)
        m_tokens = std::make_unique<const SessionTokens>(*key);
    return m_tokens.get();
}

bool Authenticator::tokenHolds(Database& db, const Attempt& attempt, int siteId, const QString& hardware)
{
    const SessionTokens* signer = tokens(db);
    if (!signer)
        return false;
    // The signature first: a forged token costs one HMAC and no database read.
    const std::optional<SessionTokens::Claims> claims = signer->read(attempt.session);
    if (!claims || claims->siteId != siteId || claims->hardwareId != hardware || hardware.isEmpty() ||
        claims->expires <= m_clock())
        return false;
    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral(
        "SELECT password_hash, coalesce(hardware_id, ''), coalesce(initialised_at, '') FROM site WHERE id = ? "
        "AND is_central = 0"));
    query.addBindValue(siteId);
    if (!query.exec() || !query.next())
        return false;
    // Bound to that machine still, with the same password and binding as when the token was issued.
    return query.value(1).toString() == hardware &&
           signer->fingerprint(query.value(0).toString(), hardware, query.value(2).toString()) == claims->fingerprint;
}

QByteArray Authenticator::issueToken(Database& db, int siteId, const SiteLogin& site)
{
    const SessionTokens* signer = tokens(db);
    if (!signer)
        return {};
    return signer->issue({siteId, site.hardwareId, m_clock().addSecs(SessionTokens::kLifetimeSeconds),
                          signer->fingerprint(site.passwordHash, site.hardwareId, site.boundAt)});
}

Authenticator::Verdict Authenticator::authenticate(Database& db, const Attempt& attempt, bool requireBinding,
                                                   bool mayDerive)
{
    int protocolVersion = 0;
    if (auto unservedVersion = unserved(attempt.version, &protocolVersion))
        return refused(*unservedVersion);

    const QByteArray& authorization = attempt.authorization;
    const QByteArray credentials =
        authorization.startsWith("Basic ") ? QByteArray::fromBase64(authorization.mid(6).trimmed()) : QByteArray();
    const qsizetype colon = credentials.indexOf(':');
    bool numeric = false;
    const int siteId = colon > 0 ? credentials.left(colon).toInt(&numeric) : 0;
    const QString hardware = QString::fromUtf8(attempt.hardware).trimmed();

    // A valid token is let in even from a throttled address. The throttle is there to stop password
    // guessing, and a token checks no password: it proves that the site's password was given from
    // that machine within the token's lifetime, which no number of guesses can forge. So a site
    // that shares its address with whoever floods the central (one router for a whole clinic) keeps
    // syncing (OPS-6). A token that does not hold counts as nothing, neither failure nor success:
    // the password decides, as if no token had been sent.
    if (numeric && siteId > 0 && !attempt.session.isEmpty() && tokenHolds(db, attempt, siteId, hardware)) {
        Verdict verdict;
        verdict.outcome = Outcome::Accepted;
        verdict.identity = {siteId, hardware, protocolVersion};
        return verdict;
    }

    // Refused before any slow hash: a throttled address costs the central one read. The failures
    // are those made against every server process serving this database (LoginThrottle).
    const int named = numeric && siteId > 0 ? siteId : 0;
    const Result<LoginThrottle::Standing> standing = m_throttle.standing(db, attempt.peer, named);
    // A database that fails is the central's trouble, not a failed login: nothing is counted.
    if (!standing)
        return refused({ErrorCode::ServerError, standing.error().message});
    if (auto locked = throttled(*standing))
        return refused(*locked);
    if (named == 0) {
        countFailure(db, attempt.peer);
        return refused({ErrorCode::UnknownSite, Text::tr("The request names no site: send the site ID and password.")});
    }

    QSqlQuery query(db.sql());
    query.prepare(QStringLiteral("SELECT password_hash, coalesce(hardware_id, ''), coalesce(initialised_at, ''), "
                                 "is_central FROM site WHERE id = ?"));
    query.addBindValue(siteId);
    if (!query.exec())
        return refused({ErrorCode::ServerError, sqlErrorText(query)});
    if (!query.next() || query.value(3).toInt() == 1) {
        countFailure(db, attempt.peer);
        return refused(
            {ErrorCode::UnknownSite, Text::tr("Site %1 is not a remote site of this central server.").arg(siteId)});
    }
    SiteLogin site{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    query.finish();

    // The digest covers the stored hash, so a new password (a new hash) is derived again once.
    const QByteArray password = credentials.mid(colon + 1);
    const QByteArray digest = QMessageAuthenticationCode::hash(password + '\0' + site.passwordHash.toUtf8(), m_cacheKey,
                                                               QCryptographicHash::Sha256);
    bool known = false;
    {
        std::lock_guard lock(m_mutex);
        known = m_verified.value(siteId) == digest;
        if (!known && mayDerive)
            ++m_derivations;
    }
    if (!known) {
        // Not counted as a failure: the login lane decides it.
        if (!mayDerive) {
            Verdict verdict;
            verdict.outcome = Outcome::NeedsDerivation;
            return verdict;
        }
        // Outside the lock: the other threads go on answering while this one derives. (Logins
        // derived at the same time from one address each passed the throttle before any failed, so
        // an address may cost as many derivations past its limit as the central derives at once.)
        if (!PasswordHash::verify(QString::fromUtf8(password), site.passwordHash)) {
            countFailure(db, attempt.peer, siteId);
            return refused({ErrorCode::WrongPassword, Text::tr("Wrong password for site %1.").arg(siteId)});
        }
        std::lock_guard lock(m_mutex);
        m_verified.insert(siteId, digest);
    }
    if (hardware.isEmpty())
        return refused({ErrorCode::WrongHardware, Text::tr("The request carries no hardware ID.")});
    if (!site.hardwareId.isEmpty() && site.hardwareId != hardware)
        return refused({ErrorCode::WrongHardware,
                        Text::tr("Site %1 is bound to another machine. A technician must reset its hardware binding "
                                 "on the central server before it can be used here.")
                            .arg(siteId)});
    if (site.hardwareId.isEmpty() && requireBinding)
        return refused({ErrorCode::NotInitialised,
                        Text::tr("Site %1 has not been initialised from this central server yet.").arg(siteId)});
    // Written only when there is something to forget: most logins find none, and write nothing.
    if (standing->siteFailed) {
        if (Status s = m_throttle.succeed(db, attempt.peer, siteId); !s)
            qCWarning(lcAuth).noquote() << "the failed logins of a site that logged in were not forgotten:"
                                        << s.error().message;
    }
    Verdict verdict;
    verdict.outcome = Outcome::Accepted;
    verdict.identity = {siteId, hardware, protocolVersion};
    // Initialising and binding write a new binding, which voids any token issued before it: the
    // site's next request, on the binding just made, earns its token.
    if (requireBinding)
        verdict.session = issueToken(db, siteId, site);
    return verdict;
}

}  // namespace sitesync
