<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>main</name>
    <message>
        <source>SiteSync administration</source>
        <translation>Administration de SiteSync</translation>
    </message>
    <message>
        <source>The site&apos;s database file.</source>
        <translation>Le fichier de base de données du site.</translation>
    </message>
    <message>
        <source>SiteSync</source>
        <translation>SiteSync</translation>
    </message>
    <message>
        <source>Save a picture of every page and dialog in DIR, then quit.</source>
        <translation>Enregistrer une image de chaque page et de chaque boîte de dialogue dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>No display: the administration window cannot open here.</source>
        <translation>Aucun affichage&#xa0;: la fenêtre d&apos;administration ne peut pas s&apos;ouvrir ici.</translation>
    </message>
    <message>
        <source>Site %1 (%2), %3 record(s) queued to sync.</source>
        <translation>Site %1 (%2), %3 enregistrement(s) en file d&apos;attente de synchronisation.</translation>
    </message>
    <message>
        <source>active on %1</source>
        <translation>actif sur %1</translation>
    </message>
    <message>
        <source>Run it where there is a display, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Lancez l&apos;application là où un affichage est disponible, ou avec QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>sitesync::AuditText</name>
    <message>
        <source>site %1</source>
        <translation>site %1</translation>
    </message>
    <message>
        <source>site %1 (%2)</source>
        <translation>site %1 (%2)</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>%1, %2, primary server</source>
        <translation>%1, %2, serveur primaire</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; it never reported what it held</source>
        <translation>%1&#xa0;; il n&apos;a jamais signalé ce qu&apos;il détenait</translation>
    </message>
    <message>
        <source>%1; it held 1 record the central server did not hold</source>
        <translation>%1&#xa0;; il détenait 1 enregistrement que le serveur central ne détenait pas</translation>
    </message>
    <message>
        <source>%1; it held %2 records the central server did not hold</source>
        <translation>%1&#xa0;; il détenait %2 enregistrements que le serveur central ne détenait pas</translation>
    </message>
    <message>
        <source>active site %1 -&gt; %2</source>
        <translation>site actif %1 -&gt; %2</translation>
    </message>
    <message>
        <source>transactions included</source>
        <translation>transactions incluses</translation>
    </message>
    <message>
        <source>transactions not included</source>
        <translation>transactions non incluses</translation>
    </message>
    <message>
        <source>site %1: %2 -&gt; %3</source>
        <translation>site %1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>1 record queued for the sites that now need it</source>
        <translation>1 enregistrement en file d&apos;attente pour les sites qui en ont désormais besoin</translation>
    </message>
    <message>
        <source>%1 records queued for the sites that now need them</source>
        <translation>%1 enregistrements en file d&apos;attente pour les sites qui en ont désormais besoin</translation>
    </message>
    <message>
        <source>store %1: %2</source>
        <translation>magasin %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation>une copie de transfert</translation>
    </message>
    <message>
        <source>a collector copy</source>
        <translation>une copie collecteur</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>store %1 from site %2 to site %3; site %2 keeps %4</source>
        <translation>magasin %1 du site %2 vers le site %3&#xa0;; le site %2 conserve %4</translation>
    </message>
    <message>
        <source>%1; site %2 deleted, having no store left</source>
        <translation>%1&#xa0;; site %2 supprimé, car il n&apos;a plus aucun magasin</translation>
    </message>
    <message>
        <source>visible in store %1</source>
        <translation>visible dans le magasin %1</translation>
    </message>
    <message>
        <source>hidden in store %1</source>
        <translation>masqué dans le magasin %1</translation>
    </message>
    <message>
        <source>problem %1, record &apos;%2&apos; of &apos;%3&apos; from %4</source>
        <translation>problème %1, enregistrement &apos;%2&apos; de &apos;%3&apos; provenant du %4</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1&#xa0;: appliqué</translation>
    </message>
    <message>
        <source>%1: queued to be pushed again</source>
        <translation>%1&#xa0;: en file d&apos;attente pour être renvoyé</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1&#xa0;: non appliqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the central held the changes of %1 up to number %2 and its pull up to %3, its database only up to %4 and %5; it receives everything again from the beginning</source>
        <translation>le serveur central détenait les modifications du %1 jusqu&apos;au numéro %2 et sa réception jusqu&apos;au numéro %3, sa base de données seulement jusqu&apos;aux numéros %4 et %5&#xa0;; il reçoit de nouveau tout depuis le début</translation>
    </message>
    <message>
        <source>the central held the changes of %1 up to number %2 and its pull up to %3, its database only up to %4 and %5; the central sends back what it lost</source>
        <translation>le serveur central détenait les modifications du %1 jusqu&apos;au numéro %2 et sa réception jusqu&apos;au numéro %3, sa base de données seulement jusqu&apos;aux numéros %4 et %5&#xa0;; le serveur central renvoie ce qu&apos;elle a perdu</translation>
    </message>
    <message>
        <source>Site %1 recovered from an older database</source>
        <translation>Site %1 rétabli à partir d&apos;une base de données plus ancienne</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Wrong unlock password</source>
        <translation>Mot de passe de déverrouillage incorrect</translation>
    </message>
    <message>
        <source>Unlock refused: too many wrong passwords</source>
        <translation>Déverrouillage refusé&#xa0;: trop de mots de passe incorrects</translation>
    </message>
    <message>
        <source>Unlock password set</source>
        <translation>Mot de passe de déverrouillage défini</translation>
    </message>
    <message>
        <source>Unlock password changed</source>
        <translation>Mot de passe de déverrouillage modifié</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Site ajouté</translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation>Site supprimé</translation>
    </message>
    <message>
        <source>Hardware binding reset</source>
        <translation>Liaison matérielle réinitialisée</translation>
    </message>
    <message>
        <source>Central server initialised</source>
        <translation>Serveur central initialisé</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>Magasin ajouté</translation>
    </message>
    <message>
        <source>Store moved</source>
        <translation>Magasin déplacé</translation>
    </message>
    <message>
        <source>Sync settings changed</source>
        <translation>Paramètres de synchronisation modifiés</translation>
    </message>
    <message>
        <source>Sync-with followed the store&apos;s visibility</source>
        <translation>Paramètre «&#xa0;Synchroniser avec&#xa0;» aligné sur la visibilité du magasin</translation>
    </message>
    <message>
        <source>Store visibility changed</source>
        <translation>Visibilité du magasin modifiée</translation>
    </message>
    <message>
        <source>Patient records resent</source>
        <translation>Enregistrements patients renvoyés</translation>
    </message>
    <message>
        <source>Record follows its patient</source>
        <translation>L&apos;enregistrement suit son patient</translation>
    </message>
    <message>
        <source>Sync problem retried</source>
        <translation>Nouvelle tentative sur un problème de synchronisation</translation>
    </message>
    <message>
        <source>Sync problem dismissed</source>
        <translation>Problème de synchronisation ignoré</translation>
    </message>
    <message>
        <source>Retention of sync problems set</source>
        <translation>Durée de conservation des problèmes de synchronisation définie</translation>
    </message>
    <message>
        <source>Site recovered from an older database</source>
        <translation>Site rétabli à partir d&apos;une base de données plus ancienne</translation>
    </message>
    <message>
        <source>the sync settings of store %1</source>
        <translation>les paramètres de synchronisation du magasin %1</translation>
    </message>
    <message>
        <source>the visibility of store %1</source>
        <translation>la visibilité du magasin %1</translation>
    </message>
    <message>
        <source>moving store %1</source>
        <translation>le déplacement du magasin %1</translation>
    </message>
    <message>
        <source>a new site, %1</source>
        <translation>un nouveau site, %1</translation>
    </message>
    <message>
        <source>a new site</source>
        <translation>un nouveau site</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>la suppression du %1</translation>
    </message>
    <message>
        <source>resetting the hardware binding of %1</source>
        <translation>la réinitialisation de la liaison matérielle du %1</translation>
    </message>
    <message>
        <source>exporting the data file of %1</source>
        <translation>l&apos;exportation du fichier de données du %1</translation>
    </message>
    <message>
        <source>changing the unlock password</source>
        <translation>le changement du mot de passe de déverrouillage</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Tentative %1 sur %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, pour %2</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqué jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>store %1 (%2)</source>
        <translation>magasin %1 (%2)</translation>
    </message>
    <message>
        <source>store %1: 1 record queued for site %2</source>
        <translation>magasin %1&#xa0;: 1 enregistrement en file d&apos;attente pour le site %2</translation>
    </message>
    <message>
        <source>store %1: %2 records queued for site %3</source>
        <translation>magasin %1&#xa0;: %2 enregistrements en file d&apos;attente pour le site %3</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; of &apos;%2&apos; from site %3 follows its patient to store %4</source>
        <translation>enregistrement &apos;%1&apos; de &apos;%2&apos; provenant du site %3 suit son patient vers le magasin %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Site data file exported</source>
        <translation>Fichier de données du site exporté</translation>
    </message>
    <message>
        <source>Central server database moved</source>
        <translation>Base de données du serveur central déplacée</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 rows</source>
        <translation>De %1 vers %2&#xa0;: %3 lignes</translation>
    </message>
