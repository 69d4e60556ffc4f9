#pragma once

#include "core/result.h"
#include "db/database.h"
#include "model/localsite.h"
#include "settings/siteregistry.h"
#include "settings/storemove.h"
#include "settings/storeregistry.h"
#include "settings/syncsettingseditor.h"
#include "sync/localcopies.h"
#include "transfer/storetransfers.h"
#include "write/recordreader.h"
#include "write/recordwriter.h"

#include <memory>

namespace sitesync {

// An open, initialised site database with its services wired together: the entry point for the
// command line and the GUI. Belongs to the thread that opened it.
class SiteSession {
public:
    static Result<std::unique_ptr<SiteSession>> open(const QString& path);
    // Creates a new central server database (TOP-1): the site, its role, and an optional unlock password.
    static Result<std::unique_ptr<SiteSession>> initCentral(const QString& path, int siteId, const QString& name,
                                                            const QString& unlockPassword);

    Database& database() { return *m_db; }
    LocalSite& site() { return *m_site; }
    RecordWriter& writer() { return *m_writer; }
    RecordReader& reader() { return m_reader; }
    SiteRegistry& sites() { return m_sites; }
    StoreRegistry& stores() { return m_stores; }
    SyncSettingsEditor& syncSettings() { return m_syncSettings; }
    LocalCopies& localCopies() { return m_localCopies; }
    StoreTransfers& storeTransfers() { return m_transfers; }
    // A store move on this database (the central's: AD-3).
    StoreMove storeMove() { return StoreMove({*m_db, *m_site, *m_writer, m_sites, m_syncSettings}); }

private:
    SiteSession(std::unique_ptr<Database> db, LocalSite site);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalSite> m_site;
    std::unique_ptr<RecordWriter> m_writer;
    RecordReader m_reader;
    SiteRegistry m_sites;
    StoreRegistry m_stores;
    SyncSettingsEditor m_syncSettings;
    LocalCopies m_localCopies;
    StoreTransfers m_transfers;
};

}  // namespace sitesync
