<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>sitesync::LocalSite</name>
    <message>
        <source>%1 holds no initialised site. Initialise it with &apos;sitesyncctl init central&apos; or &apos;sitesyncctl init remote&apos;.</source>
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
        <source>must not be null</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>a record it refers to does not exist, or other records still refer to it</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>sitesync::SiteSession</name>
    <message>
        <source>%1 was altered outside SiteSync: the write guard of table &apos;%2&apos; is missing, so changes may have bypassed the ownership rules. Restore a backup or re-initialise the site.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>%1 is already initialised as a SiteSync site; nothing was changed.</source>
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
        <source>Site %1 becomes the active site of store &apos;%2&apos;, so its sync-with is Active/collector, not %3.</source>
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
    <name>sitesync::ui::MainWindow</name>
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
        <source>Active on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SiteSync - site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued to sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queue unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sitesyncctl</name>
    <message>
        <source>Usage: sitesyncctl COMMAND [--db PATH] [--json] ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 failed; 2 bad usage or malformed input; 3 refused (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sitesyncctl --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl demo --dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central server database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each store&apos;s records live (the sync type of its copy on each site):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records waiting on the central for each remote site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the worked-example network of the specification (Store A to Store F) in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl init central --site-id N --name NAME [--unlock-password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unlock password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialised the central server, site %1 (%2), in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new central server database (standard setup: it is also the primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the record from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record must be a JSON object, like {&quot;id&quot;:&quot;i1&quot;,&quot;code&quot;:&quot;AMOX&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted %1 &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:        %1, %2 setup%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, also the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync_out:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for site %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or update a record through the ownership rules (JSON &apos;-&apos; reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the records of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a record through the ownership rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role, site ID, sync_out count, records waiting per site, last sync, quarantined count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl site add --id N --name NAME --type desktop|mobile [--primary] --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the site password on standard input with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added site %1 (%2), %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE STORES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl site delete --id N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sync site on the central server; its password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sync sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a site that has no active store and is neither the central nor the primary (TOP-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl store add --id ID --code CODE --name NAME [--dispensary]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added store %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is active on site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISPENSARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE ON</source>
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
    <message>
        <source>SITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNC WITH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY THERE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store %1 (%2): Sync ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include transactions in sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sitesyncctl store sync-settings --store ID [--active-site N] [--with SITE=none|collector|transfer ...] [--include-transactions on|off]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with takes SITE=none|collector|transfer, for example 1=collector; not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with names site %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include-transactions takes on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync settings are edited only on the central server, site %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings are locked: give the unlock password on standard input with --unlock-password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a store (on the primary server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stores and where each is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a store&apos;s sync settings or, on the central server, change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
