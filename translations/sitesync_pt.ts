<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>main</name>
    <message>
        <source>SiteSync administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiteSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of every page and dialog in DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display: the administration window cannot open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 (%2), %3 record(s) queued to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it where there is a display, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::Authenticator</name>
    <message>
        <source>Too many failed logins; try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This central server speaks SiteSync protocol %1; the site sent &apos;%2&apos;. Install the same SiteSync version on both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request names no site: send the site ID and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is not a remote site of this central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request carries no hardware ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is bound to another machine. A technician must reset its hardware binding on the central server before it can be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 has not been initialised from this central server yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::CentralConnection</name>
    <message>
        <source>Cannot reach the central server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::CentralServer</name>
    <message>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2 is not a PEM certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port in use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::DataClass</name>
    <message>
        <source>Central data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::DemoNetwork</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a demo network; choose an empty directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the central server (site %1), which is also the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding remote site 1 (site %1) and remote site 2 (site %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating Store A to Store F on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making stores visible to each other where the examples need transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting each store&apos;s sync settings as in the examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering items, their visibility, and opening stock in the stores active on the central.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::DemoRun</name>
    <message>
        <source>Serving the central server on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialising %1 (site %2) from the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entering stock on %1 in stores %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store C (remote site 2) sends stock to Store B (remote site 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising %1 (round %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::Integrator</name>
    <message>
        <source>The database undid the batch being stored; it is pulled again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received a change to record &apos;%1&apos; of &apos;%2&apos;, which this site has changed since its last push; the local data was kept and is sent to the central with the next push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s id does not match its envelope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::LocalSite</name>
    <message>
        <source>%1 holds no initialised site. Initialise it with &apos;sitesyncctl init central&apos; or &apos;sitesyncctl init remote&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::NewSiteDatabase</name>
    <message>
        <source>%1 is already initialised as a SiteSync site; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::OwnershipRules</name>
    <message>
        <source>%1 (%2) can only be changed on the primary server, site %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record names no store, so no site may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not known on this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store data of store &apos;%1&apos; can only be changed on site %2, where the store is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on site %2, where the home store is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync data can only be changed on the central server, site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message can only be changed on the site of its sending or receiving store, site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown data class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::RecordCodec</name>
    <message>
        <source>must be a single value, not an object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text (in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; in table &apos;%2&apos;. Its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::RecordReader</name>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::RecordWriter</name>
    <message>
        <source>another record already has the same value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change to &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; is changed with the site and store commands (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), not as a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; needs an &apos;id&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;id&apos; of a record must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record cannot move to another store (&apos;%1&apos; to &apos;%2&apos;); delete it and create it in the other store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: a record it refers to does not exist, or other records still refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insurance policy&apos;s home_store_id must be its patient&apos;s home store (&apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; keeps its type and store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change would turn %1 into %2; create a new record instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; belongs to the store and is not deleted on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::RemoteSync</name>
    <message>
        <source>The central server sent a malformed batch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server sent a batch without its cursors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server&apos;s address must be an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificate is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site was initialised, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the central server; remote sites sync with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation was cancelled; it continues next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server did not acknowledge the pushed records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SiteRegistry</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site&apos;s type is &apos;desktop&apos; or &apos;mobile&apos;, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is already the primary server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is the central server and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is the primary server and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 (%2) still has active stores: %3. Move them to another site first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is the central server; it has no binding.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SiteSession</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was altered outside SiteSync: the write guard of table &apos;%2&apos; is missing or changed, so changes may have bypassed the ownership rules. Restore a backup or re-initialise the site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::StockReports</name>
    <message>
        <source>Choose the first and the last month of the usage report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage report cannot start (%1) after it ends (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::StoreMove</name>
    <message>
        <source>Store &apos;%1&apos; is already active on site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store is moved on the central server, site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still wait for site %1: let it synchronise first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The central cannot see changes site %1 has not pushed yet: make sure it synchronised after its last data entry, and that nobody enters data on either site until the move is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collector copy on the &apos;From&apos; site keeps all of the store&apos;s sync traffic there; this is not normally wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new site&apos;s ID must be the &apos;To&apos; site.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::StoreRegistry</name>
    <message>
        <source>A store ID is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit; &apos;%1&apos; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store needs a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::StoreTransfers</name>
    <message>
        <source>Store &apos;%1&apos; has no name record yet; the transfer waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer invoice %1 was received as supplier invoice %2 of store %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requisition %1 was received as requisition %2 of store %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order %1 was received as customer invoice %2 of store %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SyncService</name>
    <message>
        <source>A pull names the cursor and queue_cursor it has stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull&apos;s stored cursors cannot be past the cursors it reads from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsEditor</name>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site holds no sync settings for store &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Include transactions in sync&apos; applies to dispensary stores only; store &apos;%1&apos; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is a mobile site and store &apos;%2&apos; is already active on it; a mobile site can have only one active store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every store exists on the central server: store &apos;%1&apos; needs a collector or transfer copy on site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be %2 on site %3: it is not visible to any store active there (ST-5). Make it visible to one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible to a store active on site %2, so it keeps at least a transfer copy there (ST-5). Remove that visibility first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is the active site of store &apos;%2&apos;, so its sync-with is Active/collector, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of store &apos;%1&apos; or the visibility they follow changed since the preview; look at the preview again before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsImpact</name>
    <message>
        <source>Sync settings are changed only on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not measure the change&apos;s effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 has never connected. Anything entered there for store &apos;%2&apos; and not yet pushed is lost to the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 last connected at %2. Make sure it has pushed all its changes to store &apos;%3&apos; and stopped data entry before the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 keeps a read-only collector copy: anything entered there for store &apos;%2&apos; after the move is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 is not initialised yet: the store&apos;s records wait for it until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos;&apos;s transactions, prescriptions, stock lines and stocktakes will stay on site %2 and no longer reach the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so there is no other copy to resend patient records to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SyncType</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWith</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active/collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWorker</name>
    <message>
        <source>Cancelled; the next synchronisation continues where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 and pulled %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync interval is 0 (paused) to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::UnlockGate</name>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong unlock passwords; try again after %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong unlock password. Unlocking is locked for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong unlock password (%1 of %2 attempts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::AboutDialog</name>
    <message>
        <source>About SiteSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Site %2, %3. Database schema version %4.&lt;br&gt;%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::DisplayText</name>
    <message>
        <source>central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ImpactDialog</name>
    <message>
        <source>Save the sync settings of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be active on site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving queues %n record(s) for remote sites.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n patient record(s) are resent to the store&apos;s active copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copy removed from the site (about %n record(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut down to transfers: about %n record(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New copy: the site receives the store&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::MainWindow</name>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SiteSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiteSync - site %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ReportsPage</name>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage is the quantity of finalised customer invoices and prescriptions, counted in the month each was finalised. Supplier invoices, inventory adjustments and invoices not yet finalised do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly usage per store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is reportable on this site: no store is active here and this site holds no collector copy of any. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>store name (sync type here)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports cover the stores active on this site and those it holds a collector copy of: %1. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>item code - item name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ScreenshotTour</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteWizard</name>
    <message>
        <source>What kind of site?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop site: a server or a single computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile site: a tablet running one store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 exists on the central server. No store is active on it yet: move stores to it with Move store... on the Stores page.

On the site&apos;s own machine, initialise it from the central server with its password:
  sitesyncctl init remote --central URL --site-id %1 --password-stdin
That binds the site to that machine (TOP-4) and pulls everything it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sync site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SitesPage</name>
    <message>
        <source>&lt;b&gt;Sync sites&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset hardware binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets the site be initialised on another machine (TOP-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a site with no active store that is neither the central nor the primary (TOP-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release site %1 from the machine it was initialised on? Until it is initialised again, no machine can sync as that site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 can now be initialised on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site %1? Its copies of stores and what waits for it are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreDialog</name>
    <message>
        <source>Store %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store records are edited on the primary server (ST-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreMoveWizard</name>
    <message>
        <source>Where does the store go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 is active on site %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To an existing site (the central server among them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a new site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays on site %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the site keeps nothing of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer: the store still transfers to and from stores on that site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector: a full read-only copy (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collector copy keeps all of the store&apos;s sync traffic on the &apos;From&apos; site, and anything entered there is refused. It is not normally wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site %1 after the move: no store will be active on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are both sites synchronised?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody enters data on either site until the move is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sites have received everything the central holds for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: let the sites synchronise, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlock password is set on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving store %1 and queuing its records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 is now active on site %2; %3 records wait for it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialise the new site from the central server (sitesyncctl init remote) with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 had no store left and was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move store %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoresPage</name>
    <message>
        <source>&lt;b&gt;Stores&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected store&apos;s active copy to another site (AD-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncLogPage</name>
    <message>
        <source>&lt;b&gt;Sync log&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncReportPage</name>
    <message>
        <source>&lt;b&gt;Sync report&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync report is kept by the central server. This site last synced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites whose last connection is over a month old, or who never connected, are in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection for over a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site has never connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncSettingsTab</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync type on this site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include transactions in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resync patient records when store is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible to a store there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unlock password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlock password is set yet. Choose one of at least %1 characters; it will be asked for every change of sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: sync settings are edited only on the central server, site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;Set as local store&quot; to make the store active here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every store exists on the central server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dispensary stores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not visible to any store active on site %2, so that site holds no copy of it (ST-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible to a store active on site %2, so that site keeps at least a transfer copy (ST-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync at its next step; what is done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central server does not start syncs: each remote site connects to it on its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push this site&apos;s changes to the central server, then pull what waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between automatic syncs; 0 pauses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the outgoing queue...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued for remote sites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 record(s) remaining</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::TopologyPage</name>
    <message>
        <source>&lt;b&gt;Topology&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each store&apos;s data goes up from the site where it is active to the central server, and down from the central to every other site holding a copy. Active stores are in bold, transfer copies in italics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesync::ui::TopologyView</name>
    <message>
        <source>mobile site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desktop site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
