#include "site/newsitedatabase.h"

#include "model/localsite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace sitesync {

NewSiteDatabase::NewSiteDatabase(QString path, bool created, std::unique_ptr<Database> db)
    : m_path(std::move(path))
    , m_created(created)
    , m_db(std::move(db))
{
}

Result<NewSiteDatabase> NewSiteDatabase::create(const QString& path)
{
    // A PostgreSQL database is made by its administrator, and never removed here.
    const bool existed = DatabaseLocation::isAddress(path) || QFileInfo::exists(path);
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    NewSiteDatabase database(path, !existed, std::move(opened).value());
    if (LocalSite::load(database.database())) {
        database.m_kept = true;  // someone's site: never remove it
        return makeError(ErrorKind::Invalid, QCoreApplication::translate(
                                                 "sitesync::NewSiteDatabase",
                                                 "%1 is already initialised as a SiteSync site; nothing was changed.")
                                                 .arg(path));
    }
    return database;
}

void NewSiteDatabase::keep()
{
    m_kept = true;
    m_db.reset();
}

NewSiteDatabase::~NewSiteDatabase()
{
    if (!m_db && !m_kept)
        return;  // moved from
    m_db.reset();
    if (m_kept || !m_created)
        return;
    removeDatabaseFiles(m_path);
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
}

}  // namespace sitesync
