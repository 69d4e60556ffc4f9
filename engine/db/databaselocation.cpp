#include "db/databaselocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace sitesync {

namespace {

// The libpq settings an address may carry after '?'; anything else is a typing mistake.
bool isKnownSetting(const QString& key)
{
    static const QStringList known = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),           QStringLiteral("sslcrl"),          QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("passfile"),        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),       QStringLiteral("keepalives_idle"), QStringLiteral("options"),
    };
    return known.contains(key);
}

}  // namespace

void DatabaseLocation::applyTo(QSqlDatabase& db) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(databaseName);
    db.setConnectOptions(options);
}

QString DatabaseLocation::shortName() const
{
    if (isPostgres())
        return QStringLiteral("%1 (PostgreSQL)").arg(databaseName);
    return QFileInfo(text).fileName();
}

bool DatabaseLocation::isAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    location.text = text;
    if (!isAddress(text))
        return location;
    location.engine = SqlEngine::PostgreSQL;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return makeError(ErrorKind::BadInput, QStringLiteral("%1 is not a PostgreSQL address: %2. Write it as "
                                                             "postgresql://user@host:port/database.")
                                                  .arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return makeError(ErrorKind::BadInput,
                         QStringLiteral("The PostgreSQL address holds a password. Leave it out: it would show in "
                                        "process lists and logs. Put it in ~/.pgpass (or the file PGPASSFILE names) "
                                        "instead."));
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.databaseName = url.path().mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(QLatin1Char('/')))
        return makeError(
            ErrorKind::BadInput,
            QStringLiteral("The PostgreSQL address %1 names no database: end it with /DATABASE.").arg(text));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            location.host = value;
            continue;
        }
        if (key == QLatin1String("port")) {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok)
                return makeError(ErrorKind::BadInput, QStringLiteral("The port in %1 is not a number.").arg(text));
            continue;
        }
        if (key == QLatin1String("password"))
            return makeError(ErrorKind::BadInput,
                             QStringLiteral("The PostgreSQL address holds a password. Leave it out and put it in "
                                            "~/.pgpass (or the file PGPASSFILE names) instead."));
        if (!isKnownSetting(key))
            return makeError(ErrorKind::BadInput,
                             QStringLiteral("The PostgreSQL address %1 has a setting SiteSync does not pass on: %2.")
                                 .arg(text, key));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\'')))
            return makeError(ErrorKind::BadInput,
                             QStringLiteral("The setting %1 in %2 holds a space, quote or ';'.").arg(key, text));
        options << QStringLiteral("%1=%2").arg(key, value);
    }
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        options << QStringLiteral("application_name=sitesync");
    location.options = options.join(QLatin1Char(';'));
    return location;
}

}  // namespace sitesync
