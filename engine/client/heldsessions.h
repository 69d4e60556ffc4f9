#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sitesync {

// The session tokens central servers gave this process (docs/protocol.md), the latest one per
// central, site and machine. Every connection of the process (a sync, its pull thread, the next
// sync) sends it, so that the central answers the site without deriving its password's hash, even
// after the central restarts. Kept in memory only: a token lost with the process costs the central
// one derivation at the site's next login, and a token never written down cannot leak from a disk.
// Thread-safe.
class HeldSessions {
public:
    // The token to send; empty when none was given.
    static QByteArray token(const QUrl& central, int siteId, const QString& hardwareId);
    // Keeps the token an answer carried in place of the one held.
    static void keep(const QUrl& central, int siteId, const QString& hardwareId, const QByteArray& token);
};

}  // namespace sitesync
