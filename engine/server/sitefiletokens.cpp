#include "server/sitefiletokens.h"

#include "server/pullservice.h"
#include "server/sitebinding.h"
#include "site/sitesession.h"
#include "sync/siteledger.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace sitesync {

namespace {

// The texts keep the translation context they were written under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SyncService)
};

}  // namespace

Result<QString> SiteFileTokens::beginExport(int siteId)
{
    if (!m_session.site().isCentral())
        return makeError(ErrorKind::BadInput, Text::tr("Site data files are made on the central server."));
    const QString token = QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                              QByteArray::number(QRandomGenerator::system()->generate64(), 16));
    // Checked and started under the write lock, so that no initialisation comes in between.
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        const Result<QJsonObject> stored = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
        if (!stored)
            return stored.error();
        const QJsonObject& site = *stored;
        if (site.isEmpty())
            return makeError(ErrorKind::NotFound, Text::tr("There is no site %1.").arg(siteId));
        if (site.value(QLatin1String("is_central")).toInt() == 1)
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is the central server itself.").arg(siteId));
        if (site.value(QLatin1String("type")).toString() != QLatin1String("desktop"))
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is a mobile site: a mobile site is initialised "
                                                          "from the central server over the network, not from a "
                                                          "file.")
                                                     .arg(siteId));
        if (!site.value(QLatin1String("hardware_id")).toString().isEmpty())
            return makeError(ErrorKind::Invalid, Text::tr("Site %1 is in use on a machine. To set it up on a new "
                                                          "machine, reset its hardware binding first.")
                                                     .arg(siteId));
        if (Status restarted = SiteBinding(m_session).restartPull(siteId); !restarted)
            return restarted;
        return LocalState::set(m_session.database(), SiteRegistry::exportTokenKey(siteId), token);
    });
    if (!s)
        return s.error();
    return token;
}

Result<QByteArray> SiteFileTokens::pullForExport(int siteId, const QJsonObject& body)
{
    // The file is opened by a program of this version or a later one: a database is never opened
    // by an older program (db/database.h).
    return PullService(m_session).serve(siteId, body, false, protocol::kVersion);
}

Status SiteFileTokens::finishExport(int siteId, const QString& token, qint64 cursor, qint64 queueCursor)
{
    return m_session.writer().inOneTransaction([&]() -> Status {
        const Result<QJsonObject> stored = m_session.writer().fetch(QStringLiteral("site"), QString::number(siteId));
        if (!stored)
            return stored.error();
        const QJsonObject& site = *stored;
        if (LocalState::get(m_session.database(), SiteRegistry::exportTokenKey(siteId)) != token ||
            !site.value(QLatin1String("hardware_id")).toString().isEmpty())
            return makeError(ErrorKind::Refused, Text::tr("Site %1 was initialised, exported again or changed while "
                                                          "its data file was written; the file was removed.")
                                                     .arg(siteId));
        return SiteLedger(m_session.database()).confirmStored(siteId, cursor, queueCursor);
    });
}

Result<QJsonObject> SiteFileTokens::bindImported(int siteId, const QString& hardwareId, const QJsonObject& body,
                                                 int protocolVersion)
{
    const QString token = body.value(QLatin1String("export_token")).toString();
    // After the binding the token is kept with the machine it bound, so that a request repeated
    // after a lost answer is answered again, until the site first pushes.
    const QString boundToken = token + QStringLiteral(" bound ") + hardwareId;
    Database& db = m_session.database();
    SiteBinding binding(m_session);
    Status s = m_session.writer().inOneTransaction([&]() -> Status {
        const QString expected = LocalState::get(db, SiteRegistry::exportTokenKey(siteId));
        bool repeated = false;
        if (!token.isEmpty() && expected == boundToken) {
            const Result<qint64> pushed = SiteLedger(db).acknowledgedSeq(siteId);
            repeated = pushed && *pushed == 0;
        }
        if (!repeated && (token.isEmpty() || expected != token))
            return makeError(ErrorKind::Refused, Text::tr("This is not the latest site data file of site %1, or it was "
                                                          "imported already. Export the site again on the central "
                                                          "server.")
                                                     .arg(siteId));
        if (Status bound = binding.bind(siteId, hardwareId); !bound)
            return bound;
        return LocalState::set(db, SiteRegistry::exportTokenKey(siteId), boundToken);
    });
    if (!s)
        return s.error();
    return binding.describe(siteId, protocolVersion);
}

}  // namespace sitesync
