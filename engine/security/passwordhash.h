#pragma once

#include <QByteArray>
#include <QString>

namespace sitesync {

// Salted PBKDF2-SHA256 password hashes, stored as "pbkdf2-sha256$<iterations>$<salt>$<hash>" (base64),
// so the cost can rise later without invalidating stored hashes.
class PasswordHash {
public:
    static QString create(const QString& password);
    static bool verify(const QString& password, const QString& stored);
    // Whether two secrets' bytes are equal, in a time that does not depend on where they first
    // differ (a digest compared byte by byte would tell a guesser how much of it was right).
    static bool equalInConstantTime(const QByteArray& a, const QByteArray& b);
    // The smallest password length SiteSync accepts for sites and the unlock password.
    static constexpr int kMinimumLength = 8;
};

}  // namespace sitesync
