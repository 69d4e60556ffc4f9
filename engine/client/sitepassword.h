#pragma once

#include "core/result.h"

#include <QString>

namespace sitesync {

class CredentialStore;
class SiteSession;

// A remote site's password in the keychain (SEC-1): read for every synchronisation, with what to do
// when it is not there, and stored again by a technician once the central server accepts it.
class SitePassword {
public:
    // The password of the session's site; NotFound, naming the command that stores it again, when
    // the keychain holds none.
    static Result<QString> read(SiteSession& session, CredentialStore& credentials);
    // Checks `password` with the central server in a real request (the contact every sync starts
    // with) and only then stores it; a password the central refuses changes nothing.
    static Status store(SiteSession& session, CredentialStore& credentials, const QString& password);
};

}  // namespace sitesync
