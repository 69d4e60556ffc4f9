#include "credentials/credentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace sitesync {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sitesync::SystemdCredentialStore)
};

}  // namespace

const QString SystemdCredentialStore::kName = QStringLiteral("sitesync-site-password");

SystemdCredentialStore::SystemdCredentialStore()
    : SystemdCredentialStore(qEnvironmentVariable("CREDENTIALS_DIRECTORY"))
{
}

SystemdCredentialStore::SystemdCredentialStore(QString directory)
    : m_directory(std::move(directory))
{
}

bool SystemdCredentialStore::holdsPassword() const
{
    return !fileOf(kName).isEmpty();
}

QString SystemdCredentialStore::fileOf(const QString& name) const
{
    if (m_directory.isEmpty())
        return {};
    const QString path = QDir(m_directory).filePath(name);
    return QFile::exists(path) ? path : QString();
}

QString SystemdCredentialStore::absence() const
{
    if (m_directory.isEmpty())
        return Text::tr("no systemd credential '%1': not run by a service that loads one (CREDENTIALS_DIRECTORY is "
                        "not set)")
            .arg(kName);
    return Text::tr("no systemd credential '%1' in %2").arg(kName, m_directory);
}

Result<QString> SystemdCredentialStore::read(const QString&)
{
    const QString path = fileOf(kName);
    if (path.isEmpty())
        return makeError(ErrorKind::NotFound, absence());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Database,
            Text::tr("The systemd credential %1 cannot be read: %2").arg(file.fileName(), file.errorString()));
    // `systemd-creds encrypt` keeps what it was given, and a password typed or echoed ends with a
    // line break that is not part of it.
    QString secret = QString::fromUtf8(file.readAll());
    if (secret.endsWith(QLatin1Char('\n')))
        secret.chop(1);
    if (secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    if (secret.isEmpty())
        return makeError(ErrorKind::NotFound, Text::tr("The systemd credential %1 is empty.").arg(file.fileName()));
    return secret;
}

Status SystemdCredentialStore::write(const QString& key, const QString& secret)
{
    const Result<QString> held = read(key);
    if (held && *held == secret)
        return {};
    return makeError(ErrorKind::Refused,
                     Text::tr("The site password comes from the systemd credential '%1', which holds another password "
                              "(or none). Make the credential again with 'systemd-creds encrypt --name=%1 - FILE' and "
                              "restart the service.")
                         .arg(kName));
}

Status SystemdCredentialStore::remove(const QString&)
{
    return makeError(ErrorKind::Refused,
                     Text::tr("The systemd credential '%1' is read-only; remove its file and the service's "
                              "LoadCredentialEncrypted= line instead.")
                         .arg(kName));
}

}  // namespace sitesync
