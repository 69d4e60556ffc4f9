#include "server/sessiontokens.h"

#include "model/localsite.h"
#include "security/passwordhash.h"

#include <QList>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace sitesync {

Q_LOGGING_CATEGORY(lcTokens, "sitesync.engine.server.tokens", QtWarningMsg)

namespace {

// Kept with the central's other never-synced state; it never leaves the central.
const QString kKeyName = QStringLiteral("session_token_key");
constexpr qsizetype kKeyBytes = 32;
// Far more than a token holds (a hardware ID is 32 characters): anything longer is not looked at.
constexpr qsizetype kMaxTokenBytes = 1024;
const QByteArray kFormat = QByteArrayLiteral("1");

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray fromBase64(const QByteArray& text)
{
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(text, kBase64);
    return decoded ? decoded.decoded : QByteArray();
}

}  // namespace

Result<QByteArray> SessionTokens::loadKey(Database& db)
{
    QByteArray fresh(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(fresh.data()), kKeyBytes / 4);
    const QString freshText = QString::fromLatin1(fresh.toHex());
    const Result<QString> stored = LocalState::setIfAbsent(db, kKeyName, freshText);
    if (!stored)
        return stored.error();
    const QByteArray key = QByteArray::fromHex(stored->toLatin1());
    if (key.size() == kKeyBytes)
        return key;
    // Damaged (edited by hand, cut short): a new key costs each site one login with its password,
    // which is all a lost key ever costs, so it is replaced rather than refused. Replaced only
    // while it still holds the damaged text: of several connections or server processes that find
    // it damaged at once, all then sign with the one key that was stored first, so a token one of
    // them issues holds on the others.
    qCWarning(lcTokens) << "the key that signs session tokens was damaged and is replaced";
    const Result<QString> replaced = LocalState::replace(db, kKeyName, *stored, freshText);
    if (!replaced)
        return replaced.error();
    const QByteArray kept = QByteArray::fromHex(replaced->toLatin1());
    if (kept.size() != kKeyBytes)
        return makeError(ErrorKind::Database,
                         QStringLiteral("The key that signs session tokens (%1 in sync_state) is damaged and could "
                                        "not be replaced.")
                             .arg(kKeyName));
    return kept;
}

SessionTokens::SessionTokens(QByteArray key)
    : m_key(std::move(key))
{
}

QByteArray SessionTokens::sign(const QByteArray& data) const
{
    return QMessageAuthenticationCode::hash(data, m_key, QCryptographicHash::Sha256);
}

QByteArray SessionTokens::fingerprint(const QString& passwordHash, const QString& hardwareId,
                                      const QString& boundAt) const
{
    // 16 bytes tell one record from another as surely as 32; the token stays shorter.
    return sign(QByteArrayLiteral("site") + '\0' + passwordHash.toUtf8() + '\0' + hardwareId.toUtf8() + '\0' +
                boundAt.toUtf8())
        .left(16);
}

QByteArray SessionTokens::issue(const Claims& claims) const
{
    const QByteArray payload = kFormat + '.' + QByteArray::number(claims.siteId) + '.' +
                               QByteArray::number(claims.expires.toSecsSinceEpoch()) + '.' +
                               claims.fingerprint.toBase64(kBase64) + '.' +
                               claims.hardwareId.toUtf8().toBase64(kBase64);
    QByteArray token = payload + '.' + sign(payload).toBase64(kBase64);
    // One that would not be read back is not given: the password decides every time instead.
    return token.size() <= kMaxTokenBytes ? token : QByteArray();
}

std::optional<SessionTokens::Claims> SessionTokens::read(const QByteArray& token) const
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return std::nullopt;
    const qsizetype dot = token.lastIndexOf('.');
    if (dot <= 0)
        return std::nullopt;
    const QByteArray payload = token.left(dot);
    if (!PasswordHash::equalInConstantTime(fromBase64(token.mid(dot + 1)), sign(payload)))
        return std::nullopt;
    const QList<QByteArray> parts = payload.split('.');
    if (parts.size() != 5 || parts[0] != kFormat)
        return std::nullopt;
    bool siteOk = false;
    bool expiresOk = false;
    Claims claims;
    claims.siteId = parts[1].toInt(&siteOk);
    claims.expires = QDateTime::fromSecsSinceEpoch(parts[2].toLongLong(&expiresOk), Qt::UTC);
    claims.fingerprint = fromBase64(parts[3]);
    claims.hardwareId = QString::fromUtf8(fromBase64(parts[4]));
    if (!siteOk || !expiresOk || claims.siteId <= 0 || claims.fingerprint.isEmpty())
        return std::nullopt;
    return claims;
}

}  // namespace sitesync