</context>
<context>
    <name>sitesync::Authenticator</name>
    <message>
        <source>Too many failed logins; try again in %1 seconds.</source>
        <translation>Trop d&apos;échecs de connexion&#xa0;; réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>The request names no site: send the site ID and password.</source>
        <translation>La requête ne désigne aucun site&#xa0;: envoyez l&apos;ID du site et son mot de passe.</translation>
    </message>
    <message>
        <source>Site %1 is not a remote site of this central server.</source>
        <translation>Le site %1 n&apos;est pas un site distant de ce serveur central.</translation>
    </message>
    <message>
        <source>Wrong password for site %1.</source>
        <translation>Mot de passe incorrect pour le site %1.</translation>
    </message>
    <message>
        <source>The request carries no hardware ID.</source>
        <translation>La requête ne contient aucun identifiant matériel.</translation>
    </message>
    <message>
        <source>Site %1 is bound to another machine. A technician must reset its hardware binding on the central server before it can be used here.</source>
        <translation>Le site %1 est lié à une autre machine. Un technicien doit réinitialiser sa liaison matérielle sur le serveur central avant qu&apos;il puisse être utilisé ici.</translation>
    </message>
    <message>
        <source>Site %1 has not been initialised from this central server yet.</source>
        <translation>Le site %1 n&apos;a pas encore été initialisé depuis ce serveur central.</translation>
    </message>
    <message>
        <source>The site runs a newer SiteSync than this central server (SiteSync %1, protocol %2 to %3; the site speaks protocol %4). Upgrade the central server first, to the site&apos;s SiteSync version or later, then sync the site again.</source>
        <translation>Le site exécute une version de SiteSync plus récente que ce serveur central (SiteSync %1, protocole %2 à %3&#xa0;; le site utilise le protocole %4). Mettez d&apos;abord à jour le serveur central, vers la version de SiteSync du site ou une version ultérieure, puis synchronisez de nouveau le site.</translation>
    </message>
    <message>
        <source>This request does not come from SiteSync: it names no protocol version. A proxy between the site and the central server (SiteSync %1, protocol %2 to %3) may remove the %4 header; it must pass it on.</source>
        <translation>Cette requête ne provient pas de SiteSync&#xa0;: elle n&apos;indique aucune version de protocole. Un proxy entre le site et le serveur central (SiteSync %1, protocole %2 à %3) supprime peut-être l&apos;en-tête %4&#xa0;; il doit le transmettre.</translation>
    </message>
    <message>
        <source>The request names protocol version &apos;%1&apos;, which is not a version number: it was not sent by SiteSync, or was altered on its way.</source>
        <translation>La requête indique la version de protocole &apos;%1&apos;, qui n&apos;est pas un numéro de version&#xa0;: elle n&apos;a pas été envoyée par SiteSync, ou a été modifiée en chemin.</translation>
    </message>
    <message>
        <source>The site runs a SiteSync too old for this central server (SiteSync %1, protocol %2 to %3; the site speaks protocol %4). Upgrade SiteSync on the site to %5 or later, then sync it again.</source>
        <translation>Le site exécute une version de SiteSync trop ancienne pour ce serveur central (SiteSync %1, protocole %2 à %3&#xa0;; le site utilise le protocole %4). Mettez à jour SiteSync sur le site vers %5 ou une version ultérieure, puis synchronisez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>sitesync::CentralConnection</name>
    <message>
        <source>Cannot reach the central server at %1: %2</source>
        <translation>Impossible de joindre le serveur central à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The central server refused the request (%1): %2</source>
        <translation>Le serveur central a refusé la requête (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request to the central server was cancelled.</source>
        <translation>La requête au serveur central a été annulée.</translation>
    </message>
    <message>
        <source>Check that this is the central server&apos;s address, that the central server is running, and that the network reaches it.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de l&apos;adresse du serveur central, que le serveur central est en marche et que le réseau permet de le joindre.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the central server at %1 timed out: nothing moved for %n second(s).</source>
        <translation>
            <numerusform>La connexion au serveur central à l&apos;adresse %1 a expiré&#xa0;: rien n&apos;a transité pendant %n seconde.</numerusform>
            <numerusform>La connexion au serveur central à l&apos;adresse %1 a expiré&#xa0;: rien n&apos;a transité pendant %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central server at %1 runs an older SiteSync than this site (it speaks protocol %2 at most; this site runs SiteSync %3, protocol %4). Upgrade the central server first, to SiteSync %3 or later, then sync this site again.</source>
        <translation>Le serveur central à l&apos;adresse %1 exécute une version de SiteSync plus ancienne que ce site (il utilise au plus le protocole %2&#xa0;; ce site exécute SiteSync %3, protocole %4). Mettez d&apos;abord à jour le serveur central, vers SiteSync %3 ou une version ultérieure, puis synchronisez de nouveau ce site.</translation>
    </message>
    <message>
        <source>This site runs SiteSync %1 (protocol %2), which the central server at %3 no longer serves: it speaks protocol %4 to %5. Upgrade SiteSync on this site to %6, then sync again.</source>
        <translation>Ce site exécute SiteSync %1 (protocole %2), que le serveur central à l&apos;adresse %3 ne prend plus en charge&#xa0;: il utilise les protocoles %4 à %5. Mettez à jour SiteSync sur ce site vers %6, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>the central server&apos;s version</source>
        <translation>la version du serveur central</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 ou une version ultérieure</translation>
    </message>
</context>
<context>
    <name>sitesync::CentralServer</name>
    <message>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation>Impossible de lire le certificat TLS %1 ou la clé %2.</translation>
    </message>
    <message>
        <source>%1 or %2 is not a PEM certificate or key.</source>
        <translation>%1 ou %2 n&apos;est pas un certificat ou une clé PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port in use?</source>
        <translation>Impossible d&apos;écouter sur %1:%2&#xa0;; le port est-il déjà utilisé&#xa0;?</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>Le corps de la requête n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>There is no endpoint %1 %2.</source>
        <translation>Il n&apos;existe pas de point d&apos;accès %1 %2.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Ce point d&apos;accès n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The metrics token sent is not this server&apos;s.</source>
        <translation>Le jeton des métriques envoyé n&apos;est pas celui de ce serveur.</translation>
    </message>
    <message>
        <source>%1 is read with GET.</source>
        <translation>%1 se lit avec GET.</translation>
    </message>
    <message>
        <source>The database holds no central server.</source>
        <translation>La base de données ne contient aucun serveur central.</translation>
    </message>
    <message>
        <source>This server serves the metrics only with its metrics token: send &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Ce serveur ne sert les métriques qu&apos;avec son jeton des métriques&#xa0;: envoyez &apos;Authorization: Bearer TOKEN&apos;.</translation>
    </message>
    <message>
        <source>The metrics are served only to this machine. To read them from elsewhere, start the server with --metrics-token-file and send &apos;Authorization: Bearer TOKEN&apos; (from this machine too).</source>
        <translation>Les métriques ne sont servies qu&apos;à cette machine. Pour les lire depuis une autre machine, démarrez le serveur avec --metrics-token-file et envoyez &apos;Authorization: Bearer TOKEN&apos; (depuis cette machine aussi).</translation>
    </message>
</context>
<context>
    <name>sitesync::DataClass</name>
    <message>
        <source>Central data</source>
        <translation>Données centrales</translation>
    </message>
    <message>
        <source>Central store data</source>
        <translation>Données centrales de magasin</translation>
    </message>
    <message>
        <source>Store data</source>
        <translation>Données de magasin</translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation>Données patient</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Données locales</translation>
    </message>
    <message>
        <source>Sync data</source>
        <translation>Données de synchronisation</translation>
    </message>
    <message>
        <source>Message data</source>
        <translation>Données de messages</translation>
    </message>
</context>
<context>
    <name>sitesync::DemoNetwork</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>%1 already holds a demo network; choose an empty directory.</source>
        <translation>%1 contient déjà un réseau de démonstration&#xa0;; choisissez un répertoire vide.</translation>
    </message>
    <message>
        <source>Creating the central server (site %1), which is also the primary.</source>
        <translation>Création du serveur central (site %1), qui est aussi le serveur primaire.</translation>
    </message>
    <message>
        <source>Adding remote site 1 (site %1) and remote site 2 (site %2).</source>
        <translation>Ajout du site distant 1 (site %1) et du site distant 2 (site %2).</translation>
    </message>
    <message>
        <source>Creating Store A to Store F on the primary.</source>
        <translation>Création des magasins Store A à Store F sur le serveur primaire.</translation>
    </message>
    <message>
        <source>Making stores visible to each other where the examples need transfers.</source>
        <translation>Configuration de la visibilité entre magasins là où les exemples nécessitent des transferts.</translation>
    </message>
    <message>
        <source>Setting each store&apos;s sync settings as in the examples.</source>
        <translation>Configuration des paramètres de synchronisation de chaque magasin comme dans les exemples.</translation>
    </message>
    <message>
        <source>Entering items, their visibility, and opening stock in the stores active on the central.</source>
        <translation>Saisie des articles, de leur visibilité et du stock initial dans les magasins actifs sur le serveur central.</translation>
    </message>
</context>
<context>
    <name>sitesync::DemoRun</name>
    <message>
        <source>Serving the central server on %1.</source>
        <translation>Serveur central en service sur %1.</translation>
    </message>
    <message>
        <source>Initialising %1 (site %2) from the central server.</source>
        <translation>Initialisation de %1 (site %2) depuis le serveur central.</translation>
    </message>
    <message>
        <source>Entering stock on %1 in stores %2.</source>
        <translation>Saisie de stock sur %1 dans les magasins %2.</translation>
    </message>
    <message>
        <source>Store C (remote site 2) sends stock to Store B (remote site 1).</source>
        <translation>Le magasin Store C (site distant 2) envoie du stock au magasin Store B (site distant 1).</translation>
    </message>
    <message>
        <source>Synchronising %1 (round %2).</source>
        <translation>Synchronisation de %1 (tour %2).</translation>
    </message>
    <message>
        <source>The central server&apos;s unlock password is %1.</source>
        <translation>Le mot de passe de déverrouillage du serveur central est %1.</translation>
    </message>
</context>
<context>
    <name>sitesync::ExtraColumns</name>
    <message>
        <source> A SiteSync release adds a few columns at most; this record was damaged or forged, and was not applied.</source>
        <translation> Une version de SiteSync ajoute au plus quelques colonnes&#xa0;; cet enregistrement a été endommagé ou falsifié, et n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>The record carries a column the central does not know whose name is not a column name (at most %1 letters, digits or underscores): &apos;%2&apos;.</source>
        <translation>L&apos;enregistrement contient une colonne inconnue du serveur central dont le nom n&apos;est pas un nom de colonne (au plus %1 lettres, chiffres ou traits de soulignement)&#xa0;: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The record would keep %1 columns the central does not know; at most %2 are kept.</source>
        <translation>L&apos;enregistrement conserverait %1 colonnes inconnues du serveur central&#xa0;; au plus %2 sont conservées.</translation>
    </message>
    <message>
        <source>The columns the central does not know would take %1 bytes for this record; at most %2 are kept.</source>
        <translation>Les colonnes inconnues du serveur central occuperaient %1 octets pour cet enregistrement&#xa0;; au plus %2 sont conservés.</translation>
    </message>
</context>
<context>
    <name>sitesync::HttpConnection</name>
    <message>
        <source>The request did not arrive in time; the connection is closed.</source>
        <translation>La requête n&apos;est pas arrivée à temps&#xa0;; la connexion est fermée.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Les en-têtes de la requête dépassent %1 octets.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>Ce n&apos;est pas une requête HTTP/1.1.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>Un en-tête de la requête est mal formé.</translation>
    </message>
    <message>
        <source>The central server is serving as many connections as it takes; try again shortly.</source>
        <translation>Le serveur central sert déjà autant de connexions qu&apos;il en accepte&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>A request body must state its length.</source>
        <translation>Le corps d&apos;une requête doit indiquer sa longueur.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not a number.</source>
        <translation>Le Content-Length de la requête n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>Le corps de la requête dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The request states its length more than once.</source>
        <translation>La requête indique sa longueur plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>The central server is receiving as much as it takes at once; try again shortly.</source>
        <translation>Le serveur central reçoit déjà tout ce qu&apos;il accepte à la fois&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>sitesync::Integrator</name>
    <message>
        <source>The database undid the batch being stored; it is pulled again next time.</source>
        <translation>La base de données a annulé l&apos;enregistrement du lot&#xa0;; il sera de nouveau reçu la prochaine fois.</translation>
    </message>
    <message>
        <source>Received a change to record &apos;%1&apos; of &apos;%2&apos;, which this site has changed since its last push; the local data was kept and is sent to the central with the next push.</source>
        <translation>Modification reçue pour l&apos;enregistrement &apos;%1&apos; de &apos;%2&apos;, que ce site a modifié depuis son dernier envoi&#xa0;; les données locales ont été conservées et seront envoyées au serveur central lors du prochain envoi.</translation>
    </message>
    <message>
        <source>The record&apos;s id does not match its envelope.</source>
        <translation>L&apos;identifiant de l&apos;enregistrement ne correspond pas à son enveloppe.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; moved away from site %2 before site %2 sent this change of record &apos;%3&apos; of &apos;%4&apos;; site %5 has changed that record since, and its version was kept. The version of site %2 is kept with this problem.</source>
        <translation>Le magasin &apos;%1&apos; a quitté le site %2 avant que le site %2 n&apos;envoie cette modification de l&apos;enregistrement &apos;%3&apos; de &apos;%4&apos;&#xa0;; le site %5 a modifié cet enregistrement depuis, et sa version a été conservée. La version du site %2 est conservée avec ce problème.</translation>
    </message>
    <message>
        <source>Site %1 sent this version of record &apos;%2&apos; of &apos;%3&apos; (changed %4) again after its database was restored from an older copy; the version it changed later (%5) had reached the central server before, and was kept. The older version is kept with this problem.</source>
        <translation>Le site %1 a renvoyé cette version de l&apos;enregistrement &apos;%2&apos; de &apos;%3&apos; (modifiée %4) après la restauration de sa base de données depuis une copie plus ancienne&#xa0;; la version qu&apos;il a modifiée plus tard (%5) était déjà parvenue au serveur central et a été conservée. L&apos;ancienne version est conservée avec ce problème.</translation>
    </message>
</context>
<context>
    <name>sitesync::LocalSite</name>
    <message>
        <source>%1 holds no initialised site. Initialise it with &apos;sitesyncctl init central&apos; or &apos;sitesyncctl init remote&apos;.</source>
        <translation>%1 ne contient aucun site initialisé. Initialisez-le avec &apos;sitesyncctl init central&apos; ou &apos;sitesyncctl init remote&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::NewSiteDatabase</name>
    <message>
        <source>%1 is already initialised as a SiteSync site; nothing was changed.</source>
        <translation>%1 est déjà initialisé comme site SiteSync&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>sitesync::OwnershipRules</name>
    <message>
        <source>%1 (%2) can only be changed on the primary server, site %3.</source>
        <translation>Les modifications de %1 (%2) ne sont possibles que sur le serveur primaire, site %3.</translation>
    </message>
    <message>
        <source>The record names no store, so no site may change it.</source>
        <translation>L&apos;enregistrement ne désigne aucun magasin&#xa0;; aucun site ne peut donc le modifier.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not known on this site.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;est pas connu sur ce site.</translation>
    </message>
    <message>
        <source>Store data of store &apos;%1&apos; can only be changed on site %2, where the store is active.</source>
        <translation>Les données de magasin du magasin &apos;%1&apos; ne peuvent être modifiées que sur le site %2, où le magasin est actif.</translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on site %2, where the home store is active.</source>
        <translation>Les données patient dont le magasin de rattachement est &apos;%1&apos; ne peuvent être modifiées que sur le site %2, où ce magasin de rattachement est actif.</translation>
    </message>
    <message>
        <source>Sync data can only be changed on the central server, site %1.</source>
        <translation>Les données de synchronisation ne peuvent être modifiées que sur le serveur central, site %1.</translation>
    </message>
    <message>
        <source>A message can only be changed on the site of its sending or receiving store, site %1.</source>
        <translation>Un message ne peut être modifié que sur le site de son magasin expéditeur ou destinataire, site %1.</translation>
    </message>
    <message>
        <source>Unknown data class.</source>
        <translation>Classe de données inconnue.</translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on the site where that store is active, which is not this one.</source>
        <translation>Les données patient du magasin de rattachement «&#xa0;%1&#xa0;» ne peuvent être modifiées que sur le site où ce magasin est actif, et ce n&apos;est pas celui-ci.</translation>
    </message>
</context>
<context>
    <name>sitesync::PatientHomeMoves</name>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was changed on site %3 after patient &apos;%4&apos; moved to store &apos;%5&apos;, before the site learnt of the move; the patient&apos;s records belong to the new home store now, so the change was not applied. Make it again there if it is still needed.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; a été modifié sur le site %3 après le déménagement du patient &apos;%4&apos; vers le magasin &apos;%5&apos;, avant que le site n&apos;en soit informé&#xa0;; les enregistrements du patient appartiennent désormais au nouveau magasin d&apos;attache, la modification n&apos;a donc pas été appliquée. Refaites-la là-bas si elle est toujours nécessaire.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordCodec</name>
    <message>
        <source>must be a single value, not an object or array</source>
        <translation>doit être une valeur unique, et non un objet ou un tableau</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be text (in double quotes)</source>
        <translation>doit être du texte (entre guillemets doubles)</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; in table &apos;%2&apos;. Its columns are: %3.</source>
        <translation>Colonne &apos;%1&apos; inconnue dans la table &apos;%2&apos;. Ses colonnes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; %3.</source>
        <translation>La colonne &apos;%1&apos; de la table &apos;%2&apos; %3.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordMerge</name>
    <message>
        <source>&apos;%1&apos; is not a patient.</source>
        <translation>&apos;%1&apos; n&apos;est pas un patient.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a patient: patients are merged as &apos;patient&apos;, on their home site.</source>
        <translation>&apos;%1&apos; est un patient&#xa0;: les patients sont fusionnés en tant que &apos;patient&apos;, sur leur site de rattachement.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a store; the names of stores are not merged.</source>
        <translation>&apos;%1&apos; est le nom d&apos;un magasin&#xa0;; les noms de magasins ne sont pas fusionnés.</translation>
    </message>
    <message>
        <source>Records of &apos;%1&apos; are not merged; the kinds of merge are: item, unit, name, patient, prescriber, location.</source>
        <translation>Les enregistrements de &apos;%1&apos; ne sont pas fusionnés&#xa0;; les types de fusion sont&#xa0;: item, unit, name, patient, prescriber, location.</translation>
    </message>
    <message>
        <source>A merge names two different records: the one kept and the one merged into it.</source>
        <translation>Une fusion désigne deux enregistrements différents&#xa0;: celui qui est conservé et celui qui y est fusionné.</translation>
    </message>
    <message>
        <source>The record to keep, &apos;%1&apos; of &apos;%2&apos;, is not on this site.</source>
        <translation>L&apos;enregistrement à conserver, &apos;%1&apos; de &apos;%2&apos;, n&apos;est pas sur ce site.</translation>
    </message>
    <message>
        <source>A merge of &apos;%1&apos; records names no store.</source>
        <translation>Une fusion d&apos;enregistrements de &apos;%1&apos; ne désigne aucun magasin.</translation>
    </message>
    <message>
        <source>The store_id of this merge must be &apos;%1&apos;, the store of the kept record.</source>
        <translation>Le store_id de cette fusion doit être &apos;%1&apos;, le magasin de l&apos;enregistrement conservé.</translation>
    </message>
    <message>
        <source>The record to merge away, &apos;%1&apos; of &apos;%2&apos;, is not on this site.</source>
        <translation>L&apos;enregistrement à fusionner, &apos;%1&apos; de &apos;%2&apos;, n&apos;est pas sur ce site.</translation>
    </message>
    <message>
        <source>Locations are merged within one store; &apos;%1&apos; is in store &apos;%2&apos;.</source>
        <translation>Les emplacements se fusionnent au sein d&apos;un même magasin&#xa0;; &apos;%1&apos; est dans le magasin &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The merged_store_id of this merge must be &apos;%1&apos;, the store of the merged-away record.</source>
        <translation>Le merged_store_id de cette fusion doit être &apos;%1&apos;, le magasin de l&apos;enregistrement fusionné.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordReader</name>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation>Table &apos;%1&apos; inconnue. Les tables sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement &apos;%1&apos; dans la table &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordWriter</name>
    <message>
        <source>another record already has the same value (%1)</source>
        <translation>un autre enregistrement a déjà la même valeur (%1)</translation>
    </message>
    <message>
        <source>a value is not allowed (%1)</source>
        <translation>une valeur n&apos;est pas autorisée (%1)</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>une valeur obligatoire est manquante (%1)</translation>
    </message>
    <message>
        <source>The database refused the change to &apos;%1&apos;: %2</source>
        <translation>La base de données a refusé la modification de &apos;%1&apos;&#xa0;: %2</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: %2.</source>
        <translation>La modification de &apos;%1&apos; n&apos;a pas été enregistrée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation>Table &apos;%1&apos; inconnue. Les tables sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; is changed with the site and store commands (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), not as a record.</source>
        <translation>La table &apos;%1&apos; se modifie avec les commandes de site et de magasin (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), et non comme un enregistrement.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; needs an &apos;id&apos;.</source>
        <translation>La table &apos;%1&apos; nécessite un &apos;id&apos;.</translation>
    </message>
    <message>
        <source>The &apos;id&apos; of a record must not be empty.</source>
        <translation>Le champ &apos;id&apos; d&apos;un enregistrement ne doit pas être vide.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; is required.</source>
        <translation>La colonne &apos;%1&apos; de la table &apos;%2&apos; est obligatoire.</translation>
    </message>
    <message>
        <source>A record cannot move to another store (&apos;%1&apos; to &apos;%2&apos;); delete it and create it in the other store.</source>
        <translation>Un enregistrement ne peut pas passer dans un autre magasin (&apos;%1&apos; vers &apos;%2&apos;)&#xa0;; supprimez-le et créez-le dans l&apos;autre magasin.</translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement &apos;%1&apos; dans la table &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: a record it refers to does not exist, or other records still refer to it.</source>
        <translation>La modification de &apos;%1&apos; n&apos;a pas été enregistrée&#xa0;: un enregistrement auquel elle fait référence n&apos;existe pas, ou d&apos;autres enregistrements y font encore référence.</translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; keeps its type and store.</source>
        <translation>L&apos;enregistrement de nom du magasin &apos;%1&apos; conserve son type et son magasin.</translation>
    </message>
    <message>
        <source>This change would turn %1 into %2; create a new record instead.</source>
        <translation>Cette modification transformerait %1 en %2&#xa0;; créez plutôt un nouvel enregistrement.</translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; belongs to the store and is not deleted on its own.</source>
        <translation>L&apos;enregistrement de nom du magasin &apos;%1&apos; appartient au magasin et ne peut pas être supprimé séparément.</translation>
    </message>
    <message>
        <source>The home_store_id of %1 must be its patient&apos;s home store (&apos;%2&apos;); a record that follows its patient to a new home store waits until the patient has moved.</source>
        <translation>Le home_store_id de %1 doit être le magasin de rattachement de son patient («&#xa0;%2&#xa0;»)&#xa0;; un enregistrement qui suit son patient vers un nouveau magasin de rattachement attend que le patient ait changé de magasin.</translation>
    </message>
    <message>
        <source>A patient&apos;s home store moves only with a finalised prescription in the new home store; there is none here (yet) for record &apos;%1&apos;.</source>
        <translation>Le magasin de rattachement d&apos;un patient ne change qu&apos;avec une ordonnance finalisée dans le nouveau magasin de rattachement&#xa0;; il n&apos;y en a pas (encore) ici pour l&apos;enregistrement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not a dispensary store; a prescriber&apos;s home store is a dispensary store.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;est pas un magasin de type dispensaire&#xa0;; le magasin de rattachement d&apos;un prescripteur est un magasin de type dispensaire.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not a dispensary store; prescriptions are made in dispensary stores only.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;est pas un magasin de type dispensaire&#xa0;; les ordonnances ne sont établies que dans les magasins de type dispensaire.</translation>
    </message>
    <message>
        <source>The patient &apos;%1&apos; of the prescription is not on this site.</source>
        <translation>Le patient &apos;%1&apos; de l&apos;ordonnance n&apos;est pas sur ce site.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patient; a prescription is made for a patient.</source>
        <translation>&apos;%1&apos; n&apos;est pas un patient&#xa0;; une ordonnance est établie pour un patient.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was merged into &apos;%3&apos;.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; a été fusionné dans &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>A merge is not changed once made.</source>
        <translation>Une fusion ne peut plus être modifiée une fois effectuée.</translation>
    </message>
    <message>
        <source>A merge cannot be undone: the merged-away record is gone.</source>
        <translation>Une fusion ne peut pas être annulée&#xa0;: l&apos;enregistrement fusionné n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was merged into &apos;%3&apos; by the site of store &apos;%4&apos;, which does not own it.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; a été fusionné dans &apos;%3&apos; par le site du magasin &apos;%4&apos;, qui n&apos;en est pas propriétaire.</translation>
    </message>
    <message>
        <source>Local records</source>
        <translation>Enregistrements locaux</translation>
    </message>
    <message>
        <source>The invoice line names stock line &apos;%1&apos; of store &apos;%2&apos;; a line is issued from a stock line of its own store (&apos;%3&apos;).</source>
        <translation>La ligne de facture désigne la ligne de stock &apos;%1&apos; du magasin &apos;%2&apos;&#xa0;; une ligne est prélevée sur une ligne de stock de son propre magasin (&apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The invoice line names stock line &apos;%1&apos;, which store &apos;%2&apos; does not have (yet).</source>
        <translation>La ligne de facture désigne la ligne de stock &apos;%1&apos;, que le magasin &apos;%2&apos; n&apos;a pas (encore).</translation>
    </message>
    <message>
        <source>Stock line &apos;%1&apos; was not deleted: invoice lines are issued from it (%2).</source>
        <translation>La ligne de stock &apos;%1&apos; n&apos;a pas été supprimée&#xa0;: des lignes de facture en sont issues (%2).</translation>
    </message>
    <message>
        <source>%1 are local data of the site that makes them and are never synchronised; site %2 sent such a record, which SiteSync never does: it was refused as forged.</source>
        <translation>Les %1 sont des données locales du site qui les crée et ne sont jamais synchronisées&#xa0;; le site %2 a envoyé un tel enregistrement, ce que SiteSync ne fait jamais&#xa0;: il a été refusé comme falsifié.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; could not be read: %3</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de la table &apos;%2&apos; n&apos;a pas pu être lu&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>sitesync::RemoteSync</name>
    <message>
        <source>The central server sent a malformed batch: %1</source>
        <translation>Le serveur central a envoyé un lot mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The central server sent a batch without its cursors.</source>
        <translation>Le serveur central a envoyé un lot sans ses curseurs.</translation>
    </message>
    <message>
        <source>The central server&apos;s address must be an http:// or https:// URL.</source>
        <translation>L&apos;adresse du serveur central doit être une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Un ID de site est un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>The trusted certificate is not a PEM certificate.</source>
        <translation>Le certificat de confiance n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>The site was initialised, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation>Le site a été initialisé, mais sa première synchronisation s&apos;est arrêtée&#xa0;: %1 Exécutez &apos;sitesyncctl sync&apos; pour continuer.</translation>
    </message>
    <message>
        <source>This is the central server; remote sites sync with it.</source>
        <translation>Ceci est le serveur central&#xa0;; les sites distants se synchronisent avec lui.</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled; it continues next time.</source>
        <translation>La synchronisation a été annulée&#xa0;; elle reprendra la prochaine fois.</translation>
    </message>
    <message>
        <source>The central server did not acknowledge the pushed records.</source>
        <translation>Le serveur central n&apos;a pas accusé réception des enregistrements envoyés.</translation>
    </message>
    <message>
        <source>This is a site data file that was never imported: import it on the site&apos;s machine with &apos;sitesyncctl site import&apos;.</source>
        <translation>Ceci est un fichier de données du site qui n&apos;a jamais été importé&#xa0;: importez-le sur la machine du site avec &apos;sitesyncctl site import&apos;.</translation>
    </message>
    <message>
        <source>The central server set this change aside: %1</source>
        <translation>Le serveur central a mis cette modification de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another synchronisation of this site is running; this one did not start. Try again when it has finished.</source>
        <translation>Une autre synchronisation de ce site est en cours&#xa0;; celle-ci n&apos;a pas démarré. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>%1 It is site %2 of %3: if setting it up was interrupted, run &apos;sitesyncctl sync&apos; to complete it.</source>
        <translation>%1 C&apos;est le site %2 de %3&#xa0;: si sa configuration a été interrompue, exécutez &apos;sitesyncctl sync&apos; pour la terminer.</translation>
    </message>
    <message>
        <source>%1 The link did not come back: the synchronisation tried again %2 times in %3 seconds. The next one continues where this one stopped.</source>
        <translation>%1 La liaison n&apos;est pas revenue&#xa0;: la synchronisation a réessayé %2 fois en %3 secondes. La prochaine reprendra là où celle-ci s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteCredentialStore</name>
    <message>
        <source>the systemd credential &apos;%1&apos;</source>
        <translation>l&apos;identifiant systemd &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau de clés</translation>
    </message>
    <message>
        <source>%1; and %2</source>
        <translation>%1&#xa0;; et %2</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteExport</name>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteImport</name>
    <message>
        <source>There is no site data file %1.</source>
        <translation>Le fichier de données du site %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 exists already; a site data file is imported as a new database.</source>
        <translation>%1 existe déjà&#xa0;; un fichier de données du site est importé en tant que nouvelle base de données.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <source>%1 is not a usable site data file: %2</source>
        <translation>%1 n&apos;est pas un fichier de données du site utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a site data file waiting to be imported. Export the site on the central server to make one.</source>
        <translation>%1 n&apos;est pas un fichier de données du site en attente d&apos;importation. Exportez le site sur le serveur central pour en créer un.</translation>
    </message>
    <message>
        <source>Site %1 is bound to this machine, but %2 could not be renamed to %3. Rename it by hand.</source>
        <translation>Le site %1 est lié à cette machine, mais %2 n&apos;a pas pu être renommé en %3. Renommez-le manuellement.</translation>
    </message>
    <message>
        <source>The site was imported, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation>Le site a été importé, mais sa première synchronisation s&apos;est arrêtée&#xa0;: %1 Exécutez &apos;sitesyncctl sync&apos; pour continuer.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteLedger</name>
    <message>
        <source>A contact names the site&apos;s cursors as whole numbers of at least 0, and its batch and version as text.</source>
        <translation>Un contact indique les curseurs du site sous forme de nombres entiers supérieurs ou égaux à 0, et son lot et sa version sous forme de texte.</translation>
    </message>
    <message>
        <source>A push names the range of sequence numbers it covers (from_seq up to upto_seq) and its batch token.</source>
        <translation>Un envoi indique la plage de numéros de séquence qu&apos;il couvre (de from_seq à upto_seq) et le jeton de son lot.</translation>
    </message>
    <message>
        <source>The push jumps from sequence number %1 to %2, far past anything a site makes between two pushes; nothing of it was applied.</source>
        <translation>L&apos;envoi saute du numéro de séquence %1 au numéro %2, bien au-delà de ce qu&apos;un site produit entre deux envois&#xa0;; rien n&apos;en a été appliqué.</translation>
    </message>
    <message>
        <source>The push&apos;s records are not in strictly increasing order of sequence number inside the range it names (record %1 of &apos;%2&apos; has number %3); nothing of it was applied.</source>
        <translation>Les enregistrements de l&apos;envoi ne sont pas dans l&apos;ordre strictement croissant des numéros de séquence à l&apos;intérieur de la plage indiquée (l&apos;enregistrement %1 de &apos;%2&apos; porte le numéro %3)&#xa0;; rien n&apos;en a été appliqué.</translation>
    </message>
    <message>
        <source>The push starts after sequence number %1, but the central server already holds this site&apos;s changes up to %2: the site&apos;s database is older than the central&apos;s record of it. Nothing was applied; the site recovers at its next synchronisation.</source>
        <translation>L&apos;envoi commence après le numéro de séquence %1, mais le serveur central détient déjà les modifications de ce site jusqu&apos;au numéro %2&#xa0;: la base de données du site est plus ancienne que ce que le serveur central en sait. Rien n&apos;a été appliqué&#xa0;; le site se rétablit lors de sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The push starts after sequence number %1, but the central server holds this site&apos;s changes only up to %2. Nothing was applied; the site sends the missing changes at its next synchronisation.</source>
        <translation>L&apos;envoi commence après le numéro de séquence %1, mais le serveur central ne détient les modifications de ce site que jusqu&apos;au numéro %2. Rien n&apos;a été appliqué&#xa0;; le site envoie les modifications manquantes lors de sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The central server holds this site&apos;s changes only up to number %1, but had acknowledged them up to %2 (the central&apos;s database is older than the site&apos;s record of it); the site sends them again.</source>
        <translation>Le serveur central ne détient les modifications de ce site que jusqu&apos;au numéro %1, alors qu&apos;il les avait accusées jusqu&apos;au numéro %2 (la base de données du serveur central est plus ancienne que ce que le site en sait)&#xa0;; le site les envoie de nouveau.</translation>
    </message>
    <message>
        <source>This site&apos;s database is older than the central server&apos;s record of it (restored from a backup, copied or rolled back): the central holds its changes up to number %1 and its pull up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new ones, and it receives everything it holds again from the beginning.</source>
        <translation>La base de données de ce site est plus ancienne que ce que le serveur central en sait (restaurée depuis une sauvegarde, copiée ou revenue en arrière)&#xa0;: le serveur central détient ses modifications jusqu&apos;au numéro %1 et sa réception jusqu&apos;au numéro %2, la base de données seulement jusqu&apos;aux numéros %3 et %4. Ses modifications non envoyées sont envoyées de nouveau comme nouvelles, et le site reçoit de nouveau depuis le début tout ce qu&apos;il détient.</translation>
    </message>
    <message>
        <source>This site&apos;s database is older than the central server&apos;s record of it (restored from a backup, copied or rolled back): the central holds its changes up to number %1 and its pull up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new ones, and the central sends back the changes the database lost.</source>
        <translation>La base de données de ce site est plus ancienne que ce que le serveur central en sait (restaurée depuis une sauvegarde, copiée ou revenue en arrière)&#xa0;: le serveur central détient ses modifications jusqu&apos;au numéro %1 et sa réception jusqu&apos;au numéro %2, la base de données seulement jusqu&apos;aux numéros %3 et %4. Ses modifications non envoyées sont envoyées de nouveau comme nouvelles, et le serveur central renvoie les modifications que la base de données a perdues.</translation>
    </message>
    <message>
        <source>The central server&apos;s database is older than this site&apos;s record of it (the site&apos;s pull had reached number %1, the central has served it only up to %2): the site receives everything it holds again from the beginning.</source>
        <translation>La base de données du serveur central est plus ancienne que ce que ce site en sait (la réception du site avait atteint le numéro %1, le serveur central ne l&apos;a servie que jusqu&apos;au numéro %2)&#xa0;: le site reçoit de nouveau depuis le début tout ce qu&apos;il détient.</translation>
    </message>
    <message numerus="yes">
        <source>Its outgoing queue grew at %n contact(s) without falling in between: %1.</source>
        <translation>
            <numerusform>Sa file sortante a augmenté à %n contact sans baisser entre-temps&#xa0;: %1.</numerusform>
            <numerusform>Sa file sortante a augmenté à %n contacts sans baisser entre-temps&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It reports %n open sync problem(s).</source>
        <translation>
            <numerusform>Il signale %n problème de synchronisation ouvert.</numerusform>
            <numerusform>Il signale %n problèmes de synchronisation ouverts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::SitePassword</name>
    <message>
        <source>This is the central server; only remote sites keep a password in the keychain.</source>
        <translation>Ceci est le serveur central&#xa0;; seuls les sites distants conservent un mot de passe dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>This is a site data file that was never imported: import it on the site&apos;s machine with &apos;sitesyncctl site import&apos;.</source>
        <translation>Ceci est un fichier de données du site qui n&apos;a jamais été importé&#xa0;: importez-le sur la machine du site avec &apos;sitesyncctl site import&apos;.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no password for site %1 of %2 (%3). Where there is a keychain, store it again with &apos;sitesyncctl --db %4 site password --password-stdin&apos;, the password on standard input. On a server without one, give the service the systemd credential &apos;%5&apos;, made with &apos;systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred&apos; and loaded with LoadCredentialEncrypted=.</source>
        <translation>Il n&apos;y a aucun mot de passe pour le site %1 de %2 (%3). S&apos;il y a un trousseau de clés, enregistrez-le de nouveau avec &apos;sitesyncctl --db %4 site password --password-stdin&apos;, le mot de passe sur l&apos;entrée standard. Sur un serveur qui n&apos;en a pas, donnez au service l&apos;identifiant systemd &apos;%5&apos;, créé avec &apos;systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred&apos; et chargé avec LoadCredentialEncrypted=.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteRegistry</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Un ID de site est un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Un site doit avoir un nom.</translation>
    </message>
    <message>
        <source>A site&apos;s type is &apos;desktop&apos; or &apos;mobile&apos;, not &apos;%1&apos;.</source>
        <translation>Le type d&apos;un site est &apos;desktop&apos; ou &apos;mobile&apos;, et non &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A site password needs at least %1 characters.</source>
        <translation>Le mot de passe d&apos;un site doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation>Le site %1 existe déjà.</translation>
    </message>
    <message>
        <source>Site %1 is already the primary server.</source>
        <translation>Le site %1 est déjà le serveur primaire.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Le site %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Site %1 is the central server and cannot be deleted.</source>
        <translation>Le site %1 est le serveur central et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Site %1 is the primary server and cannot be deleted.</source>
        <translation>Le site %1 est le serveur primaire et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Site %1 (%2) still has active stores: %3. Move them to another site first.</source>
        <translation>Le site %1 (%2) a encore des magasins actifs&#xa0;: %3. Déplacez-les d&apos;abord vers un autre site.</translation>
    </message>
    <message>
        <source>Site %1 is the central server; it has no binding.</source>
        <translation>Le site %1 est le serveur central&#xa0;; il n&apos;a pas de liaison matérielle.</translation>
    </message>
    <message>
        <source>A site initialised again starts from what the central server holds: whatever only its old machine held is lost.</source>
        <translation>Un site initialisé à nouveau repart de ce que détient le serveur central&#xa0;: tout ce que seule son ancienne machine détenait est perdu.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 held 1 record the central server does not hold.</source>
        <translation>Lors de son dernier contact (%2), le site %1 détenait 1 enregistrement que le serveur central ne détient pas.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 held %3 records the central server does not hold.</source>
        <translation>Lors de son dernier contact (%2), le site %1 détenait %3 enregistrements que le serveur central ne détient pas.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 had sent everything: 0 records the central server does not hold.</source>
        <translation>Lors de son dernier contact (%2), le site %1 avait tout envoyé&#xa0;: 0 enregistrement que le serveur central ne détient pas.</translation>
    </message>
    <message>
        <source>Site %1 never reported what it holds: the central server cannot count what would be lost.</source>
        <translation>Le site %1 n&apos;a jamais signalé ce qu&apos;il détient&#xa0;: le serveur central ne peut pas compter ce qui serait perdu.</translation>
    </message>
    <message>
        <source>Anything entered since in its active stores (%1) is lost as well, stock included.</source>
        <translation>Tout ce qui a été saisi depuis dans ses magasins actifs (%1) est également perdu, stock compris.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteSession</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Un ID de site est un nombre entier supérieur à 0.</translation>
    </message>
    <message>
        <source>The central server needs a name.</source>
        <translation>Le serveur central doit avoir un nom.</translation>
    </message>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation>Le mot de passe de déverrouillage doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>%1 was altered outside SiteSync: the write guard of table &apos;%2&apos; is missing or changed, so changes may have bypassed the ownership rules. Restore a backup or re-initialise the site.</source>
        <translation>%1 a été modifié en dehors de SiteSync&#xa0;: la protection en écriture de la table &apos;%2&apos; est absente ou modifiée, des modifications ont donc pu contourner les règles de propriété. Restaurez une sauvegarde ou réinitialisez le site.</translation>
    </message>
</context>
<context>
    <name>sitesync::StockReports</name>
    <message>
        <source>Choose the first and the last month of the usage report.</source>
        <translation>Choisissez le premier et le dernier mois du rapport de consommation.</translation>
    </message>
    <message>
        <source>The usage report cannot start (%1) after it ends (%2).</source>
        <translation>Le rapport de consommation ne peut pas commencer (%1) après sa fin (%2).</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreMove</name>
    <message>
        <source>Store &apos;%1&apos; is already active on site %2.</source>
        <translation>Le magasin &apos;%1&apos; est déjà actif sur le site %2.</translation>
    </message>
    <message>
        <source>A store is moved on the central server, site %1.</source>
        <translation>Un magasin se déplace sur le serveur central, site %1.</translation>
    </message>
    <message>
        <source>The move could not be checked.</source>
        <translation>Le déplacement n&apos;a pas pu être vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still wait for site %1: let it synchronise first.</source>
        <translation>
            <numerusform>%n enregistrement attend encore le site %1&#xa0;: laissez-le d&apos;abord se synchroniser.</numerusform>
            <numerusform>%n enregistrements attendent encore le site %1&#xa0;: laissez-le d&apos;abord se synchroniser.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central cannot see changes site %1 has not pushed yet: make sure it synchronised after its last data entry, and that nobody enters data on either site until the move is complete.</source>
        <translation>Le serveur central ne voit pas les modifications que le site %1 n&apos;a pas encore envoyées&#xa0;: assurez-vous qu&apos;il s&apos;est synchronisé après sa dernière saisie de données, et que personne ne saisit de données sur l&apos;un ou l&apos;autre site tant que le déplacement n&apos;est pas terminé.</translation>
    </message>
    <message>
        <source>A collector copy on the &apos;From&apos; site keeps all of the store&apos;s sync traffic there; this is not normally wanted.</source>
        <translation>Une copie collecteur sur le site d&apos;origine y conserve tout le trafic de synchronisation du magasin&#xa0;; ce n&apos;est normalement pas souhaité.</translation>
    </message>
    <message>
        <source>The new site&apos;s ID must be the &apos;To&apos; site.</source>
        <translation>L&apos;ID du nouveau site doit être celui du site de destination.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 had %n change(s) of its own waiting to be pushed at its last contact (%2): let it synchronise first.</source>
        <translation>
            <numerusform>Le site %1 avait %n modification propre en attente d&apos;envoi lors de son dernier contact (%2)&#xa0;: laissez-le d&apos;abord se synchroniser.</numerusform>
            <numerusform>Le site %1 avait %n modifications propres en attente d&apos;envoi lors de son dernier contact (%2)&#xa0;: laissez-le d&apos;abord se synchroniser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::StoreRegistry</name>
    <message>
        <source>A store ID is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit; &apos;%1&apos; is not.</source>
        <translation>Un ID de magasin comporte de 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; et commence par une lettre ou un chiffre&#xa0;; &apos;%1&apos; n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A store needs a code and a name.</source>
        <translation>Un magasin doit avoir un code et un nom.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; already exists.</source>
        <translation>Le magasin &apos;%1&apos; existe déjà.</translation>
    </message>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreTransfers</name>
    <message>
        <source>Store &apos;%1&apos; has no name record yet; the transfer waits for it.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;a pas encore d&apos;enregistrement de nom&#xa0;; le transfert l&apos;attend.</translation>
    </message>
    <message>
        <source>Customer invoice %1 was received as supplier invoice %2 of store %3.</source>
        <translation>La facture client %1 a été reçue comme facture fournisseur %2 du magasin %3.</translation>
    </message>
    <message>
        <source>Requisition %1 was received as requisition %2 of store %3.</source>
        <translation>La réquisition %1 a été reçue comme réquisition %2 du magasin %3.</translation>
    </message>
    <message>
        <source>Purchase order %1 was received as customer invoice %2 of store %3.</source>
        <translation>Le bon de commande %1 a été reçu comme facture client %2 du magasin %3.</translation>
    </message>
    <message>
        <source>The transfer &apos;%1&apos; would reuse record &apos;%2&apos; of &apos;%3&apos;, which is not its responding half in store &apos;%4&apos; (the id of another or a deleted transfer was used again). Nothing of it was changed.</source>
        <translation>Le transfert &apos;%1&apos; réutiliserait l&apos;enregistrement &apos;%2&apos; de &apos;%3&apos;, qui n&apos;est pas sa moitié de réponse dans le magasin &apos;%4&apos; (l&apos;identifiant d&apos;un autre transfert ou d&apos;un transfert supprimé a été réutilisé). Rien n&apos;en a été modifié.</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreVisibility</name>
    <message>
        <source>Store &apos;%1&apos; cannot be made visible in itself.</source>
        <translation>Le magasin &apos;%1&apos; ne peut pas être rendu visible dans lui-même.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has no name record to make visible.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;a pas d&apos;enregistrement de nom à rendre visible.</translation>
    </message>
    <message>
        <source>Store visibility is changed only on the central server, site %1.</source>
        <translation>La visibilité des magasins ne se modifie que sur le serveur central, site %1.</translation>
    </message>
    <message>
        <source>This record makes store &apos;%1&apos; visible in another store, which changes where its copies go. Change it with &apos;sitesyncctl store visibility --store %1&apos; (or on the store&apos;s Visibility tab), behind the unlock password.</source>
        <translation>Cet enregistrement rend le magasin &apos;%1&apos; visible dans un autre magasin, ce qui modifie la destination de ses copies. Modifiez-le avec «&#xa0;sitesyncctl store visibility --store %1&#xa0;» (ou dans l&apos;onglet Visibilité du magasin), avec le mot de passe de déverrouillage.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncProblemLog</name>
    <message>
        <source>There is no sync problem %1.</source>
        <translation>Le problème de synchronisation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Replaced by problem %1, about the same record from the same site.</source>
        <translation>Remplacé par le problème %1, qui porte sur le même enregistrement provenant du même site.</translation>
    </message>
    <message>
        <source>Sync problem %1 is closed already (%2); there is nothing more to do with it.</source>
        <translation>Le problème de synchronisation %1 est déjà clôturé (%2)&#xa0;; il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncProblems</name>
    <message>
        <source>It is not known which site sent record &apos;%1&apos; of &apos;%2&apos; (sync problem %3), so it cannot be applied as that site&apos;s change. Dismiss the problem once it is dealt with.</source>
        <translation>On ne sait pas quel site a envoyé l&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; (problème de synchronisation %3)&#xa0;; il ne peut donc pas être appliqué comme modification de ce site. Ignorez le problème une fois qu&apos;il a été traité.</translation>
    </message>
    <message>
        <source>A synchronisation of this site is running; retry the problem when it has finished.</source>
        <translation>Une synchronisation de ce site est en cours&#xa0;; réessayez de traiter le problème quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Applied when %1 retried it.</source>
        <translation>Appliqué lors de la nouvelle tentative de %1.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was applied as sent by site %3; sync problem %4 is resolved.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; a été appliqué tel qu&apos;envoyé par le site %3&#xa0;; le problème de synchronisation %4 est résolu.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; still cannot be applied, and nothing was changed; sync problem %3 stays open: %4</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; ne peut toujours pas être appliqué, et rien n&apos;a été modifié&#xa0;; le problème de synchronisation %3 reste ouvert&#xa0;: %4</translation>
    </message>
    <message>
        <source>It waits for a record it refers to, which has not arrived.</source>
        <translation>Il attend un enregistrement auquel il fait référence et qui n&apos;est pas arrivé.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; is no longer on this site and no change of it waits to be sent: there is nothing to push again. Dismiss sync problem %3 once it is dealt with.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; n&apos;est plus sur ce site et aucune modification de celui-ci n&apos;attend d&apos;être envoyée&#xa0;: il n&apos;y a rien à renvoyer. Ignorez le problème de synchronisation %3 une fois qu&apos;il a été traité.</translation>
    </message>
    <message>
        <source>Queued to be pushed to the central server again with the next sync.</source>
        <translation>En file d&apos;attente pour être renvoyé au serveur central lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; is queued to be pushed to the central server again with the next sync, as it is now on this site; sync problem %3 stays open until the central takes it.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; est en file d&apos;attente pour être renvoyé au serveur central lors de la prochaine synchronisation, tel qu&apos;il est actuellement sur ce site&#xa0;; le problème de synchronisation %3 reste ouvert jusqu&apos;à ce que le serveur central l&apos;accepte.</translation>
    </message>
    <message>
        <source>Say why the problem is dismissed; the reason is kept with it.</source>
        <translation>Indiquez pourquoi le problème est ignoré&#xa0;; le motif est conservé avec lui.</translation>
    </message>
    <message>
        <source>The retention of closed sync problems is a number of days from 1 to %1, not %2.</source>
        <translation>La durée de conservation des problèmes de synchronisation clôturés va de 1 à %1 jours, et non %2.</translation>
    </message>
    <message>
        <source>A later version of the record arrived from site %1.</source>
        <translation>Une version plus récente de l&apos;enregistrement est arrivée du site %1.</translation>
    </message>
    <message>
        <source>The central server received a later push of the record and did not set it aside.</source>
        <translation>Le serveur central a reçu un envoi plus récent de l&apos;enregistrement et ne l&apos;a pas mis de côté.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; came from the central server and still waits to be applied here; dismissed, this site would be without it for good. Retry it once what it waits for is here (see the reason), or initialise the site again to receive everything anew.</source>
        <translation>L&apos;enregistrement &apos;%1&apos; de &apos;%2&apos; vient du serveur central et attend toujours d&apos;être appliqué ici&#xa0;; s&apos;il était ignoré, ce site en serait privé pour de bon. Réessayez-le une fois arrivé ce qu&apos;il attend (voir la raison), ou initialisez de nouveau le site pour tout recevoir à nouveau.</translation>
    </message>
    <message>
        <source>The central server has not applied this record yet: %1</source>
        <translation>Le serveur central n&apos;a pas encore appliqué cet enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The central server no longer waits to apply it.</source>
        <translation>Le serveur central n&apos;attend plus pour l&apos;appliquer.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncService</name>
    <message>
        <source>A pull names the cursor and queue_cursor it has stored.</source>
        <translation>Une réception indique le cursor et le queue_cursor qu&apos;elle a stockés.</translation>
    </message>
    <message>
        <source>A pull&apos;s stored cursors cannot be past the cursors it reads from.</source>
        <translation>Les curseurs stockés d&apos;une réception ne peuvent pas dépasser les curseurs qu&apos;elle lit.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Le site %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Site data files are made on the central server.</source>
        <translation>Les fichiers de données du site se créent sur le serveur central.</translation>
    </message>
    <message>
        <source>Site %1 is the central server itself.</source>
        <translation>Le site %1 est le serveur central lui-même.</translation>
    </message>
    <message>
        <source>Site %1 is a mobile site: a mobile site is initialised from the central server over the network, not from a file.</source>
        <translation>Le site %1 est un site mobile&#xa0;: un site mobile s&apos;initialise depuis le serveur central par le réseau, et non à partir d&apos;un fichier.</translation>
    </message>
    <message>
        <source>This is not the latest site data file of site %1, or it was imported already. Export the site again on the central server.</source>
        <translation>Ce n&apos;est pas le dernier fichier de données du site %1, ou il a déjà été importé. Exportez à nouveau le site sur le serveur central.</translation>
    </message>
    <message>
        <source>Site %1 was initialised, exported again or changed while its data file was written; the file was removed.</source>
        <translation>Le site %1 a été initialisé, exporté à nouveau ou modifié pendant l&apos;écriture de son fichier de données&#xa0;; le fichier a été supprimé.</translation>
    </message>
    <message>
        <source>A push holds %1 records; the central takes at most %2 at once.</source>
        <translation>Un envoi contient %1 enregistrements&#xa0;; le central en accepte au plus %2 à la fois.</translation>
    </message>
    <message>
        <source>A push holds more than %1 records; the central takes at most %1 at once.</source>
        <translation>Un envoi contient plus de %1 enregistrements&#xa0;; le central en accepte au plus %1 à la fois.</translation>
    </message>
    <message>
        <source>Site %1 is in use on a machine. To set it up on a new machine, reset its hardware binding first.</source>
        <translation>Le site %1 est utilisé sur une machine. Pour le configurer sur une nouvelle machine, réinitialisez d&apos;abord sa liaison matérielle.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsEditor</name>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This site holds no sync settings for store &apos;%1&apos;.</source>
        <translation>Ce site ne contient aucun paramètre de synchronisation pour le magasin &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Le site %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;Include transactions in sync&apos; applies to dispensary stores only; store &apos;%1&apos; is not one.</source>
        <translation>«&#xa0;Inclure les transactions dans la synchronisation&#xa0;» ne s&apos;applique qu&apos;aux magasins de type dispensaire&#xa0;; le magasin &apos;%1&apos; n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Site %1 is a mobile site and store &apos;%2&apos; is already active on it; a mobile site can have only one active store.</source>
        <translation>Le site %1 est un site mobile et le magasin &apos;%2&apos; y est déjà actif&#xa0;; un site mobile ne peut avoir qu&apos;un seul magasin actif.</translation>
    </message>
    <message>
        <source>Every store exists on the central server: store &apos;%1&apos; needs a collector or transfer copy on site %2.</source>
        <translation>Chaque magasin existe sur le serveur central&#xa0;: le magasin &apos;%1&apos; a besoin d&apos;une copie collecteur ou d&apos;une copie de transfert sur le site %2.</translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation>une copie de transfert</translation>
    </message>
    <message>
        <source>a collector</source>
        <translation>un collecteur</translation>
    </message>
    <message>
        <source>Site %1 is the active site of store &apos;%2&apos;, so its sync-with is Active/collector, not %3.</source>
        <translation>Le site %1 est le site actif du magasin &apos;%2&apos;&#xa0;; son paramètre «&#xa0;Synchroniser avec&#xa0;» est donc Actif/collecteur, et non %3.</translation>
    </message>
    <message>
        <source>The settings of store &apos;%1&apos; or the visibility they follow changed since the preview; look at the preview again before saving.</source>
        <translation>Les paramètres du magasin &apos;%1&apos; ou la visibilité dont ils dépendent ont changé depuis l&apos;aperçu&#xa0;; consultez à nouveau l&apos;aperçu avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be a collector on site %2 while the central server holds only a transfer copy of it: a collector is filled through the central, which does not receive the store&apos;s data. Make the central a collector of the store first, or keep a transfer copy on site %2.</source>
        <translation>Le magasin &apos;%1&apos; ne peut pas être collecteur sur le site %2 tant que le serveur central n&apos;en détient qu&apos;une copie de transfert&#xa0;: un collecteur est alimenté par le serveur central, qui ne reçoit pas les données du magasin. Faites d&apos;abord du serveur central un collecteur du magasin, ou gardez une copie de transfert sur le site %2.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be %2 on site %3: it is not visible in any store active there. Make it visible in one of them first (the store&apos;s Visibility tab, or sitesyncctl store visibility).</source>
        <translation>Le magasin &apos;%1&apos; ne peut pas être %2 sur le site %3&#xa0;: il n&apos;est visible dans aucun magasin actif sur ce site. Rendez-le d&apos;abord visible dans l&apos;un d&apos;eux (onglet Visibilité du magasin, ou sitesyncctl store visibility).</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible in a store active on site %2, so it keeps at least a transfer copy there. Hide it from that store first (the store&apos;s Visibility tab, or sitesyncctl store visibility).</source>
        <translation>Le magasin &apos;%1&apos; est visible dans un magasin actif sur le site %2&#xa0;; il y conserve donc au moins une copie de transfert. Masquez-le d&apos;abord dans ce magasin (onglet Visibilité du magasin, ou sitesyncctl store visibility).</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsImpact</name>
    <message>
        <source>Sync settings are changed only on the central server.</source>
        <translation>Les paramètres de synchronisation ne se modifient que sur le serveur central.</translation>
    </message>
    <message>
        <source>Could not measure the change&apos;s effect.</source>
        <translation>Impossible de mesurer l&apos;effet de la modification.</translation>
    </message>
    <message>
        <source>Site %1 has never connected. Anything entered there for store &apos;%2&apos; and not yet pushed is lost to the move.</source>
        <translation>Le site %1 ne s&apos;est jamais connecté. Tout ce qui y a été saisi pour le magasin &apos;%2&apos; et pas encore envoyé sera perdu lors du déplacement.</translation>
    </message>
    <message>
        <source>Site %1 last connected at %2. Make sure it has pushed all its changes to store &apos;%3&apos; and stopped data entry before the move.</source>
        <translation>Le site %1 s&apos;est connecté pour la dernière fois le %2. Assurez-vous qu&apos;il a envoyé toutes ses modifications du magasin &apos;%3&apos; et arrêté la saisie de données avant le déplacement.</translation>
    </message>
    <message>
        <source>Site %1 keeps a read-only collector copy: anything entered there for store &apos;%2&apos; after the move is refused.</source>
        <translation>Le site %1 conserve une copie collecteur en lecture seule&#xa0;: tout ce qui y sera saisi pour le magasin &apos;%2&apos; après le déplacement sera refusé.</translation>
    </message>
    <message>
        <source>Site %1 is not initialised yet: the store&apos;s records wait for it until it is.</source>
        <translation>Le site %1 n&apos;est pas encore initialisé&#xa0;: les enregistrements du magasin l&apos;attendront jusqu&apos;à son initialisation.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so there is no other copy to resend patient records to.</source>
        <translation>Le magasin &apos;%1&apos; est actif sur le serveur central&#xa0;; il n&apos;existe donc aucune autre copie à laquelle renvoyer les enregistrements patients.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so its transactions, prescriptions, stock lines and stocktakes are kept there as before. The setting takes effect if the store becomes active on a remote site: they will then stay on that site.</source>
        <translation>Le magasin &apos;%1&apos; est actif sur le serveur central&#xa0;; ses transactions, ordonnances, lignes de stock et inventaires y sont donc conservés comme auparavant. Le paramètre prend effet si le magasin devient actif sur un site distant&#xa0;: ils resteront alors sur ce site.</translation>
    </message>
    <message>
        <source>The transactions, prescriptions, stock lines and stocktakes of store &apos;%1&apos; will stay on site %2 and no longer reach the central server.</source>
        <translation>Les transactions, ordonnances, lignes de stock et inventaires du magasin &apos;%1&apos; resteront sur le site %2 et ne parviendront plus au serveur central.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncType</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>collecteur</translation>
    </message>
    <message>
        <source>transfer copy</source>
        <translation>copie de transfert</translation>
    </message>
    <message>
        <source>no copy</source>
        <translation>aucune copie</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWith</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Active/collector</source>
        <translation>Actif/collecteur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWorker</name>
    <message>
        <source>Cancelled; the next synchronisation continues where this one stopped.</source>
        <translation>Annulé&#xa0;; la prochaine synchronisation reprendra là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Pushed %1 and pulled %2 records.</source>
        <translation>%1 enregistrements envoyés et %2 reçus.</translation>
    </message>
    <message>
        <source>The sync interval is 0 (paused) to %1 minutes.</source>
        <translation>L&apos;intervalle de synchronisation va de 0 (en pause) à %1 minutes.</translation>
    </message>
</context>
<context>
    <name>sitesync::SystemdCredentialStore</name>
    <message>
        <source>no systemd credential &apos;%1&apos;: not run by a service that loads one (CREDENTIALS_DIRECTORY is not set)</source>
        <translation>aucun identifiant systemd &apos;%1&apos;&#xa0;: le programme n&apos;est pas exécuté par un service qui en charge un (CREDENTIALS_DIRECTORY n&apos;est pas défini)</translation>
    </message>
    <message>
        <source>no systemd credential &apos;%1&apos; in %2</source>
        <translation>aucun identifiant systemd &apos;%1&apos; dans %2</translation>
    </message>
    <message>
        <source>The systemd credential %1 cannot be read: %2</source>
        <translation>L&apos;identifiant systemd %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The systemd credential %1 is empty.</source>
        <translation>L&apos;identifiant systemd %1 est vide.</translation>
    </message>
    <message>
        <source>The site password comes from the systemd credential &apos;%1&apos;, which holds another password (or none). Make the credential again with &apos;systemd-creds encrypt --name=%1 - FILE&apos; and restart the service.</source>
        <translation>Le mot de passe du site provient de l&apos;identifiant systemd &apos;%1&apos;, qui contient un autre mot de passe (ou aucun). Créez de nouveau l&apos;identifiant avec &apos;systemd-creds encrypt --name=%1 - FILE&apos; et redémarrez le service.</translation>
    </message>
    <message>
        <source>The systemd credential &apos;%1&apos; is read-only; remove its file and the service&apos;s LoadCredentialEncrypted= line instead.</source>
        <translation>L&apos;identifiant systemd &apos;%1&apos; est en lecture seule&#xa0;; supprimez plutôt son fichier et la ligne LoadCredentialEncrypted= du service.</translation>
    </message>
</context>
<context>
    <name>sitesync::UnlockGate</name>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation>Le mot de passe de déverrouillage doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Too many wrong unlock passwords; try again after %1 UTC.</source>
        <translation>Trop de mots de passe de déverrouillage incorrects&#xa0;; réessayez après %1 UTC.</translation>
    </message>
    <message>
        <source>Wrong unlock password. Unlocking is locked for %1 minutes.</source>
        <translation>Mot de passe de déverrouillage incorrect. Le déverrouillage est bloqué pendant %1 minutes.</translation>
    </message>
    <message>
        <source>Wrong unlock password (%1 of %2 attempts).</source>
        <translation>Mot de passe de déverrouillage incorrect (tentative %1 sur %2).</translation>
    </message>
    <message>
        <source>Give your name: it is written in the audit log with everything done while unlocked.</source>
        <translation>Indiquez votre nom&#xa0;: il est consigné dans le journal d&apos;audit avec tout ce qui est fait pendant le déverrouillage.</translation>
    </message>
    <message>
        <source>An unlock password is set already; changing it needs the current one.</source>
        <translation>Un mot de passe de déverrouillage est déjà défini&#xa0;; pour le changer, il faut le mot de passe actuel.</translation>
    </message>
    <message>
        <source>No unlock password is set on this server yet.</source>
        <translation>Aucun mot de passe de déverrouillage n&apos;est encore défini sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>sitesync::WaitingRecords</name>
    <message>
        <source>It was applied at last.</source>
        <translation>Il a finalement été appliqué.</translation>
    </message>
    <message>
        <source>Waiting since %1 and not applied yet: %2 It is tried again when what it waits for arrives.</source>
        <translation>En attente depuis %1 et pas encore appliqué&#xa0;: %2 Une nouvelle tentative sera faite lorsque ce qu&apos;il attend arrivera.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::AboutDialog</name>
    <message>
        <source>About SiteSync</source>
        <translation>À propos de SiteSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Site %2, %3. Database schema version %4.&lt;br&gt;%5</source>
        <translation>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Site %2, %3. Version %4 du schéma de base de données.&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>comptage...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Received, waiting to be applied (sync_in)</source>
        <translation>Reçus, en attente d&apos;application (sync_in)</translation>
    </message>
    <message>
        <source>Open sync problems</source>
        <translation>Problèmes de synchronisation ouverts</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (never connected)</source>
        <translation>En attente sur ce serveur pour le site %1 (jamais connecté)</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (connects from %2)</source>
        <translation>En attente sur ce serveur pour le site %1 (se connecte depuis %2)</translation>
    </message>
    <message>
        <source>Central server: %1</source>
        <translation>Serveur central&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (SiteSync %2, connects from %3)</source>
        <translation>En attente sur ce serveur pour le site %1 (SiteSync %2, se connecte depuis %3)</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::DismissProblemDialog</name>
    <message>
        <source>Dismiss sync problem %1</source>
        <translation>Ignorer le problème de synchronisation %1</translation>
    </message>
    <message>
        <source>Sync problem %1 (%2) will be closed without its record being applied. Why? The reason is kept with the problem and in the audit log.</source>
        <translation>Le problème de synchronisation %1 (%2) sera clôturé sans que son enregistrement soit appliqué. Pourquoi&#xa0;? Le motif est conservé avec le problème et dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::DisplayText</name>
    <message>
        <source>central server</source>
        <translation>serveur central</translation>
    </message>
    <message>
        <source>primary server</source>
        <translation>serveur primaire</translation>
    </message>
    <message>
        <source>remote site</source>
        <translation>site distant</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Waiting for the link to the central server, retry %1 in %2 s</source>
        <translation>En attente de la liaison avec le serveur central, nouvel essai %1 dans %2 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 records received, %4 remaining</source>
        <translation>%1&#xa0;: %2 enregistrements reçus sur %3, %4 restants</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ImpactDialog</name>
    <message>
        <source>Save the sync settings of %1?</source>
        <translation>Enregistrer les paramètres de synchronisation de %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will be active on site %2.</source>
        <translation>%1 sera actif sur le site %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saving queues %n record(s) for remote sites.</source>
        <translation>
            <numerusform>L&apos;enregistrement des paramètres met %n enregistrement en file d&apos;attente pour les sites distants.</numerusform>
            <numerusform>L&apos;enregistrement des paramètres met %n enregistrements en file d&apos;attente pour les sites distants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n patient record(s) are resent to the store&apos;s active copy.</source>
        <translation>
            <numerusform>Parmi eux, %n enregistrement patient est renvoyé à la copie active du magasin.</numerusform>
            <numerusform>Parmi eux, %n enregistrements patients sont renvoyés à la copie active du magasin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Records queued</source>
        <translation>Enregistrements en file d&apos;attente</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Après enregistrement</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effet</translation>
    </message>
    <message numerus="yes">
        <source>Copy removed from the site (about %n record(s))</source>
        <translation>
            <numerusform>Copie supprimée du site (environ %n enregistrement)</numerusform>
            <numerusform>Copie supprimée du site (environ %n enregistrements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut down to transfers: about %n record(s) removed</source>
        <translation>
            <numerusform>Réduite aux transferts&#xa0;: environ %n enregistrement supprimé</numerusform>
            <numerusform>Réduite aux transferts&#xa0;: environ %n enregistrements supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>New copy: the site receives the store&apos;s records</source>
        <translation>Nouvelle copie&#xa0;: le site reçoit les enregistrements du magasin</translation>
    </message>
    <message>
        <source>Changes role</source>
        <translation>Change de rôle</translation>
    </message>
    <message numerus="yes">
        <source>The move queues %n record(s) for remote sites.</source>
        <translation>
            <numerusform>Le déplacement met %n enregistrement en file d&apos;attente pour les sites distants.</numerusform>
            <numerusform>Le déplacement met %n enregistrements en file d&apos;attente pour les sites distants.</numerusform>
        </translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Après le déplacement</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::MainWindow</name>
    <message>
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>Rapport de synchronisation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About SiteSync</source>
        <translation>À &amp;propos de SiteSync</translation>
    </message>
    <message>
        <source>SiteSync - site %1 (%2)</source>
        <translation>SiteSync - site %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Change &amp;unlock password...</source>
        <translation>Changer le mot de passe de &amp;déverrouillage...</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ReportsPage</name>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapports&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock disponible</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>Consommation mensuelle</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Code article</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;Du mois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to month:</source>
        <translation>a&amp;u mois&#xa0;:</translation>
    </message>
    <message>
        <source>Usage is the quantity of finalised customer invoices and prescriptions, counted in the month each was finalised. Supplier invoices, inventory adjustments and invoices not yet finalised do not count.</source>
        <translation>La consommation correspond à la quantité des factures client et des ordonnances finalisées, comptée dans le mois de leur finalisation. Les factures fournisseur, les ajustements d&apos;inventaire et les factures non encore finalisées ne sont pas comptés.</translation>
    </message>
    <message>
        <source>No store is reportable on this site: no store is active here and this site holds no collector copy of any. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation>Aucun magasin de ce site ne peut faire l&apos;objet d&apos;un rapport&#xa0;: aucun magasin n&apos;y est actif et ce site ne détient de copie collecteur d&apos;aucun magasin. Les copies de transfert ne font pas l&apos;objet de rapports&#xa0;: elles ne contiennent que l&apos;enregistrement du magasin et ses transferts.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>store name (sync type here)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reports cover the stores active on this site and those it holds a collector copy of: %1. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation>Les rapports couvrent les magasins actifs sur ce site et ceux dont il détient une copie collecteur&#xa0;: %1. Les copies de transfert ne font pas l&apos;objet de rapports&#xa0;: elles ne contiennent que l&apos;enregistrement du magasin et ses transferts.</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>item code - item name</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>aucun emplacement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ScreenshotTour</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteContactColumns</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Queue at last contact</source>
        <translation>File au dernier contact</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Waiting on central</source>
        <translation>En attente sur le central</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The site reported this queue on %1.</source>
        <translation>Le site a signalé cette file le %1.</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>comptage...</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>This site reaches the central server at %1.</source>
        <translation>Ce site joint le serveur central à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>jamais connecté</translation>
    </message>
    <message>
        <source>The address site %1 last connected from, on %2.</source>
        <translation>L&apos;adresse depuis laquelle le site %1 s&apos;est connecté pour la dernière fois, le %2.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteExportDialog</name>
    <message>
        <source>Export site data file</source>
        <translation>Exporter le fichier de données du site</translation>
    </message>
    <message>
        <source>The data file holds everything site %1 (%2) needs, so that its machine does not pull it all over the network. Take it to that machine and import it there. Changes made after the export reach the site with its first sync.</source>
        <translation>Le fichier de données contient tout ce dont le site %1 (%2) a besoin, afin que sa machine n&apos;ait pas à tout recevoir par le réseau. Apportez-le sur cette machine et importez-le là-bas. Les modifications faites après l&apos;exportation parviennent au site lors de sa première synchronisation.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Site data files (*.sitesync)</source>
        <translation>Fichiers de données du site (*.sitesync)</translation>
    </message>
    <message>
        <source>%L1 records written</source>
        <translation>%L1 enregistrements écrits</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). On the site&apos;s machine, start SiteSync with a new database and choose &quot;Import a site data file&quot;, or run:
  sitesyncctl --db PATH site import FILE --central URL --password-stdin</source>
        <translation>Fichier %1 écrit (%2). Sur la machine du site, lancez SiteSync avec une nouvelle base de données et choisissez «&#xa0;Importer un fichier de données du site&#xa0;», ou exécutez&#xa0;:
  sitesyncctl --db PATH site import FILE --central URL --password-stdin</translation>
    </message>
    <message>
        <source>The file could not be written: the folder %1 does not exist.</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file could not be written: the folder %1 is not writable. Choose another folder.</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: le dossier %1 n&apos;est pas accessible en écriture. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteSetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Configurer ce site</translation>
    </message>
    <message>
        <source>There is no site database at %1 yet. Set this machine up as a remote site of your central server:</source>
        <translation>Il n&apos;y a pas encore de base de données de site à l&apos;emplacement %1. Configurez cette machine comme site distant de votre serveur central&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Initialise it from the central server (a desktop or mobile site)</source>
        <translation>&amp;Initialiser le site depuis le serveur central (un site de bureau ou mobile)</translation>
    </message>
    <message>
        <source>I&amp;mport a site data file exported on the central server (a desktop site)</source>
        <translation>I&amp;mporter un fichier de données du site exporté sur le serveur central (un site de bureau)</translation>
    </message>
    <message>
        <source>&amp;Central server:</source>
        <translation>Serveur &amp;central&#xa0;:</translation>
    </message>
    <message>
        <source>Site &amp;ID:</source>
        <translation>I&amp;D du site&#xa0;:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Fichier de données&#xa0;:</translation>
    </message>
    <message>
        <source>Site &amp;password:</source>
        <translation>Mot de &amp;passe du site&#xa0;:</translation>
    </message>
    <message>
        <source>Only for an HTTPS central with its own certificate authority</source>
        <translation>Uniquement pour un serveur central HTTPS doté de sa propre autorité de certification</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>Cer&amp;tificat de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Site data file</source>
        <translation>Fichier de données du site</translation>
    </message>
    <message>
        <source>Site data files (*.sitesync)</source>
        <translation>Fichiers de données du site (*.sitesync)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificat de confiance</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificats (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1: %L2 records</source>
        <translation>%1&#xa0;: %L2 enregistrements</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>choisir</translation>
    </message>
    <message>
        <source>The ID this site was given on the central server (its Sites page lists them).</source>
        <translation>L&apos;ID attribué à ce site sur le serveur central (sa page Sites les répertorie).</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteWizard</name>
    <message>
        <source>What kind of site?</source>
        <translation>Quel type de site&#xa0;?</translation>
    </message>
    <message>
        <source>Desktop site: a server or a single computer</source>
        <translation>Site de bureau&#xa0;: un serveur ou un ordinateur unique</translation>
    </message>
    <message>
        <source>Mobile site: a tablet running one store</source>
        <translation>Site mobile&#xa0;: une tablette exploitant un seul magasin</translation>
    </message>
    <message>
        <source>The new site</source>
        <translation>Le nouveau site</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID du site&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation>Mot de passe du site&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Confirmez-le&#xa0;:</translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation>Créer le site</translation>
    </message>
    <message>
        <source>Site created</source>
        <translation>Site créé</translation>
    </message>
    <message>
        <source>New sync site</source>
        <translation>Nouveau site de synchronisation</translation>
    </message>
    <message>
        <source>Export its data file now, to import on its machine</source>
        <translation>Exporter maintenant son fichier de données, pour l&apos;importer sur sa machine</translation>
    </message>
    <message>
        <source>Where the connection is poor, export the site&apos;s data file instead and import it on the machine: only what changes afterwards then goes over the network.</source>
        <translation>Si la connexion est médiocre, exportez plutôt le fichier de données du site et importez-le sur la machine&#xa0;: seules les modifications ultérieures passent alors par le réseau.</translation>
    </message>
    <message>
        <source>Site %1 already exists: choose another ID.</source>
        <translation>Le site %1 existe déjà&#xa0;: choisissez un autre ID.</translation>
    </message>
    <message>
        <source>Site %1 exists on the central server. No store is active on it yet: move stores to it with Move store... on the Stores page.

On the site&apos;s own machine, start SiteSync with a new database and initialise the site from the central server with its password (or run: sitesyncctl init remote --central URL --site-id %1 --password-stdin). That binds the site to that machine and pulls everything it needs.</source>
        <translation>Le site %1 existe sur le serveur central. Aucun magasin n&apos;y est encore actif&#xa0;: déplacez-y des magasins avec Déplacer le magasin... sur la page Magasins.

Sur la machine du site elle-même, lancez SiteSync avec une nouvelle base de données et initialisez le site depuis le serveur central avec son mot de passe (ou exécutez&#xa0;: sitesyncctl init remote --central URL --site-id %1 --password-stdin). Cela lie le site à cette machine et lui fait recevoir tout ce dont il a besoin.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SitesPage</name>
    <message>
        <source>&lt;b&gt;Sync sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sites de synchronisation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation>Magasins actifs</translation>
    </message>
    <message>
        <source>Initialised</source>
        <translation>Initialisé</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Site %1 created.</source>
        <translation>Site %1 créé.</translation>
    </message>
    <message>
        <source>Release site %1 from the machine it was initialised on? Until it is initialised again, no machine can sync as that site.</source>
        <translation>Libérer le site %1 de la machine sur laquelle il a été initialisé&#xa0;? Tant qu&apos;il n&apos;est pas initialisé à nouveau, aucune machine ne peut se synchroniser en tant que ce site.</translation>
    </message>
    <message>
        <source>Site %1 can now be initialised on another machine.</source>
        <translation>Le site %1 peut maintenant être initialisé sur une autre machine.</translation>
    </message>
    <message>
        <source>Delete site %1? Its copies of stores and what waits for it are removed.</source>
        <translation>Supprimer le site %1&#xa0;? Ses copies de magasins et ce qui l&apos;attend seront supprimés.</translation>
    </message>
    <message>
        <source>Site %1 deleted.</source>
        <translation>Site %1 supprimé.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>For a new desktop site not yet on a machine: its database as a file, to import there instead of pulling everything over the network.</source>
        <translation>Pour un nouveau site de bureau qui n&apos;est pas encore sur une machine&#xa0;: sa base de données sous forme de fichier, à importer sur celle-ci au lieu de tout recevoir par le réseau.</translation>
    </message>
    <message>
        <source>Lets the site be initialised on another machine. Needs the unlock password.</source>
        <translation>Permet d&apos;initialiser le site sur une autre machine. Nécessite le mot de passe de déverrouillage.</translation>
    </message>
    <message>
        <source>Only a site with no active store that is neither the central nor the primary. Needs the unlock password.</source>
        <translation>Uniquement un site sans magasin actif qui n&apos;est ni le serveur central ni le serveur primaire. Nécessite le mot de passe de déverrouillage.</translation>
    </message>
    <message>
        <source>Export the data file of site %1? Whoever holds the file holds the site&apos;s data, patients included.</source>
        <translation>Exporter le fichier de données du site %1&#xa0;? Quiconque détient le fichier détient les données du site, patients compris.</translation>
    </message>
    <message>
        <source>Unlock and export</source>
        <translation>Déverrouiller et exporter</translation>
    </message>
    <message>
        <source>The data file of site %1 was written: the site counts as set up once it is imported on its machine.</source>
        <translation>Le fichier de données du site %1 a été écrit&#xa0;: le site sera considéré comme configuré une fois le fichier importé sur sa machine.</translation>
    </message>
    <message>
        <source>Reset the binding</source>
        <translation>Réinitialiser la liaison</translation>
    </message>
    <message>
        <source>Delete the site</source>
        <translation>Supprimer le site</translation>
    </message>
    <message>
        <source>&amp;New site...</source>
        <translation>&amp;Nouveau site...</translation>
    </message>
    <message>
        <source>E&amp;xport data file...</source>
        <translation>E&amp;xporter le fichier de données...</translation>
    </message>
    <message>
        <source>&amp;Reset hardware binding</source>
        <translation>&amp;Réinitialiser la liaison matérielle</translation>
    </message>
    <message>
        <source>&amp;Delete site</source>
        <translation>&amp;Supprimer le site</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreDialog</name>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Magasin %1 (%2)</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Magasin %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Dispensary:</source>
        <translation>Dispensaire&#xa0;:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Store records are edited on the primary server.</source>
        <translation>Les enregistrements de magasin se modifient sur le serveur primaire.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>What you changed on this store has not been saved.</source>
        <translation>Les modifications apportées à ce magasin n&apos;ont pas été enregistrées.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreMoveWizard</name>
    <message>
        <source>Where does the store go?</source>
        <translation>Où va le magasin&#xa0;?</translation>
    </message>
    <message>
        <source>Store %1 is active on site %2.</source>
        <translation>Le magasin %1 est actif sur le site %2.</translation>
    </message>
    <message>
        <source>To an existing site (the central server among them)</source>
        <translation>Vers un site existant (y compris le serveur central)</translation>
    </message>
    <message>
        <source>To a new site</source>
        <translation>Vers un nouveau site</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID du site&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation>Mot de passe du site&#xa0;:</translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation>Le site %1 existe déjà.</translation>
    </message>
    <message>
        <source>What stays on site %1?</source>
        <translation>Que reste-t-il sur le site %1&#xa0;?</translation>
    </message>
    <message>
        <source>None: the site keeps nothing of the store</source>
        <translation>Aucun&#xa0;: le site ne conserve rien du magasin</translation>
    </message>
    <message>
        <source>Transfer: the store still transfers to and from stores on that site</source>
        <translation>Transfert&#xa0;: le magasin effectue toujours des transferts avec les magasins de ce site</translation>
    </message>
    <message>
        <source>A collector copy keeps all of the store&apos;s sync traffic on the &apos;From&apos; site, and anything entered there is refused. It is not normally wanted.</source>
        <translation>Une copie collecteur conserve tout le trafic de synchronisation du magasin sur le site d&apos;origine, et tout ce qui y est saisi est refusé. Ce n&apos;est normalement pas souhaité.</translation>
    </message>
    <message>
        <source>Delete site %1 after the move: no store will be active on it</source>
        <translation>Supprimer le site %1 après le déplacement&#xa0;: aucun magasin n&apos;y sera actif</translation>
    </message>
    <message>
        <source>Are both sites synchronised?</source>
        <translation>Les deux sites sont-ils synchronisés&#xa0;?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Nobody enters data on either site until the move is complete.</source>
        <translation>Personne ne doit saisir de données sur l&apos;un ou l&apos;autre site tant que le déplacement n&apos;est pas terminé.</translation>
    </message>
    <message>
        <source>Both sites have received everything the central holds for them.</source>
        <translation>Les deux sites ont reçu tout ce que le serveur central détient pour eux.</translation>
    </message>
    <message>
        <source>Not yet: let the sites synchronise, then check again.</source>
        <translation>Pas encore&#xa0;: laissez les sites se synchroniser, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Move the store</source>
        <translation>Déplacer le magasin</translation>
    </message>
    <message>
        <source>Moving the store</source>
        <translation>Déplacement du magasin</translation>
    </message>
    <message>
        <source>Moving store %1 and queuing its records...</source>
        <translation>Déplacement du magasin %1 et mise en file d&apos;attente de ses enregistrements...</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Non déplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Store %1 is now active on site %2; %3 records wait for it there.</source>
        <translation>Le magasin %1 est maintenant actif sur le site %2&#xa0;; %3 enregistrements l&apos;y attendent.</translation>
    </message>
    <message>
        <source>Initialise the new site from the central server (sitesyncctl init remote) with its password.</source>
        <translation>Initialisez le nouveau site depuis le serveur central (sitesyncctl init remote) avec son mot de passe.</translation>
    </message>
    <message>
        <source>Site %1 had no store left and was deleted.</source>
        <translation>Le site %1 n&apos;avait plus aucun magasin et a été supprimé.</translation>
    </message>
    <message>
        <source>Move store %1</source>
        <translation>Déplacer le magasin %1</translation>
    </message>
    <message>
        <source>Collector: a full read-only copy, as the central server usually keeps of every store</source>
        <translation>Collecteur&#xa0;: une copie complète en lecture seule, comme celle que le serveur central conserve habituellement de chaque magasin</translation>
    </message>
    <message>
        <source>Collector: a full read-only copy, which keeps all of the store&apos;s sync traffic on the site (rarely wanted)</source>
        <translation>Collecteur&#xa0;: une copie complète en lecture seule, qui conserve tout le trafic de synchronisation du magasin sur le site (rarement souhaité)</translation>
    </message>
    <message>
        <source>What will the move cause?</source>
        <translation>Quels seront les effets du déplacement&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing has changed yet. This is what moving the store will do.</source>
        <translation>Rien n&apos;a encore été modifié. Voici ce que le déplacement du magasin va entraîner.</translation>
    </message>
    <message>
        <source>Store moved</source>
        <translation>Magasin déplacé</translation>
    </message>
    <message>
        <source>Store not moved</source>
        <translation>Magasin non déplacé</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreVisibilityTab</name>
    <message>
        <source>Tick the stores store %1 is visible in. Each site where one of them is active holds at least a transfer copy of store %1; a site where none is holds no copy.</source>
        <translation>Cochez les magasins dans lesquels le magasin %1 est visible. Chaque site où l&apos;un d&apos;eux est actif détient au moins une copie de transfert du magasin %1&#xa0;; un site où aucun ne l&apos;est n&apos;en détient aucune copie.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Actif sur</translation>
    </message>
    <message>
        <source>Store %1 visible in it</source>
        <translation>Magasin %1 visible dans celui-ci</translation>
    </message>
    <message>
        <source>Read-only: visibility is changed only on the central server, site %1.</source>
        <translation>Lecture seule&#xa0;: la visibilité ne se modifie que sur le serveur central, site %1.</translation>
    </message>
    <message>
        <source>Locked: unlock the settings on the Synchronisation tab to change visibility.</source>
        <translation>Verrouillé&#xa0;: déverrouillez les paramètres dans l&apos;onglet Synchronisation pour modifier la visibilité.</translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation>Déverrouillé. Chaque modification enregistrée est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation>Mesure des effets de la modification...</translation>
    </message>
    <message>
        <source>Save the visibility of %1?</source>
        <translation>Enregistrer la visibilité de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoresPage</name>
    <message>
        <source>&lt;b&gt;Stores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Magasins&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dispensary</source>
        <translation>Dispensaire</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Actif sur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation>inconnu ici</translation>
    </message>
    <message>
        <source>&amp;Open store...</source>
        <translation>&amp;Ouvrir le magasin...</translation>
    </message>
    <message>
        <source>&amp;Move store...</source>
        <translation>&amp;Déplacer le magasin...</translation>
    </message>
    <message>
        <source>Move the selected store&apos;s active copy to another site.</source>
        <translation>Déplacer la copie active du magasin sélectionné vers un autre site.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncLogPage</name>
    <message>
        <source>&lt;b&gt;Sync log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Journal de synchronisation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problèmes de synchronisation</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>mis en quarantaine</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (résolu)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncProblemsPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Tous les problèmes</translation>
    </message>
    <message>
        <source>Open problems only</source>
        <translation>Problèmes ouverts uniquement</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>A record received from another site is applied again as that site&apos;s change; this site&apos;s own record is pushed to the central server again with the next sync.</source>
        <translation>Un enregistrement reçu d&apos;un autre site est de nouveau appliqué comme modification de ce site-là&#xa0;; un enregistrement propre à ce site est renvoyé au serveur central lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Dismiss...</source>
        <translation>Ignorer...</translation>
    </message>
    <message>
        <source>Closes the problem without applying its record; asks why.</source>
        <translation>Clôture le problème sans appliquer son enregistrement&#xa0;; demande le motif.</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation>%1 (ignoré)</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1 (remplacé)</translation>
    </message>
    <message>
        <source>Select a problem to see the record&apos;s content.</source>
        <translation>Sélectionnez un problème pour voir le contenu de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Problem %1 (%2), from site %3: record &apos;%4&apos; of &apos;%5&apos;.</source>
        <translation>Problème %1 (%2), provenant du site %3&#xa0;: enregistrement &apos;%4&apos; de &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last retry, %1: %2</source>
        <translation>Dernière tentative, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation>Clôturé le %1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(none: the change deletes the record)</source>
        <translation>(aucun&#xa0;: la modification supprime l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>enregistrement &apos;%1&apos; de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Sync problem %1 dismissed.</source>
        <translation>Problème de synchronisation %1 ignoré.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncReportPage</name>
    <message>
        <source>&lt;b&gt;Sync report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapport de synchronisation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>The sync report is kept by the central server. This site last synced: %1.</source>
        <translation>Le rapport de synchronisation est tenu par le serveur central. Dernière synchronisation de ce site&#xa0;: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>No connection for over a month.</source>
        <translation>Aucune connexion depuis plus d&apos;un mois.</translation>
    </message>
    <message>
        <source>This site has never connected.</source>
        <translation>Ce site ne s&apos;est jamais connecté.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message numerus="yes">
        <source>A site marked &quot;%1&quot; reported open sync problems at its last contact, or its outgoing queue grew at %n contact(s) in a row without falling: it is not keeping up. Its tooltip says why.</source>
        <translation>
            <numerusform>Un site marqué «&#xa0;%1&#xa0;» a signalé des problèmes de synchronisation ouverts à son dernier contact, ou sa file sortante a augmenté à %n contact d&apos;affilée sans baisser&#xa0;: il ne suit pas. Son infobulle dit pourquoi.</numerusform>
            <numerusform>Un site marqué «&#xa0;%1&#xa0;» a signalé des problèmes de synchronisation ouverts à son dernier contact, ou sa file sortante a augmenté à %n contacts d&apos;affilée sans baisser&#xa0;: il ne suit pas. Son infobulle dit pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Sites whose last connection is over a month old, or who never connected, are in red, marked &quot;%1&quot; and with a warning sign.</source>
        <translation>Les sites dont la dernière connexion date de plus d&apos;un mois, ou qui ne se sont jamais connectés, sont en rouge, marqués «&#xa0;%1&#xa0;» et accompagnés d&apos;un signe d&apos;avertissement.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncSettingsTab</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Collecteur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>No copy</source>
        <translation>Aucune copie</translation>
    </message>
    <message>
        <source>Sync type on this site:</source>
        <translation>Type de synchronisation sur ce site&#xa0;:</translation>
    </message>
    <message>
        <source>Set as local store</source>
        <translation>Définir comme magasin local</translation>
    </message>
    <message>
        <source>Include transactions in sync</source>
        <translation>Inclure les transactions dans la synchronisation</translation>
    </message>
    <message>
        <source>Resync patient records when store is saved</source>
        <translation>Resynchroniser les enregistrements patients lors de l&apos;enregistrement du magasin</translation>
    </message>
    <message>
        <source>Sync ID:</source>
        <translation>ID de synchronisation&#xa0;:</translation>
    </message>
    <message>
        <source>Sync with:</source>
        <translation>Synchroniser avec&#xa0;:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Synchroniser avec</translation>
    </message>
    <message>
        <source>Visible to a store there</source>
        <translation>Visible pour un magasin de ce site</translation>
    </message>
    <message>
        <source>Click to unlock</source>
        <translation>Cliquez pour déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation>Déverrouillé. Chaque modification enregistrée est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>These settings are locked.</source>
        <translation>Ces paramètres sont verrouillés.</translation>
    </message>
    <message>
        <source>Read-only: sync settings are edited only on the central server, site %1.</source>
        <translation>Lecture seule&#xa0;: les paramètres de synchronisation ne se modifient que sur le serveur central, site %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Use &quot;Set as local store&quot; to make the store active here.</source>
        <translation>Utilisez «&#xa0;Définir comme magasin local&#xa0;» pour rendre le magasin actif ici.</translation>
    </message>
    <message>
        <source>Every store exists on the central server.</source>
        <translation>Chaque magasin existe sur le serveur central.</translation>
    </message>
    <message>
        <source>For dispensary stores only.</source>
        <translation>Pour les magasins de type dispensaire uniquement.</translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation>Mesure des effets de la modification...</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not visible to any store active on site %2, so that site holds no copy of it.</source>
        <translation>Le magasin &apos;%1&apos; n&apos;est visible pour aucun magasin actif sur le site %2&#xa0;; ce site n&apos;en détient donc aucune copie.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible to a store active on site %2, so that site keeps at least a transfer copy.</source>
        <translation>Le magasin &apos;%1&apos; est visible pour un magasin actif sur le site %2&#xa0;; ce site en conserve donc au moins une copie de transfert.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync at its next step; what is done is kept.</source>
        <translation>Arrêter la synchronisation à sa prochaine étape&#xa0;; ce qui est fait est conservé.</translation>
    </message>
    <message>
        <source>The central server does not start syncs: each remote site connects to it on its schedule.</source>
        <translation>Le serveur central ne lance pas de synchronisations&#xa0;: chaque site distant s&apos;y connecte selon son propre calendrier.</translation>
    </message>
    <message>
        <source>Push this site&apos;s changes to the central server, then pull what waits for it.</source>
        <translation>Envoyer les modifications de ce site au serveur central, puis recevoir ce qui l&apos;attend.</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs; 0 pauses them.</source>
        <translation>Minutes entre les synchronisations automatiques&#xa0;; 0 les met en pause.</translation>
    </message>
    <message>
        <source>Counting the outgoing queue...</source>
        <translation>Comptage de la file d&apos;attente sortante...</translation>
    </message>
    <message>
        <source>Queue unknown: %1</source>
        <translation>File d&apos;attente inconnue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued for remote sites</source>
        <translation>
            <numerusform>%1 enregistrement en file d&apos;attente pour les sites distants</numerusform>
            <numerusform>%1 enregistrements en file d&apos;attente pour les sites distants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued to sync</source>
        <translation>
            <numerusform>%1 enregistrement en file d&apos;attente de synchronisation</numerusform>
            <numerusform>%1 enregistrements en file d&apos;attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <source>%1: %2 records done</source>
        <translation>%1&#xa0;: %2 enregistrements traités</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 record(s) remaining</source>
        <translation>
            <numerusform>%1&#xa0;: %2 enregistrement restant</numerusform>
            <numerusform>%1&#xa0;: %2 enregistrements restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received record(s) waiting to be applied</source>
        <translation>
            <numerusform>%Ln enregistrement reçu en attente d&apos;application</numerusform>
            <numerusform>%Ln enregistrements reçus en attente d&apos;application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open sync problem(s)</source>
        <translation>
            <numerusform>%Ln problème de synchronisation ouvert</numerusform>
            <numerusform>%Ln problèmes de synchronisation ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronised: %1</source>
        <translation>Synchronisation terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>the time of day, then what happened then</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::TopologyPage</name>
    <message>
        <source>&lt;b&gt;Topology&lt;/b&gt;</source>
        <translation>&lt;b&gt;Topologie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each store&apos;s data goes up from the site where it is active to the central server, and down from the central to every other site holding a copy. Active stores are in bold, transfer copies in italics.</source>
        <translation>Les données de chaque magasin remontent du site où il est actif vers le serveur central, puis redescendent du serveur central vers chaque autre site qui en détient une copie. Les magasins actifs sont en gras, les copies de transfert en italique.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::TopologyView</name>
    <message>
        <source>mobile site</source>
        <translation>site mobile</translation>
    </message>
    <message>
        <source>desktop site</source>
        <translation>site de bureau</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockDialog</name>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Only technicians may do this: give your name and the unlock password.</source>
        <translation>Seuls les techniciens peuvent effectuer cette opération&#xa0;: indiquez votre nom et le mot de passe de déverrouillage.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockForm</name>
    <message>
        <source>Written in the audit log with what you do</source>
        <translation>Consigné dans le journal d&apos;audit avec ce que vous faites</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock password:</source>
        <translation>Mot de passe de &amp;déverrouillage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmez-le&#xa0;:</translation>
    </message>
    <message>
        <source>No unlock password is set yet. Choose one of at least %1 characters; it will be asked for every change of sync settings and sites.</source>
        <translation>Aucun mot de passe de déverrouillage n&apos;est encore défini. Choisissez-en un d&apos;au moins %1 caractères&#xa0;; il sera demandé pour chaque modification des paramètres de synchronisation et des sites.</translation>
    </message>
    <message>
        <source>Give your name: it is written in the audit log with everything done while unlocked.</source>
        <translation>Indiquez votre nom&#xa0;: il est consigné dans le journal d&apos;audit avec tout ce qui est fait pendant le déverrouillage.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockPasswordDialog</name>
    <message>
        <source>Change the unlock password</source>
        <translation>Changer le mot de passe de déverrouillage</translation>
    </message>
    <message>
        <source>Set the unlock password</source>
        <translation>Définir le mot de passe de déverrouillage</translation>
    </message>
    <message>
        <source>The unlock password guards the sync settings and the changes of sites: only technicians should know it. It needs at least %1 characters.</source>
        <translation>Le mot de passe de déverrouillage protège les paramètres de synchronisation et les modifications des sites&#xa0;: seuls les techniciens doivent le connaître. Il doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Current unlock password:</source>
        <translation>Mot de passe de déverrouillage &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New unlock password:</source>
        <translation>No&amp;uveau mot de passe de déverrouillage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmez-le&#xa0;:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
    </message>
</context>
</TS>
