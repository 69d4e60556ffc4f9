#pragma once

#include "core/result.h"
#include "db/database.h"

#include <memory>

namespace sitesync {

// Removes a database file with its write-ahead files.
void removeDatabaseFiles(const QString& path);

// A database file being initialised as a site: created when missing, refused when it already holds
// a site, and removed again (with its write-ahead files) unless initialisation completes, so a
// failed `init` leaves nothing behind.
class NewSiteDatabase {
public:
    static Result<NewSiteDatabase> create(const QString& path);
    NewSiteDatabase(NewSiteDatabase&&) = default;
    ~NewSiteDatabase();

    Database& database() { return *m_db; }
    // Initialisation completed: keep the file, and close this connection so the site can be opened.
    void keep();

private:
    NewSiteDatabase(QString path, bool created, std::unique_ptr<Database> db);

    QString m_path;
    bool m_created = false;
    bool m_kept = false;
    std::unique_ptr<Database> m_db;
};

}  // namespace sitesync
