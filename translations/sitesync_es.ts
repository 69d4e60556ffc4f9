<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>main</name>
    <message>
        <source>SiteSync administration</source>
        <translation>Administración de SiteSync</translation>
    </message>
    <message>
        <source>The site&apos;s database file.</source>
        <translation>El archivo de base de datos del sitio.</translation>
    </message>
    <message>
        <source>SiteSync</source>
        <translation>SiteSync</translation>
    </message>
    <message>
        <source>Save a picture of every page and dialog in DIR, then quit.</source>
        <translation>Guardar una imagen de cada página y diálogo en DIR y luego salir.</translation>
    </message>
    <message>
        <source>No display: the administration window cannot open here.</source>
        <translation>Sin pantalla: la ventana de administración no puede abrirse aquí.</translation>
    </message>
    <message>
        <source>Site %1 (%2), %3 record(s) queued to sync.</source>
        <translation>Sitio %1 (%2), %3 registro(s) en cola para sincronizar.</translation>
    </message>
    <message>
        <source>active on %1</source>
        <translation>activo en %1</translation>
    </message>
    <message>
        <source>Run it where there is a display, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Ejecútelo donde haya una pantalla, o con QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>sitesync::AuditText</name>
    <message>
        <source>site %1</source>
        <translation>sitio %1</translation>
    </message>
    <message>
        <source>site %1 (%2)</source>
        <translation>sitio %1 (%2)</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>escritorio</translation>
    </message>
    <message>
        <source>%1, %2, primary server</source>
        <translation>%1, %2, servidor primario</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; it never reported what it held</source>
        <translation>%1; nunca informó de lo que tenía</translation>
    </message>
    <message>
        <source>%1; it held 1 record the central server did not hold</source>
        <translation>%1; tenía 1 registro que el servidor central no tenía</translation>
    </message>
    <message>
        <source>%1; it held %2 records the central server did not hold</source>
        <translation>%1; tenía %2 registros que el servidor central no tenía</translation>
    </message>
    <message>
        <source>active site %1 -&gt; %2</source>
        <translation>sitio activo %1 -&gt; %2</translation>
    </message>
    <message>
        <source>transactions included</source>
        <translation>transacciones incluidas</translation>
    </message>
    <message>
        <source>transactions not included</source>
        <translation>transacciones no incluidas</translation>
    </message>
    <message>
        <source>site %1: %2 -&gt; %3</source>
        <translation>sitio %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>1 record queued for the sites that now need it</source>
        <translation>1 registro en cola para los sitios que ahora lo necesitan</translation>
    </message>
    <message>
        <source>%1 records queued for the sites that now need them</source>
        <translation>%1 registros en cola para los sitios que ahora los necesitan</translation>
    </message>
    <message>
        <source>store %1: %2</source>
        <translation>almacén %1: %2</translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation>una copia de transferencia</translation>
    </message>
    <message>
        <source>a collector copy</source>
        <translation>una copia de recolector</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>store %1 from site %2 to site %3; site %2 keeps %4</source>
        <translation>almacén %1 del sitio %2 al sitio %3; el sitio %2 conserva %4</translation>
    </message>
    <message>
        <source>%1; site %2 deleted, having no store left</source>
        <translation>%1; sitio %2 eliminado, al no quedarle ningún almacén</translation>
    </message>
    <message>
        <source>visible in store %1</source>
        <translation>visible en el almacén %1</translation>
    </message>
    <message>
        <source>hidden in store %1</source>
        <translation>oculto en el almacén %1</translation>
    </message>
    <message>
        <source>problem %1, record &apos;%2&apos; of &apos;%3&apos; from %4</source>
        <translation>problema %1, registro &apos;%2&apos; de &apos;%3&apos; del %4</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1: aplicado</translation>
    </message>
    <message>
        <source>%1: queued to be pushed again</source>
        <translation>%1: en cola para volver a enviarse</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1: no aplicado: %2</translation>
    </message>
    <message>
        <source>the central held the changes of %1 up to number %2 and its pull up to %3, its database only up to %4 and %5; it receives everything again from the beginning</source>
        <translation>el servidor central tenía los cambios del %1 hasta el número %2 y su recepción hasta el %3, su base de datos solo hasta el %4 y el %5; recibe todo de nuevo desde el principio</translation>
    </message>
    <message>
        <source>the central held the changes of %1 up to number %2 and its pull up to %3, its database only up to %4 and %5; the central sends back what it lost</source>
        <translation>el servidor central tenía los cambios del %1 hasta el número %2 y su recepción hasta el %3, su base de datos solo hasta el %4 y el %5; el servidor central devuelve lo que perdió</translation>
    </message>
    <message>
        <source>Site %1 recovered from an older database</source>
        <translation>Sitio %1 recuperado de una base de datos más antigua</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Wrong unlock password</source>
        <translation>Contraseña de desbloqueo incorrecta</translation>
    </message>
    <message>
        <source>Unlock refused: too many wrong passwords</source>
        <translation>Desbloqueo rechazado: demasiadas contraseñas incorrectas</translation>
    </message>
    <message>
        <source>Unlock password set</source>
        <translation>Contraseña de desbloqueo establecida</translation>
    </message>
    <message>
        <source>Unlock password changed</source>
        <translation>Contraseña de desbloqueo cambiada</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Sitio agregado</translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation>Sitio eliminado</translation>
    </message>
    <message>
        <source>Hardware binding reset</source>
        <translation>Vínculo con el equipo restablecido</translation>
    </message>
    <message>
        <source>Central server initialised</source>
        <translation>Servidor central inicializado</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>Almacén agregado</translation>
    </message>
    <message>
        <source>Store moved</source>
        <translation>Almacén trasladado</translation>
    </message>
    <message>
        <source>Sync settings changed</source>
        <translation>Configuración de sincronización modificada</translation>
    </message>
    <message>
        <source>Sync-with followed the store&apos;s visibility</source>
        <translation>«Sincronizar con» ajustado a la visibilidad del almacén</translation>
    </message>
    <message>
        <source>Store visibility changed</source>
        <translation>Visibilidad del almacén modificada</translation>
    </message>
    <message>
        <source>Patient records resent</source>
        <translation>Registros de pacientes reenviados</translation>
    </message>
    <message>
        <source>Record follows its patient</source>
        <translation>El registro sigue a su paciente</translation>
    </message>
    <message>
        <source>Sync problem retried</source>
        <translation>Problema de sincronización reintentado</translation>
    </message>
    <message>
        <source>Sync problem dismissed</source>
        <translation>Problema de sincronización descartado</translation>
    </message>
    <message>
        <source>Retention of sync problems set</source>
        <translation>Período de conservación de los problemas de sincronización establecido</translation>
    </message>
    <message>
        <source>Site recovered from an older database</source>
        <translation>Sitio recuperado de una base de datos más antigua</translation>
    </message>
    <message>
        <source>the sync settings of store %1</source>
        <translation>la configuración de sincronización del almacén %1</translation>
    </message>
    <message>
        <source>the visibility of store %1</source>
        <translation>la visibilidad del almacén %1</translation>
    </message>
    <message>
        <source>moving store %1</source>
        <translation>trasladar el almacén %1</translation>
    </message>
    <message>
        <source>a new site, %1</source>
        <translation>un sitio nuevo, %1</translation>
    </message>
    <message>
        <source>a new site</source>
        <translation>un sitio nuevo</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>eliminar el %1</translation>
    </message>
    <message>
        <source>resetting the hardware binding of %1</source>
        <translation>restablecer el vínculo con el equipo del %1</translation>
    </message>
    <message>
        <source>exporting the data file of %1</source>
        <translation>exportar el archivo de datos del %1</translation>
    </message>
    <message>
        <source>changing the unlock password</source>
        <translation>cambiar la contraseña de desbloqueo</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Intento %1 de %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, para %2</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta el %1</translation>
    </message>
    <message>
        <source>store %1 (%2)</source>
        <translation>almacén %1 (%2)</translation>
    </message>
    <message>
        <source>store %1: 1 record queued for site %2</source>
        <translation>almacén %1: 1 registro en cola para el sitio %2</translation>
    </message>
    <message>
        <source>store %1: %2 records queued for site %3</source>
        <translation>almacén %1: %2 registros en cola para el sitio %3</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; of &apos;%2&apos; from site %3 follows its patient to store %4</source>
        <translation>el registro &apos;%1&apos; de &apos;%2&apos; del sitio %3 sigue a su paciente al almacén %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Site data file exported</source>
        <translation>Archivo de datos del sitio exportado</translation>
    </message>
    <message>
        <source>Central server database moved</source>
        <translation>Base de datos del servidor central trasladada</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 rows</source>
        <translation>De %1 a %2: %3 filas</translation>
    </message>
</context>
<context>
    <name>sitesync::Authenticator</name>
    <message>
        <source>Too many failed logins; try again in %1 seconds.</source>
        <translation>Demasiados inicios de sesión fallidos; vuelva a intentarlo en %1 segundos.</translation>
    </message>
    <message>
        <source>The request names no site: send the site ID and password.</source>
        <translation>La solicitud no indica ningún sitio: envíe el ID y la contraseña del sitio.</translation>
    </message>
    <message>
        <source>Site %1 is not a remote site of this central server.</source>
        <translation>El sitio %1 no es un sitio remoto de este servidor central.</translation>
    </message>
    <message>
        <source>Wrong password for site %1.</source>
        <translation>Contraseña incorrecta para el sitio %1.</translation>
    </message>
    <message>
        <source>The request carries no hardware ID.</source>
        <translation>La solicitud no incluye ningún ID del equipo.</translation>
    </message>
    <message>
        <source>Site %1 is bound to another machine. A technician must reset its hardware binding on the central server before it can be used here.</source>
        <translation>El sitio %1 está vinculado a otro equipo. Un técnico debe restablecer su vínculo con el equipo en el servidor central antes de poder usarlo aquí.</translation>
    </message>
    <message>
        <source>Site %1 has not been initialised from this central server yet.</source>
        <translation>El sitio %1 aún no se ha inicializado desde este servidor central.</translation>
    </message>
    <message>
        <source>The site runs a newer SiteSync than this central server (SiteSync %1, protocol %2 to %3; the site speaks protocol %4). Upgrade the central server first, to the site&apos;s SiteSync version or later, then sync the site again.</source>
        <translation>El sitio ejecuta un SiteSync más reciente que este servidor central (SiteSync %1, protocolos %2 a %3; el sitio usa el protocolo %4). Actualice primero el servidor central a la versión de SiteSync del sitio o posterior y luego vuelva a sincronizar el sitio.</translation>
    </message>
    <message>
        <source>This request does not come from SiteSync: it names no protocol version. A proxy between the site and the central server (SiteSync %1, protocol %2 to %3) may remove the %4 header; it must pass it on.</source>
        <translation>Esta solicitud no proviene de SiteSync: no indica ninguna versión de protocolo. Un proxy entre el sitio y el servidor central (SiteSync %1, protocolos %2 a %3) puede eliminar la cabecera %4; debe dejarla pasar.</translation>
    </message>
    <message>
        <source>The request names protocol version &apos;%1&apos;, which is not a version number: it was not sent by SiteSync, or was altered on its way.</source>
        <translation>La solicitud indica la versión de protocolo &apos;%1&apos;, que no es un número de versión: no la envió SiteSync, o se alteró por el camino.</translation>
    </message>
    <message>
        <source>The site runs a SiteSync too old for this central server (SiteSync %1, protocol %2 to %3; the site speaks protocol %4). Upgrade SiteSync on the site to %5 or later, then sync it again.</source>
        <translation>El sitio ejecuta un SiteSync demasiado antiguo para este servidor central (SiteSync %1, protocolos %2 a %3; el sitio usa el protocolo %4). Actualice SiteSync en el sitio a %5 o posterior y luego vuelva a sincronizarlo.</translation>
    </message>
</context>
<context>
    <name>sitesync::CentralConnection</name>
    <message>
        <source>Cannot reach the central server at %1: %2</source>
        <translation>No se puede conectar con el servidor central en %1: %2</translation>
    </message>
    <message>
        <source>The central server refused the request (%1): %2</source>
        <translation>El servidor central rechazó la solicitud (%1): %2</translation>
    </message>
    <message>
        <source>The request to the central server was cancelled.</source>
        <translation>La solicitud al servidor central se canceló.</translation>
    </message>
    <message>
        <source>Check that this is the central server&apos;s address, that the central server is running, and that the network reaches it.</source>
        <translation>Compruebe que esta sea la dirección del servidor central, que el servidor central esté en funcionamiento y que la red llegue hasta él.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the central server at %1 timed out: nothing moved for %n second(s).</source>
        <translation>
            <numerusform>Se agotó el tiempo de espera de la conexión con el servidor central en %1: no se transfirió nada durante %n segundo.</numerusform>
            <numerusform>Se agotó el tiempo de espera de la conexión con el servidor central en %1: no se transfirió nada durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central server at %1 runs an older SiteSync than this site (it speaks protocol %2 at most; this site runs SiteSync %3, protocol %4). Upgrade the central server first, to SiteSync %3 or later, then sync this site again.</source>
        <translation>El servidor central en %1 ejecuta un SiteSync más antiguo que este sitio (usa como máximo el protocolo %2; este sitio ejecuta SiteSync %3, protocolo %4). Actualice primero el servidor central a SiteSync %3 o posterior y luego vuelva a sincronizar este sitio.</translation>
    </message>
    <message>
        <source>This site runs SiteSync %1 (protocol %2), which the central server at %3 no longer serves: it speaks protocol %4 to %5. Upgrade SiteSync on this site to %6, then sync again.</source>
        <translation>Este sitio ejecuta SiteSync %1 (protocolo %2), que el servidor central en %3 ya no atiende: usa los protocolos %4 a %5. Actualice SiteSync en este sitio a %6 y luego vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>the central server&apos;s version</source>
        <translation>la versión del servidor central</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 o posterior</translation>
    </message>
</context>
<context>
    <name>sitesync::CentralServer</name>
    <message>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation>No se puede leer el certificado TLS %1 o la clave %2.</translation>
    </message>
    <message>
        <source>%1 or %2 is not a PEM certificate or key.</source>
        <translation>%1 o %2 no es un certificado o una clave PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port in use?</source>
        <translation>No se puede escuchar en %1:%2; ¿está en uso el puerto?</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>El cuerpo de la solicitud no es un objeto JSON.</translation>
    </message>
    <message>
        <source>There is no endpoint %1 %2.</source>
        <translation>No existe el punto de acceso %1 %2.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Ese punto de acceso no existe.</translation>
    </message>
    <message>
        <source>The metrics token sent is not this server&apos;s.</source>
        <translation>El token de métricas enviado no es el de este servidor.</translation>
    </message>
    <message>
        <source>%1 is read with GET.</source>
        <translation>%1 se lee con GET.</translation>
    </message>
    <message>
        <source>The database holds no central server.</source>
        <translation>La base de datos no contiene ningún servidor central.</translation>
    </message>
    <message>
        <source>This server serves the metrics only with its metrics token: send &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Este servidor solo sirve las métricas con su token de métricas: envíe &apos;Authorization: Bearer TOKEN&apos;.</translation>
    </message>
    <message>
        <source>The metrics are served only to this machine. To read them from elsewhere, start the server with --metrics-token-file and send &apos;Authorization: Bearer TOKEN&apos; (from this machine too).</source>
        <translation>Las métricas solo se sirven a este equipo. Para leerlas desde otro equipo, inicie el servidor con --metrics-token-file y envíe &apos;Authorization: Bearer TOKEN&apos; (también desde este equipo).</translation>
    </message>
</context>
<context>
    <name>sitesync::DataClass</name>
    <message>
        <source>Central data</source>
        <translation>Datos centrales</translation>
    </message>
    <message>
        <source>Central store data</source>
        <translation>Datos centrales de almacén</translation>
    </message>
    <message>
        <source>Store data</source>
        <translation>Datos de almacén</translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation>Datos de pacientes</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Datos locales</translation>
    </message>
    <message>
        <source>Sync data</source>
        <translation>Datos de sincronización</translation>
    </message>
    <message>
        <source>Message data</source>
        <translation>Datos de mensajes</translation>
    </message>
</context>
<context>
    <name>sitesync::DemoNetwork</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>%1 already holds a demo network; choose an empty directory.</source>
        <translation>%1 ya contiene una red de demostración; elija un directorio vacío.</translation>
    </message>
    <message>
        <source>Creating the central server (site %1), which is also the primary.</source>
        <translation>Creando el servidor central (sitio %1), que también es el primario.</translation>
    </message>
    <message>
        <source>Adding remote site 1 (site %1) and remote site 2 (site %2).</source>
        <translation>Agregando el sitio remoto 1 (sitio %1) y el sitio remoto 2 (sitio %2).</translation>
    </message>
    <message>
        <source>Creating Store A to Store F on the primary.</source>
        <translation>Creando los almacenes Store A a Store F en el primario.</translation>
    </message>
    <message>
        <source>Making stores visible to each other where the examples need transfers.</source>
        <translation>Haciendo que los almacenes sean visibles entre sí donde los ejemplos requieren transferencias.</translation>
    </message>
    <message>
        <source>Setting each store&apos;s sync settings as in the examples.</source>
        <translation>Definiendo la configuración de sincronización de cada almacén como en los ejemplos.</translation>
    </message>
    <message>
        <source>Entering items, their visibility, and opening stock in the stores active on the central.</source>
        <translation>Ingresando los artículos, su visibilidad y las existencias iniciales en los almacenes activos en el servidor central.</translation>
    </message>
</context>
<context>
    <name>sitesync::DemoRun</name>
    <message>
        <source>Serving the central server on %1.</source>
        <translation>Ejecutando el servidor central en %1.</translation>
    </message>
    <message>
        <source>Initialising %1 (site %2) from the central server.</source>
        <translation>Inicializando %1 (sitio %2) desde el servidor central.</translation>
    </message>
    <message>
        <source>Entering stock on %1 in stores %2.</source>
        <translation>Ingresando existencias en %1, en los almacenes %2.</translation>
    </message>
    <message>
        <source>Store C (remote site 2) sends stock to Store B (remote site 1).</source>
        <translation>Store C (sitio remoto 2) envía existencias a Store B (sitio remoto 1).</translation>
    </message>
    <message>
        <source>Synchronising %1 (round %2).</source>
        <translation>Sincronizando %1 (ronda %2).</translation>
    </message>
    <message>
        <source>The central server&apos;s unlock password is %1.</source>
        <translation>La contraseña de desbloqueo del servidor central es %1.</translation>
    </message>
</context>
<context>
    <name>sitesync::ExtraColumns</name>
    <message>
        <source> A SiteSync release adds a few columns at most; this record was damaged or forged, and was not applied.</source>
        <translation> Una versión de SiteSync agrega como máximo unas pocas columnas; este registro estaba dañado o falsificado, y no se aplicó.</translation>
    </message>
    <message>
        <source>The record carries a column the central does not know whose name is not a column name (at most %1 letters, digits or underscores): &apos;%2&apos;.</source>
        <translation>El registro incluye una columna que el servidor central no conoce y cuyo nombre no es un nombre de columna (como máximo %1 letras, dígitos o guiones bajos): &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The record would keep %1 columns the central does not know; at most %2 are kept.</source>
        <translation>El registro conservaría %1 columnas que el servidor central no conoce; se conservan como máximo %2.</translation>
    </message>
    <message>
        <source>The columns the central does not know would take %1 bytes for this record; at most %2 are kept.</source>
        <translation>Las columnas que el servidor central no conoce ocuparían %1 bytes para este registro; se conservan como máximo %2.</translation>
    </message>
</context>
<context>
    <name>sitesync::HttpConnection</name>
    <message>
        <source>The request did not arrive in time; the connection is closed.</source>
        <translation>La solicitud no llegó a tiempo; la conexión se ha cerrado.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Las cabeceras de la solicitud superan los %1 bytes.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>No es una solicitud HTTP/1.1.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>Una cabecera de la solicitud está mal formada.</translation>
    </message>
    <message>
        <source>The central server is serving as many connections as it takes; try again shortly.</source>
        <translation>El servidor central ya atiende tantas conexiones como admite; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>A request body must state its length.</source>
        <translation>El cuerpo de una solicitud debe indicar su longitud.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not a number.</source>
        <translation>El Content-Length de la solicitud no es un número.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>El cuerpo de la solicitud supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The request states its length more than once.</source>
        <translation>La solicitud indica su longitud más de una vez.</translation>
    </message>
    <message>
        <source>The central server is receiving as much as it takes at once; try again shortly.</source>
        <translation>El servidor central ya recibe todo lo que admite a la vez; vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>sitesync::Integrator</name>
    <message>
        <source>The database undid the batch being stored; it is pulled again next time.</source>
        <translation>La base de datos deshizo el lote que se estaba guardando; se volverá a recibir la próxima vez.</translation>
    </message>
    <message>
        <source>Received a change to record &apos;%1&apos; of &apos;%2&apos;, which this site has changed since its last push; the local data was kept and is sent to the central with the next push.</source>
        <translation>Se recibió un cambio del registro &apos;%1&apos; de &apos;%2&apos;, que este sitio modificó desde su último envío; se conservaron los datos locales, que se enviarán al servidor central en el próximo envío.</translation>
    </message>
    <message>
        <source>The record&apos;s id does not match its envelope.</source>
        <translation>El id del registro no coincide con su sobre.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; moved away from site %2 before site %2 sent this change of record &apos;%3&apos; of &apos;%4&apos;; site %5 has changed that record since, and its version was kept. The version of site %2 is kept with this problem.</source>
        <translation>El almacén &apos;%1&apos; dejó el sitio %2 antes de que el sitio %2 enviara este cambio del registro &apos;%3&apos; de &apos;%4&apos;; el sitio %5 ha cambiado ese registro desde entonces y se conservó su versión. La versión del sitio %2 se conserva con este problema.</translation>
    </message>
    <message>
        <source>Site %1 sent this version of record &apos;%2&apos; of &apos;%3&apos; (changed %4) again after its database was restored from an older copy; the version it changed later (%5) had reached the central server before, and was kept. The older version is kept with this problem.</source>
        <translation>El sitio %1 volvió a enviar esta versión del registro &apos;%2&apos; de &apos;%3&apos; (modificada %4) después de que su base de datos se restaurara desde una copia más antigua; la versión que modificó más tarde (%5) ya había llegado al servidor central y se conservó. La versión más antigua se conserva con este problema.</translation>
    </message>
</context>
<context>
    <name>sitesync::LocalSite</name>
    <message>
        <source>%1 holds no initialised site. Initialise it with &apos;sitesyncctl init central&apos; or &apos;sitesyncctl init remote&apos;.</source>
        <translation>%1 no contiene ningún sitio inicializado. Inicialícelo con &apos;sitesyncctl init central&apos; o &apos;sitesyncctl init remote&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::NewSiteDatabase</name>
    <message>
        <source>%1 is already initialised as a SiteSync site; nothing was changed.</source>
        <translation>%1 ya está inicializado como sitio de SiteSync; no se modificó nada.</translation>
    </message>
</context>
<context>
    <name>sitesync::OwnershipRules</name>
    <message>
        <source>%1 (%2) can only be changed on the primary server, site %3.</source>
        <translation>%1 (%2) solo se pueden modificar en el servidor primario, sitio %3.</translation>
    </message>
    <message>
        <source>The record names no store, so no site may change it.</source>
        <translation>El registro no indica ningún almacén, por lo que ningún sitio puede modificarlo.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not known on this site.</source>
        <translation>El almacén &apos;%1&apos; no se conoce en este sitio.</translation>
    </message>
    <message>
        <source>Store data of store &apos;%1&apos; can only be changed on site %2, where the store is active.</source>
        <translation>Los datos de almacén del almacén &apos;%1&apos; solo se pueden modificar en el sitio %2, donde el almacén está activo.</translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on site %2, where the home store is active.</source>
        <translation>Los datos de pacientes con almacén de origen &apos;%1&apos; solo se pueden modificar en el sitio %2, donde el almacén de origen está activo.</translation>
    </message>
    <message>
        <source>Sync data can only be changed on the central server, site %1.</source>
        <translation>Los datos de sincronización solo se pueden modificar en el servidor central, sitio %1.</translation>
    </message>
    <message>
        <source>A message can only be changed on the site of its sending or receiving store, site %1.</source>
        <translation>Un mensaje solo se puede modificar en el sitio de su almacén emisor o receptor, sitio %1.</translation>
    </message>
    <message>
        <source>Unknown data class.</source>
        <translation>Clase de datos desconocida.</translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on the site where that store is active, which is not this one.</source>
        <translation>Los datos de pacientes con almacén de origen &apos;%1&apos; solo se pueden modificar en el sitio donde ese almacén está activo, y no es este.</translation>
    </message>
</context>
<context>
    <name>sitesync::PatientHomeMoves</name>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was changed on site %3 after patient &apos;%4&apos; moved to store &apos;%5&apos;, before the site learnt of the move; the patient&apos;s records belong to the new home store now, so the change was not applied. Make it again there if it is still needed.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; se modificó en el sitio %3 después de que el paciente &apos;%4&apos; pasara al almacén &apos;%5&apos;, antes de que el sitio lo supiera; los registros del paciente pertenecen ahora al nuevo almacén de referencia, así que el cambio no se aplicó. Hágalo de nuevo allí si aún es necesario.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordCodec</name>
    <message>
        <source>must be a single value, not an object or array</source>
        <translation>debe ser un valor único, no un objeto ni un arreglo</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be text (in double quotes)</source>
        <translation>debe ser texto (entre comillas dobles)</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; in table &apos;%2&apos;. Its columns are: %3.</source>
        <translation>Columna &apos;%1&apos; desconocida en la tabla &apos;%2&apos;. Sus columnas son: %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; %3.</source>
        <translation>La columna &apos;%1&apos; de la tabla &apos;%2&apos; %3.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordMerge</name>
    <message>
        <source>&apos;%1&apos; is not a patient.</source>
        <translation>&apos;%1&apos; no es un paciente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a patient: patients are merged as &apos;patient&apos;, on their home site.</source>
        <translation>&apos;%1&apos; es un paciente: los pacientes se fusionan como &apos;patient&apos;, en su sitio de origen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a store; the names of stores are not merged.</source>
        <translation>&apos;%1&apos; es el nombre de un almacén; los nombres de almacenes no se fusionan.</translation>
    </message>
    <message>
        <source>Records of &apos;%1&apos; are not merged; the kinds of merge are: item, unit, name, patient, prescriber, location.</source>
        <translation>Los registros de &apos;%1&apos; no se fusionan; los tipos de fusión son: item, unit, name, patient, prescriber, location.</translation>
    </message>
    <message>
        <source>A merge names two different records: the one kept and the one merged into it.</source>
        <translation>Una fusión indica dos registros diferentes: el que se conserva y el que se fusiona en él.</translation>
    </message>
    <message>
        <source>The record to keep, &apos;%1&apos; of &apos;%2&apos;, is not on this site.</source>
        <translation>El registro que se conserva, &apos;%1&apos; de &apos;%2&apos;, no está en este sitio.</translation>
    </message>
    <message>
        <source>A merge of &apos;%1&apos; records names no store.</source>
        <translation>Una fusión de registros de &apos;%1&apos; no indica ningún almacén.</translation>
    </message>
    <message>
        <source>The store_id of this merge must be &apos;%1&apos;, the store of the kept record.</source>
        <translation>El store_id de esta fusión debe ser &apos;%1&apos;, el almacén del registro conservado.</translation>
    </message>
    <message>
        <source>The record to merge away, &apos;%1&apos; of &apos;%2&apos;, is not on this site.</source>
        <translation>El registro que se fusiona, &apos;%1&apos; de &apos;%2&apos;, no está en este sitio.</translation>
    </message>
    <message>
        <source>Locations are merged within one store; &apos;%1&apos; is in store &apos;%2&apos;.</source>
        <translation>Las ubicaciones se fusionan dentro de un mismo almacén; &apos;%1&apos; está en el almacén &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The merged_store_id of this merge must be &apos;%1&apos;, the store of the merged-away record.</source>
        <translation>El merged_store_id de esta fusión debe ser &apos;%1&apos;, el almacén del registro fusionado.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordReader</name>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation>Tabla &apos;%1&apos; desconocida. Las tablas son: %2.</translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation>No existe el registro &apos;%1&apos; en la tabla &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordWriter</name>
    <message>
        <source>another record already has the same value (%1)</source>
        <translation>otro registro ya tiene el mismo valor (%1)</translation>
    </message>
    <message>
        <source>a value is not allowed (%1)</source>
        <translation>un valor no está permitido (%1)</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>falta un valor obligatorio (%1)</translation>
    </message>
    <message>
        <source>The database refused the change to &apos;%1&apos;: %2</source>
        <translation>La base de datos rechazó el cambio de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: %2.</source>
        <translation>El cambio de &apos;%1&apos; no se guardó: %2.</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation>Tabla &apos;%1&apos; desconocida. Las tablas son: %2.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; is changed with the site and store commands (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), not as a record.</source>
        <translation>La tabla &apos;%1&apos; se modifica con los comandos de sitio y almacén (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), no como un registro.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; needs an &apos;id&apos;.</source>
        <translation>La tabla &apos;%1&apos; requiere un &apos;id&apos;.</translation>
    </message>
    <message>
        <source>The &apos;id&apos; of a record must not be empty.</source>
        <translation>El &apos;id&apos; de un registro no debe estar vacío.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; is required.</source>
        <translation>La columna &apos;%1&apos; de la tabla &apos;%2&apos; es obligatoria.</translation>
    </message>
    <message>
        <source>A record cannot move to another store (&apos;%1&apos; to &apos;%2&apos;); delete it and create it in the other store.</source>
        <translation>Un registro no puede pasar a otro almacén (&apos;%1&apos; a &apos;%2&apos;); elimínelo y créelo en el otro almacén.</translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation>No existe el registro &apos;%1&apos; en la tabla &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: a record it refers to does not exist, or other records still refer to it.</source>
        <translation>El cambio de &apos;%1&apos; no se guardó: un registro al que hace referencia no existe, u otros registros aún hacen referencia a él.</translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; keeps its type and store.</source>
        <translation>El registro de nombre del almacén &apos;%1&apos; conserva su tipo y su almacén.</translation>
    </message>
    <message>
        <source>This change would turn %1 into %2; create a new record instead.</source>
        <translation>Este cambio convertiría %1 en %2; en su lugar, cree un registro nuevo.</translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; belongs to the store and is not deleted on its own.</source>
        <translation>El registro de nombre del almacén &apos;%1&apos; pertenece al almacén y no se elimina por separado.</translation>
    </message>
    <message>
        <source>The home_store_id of %1 must be its patient&apos;s home store (&apos;%2&apos;); a record that follows its patient to a new home store waits until the patient has moved.</source>
        <translation>El home_store_id de %1 debe ser el almacén de origen de su paciente (&apos;%2&apos;); un registro que sigue a su paciente a un nuevo almacén de origen espera hasta que el paciente se haya trasladado.</translation>
    </message>
    <message>
        <source>A patient&apos;s home store moves only with a finalised prescription in the new home store; there is none here (yet) for record &apos;%1&apos;.</source>
        <translation>El almacén de origen de un paciente solo cambia con una receta finalizada en el nuevo almacén de origen; aquí no hay ninguna (todavía) para el registro &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not a dispensary store; a prescriber&apos;s home store is a dispensary store.</source>
        <translation>El almacén &apos;%1&apos; no es un almacén de dispensario; el almacén de origen de un prescriptor es un almacén de dispensario.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not a dispensary store; prescriptions are made in dispensary stores only.</source>
        <translation>El almacén &apos;%1&apos; no es un almacén de dispensario; las recetas solo se emiten en almacenes de dispensario.</translation>
    </message>
    <message>
        <source>The patient &apos;%1&apos; of the prescription is not on this site.</source>
        <translation>El paciente &apos;%1&apos; de la receta no está en este sitio.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patient; a prescription is made for a patient.</source>
        <translation>&apos;%1&apos; no es un paciente; una receta se emite para un paciente.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was merged into &apos;%3&apos;.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; se fusionó en &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>A merge is not changed once made.</source>
        <translation>Una fusión no se puede modificar una vez realizada.</translation>
    </message>
    <message>
        <source>A merge cannot be undone: the merged-away record is gone.</source>
        <translation>Una fusión no se puede deshacer: el registro fusionado ya no existe.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was merged into &apos;%3&apos; by the site of store &apos;%4&apos;, which does not own it.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; se fusionó en &apos;%3&apos; por el sitio del almacén &apos;%4&apos;, que no es su propietario.</translation>
    </message>
    <message>
        <source>Local records</source>
        <translation>Registros locales</translation>
    </message>
    <message>
        <source>The invoice line names stock line &apos;%1&apos; of store &apos;%2&apos;; a line is issued from a stock line of its own store (&apos;%3&apos;).</source>
        <translation>La línea de factura indica la línea de existencias &apos;%1&apos; del almacén &apos;%2&apos;; una línea se despacha desde una línea de existencias de su propio almacén (&apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The invoice line names stock line &apos;%1&apos;, which store &apos;%2&apos; does not have (yet).</source>
        <translation>La línea de factura indica la línea de existencias &apos;%1&apos;, que el almacén &apos;%2&apos; no tiene (todavía).</translation>
    </message>
    <message>
        <source>Stock line &apos;%1&apos; was not deleted: invoice lines are issued from it (%2).</source>
        <translation>La línea de stock &apos;%1&apos; no se eliminó: hay líneas de factura emitidas desde ella (%2).</translation>
    </message>
    <message>
        <source>%1 are local data of the site that makes them and are never synchronised; site %2 sent such a record, which SiteSync never does: it was refused as forged.</source>
        <translation>Los %1 son datos locales del sitio que los crea y nunca se sincronizan; el sitio %2 envió un registro así, algo que SiteSync nunca hace: se rechazó como falsificado.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; could not be read: %3</source>
        <translation>No se pudo leer el registro &apos;%1&apos; de la tabla &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>sitesync::RemoteSync</name>
    <message>
        <source>The central server sent a malformed batch: %1</source>
        <translation>El servidor central envió un lote mal formado: %1</translation>
    </message>
    <message>
        <source>The central server sent a batch without its cursors.</source>
        <translation>El servidor central envió un lote sin sus cursores.</translation>
    </message>
    <message>
        <source>The central server&apos;s address must be an http:// or https:// URL.</source>
        <translation>La dirección del servidor central debe ser una URL http:// o https://.</translation>
    </message>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Un ID de sitio es un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>The trusted certificate is not a PEM certificate.</source>
        <translation>El certificado de confianza no es un certificado PEM.</translation>
    </message>
    <message>
        <source>The site was initialised, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation>El sitio se inicializó, pero su primera sincronización se detuvo: %1 Ejecute &apos;sitesyncctl sync&apos; para continuar.</translation>
    </message>
    <message>
        <source>This is the central server; remote sites sync with it.</source>
        <translation>Este es el servidor central; los sitios remotos se sincronizan con él.</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled; it continues next time.</source>
        <translation>La sincronización se canceló; continuará la próxima vez.</translation>
    </message>
    <message>
        <source>The central server did not acknowledge the pushed records.</source>
        <translation>El servidor central no confirmó la recepción de los registros enviados.</translation>
    </message>
    <message>
        <source>This is a site data file that was never imported: import it on the site&apos;s machine with &apos;sitesyncctl site import&apos;.</source>
        <translation>Este es un archivo de datos del sitio que nunca se importó: impórtelo en el equipo del sitio con &apos;sitesyncctl site import&apos;.</translation>
    </message>
    <message>
        <source>The central server set this change aside: %1</source>
        <translation>El servidor central apartó este cambio: %1</translation>
    </message>
    <message>
        <source>Another synchronisation of this site is running; this one did not start. Try again when it has finished.</source>
        <translation>Hay otra sincronización de este sitio en curso; esta no se inició. Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <source>%1 It is site %2 of %3: if setting it up was interrupted, run &apos;sitesyncctl sync&apos; to complete it.</source>
        <translation>%1 Es el sitio %2 de %3: si su configuración se interrumpió, ejecute &apos;sitesyncctl sync&apos; para completarla.</translation>
    </message>
    <message>
        <source>%1 The link did not come back: the synchronisation tried again %2 times in %3 seconds. The next one continues where this one stopped.</source>
        <translation>%1 El enlace no se recuperó: la sincronización lo intentó de nuevo %2 veces en %3 segundos. La próxima continuará donde se detuvo esta.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteCredentialStore</name>
    <message>
        <source>the systemd credential &apos;%1&apos;</source>
        <translation>la credencial de systemd &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>el llavero</translation>
    </message>
    <message>
        <source>%1; and %2</source>
        <translation>%1; y %2</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteExport</name>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 ya existe; elija un archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteImport</name>
    <message>
        <source>There is no site data file %1.</source>
        <translation>No existe el archivo de datos del sitio %1.</translation>
    </message>
    <message>
        <source>%1 exists already; a site data file is imported as a new database.</source>
        <translation>%1 ya existe; un archivo de datos del sitio se importa como una base de datos nueva.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>No se puede copiar %1 en %2.</translation>
    </message>
    <message>
        <source>%1 is not a usable site data file: %2</source>
        <translation>%1 no es un archivo de datos del sitio utilizable: %2</translation>
    </message>
    <message>
        <source>%1 is not a site data file waiting to be imported. Export the site on the central server to make one.</source>
        <translation>%1 no es un archivo de datos del sitio pendiente de importar. Exporte el sitio en el servidor central para generar uno.</translation>
    </message>
    <message>
        <source>Site %1 is bound to this machine, but %2 could not be renamed to %3. Rename it by hand.</source>
        <translation>El sitio %1 está vinculado a este equipo, pero no se pudo cambiar el nombre de %2 a %3. Cámbielo manualmente.</translation>
    </message>
    <message>
        <source>The site was imported, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation>El sitio se importó, pero su primera sincronización se detuvo: %1 Ejecute &apos;sitesyncctl sync&apos; para continuar.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteLedger</name>
    <message>
        <source>A contact names the site&apos;s cursors as whole numbers of at least 0, and its batch and version as text.</source>
        <translation>Un contacto indica los cursores del sitio como números enteros mayores o iguales que 0, y su lote y su versión como texto.</translation>
    </message>
    <message>
        <source>A push names the range of sequence numbers it covers (from_seq up to upto_seq) and its batch token.</source>
        <translation>Un envío indica el rango de números de secuencia que cubre (de from_seq a upto_seq) y el token de su lote.</translation>
    </message>
    <message>
        <source>The push jumps from sequence number %1 to %2, far past anything a site makes between two pushes; nothing of it was applied.</source>
        <translation>El envío salta del número de secuencia %1 al %2, mucho más allá de lo que un sitio hace entre dos envíos; no se aplicó nada de él.</translation>
    </message>
    <message>
        <source>The push&apos;s records are not in strictly increasing order of sequence number inside the range it names (record %1 of &apos;%2&apos; has number %3); nothing of it was applied.</source>
        <translation>Los registros del envío no están en orden estrictamente creciente de número de secuencia dentro del rango que indica (el registro %1 de &apos;%2&apos; tiene el número %3); no se aplicó nada de él.</translation>
    </message>
    <message>
        <source>The push starts after sequence number %1, but the central server already holds this site&apos;s changes up to %2: the site&apos;s database is older than the central&apos;s record of it. Nothing was applied; the site recovers at its next synchronisation.</source>
        <translation>El envío empieza después del número de secuencia %1, pero el servidor central ya tiene los cambios de este sitio hasta el %2: la base de datos del sitio es más antigua de lo que el servidor central sabe de ella. No se aplicó nada; el sitio se recupera en su próxima sincronización.</translation>
    </message>
    <message>
        <source>The push starts after sequence number %1, but the central server holds this site&apos;s changes only up to %2. Nothing was applied; the site sends the missing changes at its next synchronisation.</source>
        <translation>El envío empieza después del número de secuencia %1, pero el servidor central solo tiene los cambios de este sitio hasta el %2. No se aplicó nada; el sitio envía los cambios que faltan en su próxima sincronización.</translation>
    </message>
    <message>
        <source>The central server holds this site&apos;s changes only up to number %1, but had acknowledged them up to %2 (the central&apos;s database is older than the site&apos;s record of it); the site sends them again.</source>
        <translation>El servidor central solo tiene los cambios de este sitio hasta el número %1, pero los había confirmado hasta el %2 (la base de datos del servidor central es más antigua de lo que el sitio sabe de ella); el sitio los envía de nuevo.</translation>
    </message>
    <message>
        <source>This site&apos;s database is older than the central server&apos;s record of it (restored from a backup, copied or rolled back): the central holds its changes up to number %1 and its pull up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new ones, and it receives everything it holds again from the beginning.</source>
        <translation>La base de datos de este sitio es más antigua de lo que el servidor central sabe de ella (restaurada de una copia de seguridad, copiada o revertida): el servidor central tiene sus cambios hasta el número %1 y su recepción hasta el %2, la base de datos solo hasta el %3 y el %4. Sus cambios no enviados se envían de nuevo como nuevos, y el sitio recibe de nuevo desde el principio todo lo que tiene.</translation>
    </message>
    <message>
        <source>This site&apos;s database is older than the central server&apos;s record of it (restored from a backup, copied or rolled back): the central holds its changes up to number %1 and its pull up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new ones, and the central sends back the changes the database lost.</source>
        <translation>La base de datos de este sitio es más antigua de lo que el servidor central sabe de ella (restaurada de una copia de seguridad, copiada o revertida): el servidor central tiene sus cambios hasta el número %1 y su recepción hasta el %2, la base de datos solo hasta el %3 y el %4. Sus cambios no enviados se envían de nuevo como nuevos, y el servidor central devuelve los cambios que la base de datos perdió.</translation>
    </message>
    <message>
        <source>The central server&apos;s database is older than this site&apos;s record of it (the site&apos;s pull had reached number %1, the central has served it only up to %2): the site receives everything it holds again from the beginning.</source>
        <translation>La base de datos del servidor central es más antigua de lo que este sitio sabe de ella (la recepción del sitio había llegado al número %1, el servidor central solo se la sirvió hasta el %2): el sitio recibe de nuevo desde el principio todo lo que tiene.</translation>
    </message>
    <message numerus="yes">
        <source>Its outgoing queue grew at %n contact(s) without falling in between: %1.</source>
        <translation>
            <numerusform>Su cola de salida creció en %n contacto sin bajar entretanto: %1.</numerusform>
            <numerusform>Su cola de salida creció en %n contactos sin bajar entretanto: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It reports %n open sync problem(s).</source>
        <translation>
            <numerusform>Informa de %n problema de sincronización abierto.</numerusform>
            <numerusform>Informa de %n problemas de sincronización abiertos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::SitePassword</name>
    <message>
        <source>This is the central server; only remote sites keep a password in the keychain.</source>
        <translation>Este es el servidor central; solo los sitios remotos guardan una contraseña en el llavero.</translation>
    </message>
    <message>
        <source>This is a site data file that was never imported: import it on the site&apos;s machine with &apos;sitesyncctl site import&apos;.</source>
        <translation>Este es un archivo de datos del sitio que nunca se importó: impórtelo en el equipo del sitio con &apos;sitesyncctl site import&apos;.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>La contraseña no se guardó: %1</translation>
    </message>
    <message>
        <source>There is no password for site %1 of %2 (%3). Where there is a keychain, store it again with &apos;sitesyncctl --db %4 site password --password-stdin&apos;, the password on standard input. On a server without one, give the service the systemd credential &apos;%5&apos;, made with &apos;systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred&apos; and loaded with LoadCredentialEncrypted=.</source>
        <translation>No hay ninguna contraseña para el sitio %1 de %2 (%3). Donde haya un llavero, vuelva a guardarla con &apos;sitesyncctl --db %4 site password --password-stdin&apos;, con la contraseña en la entrada estándar. En un servidor sin llavero, proporcione al servicio la credencial de systemd &apos;%5&apos;, creada con &apos;systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred&apos; y cargada con LoadCredentialEncrypted=.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteRegistry</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Un ID de sitio es un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Un sitio necesita un nombre.</translation>
    </message>
    <message>
        <source>A site&apos;s type is &apos;desktop&apos; or &apos;mobile&apos;, not &apos;%1&apos;.</source>
        <translation>El tipo de un sitio es &apos;desktop&apos; o &apos;mobile&apos;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A site password needs at least %1 characters.</source>
        <translation>La contraseña de un sitio necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation>El sitio %1 ya existe.</translation>
    </message>
    <message>
        <source>Site %1 is already the primary server.</source>
        <translation>El sitio %1 ya es el servidor primario.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>No existe el sitio %1.</translation>
    </message>
    <message>
        <source>Site %1 is the central server and cannot be deleted.</source>
        <translation>El sitio %1 es el servidor central y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Site %1 is the primary server and cannot be deleted.</source>
        <translation>El sitio %1 es el servidor primario y no se puede eliminar.</translation>
    </message>
    <message>
        <source>Site %1 (%2) still has active stores: %3. Move them to another site first.</source>
        <translation>El sitio %1 (%2) aún tiene almacenes activos: %3. Primero trasládelos a otro sitio.</translation>
    </message>
    <message>
        <source>Site %1 is the central server; it has no binding.</source>
        <translation>El sitio %1 es el servidor central; no tiene vínculo con el equipo.</translation>
    </message>
    <message>
        <source>A site initialised again starts from what the central server holds: whatever only its old machine held is lost.</source>
        <translation>Un sitio que se vuelve a inicializar parte de lo que tiene el servidor central: se pierde todo lo que solo tenía su equipo anterior.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 held 1 record the central server does not hold.</source>
        <translation>En su último contacto (%2), el sitio %1 tenía 1 registro que el servidor central no tiene.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 held %3 records the central server does not hold.</source>
        <translation>En su último contacto (%2), el sitio %1 tenía %3 registros que el servidor central no tiene.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 had sent everything: 0 records the central server does not hold.</source>
        <translation>En su último contacto (%2), el sitio %1 había enviado todo: 0 registros que el servidor central no tiene.</translation>
    </message>
    <message>
        <source>Site %1 never reported what it holds: the central server cannot count what would be lost.</source>
        <translation>El sitio %1 nunca informó de lo que tiene: el servidor central no puede contar lo que se perdería.</translation>
    </message>
    <message>
        <source>Anything entered since in its active stores (%1) is lost as well, stock included.</source>
        <translation>Todo lo ingresado desde entonces en sus almacenes activos (%1) también se pierde, existencias incluidas.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteSession</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Un ID de sitio es un número entero mayor que 0.</translation>
    </message>
    <message>
        <source>The central server needs a name.</source>
        <translation>El servidor central necesita un nombre.</translation>
    </message>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation>La contraseña de desbloqueo necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 was altered outside SiteSync: the write guard of table &apos;%2&apos; is missing or changed, so changes may have bypassed the ownership rules. Restore a backup or re-initialise the site.</source>
        <translation>%1 se alteró fuera de SiteSync: la protección de escritura de la tabla &apos;%2&apos; falta o fue modificada, por lo que algunos cambios podrían haber eludido las reglas de propiedad. Restaure una copia de seguridad o vuelva a inicializar el sitio.</translation>
    </message>
</context>
<context>
    <name>sitesync::StockReports</name>
    <message>
        <source>Choose the first and the last month of the usage report.</source>
        <translation>Elija el primer y el último mes del informe de consumo.</translation>
    </message>
    <message>
        <source>The usage report cannot start (%1) after it ends (%2).</source>
        <translation>El informe de consumo no puede comenzar (%1) después de terminar (%2).</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreMove</name>
    <message>
        <source>Store &apos;%1&apos; is already active on site %2.</source>
        <translation>El almacén &apos;%1&apos; ya está activo en el sitio %2.</translation>
    </message>
    <message>
        <source>A store is moved on the central server, site %1.</source>
        <translation>Los almacenes se trasladan en el servidor central, sitio %1.</translation>
    </message>
    <message>
        <source>The move could not be checked.</source>
        <translation>No se pudo verificar el traslado.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still wait for site %1: let it synchronise first.</source>
        <translation>
            <numerusform>%n registro aún espera al sitio %1: primero deje que se sincronice.</numerusform>
            <numerusform>%n registros aún esperan al sitio %1: primero deje que se sincronice.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central cannot see changes site %1 has not pushed yet: make sure it synchronised after its last data entry, and that nobody enters data on either site until the move is complete.</source>
        <translation>El servidor central no puede ver los cambios que el sitio %1 aún no ha enviado: asegúrese de que se haya sincronizado después de su último ingreso de datos y de que nadie ingrese datos en ninguno de los dos sitios hasta que el traslado termine.</translation>
    </message>
    <message>
        <source>A collector copy on the &apos;From&apos; site keeps all of the store&apos;s sync traffic there; this is not normally wanted.</source>
        <translation>Una copia de recolector en el sitio &apos;Origen&apos; mantiene allí todo el tráfico de sincronización del almacén; normalmente no es lo deseado.</translation>
    </message>
    <message>
        <source>The new site&apos;s ID must be the &apos;To&apos; site.</source>
        <translation>El ID del sitio nuevo debe ser el del sitio &apos;Destino&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 had %n change(s) of its own waiting to be pushed at its last contact (%2): let it synchronise first.</source>
        <translation>
            <numerusform>El sitio %1 tenía %n cambio propio pendiente de enviar en su último contacto (%2): deje que se sincronice primero.</numerusform>
            <numerusform>El sitio %1 tenía %n cambios propios pendientes de enviar en su último contacto (%2): deje que se sincronice primero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::StoreRegistry</name>
    <message>
        <source>A store ID is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit; &apos;%1&apos; is not.</source>
        <translation>Un ID de almacén tiene de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empieza con una letra o un dígito; &apos;%1&apos; no lo cumple.</translation>
    </message>
    <message>
        <source>A store needs a code and a name.</source>
        <translation>Un almacén necesita un código y un nombre.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; already exists.</source>
        <translation>El almacén &apos;%1&apos; ya existe.</translation>
    </message>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation>No existe el almacén &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreTransfers</name>
    <message>
        <source>Store &apos;%1&apos; has no name record yet; the transfer waits for it.</source>
        <translation>El almacén &apos;%1&apos; aún no tiene registro de nombre; la transferencia lo espera.</translation>
    </message>
    <message>
        <source>Customer invoice %1 was received as supplier invoice %2 of store %3.</source>
        <translation>La factura de cliente %1 se recibió como factura de proveedor %2 del almacén %3.</translation>
    </message>
    <message>
        <source>Requisition %1 was received as requisition %2 of store %3.</source>
        <translation>La requisición %1 se recibió como requisición %2 del almacén %3.</translation>
    </message>
    <message>
        <source>Purchase order %1 was received as customer invoice %2 of store %3.</source>
        <translation>La orden de compra %1 se recibió como factura de cliente %2 del almacén %3.</translation>
    </message>
    <message>
        <source>The transfer &apos;%1&apos; would reuse record &apos;%2&apos; of &apos;%3&apos;, which is not its responding half in store &apos;%4&apos; (the id of another or a deleted transfer was used again). Nothing of it was changed.</source>
        <translation>La transferencia &apos;%1&apos; reutilizaría el registro &apos;%2&apos; de &apos;%3&apos;, que no es su mitad de respuesta en el almacén &apos;%4&apos; (se reutilizó el identificador de otra transferencia o de una eliminada). No se cambió nada de ella.</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreVisibility</name>
    <message>
        <source>Store &apos;%1&apos; cannot be made visible in itself.</source>
        <translation>El almacén &apos;%1&apos; no puede hacerse visible en sí mismo.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has no name record to make visible.</source>
        <translation>El almacén &apos;%1&apos; no tiene ningún registro de nombre que hacer visible.</translation>
    </message>
    <message>
        <source>Store visibility is changed only on the central server, site %1.</source>
        <translation>La visibilidad de los almacenes solo se modifica en el servidor central, sitio %1.</translation>
    </message>
    <message>
        <source>This record makes store &apos;%1&apos; visible in another store, which changes where its copies go. Change it with &apos;sitesyncctl store visibility --store %1&apos; (or on the store&apos;s Visibility tab), behind the unlock password.</source>
        <translation>Este registro hace visible el almacén &apos;%1&apos; en otro almacén, lo que cambia adónde van sus copias. Modifíquelo con &apos;sitesyncctl store visibility --store %1&apos; (o en la pestaña Visibilidad del almacén), con la contraseña de desbloqueo.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncProblemLog</name>
    <message>
        <source>There is no sync problem %1.</source>
        <translation>No existe el problema de sincronización %1.</translation>
    </message>
    <message>
        <source>Replaced by problem %1, about the same record from the same site.</source>
        <translation>Reemplazado por el problema %1, sobre el mismo registro del mismo sitio.</translation>
    </message>
    <message>
        <source>Sync problem %1 is closed already (%2); there is nothing more to do with it.</source>
        <translation>El problema de sincronización %1 ya está cerrado (%2); no hay nada más que hacer con él.</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>reemplazado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncProblems</name>
    <message>
        <source>It is not known which site sent record &apos;%1&apos; of &apos;%2&apos; (sync problem %3), so it cannot be applied as that site&apos;s change. Dismiss the problem once it is dealt with.</source>
        <translation>No se sabe qué sitio envió el registro &apos;%1&apos; de &apos;%2&apos; (problema de sincronización %3), por lo que no se puede aplicar como cambio de ese sitio. Descarte el problema una vez atendido.</translation>
    </message>
    <message>
        <source>A synchronisation of this site is running; retry the problem when it has finished.</source>
        <translation>Hay una sincronización de este sitio en curso; reintente el problema cuando haya terminado.</translation>
    </message>
    <message>
        <source>Applied when %1 retried it.</source>
        <translation>Aplicado cuando %1 lo reintentó.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was applied as sent by site %3; sync problem %4 is resolved.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; se aplicó tal como lo envió el sitio %3; el problema de sincronización %4 está resuelto.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; still cannot be applied, and nothing was changed; sync problem %3 stays open: %4</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; todavía no se puede aplicar y no se modificó nada; el problema de sincronización %3 sigue abierto: %4</translation>
    </message>
    <message>
        <source>It waits for a record it refers to, which has not arrived.</source>
        <translation>Espera un registro al que hace referencia, que no ha llegado.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; is no longer on this site and no change of it waits to be sent: there is nothing to push again. Dismiss sync problem %3 once it is dealt with.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; ya no está en este sitio y no hay ningún cambio suyo pendiente de enviar: no hay nada que volver a enviar. Descarte el problema de sincronización %3 una vez atendido.</translation>
    </message>
    <message>
        <source>Queued to be pushed to the central server again with the next sync.</source>
        <translation>En cola para volver a enviarse al servidor central en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; is queued to be pushed to the central server again with the next sync, as it is now on this site; sync problem %3 stays open until the central takes it.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; está en cola para volver a enviarse al servidor central en la próxima sincronización, tal como está ahora en este sitio; el problema de sincronización %3 sigue abierto hasta que el servidor central lo acepte.</translation>
    </message>
    <message>
        <source>Say why the problem is dismissed; the reason is kept with it.</source>
        <translation>Indique por qué se descarta el problema; el motivo se conserva con él.</translation>
    </message>
    <message>
        <source>The retention of closed sync problems is a number of days from 1 to %1, not %2.</source>
        <translation>El período de conservación de los problemas de sincronización cerrados es de 1 a %1 días, no %2.</translation>
    </message>
    <message>
        <source>A later version of the record arrived from site %1.</source>
        <translation>Llegó una versión posterior del registro desde el sitio %1.</translation>
    </message>
    <message>
        <source>The central server received a later push of the record and did not set it aside.</source>
        <translation>El servidor central recibió un envío posterior del registro y no lo apartó.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; came from the central server and still waits to be applied here; dismissed, this site would be without it for good. Retry it once what it waits for is here (see the reason), or initialise the site again to receive everything anew.</source>
        <translation>El registro &apos;%1&apos; de &apos;%2&apos; vino del servidor central y aún espera aplicarse aquí; si se descarta, este sitio se quedaría sin él para siempre. Reinténtelo cuando llegue lo que espera (vea el motivo), o vuelva a inicializar el sitio para recibirlo todo de nuevo.</translation>
    </message>
    <message>
        <source>The central server has not applied this record yet: %1</source>
        <translation>El servidor central aún no ha aplicado este registro: %1</translation>
    </message>
    <message>
        <source>The central server no longer waits to apply it.</source>
        <translation>El servidor central ya no espera para aplicarlo.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncService</name>
    <message>
        <source>A pull names the cursor and queue_cursor it has stored.</source>
        <translation>Una solicitud de recepción indica el cursor y el queue_cursor que tiene guardados.</translation>
    </message>
    <message>
        <source>A pull&apos;s stored cursors cannot be past the cursors it reads from.</source>
        <translation>Los cursores guardados de una solicitud de recepción no pueden estar más allá de los cursores desde los que lee.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>No existe el sitio %1.</translation>
    </message>
    <message>
        <source>Site data files are made on the central server.</source>
        <translation>Los archivos de datos del sitio se generan en el servidor central.</translation>
    </message>
    <message>
        <source>Site %1 is the central server itself.</source>
        <translation>El sitio %1 es el propio servidor central.</translation>
    </message>
    <message>
        <source>Site %1 is a mobile site: a mobile site is initialised from the central server over the network, not from a file.</source>
        <translation>El sitio %1 es un sitio móvil: un sitio móvil se inicializa desde el servidor central a través de la red, no desde un archivo.</translation>
    </message>
    <message>
        <source>This is not the latest site data file of site %1, or it was imported already. Export the site again on the central server.</source>
        <translation>Este no es el archivo de datos más reciente del sitio %1, o ya se importó. Vuelva a exportar el sitio en el servidor central.</translation>
    </message>
    <message>
        <source>Site %1 was initialised, exported again or changed while its data file was written; the file was removed.</source>
        <translation>El sitio %1 se inicializó, se exportó de nuevo o cambió mientras se escribía su archivo de datos; el archivo se eliminó.</translation>
    </message>
    <message>
        <source>A push holds %1 records; the central takes at most %2 at once.</source>
        <translation>Un envío contiene %1 registros; el servidor central acepta como máximo %2 a la vez.</translation>
    </message>
    <message>
        <source>A push holds more than %1 records; the central takes at most %1 at once.</source>
        <translation>Un envío contiene más de %1 registros; el servidor central acepta como máximo %1 a la vez.</translation>
    </message>
    <message>
        <source>Site %1 is in use on a machine. To set it up on a new machine, reset its hardware binding first.</source>
        <translation>El sitio %1 está en uso en un equipo. Para configurarlo en un equipo nuevo, primero restablezca su vínculo con el equipo.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsEditor</name>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation>No existe el almacén &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This site holds no sync settings for store &apos;%1&apos;.</source>
        <translation>Este sitio no tiene configuración de sincronización para el almacén &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>No existe el sitio %1.</translation>
    </message>
    <message>
        <source>&apos;Include transactions in sync&apos; applies to dispensary stores only; store &apos;%1&apos; is not one.</source>
        <translation>&apos;Incluir transacciones en la sincronización&apos; solo se aplica a almacenes de dispensario; el almacén &apos;%1&apos; no lo es.</translation>
    </message>
    <message>
        <source>Site %1 is a mobile site and store &apos;%2&apos; is already active on it; a mobile site can have only one active store.</source>
        <translation>El sitio %1 es un sitio móvil y el almacén &apos;%2&apos; ya está activo en él; un sitio móvil solo puede tener un almacén activo.</translation>
    </message>
    <message>
        <source>Every store exists on the central server: store &apos;%1&apos; needs a collector or transfer copy on site %2.</source>
        <translation>Todos los almacenes existen en el servidor central: el almacén &apos;%1&apos; necesita una copia de recolector o de transferencia en el sitio %2.</translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation>una copia de transferencia</translation>
    </message>
    <message>
        <source>a collector</source>
        <translation>un recolector</translation>
    </message>
    <message>
        <source>Site %1 is the active site of store &apos;%2&apos;, so its sync-with is Active/collector, not %3.</source>
        <translation>El sitio %1 es el sitio activo del almacén &apos;%2&apos;, por lo que su &quot;Sincronizar con&quot; es Activo/recolector, no %3.</translation>
    </message>
    <message>
        <source>The settings of store &apos;%1&apos; or the visibility they follow changed since the preview; look at the preview again before saving.</source>
        <translation>La configuración del almacén &apos;%1&apos; o la visibilidad de la que depende cambió desde la vista previa; revise de nuevo la vista previa antes de guardar.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be a collector on site %2 while the central server holds only a transfer copy of it: a collector is filled through the central, which does not receive the store&apos;s data. Make the central a collector of the store first, or keep a transfer copy on site %2.</source>
        <translation>El almacén &apos;%1&apos; no puede ser recolector en el sitio %2 mientras el servidor central solo tenga una copia de transferencia: un recolector se llena a través del servidor central, que no recibe los datos del almacén. Haga primero del servidor central un recolector del almacén, o mantenga una copia de transferencia en el sitio %2.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be %2 on site %3: it is not visible in any store active there. Make it visible in one of them first (the store&apos;s Visibility tab, or sitesyncctl store visibility).</source>
        <translation>El almacén &apos;%1&apos; no puede ser %2 en el sitio %3: no es visible en ningún almacén activo allí. Primero hágalo visible en uno de ellos (la pestaña Visibilidad del almacén, o sitesyncctl store visibility).</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible in a store active on site %2, so it keeps at least a transfer copy there. Hide it from that store first (the store&apos;s Visibility tab, or sitesyncctl store visibility).</source>
        <translation>El almacén &apos;%1&apos; es visible en un almacén activo en el sitio %2, por lo que conserva allí al menos una copia de transferencia. Primero ocúltelo de ese almacén (la pestaña Visibilidad del almacén, o sitesyncctl store visibility).</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsImpact</name>
    <message>
        <source>Sync settings are changed only on the central server.</source>
        <translation>La configuración de sincronización solo se modifica en el servidor central.</translation>
    </message>
    <message>
        <source>Could not measure the change&apos;s effect.</source>
        <translation>No se pudo medir el efecto del cambio.</translation>
    </message>
    <message>
        <source>Site %1 has never connected. Anything entered there for store &apos;%2&apos; and not yet pushed is lost to the move.</source>
        <translation>El sitio %1 nunca se ha conectado. Todo lo ingresado allí para el almacén &apos;%2&apos; que aún no se haya enviado se perderá con el traslado.</translation>
    </message>
    <message>
        <source>Site %1 last connected at %2. Make sure it has pushed all its changes to store &apos;%3&apos; and stopped data entry before the move.</source>
        <translation>El sitio %1 se conectó por última vez el %2. Asegúrese de que haya enviado todos sus cambios del almacén &apos;%3&apos; y detenido el ingreso de datos antes del traslado.</translation>
    </message>
    <message>
        <source>Site %1 keeps a read-only collector copy: anything entered there for store &apos;%2&apos; after the move is refused.</source>
        <translation>El sitio %1 conserva una copia de recolector de solo lectura: todo lo que se ingrese allí para el almacén &apos;%2&apos; después del traslado será rechazado.</translation>
    </message>
    <message>
        <source>Site %1 is not initialised yet: the store&apos;s records wait for it until it is.</source>
        <translation>El sitio %1 aún no está inicializado: los registros del almacén lo esperarán hasta que lo esté.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so there is no other copy to resend patient records to.</source>
        <translation>El almacén &apos;%1&apos; está activo en el servidor central, por lo que no hay otra copia a la que reenviar los registros de pacientes.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so its transactions, prescriptions, stock lines and stocktakes are kept there as before. The setting takes effect if the store becomes active on a remote site: they will then stay on that site.</source>
        <translation>El almacén &apos;%1&apos; está activo en el servidor central, por lo que sus transacciones, recetas, líneas de existencias e inventarios se conservan allí como antes. La configuración surte efecto si el almacén pasa a estar activo en un sitio remoto: entonces permanecerán en ese sitio.</translation>
    </message>
    <message>
        <source>The transactions, prescriptions, stock lines and stocktakes of store &apos;%1&apos; will stay on site %2 and no longer reach the central server.</source>
        <translation>Las transacciones, recetas, líneas de existencias e inventarios del almacén &apos;%1&apos; permanecerán en el sitio %2 y ya no llegarán al servidor central.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncType</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>recolector</translation>
    </message>
    <message>
        <source>transfer copy</source>
        <translation>copia de transferencia</translation>
    </message>
    <message>
        <source>no copy</source>
        <translation>sin copia</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWith</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Active/collector</source>
        <translation>Activo/recolector</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWorker</name>
    <message>
        <source>Cancelled; the next synchronisation continues where this one stopped.</source>
        <translation>Cancelada; la próxima sincronización continuará donde se detuvo esta.</translation>
    </message>
    <message>
        <source>Pushed %1 and pulled %2 records.</source>
        <translation>Se enviaron %1 registros y se recibieron %2.</translation>
    </message>
    <message>
        <source>The sync interval is 0 (paused) to %1 minutes.</source>
        <translation>El intervalo de sincronización va de 0 (en pausa) a %1 minutos.</translation>
    </message>
</context>
<context>
    <name>sitesync::SystemdCredentialStore</name>
    <message>
        <source>no systemd credential &apos;%1&apos;: not run by a service that loads one (CREDENTIALS_DIRECTORY is not set)</source>
        <translation>no hay ninguna credencial de systemd &apos;%1&apos;: no se ejecuta desde un servicio que cargue una (CREDENTIALS_DIRECTORY no está definida)</translation>
    </message>
    <message>
        <source>no systemd credential &apos;%1&apos; in %2</source>
        <translation>no hay ninguna credencial de systemd &apos;%1&apos; en %2</translation>
    </message>
    <message>
        <source>The systemd credential %1 cannot be read: %2</source>
        <translation>No se puede leer la credencial de systemd %1: %2</translation>
    </message>
    <message>
        <source>The systemd credential %1 is empty.</source>
        <translation>La credencial de systemd %1 está vacía.</translation>
    </message>
    <message>
        <source>The site password comes from the systemd credential &apos;%1&apos;, which holds another password (or none). Make the credential again with &apos;systemd-creds encrypt --name=%1 - FILE&apos; and restart the service.</source>
        <translation>La contraseña del sitio proviene de la credencial de systemd &apos;%1&apos;, que contiene otra contraseña (o ninguna). Vuelva a crear la credencial con &apos;systemd-creds encrypt --name=%1 - FILE&apos; y reinicie el servicio.</translation>
    </message>
    <message>
        <source>The systemd credential &apos;%1&apos; is read-only; remove its file and the service&apos;s LoadCredentialEncrypted= line instead.</source>
        <translation>La credencial de systemd &apos;%1&apos; es de solo lectura; en su lugar, elimine su archivo y la línea LoadCredentialEncrypted= del servicio.</translation>
    </message>
</context>
<context>
    <name>sitesync::UnlockGate</name>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation>La contraseña de desbloqueo necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Too many wrong unlock passwords; try again after %1 UTC.</source>
        <translation>Demasiadas contraseñas de desbloqueo incorrectas; vuelva a intentarlo después de las %1 UTC.</translation>
    </message>
    <message>
        <source>Wrong unlock password. Unlocking is locked for %1 minutes.</source>
        <translation>Contraseña de desbloqueo incorrecta. El desbloqueo queda bloqueado durante %1 minutos.</translation>
    </message>
    <message>
        <source>Wrong unlock password (%1 of %2 attempts).</source>
        <translation>Contraseña de desbloqueo incorrecta (intento %1 de %2).</translation>
    </message>
    <message>
        <source>Give your name: it is written in the audit log with everything done while unlocked.</source>
        <translation>Indique su nombre: se escribe en la bitácora de auditoría junto con todo lo que se haga mientras esté desbloqueado.</translation>
    </message>
    <message>
        <source>An unlock password is set already; changing it needs the current one.</source>
        <translation>Ya hay una contraseña de desbloqueo establecida; para cambiarla se necesita la actual.</translation>
    </message>
    <message>
        <source>No unlock password is set on this server yet.</source>
        <translation>Todavía no hay ninguna contraseña de desbloqueo establecida en este servidor.</translation>
    </message>
</context>
<context>
    <name>sitesync::WaitingRecords</name>
    <message>
        <source>It was applied at last.</source>
        <translation>Finalmente se aplicó.</translation>
    </message>
    <message>
        <source>Waiting since %1 and not applied yet: %2 It is tried again when what it waits for arrives.</source>
        <translation>En espera desde %1 y aún sin aplicar: %2 Se volverá a intentar cuando llegue lo que espera.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::AboutDialog</name>
    <message>
        <source>About SiteSync</source>
        <translation>Acerca de SiteSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Site %2, %3. Database schema version %4.&lt;br&gt;%5</source>
        <translation>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Sitio %2, %3. Versión del esquema de la base de datos: %4.&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>contando...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Received, waiting to be applied (sync_in)</source>
        <translation>Recibidos, en espera de aplicarse (sync_in)</translation>
    </message>
    <message>
        <source>Open sync problems</source>
        <translation>Problemas de sincronización abiertos</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (never connected)</source>
        <translation>En espera en este servidor para el sitio %1 (nunca se ha conectado)</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (connects from %2)</source>
        <translation>En espera en este servidor para el sitio %1 (se conecta desde %2)</translation>
    </message>
    <message>
        <source>Central server: %1</source>
        <translation>Servidor central: %1</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (SiteSync %2, connects from %3)</source>
        <translation>En espera en este servidor para el sitio %1 (SiteSync %2, se conecta desde %3)</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::DismissProblemDialog</name>
    <message>
        <source>Dismiss sync problem %1</source>
        <translation>Descartar el problema de sincronización %1</translation>
    </message>
    <message>
        <source>Sync problem %1 (%2) will be closed without its record being applied. Why? The reason is kept with the problem and in the audit log.</source>
        <translation>El problema de sincronización %1 (%2) se cerrará sin aplicar su registro. ¿Por qué? El motivo se conserva con el problema y en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::DisplayText</name>
    <message>
        <source>central server</source>
        <translation>servidor central</translation>
    </message>
    <message>
        <source>primary server</source>
        <translation>servidor primario</translation>
    </message>
    <message>
        <source>remote site</source>
        <translation>sitio remoto</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Recibiendo</translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation>Integrando</translation>
    </message>
    <message>
        <source>Waiting for the link to the central server, retry %1 in %2 s</source>
        <translation>Esperando el enlace con el servidor central, reintento %1 en %2 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 records received, %4 remaining</source>
        <translation>%1: %2 de %3 registros recibidos, %4 restantes</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ImpactDialog</name>
    <message>
        <source>Save the sync settings of %1?</source>
        <translation>¿Guardar la configuración de sincronización de %1?</translation>
    </message>
    <message>
        <source>%1 will be active on site %2.</source>
        <translation>%1 estará activo en el sitio %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saving queues %n record(s) for remote sites.</source>
        <translation>
            <numerusform>Al guardar se pondrá en cola %n registro para los sitios remotos.</numerusform>
            <numerusform>Al guardar se pondrán en cola %n registros para los sitios remotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n patient record(s) are resent to the store&apos;s active copy.</source>
        <translation>
            <numerusform>De ellos, %n registro de paciente se reenvía a la copia activa del almacén.</numerusform>
            <numerusform>De ellos, %n registros de pacientes se reenvían a la copia activa del almacén.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Records queued</source>
        <translation>Registros en cola</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Después de guardar</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message numerus="yes">
        <source>Copy removed from the site (about %n record(s))</source>
        <translation>
            <numerusform>Copia eliminada del sitio (aprox. %n registro)</numerusform>
            <numerusform>Copia eliminada del sitio (aprox. %n registros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut down to transfers: about %n record(s) removed</source>
        <translation>
            <numerusform>Reducida a transferencias: aprox. %n registro eliminado</numerusform>
            <numerusform>Reducida a transferencias: aprox. %n registros eliminados</numerusform>
        </translation>
    </message>
    <message>
        <source>New copy: the site receives the store&apos;s records</source>
        <translation>Copia nueva: el sitio recibe los registros del almacén</translation>
    </message>
    <message>
        <source>Changes role</source>
        <translation>Cambia de función</translation>
    </message>
    <message numerus="yes">
        <source>The move queues %n record(s) for remote sites.</source>
        <translation>
            <numerusform>El traslado pondrá en cola %n registro para los sitios remotos.</numerusform>
            <numerusform>El traslado pondrá en cola %n registros para los sitios remotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Después del traslado</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::MainWindow</name>
    <message>
        <source>Stores</source>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Bitácora de sincronización</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>Informe de sincronización</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About SiteSync</source>
        <translation>Acerca &amp;de SiteSync</translation>
    </message>
    <message>
        <source>SiteSync - site %1 (%2)</source>
        <translation>SiteSync - sitio %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Change &amp;unlock password...</source>
        <translation>Cambiar la contraseña de &amp;desbloqueo...</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ReportsPage</name>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valor de existencias</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>Consumo mensual</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Código de artículo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;Desde el mes:</translation>
    </message>
    <message>
        <source>&amp;to month:</source>
        <translation>&amp;hasta el mes:</translation>
    </message>
    <message>
        <source>Usage is the quantity of finalised customer invoices and prescriptions, counted in the month each was finalised. Supplier invoices, inventory adjustments and invoices not yet finalised do not count.</source>
        <translation>El consumo es la cantidad de las facturas de cliente y recetas finalizadas, contada en el mes en que se finalizó cada una. No cuentan las facturas de proveedor, los ajustes de inventario ni las facturas aún no finalizadas.</translation>
    </message>
    <message>
        <source>No store is reportable on this site: no store is active here and this site holds no collector copy of any. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation>Ningún almacén de este sitio puede incluirse en los informes: no hay ningún almacén activo aquí y este sitio no tiene una copia de recolector de ninguno. Las copias de transferencia no se incluyen en los informes: solo contienen el registro del almacén y sus transferencias.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>store name (sync type here)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reports cover the stores active on this site and those it holds a collector copy of: %1. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation>Los informes abarcan los almacenes activos en este sitio y aquellos de los que tiene una copia de recolector: %1. Las copias de transferencia no se incluyen en los informes: solo contienen el registro del almacén y sus transferencias.</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>item code - item name</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>sin ubicación</translation>
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
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteContactColumns</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Queue at last contact</source>
        <translation>Cola en el último contacto</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Waiting on central</source>
        <translation>En espera en el central</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The site reported this queue on %1.</source>
        <translation>El sitio informó de esta cola el %1.</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>contando...</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>This site reaches the central server at %1.</source>
        <translation>Este sitio se conecta con el servidor central en %1.</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>nunca se ha conectado</translation>
    </message>
    <message>
        <source>The address site %1 last connected from, on %2.</source>
        <translation>La dirección desde la que el sitio %1 se conectó por última vez, el %2.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteExportDialog</name>
    <message>
        <source>Export site data file</source>
        <translation>Exportar archivo de datos del sitio</translation>
    </message>
    <message>
        <source>The data file holds everything site %1 (%2) needs, so that its machine does not pull it all over the network. Take it to that machine and import it there. Changes made after the export reach the site with its first sync.</source>
        <translation>El archivo de datos contiene todo lo que necesita el sitio %1 (%2), para que su equipo no tenga que recibirlo todo a través de la red. Llévelo a ese equipo e impórtelo allí. Los cambios realizados después de la exportación llegarán al sitio con su primera sincronización.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Site data files (*.sitesync)</source>
        <translation>Archivos de datos del sitio (*.sitesync)</translation>
    </message>
    <message>
        <source>%L1 records written</source>
        <translation>%L1 registros escritos</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). On the site&apos;s machine, start SiteSync with a new database and choose &quot;Import a site data file&quot;, or run:
  sitesyncctl --db PATH site import FILE --central URL --password-stdin</source>
        <translation>Se escribió %1 (%2). En el equipo del sitio, inicie SiteSync con una base de datos nueva y elija &quot;Importar un archivo de datos del sitio&quot;, o ejecute:
  sitesyncctl --db PATH site import FILE --central URL --password-stdin</translation>
    </message>
    <message>
        <source>The file could not be written: the folder %1 does not exist.</source>
        <translation>No se pudo escribir el archivo: la carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The file could not be written: the folder %1 is not writable. Choose another folder.</source>
        <translation>No se pudo escribir el archivo: no se puede escribir en la carpeta %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteSetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Configurar este sitio</translation>
    </message>
    <message>
        <source>There is no site database at %1 yet. Set this machine up as a remote site of your central server:</source>
        <translation>Todavía no hay ninguna base de datos del sitio en %1. Configure este equipo como sitio remoto de su servidor central:</translation>
    </message>
    <message>
        <source>&amp;Initialise it from the central server (a desktop or mobile site)</source>
        <translation>&amp;Inicializarlo desde el servidor central (un sitio de escritorio o móvil)</translation>
    </message>
    <message>
        <source>I&amp;mport a site data file exported on the central server (a desktop site)</source>
        <translation>I&amp;mportar un archivo de datos del sitio exportado en el servidor central (un sitio de escritorio)</translation>
    </message>
    <message>
        <source>&amp;Central server:</source>
        <translation>&amp;Servidor central:</translation>
    </message>
    <message>
        <source>Site &amp;ID:</source>
        <translation>I&amp;D del sitio:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Archivo de datos:</translation>
    </message>
    <message>
        <source>Site &amp;password:</source>
        <translation>C&amp;ontraseña del sitio:</translation>
    </message>
    <message>
        <source>Only for an HTTPS central with its own certificate authority</source>
        <translation>Solo para un servidor central HTTPS con su propia autoridad de certificación</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>Cer&amp;tificado de confianza:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Site data file</source>
        <translation>Archivo de datos del sitio</translation>
    </message>
    <message>
        <source>Site data files (*.sitesync)</source>
        <translation>Archivos de datos del sitio (*.sitesync)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificado de confianza</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1: %L2 records</source>
        <translation>%1: %L2 registros</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>elija</translation>
    </message>
    <message>
        <source>The ID this site was given on the central server (its Sites page lists them).</source>
        <translation>El ID que se le dio a este sitio en el servidor central (la página Sitios del servidor central los muestra).</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteWizard</name>
    <message>
        <source>What kind of site?</source>
        <translation>¿Qué tipo de sitio?</translation>
    </message>
    <message>
        <source>Desktop site: a server or a single computer</source>
        <translation>Sitio de escritorio: un servidor o una sola computadora</translation>
    </message>
    <message>
        <source>Mobile site: a tablet running one store</source>
        <translation>Sitio móvil: una tableta que gestiona un almacén</translation>
    </message>
    <message>
        <source>The new site</source>
        <translation>El sitio nuevo</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID del sitio:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation>Contraseña del sitio:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation>Crear el sitio</translation>
    </message>
    <message>
        <source>Site created</source>
        <translation>Sitio creado</translation>
    </message>
    <message>
        <source>New sync site</source>
        <translation>Nuevo sitio de sincronización</translation>
    </message>
    <message>
        <source>Export its data file now, to import on its machine</source>
        <translation>Exportar ahora su archivo de datos, para importarlo en su equipo</translation>
    </message>
    <message>
        <source>Where the connection is poor, export the site&apos;s data file instead and import it on the machine: only what changes afterwards then goes over the network.</source>
        <translation>Donde la conexión sea deficiente, exporte en su lugar el archivo de datos del sitio e impórtelo en el equipo: así, solo lo que cambie después pasará por la red.</translation>
    </message>
    <message>
        <source>Site %1 already exists: choose another ID.</source>
        <translation>El sitio %1 ya existe: elija otro ID.</translation>
    </message>
    <message>
        <source>Site %1 exists on the central server. No store is active on it yet: move stores to it with Move store... on the Stores page.

On the site&apos;s own machine, start SiteSync with a new database and initialise the site from the central server with its password (or run: sitesyncctl init remote --central URL --site-id %1 --password-stdin). That binds the site to that machine and pulls everything it needs.</source>
        <translation>El sitio %1 existe en el servidor central. Todavía no hay ningún almacén activo en él: traslade almacenes a él con Trasladar almacén... en la página Almacenes.

En el equipo del propio sitio, inicie SiteSync con una base de datos nueva e inicialice el sitio desde el servidor central con su contraseña (o ejecute: sitesyncctl init remote --central URL --site-id %1 --password-stdin). Así el sitio queda vinculado a ese equipo y recibe todo lo que necesita.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SitesPage</name>
    <message>
        <source>&lt;b&gt;Sync sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sitios de sincronización&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation>Almacenes activos</translation>
    </message>
    <message>
        <source>Initialised</source>
        <translation>Inicializado</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Site %1 created.</source>
        <translation>Sitio %1 creado.</translation>
    </message>
    <message>
        <source>Release site %1 from the machine it was initialised on? Until it is initialised again, no machine can sync as that site.</source>
        <translation>¿Liberar el sitio %1 del equipo en el que se inicializó? Hasta que se vuelva a inicializar, ningún equipo podrá sincronizarse como ese sitio.</translation>
    </message>
    <message>
        <source>Site %1 can now be initialised on another machine.</source>
        <translation>Ahora el sitio %1 se puede inicializar en otro equipo.</translation>
    </message>
    <message>
        <source>Delete site %1? Its copies of stores and what waits for it are removed.</source>
        <translation>¿Eliminar el sitio %1? Se eliminarán sus copias de almacenes y todo lo que esté pendiente para él.</translation>
    </message>
    <message>
        <source>Site %1 deleted.</source>
        <translation>Sitio %1 eliminado.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>escritorio</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>For a new desktop site not yet on a machine: its database as a file, to import there instead of pulling everything over the network.</source>
        <translation>Para un sitio de escritorio nuevo que aún no está en un equipo: su base de datos como archivo, para importarla allí en lugar de recibirlo todo a través de la red.</translation>
    </message>
    <message>
        <source>Lets the site be initialised on another machine. Needs the unlock password.</source>
        <translation>Permite inicializar el sitio en otro equipo. Requiere la contraseña de desbloqueo.</translation>
    </message>
    <message>
        <source>Only a site with no active store that is neither the central nor the primary. Needs the unlock password.</source>
        <translation>Solo un sitio sin almacenes activos que no sea ni el servidor central ni el primario. Requiere la contraseña de desbloqueo.</translation>
    </message>
    <message>
        <source>Export the data file of site %1? Whoever holds the file holds the site&apos;s data, patients included.</source>
        <translation>¿Exportar el archivo de datos del sitio %1? Quien tenga el archivo tiene los datos del sitio, incluidos los de pacientes.</translation>
    </message>
    <message>
        <source>Unlock and export</source>
        <translation>Desbloquear y exportar</translation>
    </message>
    <message>
        <source>The data file of site %1 was written: the site counts as set up once it is imported on its machine.</source>
        <translation>Se escribió el archivo de datos del sitio %1: el sitio se considerará configurado una vez que se importe en su equipo.</translation>
    </message>
    <message>
        <source>Reset the binding</source>
        <translation>Restablecer el vínculo</translation>
    </message>
    <message>
        <source>Delete the site</source>
        <translation>Eliminar el sitio</translation>
    </message>
    <message>
        <source>&amp;New site...</source>
        <translation>&amp;Nuevo sitio...</translation>
    </message>
    <message>
        <source>E&amp;xport data file...</source>
        <translation>E&amp;xportar archivo de datos...</translation>
    </message>
    <message>
        <source>&amp;Reset hardware binding</source>
        <translation>&amp;Restablecer vínculo con el equipo</translation>
    </message>
    <message>
        <source>&amp;Delete site</source>
        <translation>&amp;Eliminar sitio</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreDialog</name>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Almacén %1 (%2)</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Almacén %1</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Dispensary:</source>
        <translation>Dispensario:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Store records are edited on the primary server.</source>
        <translation>Los registros de almacenes se editan en el servidor primario.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you changed on this store has not been saved.</source>
        <translation>Lo que cambió en este almacén no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreMoveWizard</name>
    <message>
        <source>Where does the store go?</source>
        <translation>¿A dónde se traslada el almacén?</translation>
    </message>
    <message>
        <source>Store %1 is active on site %2.</source>
        <translation>El almacén %1 está activo en el sitio %2.</translation>
    </message>
    <message>
        <source>To an existing site (the central server among them)</source>
        <translation>A un sitio existente (incluido el servidor central)</translation>
    </message>
    <message>
        <source>To a new site</source>
        <translation>A un sitio nuevo</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID del sitio:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation>Contraseña del sitio:</translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation>El sitio %1 ya existe.</translation>
    </message>
    <message>
        <source>What stays on site %1?</source>
        <translation>¿Qué queda en el sitio %1?</translation>
    </message>
    <message>
        <source>None: the site keeps nothing of the store</source>
        <translation>Ninguno: el sitio no conserva nada del almacén</translation>
    </message>
    <message>
        <source>Transfer: the store still transfers to and from stores on that site</source>
        <translation>Transferencia: el almacén sigue haciendo transferencias con los almacenes de ese sitio</translation>
    </message>
    <message>
        <source>A collector copy keeps all of the store&apos;s sync traffic on the &apos;From&apos; site, and anything entered there is refused. It is not normally wanted.</source>
        <translation>Una copia de recolector mantiene todo el tráfico de sincronización del almacén en el sitio &apos;Origen&apos;, y todo lo que se ingrese allí será rechazado. Normalmente no es lo deseado.</translation>
    </message>
    <message>
        <source>Delete site %1 after the move: no store will be active on it</source>
        <translation>Eliminar el sitio %1 después del traslado: no quedará ningún almacén activo en él</translation>
    </message>
    <message>
        <source>Are both sites synchronised?</source>
        <translation>¿Están sincronizados ambos sitios?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Nobody enters data on either site until the move is complete.</source>
        <translation>Nadie debe ingresar datos en ninguno de los dos sitios hasta que el traslado termine.</translation>
    </message>
    <message>
        <source>Both sites have received everything the central holds for them.</source>
        <translation>Ambos sitios han recibido todo lo que el servidor central tiene para ellos.</translation>
    </message>
    <message>
        <source>Not yet: let the sites synchronise, then check again.</source>
        <translation>Todavía no: deje que los sitios se sincronicen y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Move the store</source>
        <translation>Trasladar el almacén</translation>
    </message>
    <message>
        <source>Moving the store</source>
        <translation>Trasladando el almacén</translation>
    </message>
    <message>
        <source>Moving store %1 and queuing its records...</source>
        <translation>Trasladando el almacén %1 y poniendo sus registros en cola...</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>No se trasladó: %1</translation>
    </message>
    <message>
        <source>Store %1 is now active on site %2; %3 records wait for it there.</source>
        <translation>El almacén %1 ahora está activo en el sitio %2; %3 registros lo esperan allí.</translation>
    </message>
    <message>
        <source>Initialise the new site from the central server (sitesyncctl init remote) with its password.</source>
        <translation>Inicialice el sitio nuevo desde el servidor central (sitesyncctl init remote) con su contraseña.</translation>
    </message>
    <message>
        <source>Site %1 had no store left and was deleted.</source>
        <translation>El sitio %1 se quedó sin almacenes y se eliminó.</translation>
    </message>
    <message>
        <source>Move store %1</source>
        <translation>Trasladar almacén %1</translation>
    </message>
    <message>
        <source>Collector: a full read-only copy, as the central server usually keeps of every store</source>
        <translation>Recolector: una copia completa de solo lectura, como la que el servidor central suele tener de cada almacén</translation>
    </message>
    <message>
        <source>Collector: a full read-only copy, which keeps all of the store&apos;s sync traffic on the site (rarely wanted)</source>
        <translation>Recolector: una copia completa de solo lectura, que mantiene todo el tráfico de sincronización del almacén en el sitio (rara vez deseado)</translation>
    </message>
    <message>
        <source>What will the move cause?</source>
        <translation>¿Qué provocará el traslado?</translation>
    </message>
    <message>
        <source>Nothing has changed yet. This is what moving the store will do.</source>
        <translation>Todavía no se ha cambiado nada. Esto es lo que hará el traslado del almacén.</translation>
    </message>
    <message>
        <source>Store moved</source>
        <translation>Almacén trasladado</translation>
    </message>
    <message>
        <source>Store not moved</source>
        <translation>Almacén no trasladado</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreVisibilityTab</name>
    <message>
        <source>Tick the stores store %1 is visible in. Each site where one of them is active holds at least a transfer copy of store %1; a site where none is holds no copy.</source>
        <translation>Marque los almacenes en los que el almacén %1 es visible. Cada sitio donde uno de ellos está activo tiene al menos una copia de transferencia del almacén %1; un sitio donde ninguno está activo no tiene ninguna copia.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Activo en</translation>
    </message>
    <message>
        <source>Store %1 visible in it</source>
        <translation>Almacén %1 visible en él</translation>
    </message>
    <message>
        <source>Read-only: visibility is changed only on the central server, site %1.</source>
        <translation>Solo lectura: la visibilidad solo se modifica en el servidor central, sitio %1.</translation>
    </message>
    <message>
        <source>Locked: unlock the settings on the Synchronisation tab to change visibility.</source>
        <translation>Bloqueado: desbloquee la configuración en la pestaña Sincronización para modificar la visibilidad.</translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation>Desbloqueado. Cada cambio que guarde se escribe en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation>Midiendo el efecto del cambio...</translation>
    </message>
    <message>
        <source>Save the visibility of %1?</source>
        <translation>¿Guardar la visibilidad de %1?</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoresPage</name>
    <message>
        <source>&lt;b&gt;Stores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Almacenes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dispensary</source>
        <translation>Dispensario</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Activo en</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation>desconocido aquí</translation>
    </message>
    <message>
        <source>&amp;Open store...</source>
        <translation>A&amp;brir almacén...</translation>
    </message>
    <message>
        <source>&amp;Move store...</source>
        <translation>&amp;Trasladar almacén...</translation>
    </message>
    <message>
        <source>Move the selected store&apos;s active copy to another site.</source>
        <translation>Trasladar la copia activa del almacén seleccionado a otro sitio.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncLogPage</name>
    <message>
        <source>&lt;b&gt;Sync log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bitácora de sincronización&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Bitácora de auditoría</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (resuelto)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncProblemsPanel</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All problems</source>
        <translation>Todos los problemas</translation>
    </message>
    <message>
        <source>Open problems only</source>
        <translation>Solo problemas abiertos</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>A record received from another site is applied again as that site&apos;s change; this site&apos;s own record is pushed to the central server again with the next sync.</source>
        <translation>Un registro recibido de otro sitio se vuelve a aplicar como cambio de ese sitio; un registro propio de este sitio se vuelve a enviar al servidor central en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Dismiss...</source>
        <translation>Descartar...</translation>
    </message>
    <message>
        <source>Closes the problem without applying its record; asks why.</source>
        <translation>Cierra el problema sin aplicar su registro; pide el motivo.</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation>%1 (descartado)</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1 (reemplazado)</translation>
    </message>
    <message>
        <source>Select a problem to see the record&apos;s content.</source>
        <translation>Seleccione un problema para ver el contenido del registro.</translation>
    </message>
    <message>
        <source>Problem %1 (%2), from site %3: record &apos;%4&apos; of &apos;%5&apos;.</source>
        <translation>Problema %1 (%2), del sitio %3: registro &apos;%4&apos; de &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Last retry, %1: %2</source>
        <translation>Último reintento, %1: %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation>Cerrado el %1 por %2: %3</translation>
    </message>
    <message>
        <source>(none: the change deletes the record)</source>
        <translation>(ninguno: el cambio elimina el registro)</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>registro &apos;%1&apos; de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Sync problem %1 dismissed.</source>
        <translation>Problema de sincronización %1 descartado.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncReportPage</name>
    <message>
        <source>&lt;b&gt;Sync report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informe de sincronización&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>The sync report is kept by the central server. This site last synced: %1.</source>
        <translation>El informe de sincronización lo mantiene el servidor central. Última sincronización de este sitio: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>escritorio</translation>
    </message>
    <message>
        <source>No connection for over a month.</source>
        <translation>Sin conexión desde hace más de un mes.</translation>
    </message>
    <message>
        <source>This site has never connected.</source>
        <translation>Este sitio nunca se ha conectado.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message numerus="yes">
        <source>A site marked &quot;%1&quot; reported open sync problems at its last contact, or its outgoing queue grew at %n contact(s) in a row without falling: it is not keeping up. Its tooltip says why.</source>
        <translation>
            <numerusform>Un sitio marcado «%1» informó de problemas de sincronización abiertos en su último contacto, o su cola de salida creció en %n contacto seguido sin bajar: no da abasto. Su información emergente dice por qué.</numerusform>
            <numerusform>Un sitio marcado «%1» informó de problemas de sincronización abiertos en su último contacto, o su cola de salida creció en %n contactos seguidos sin bajar: no da abasto. Su información emergente dice por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Acción necesaria</translation>
    </message>
    <message>
        <source>Sites whose last connection is over a month old, or who never connected, are in red, marked &quot;%1&quot; and with a warning sign.</source>
        <translation>Los sitios cuya última conexión tiene más de un mes, o que nunca se han conectado, aparecen en rojo, marcados «%1» y con un signo de advertencia.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, atrasado</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncSettingsTab</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Recolector</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>No copy</source>
        <translation>Sin copia</translation>
    </message>
    <message>
        <source>Sync type on this site:</source>
        <translation>Tipo de sincronización en este sitio:</translation>
    </message>
    <message>
        <source>Set as local store</source>
        <translation>Establecer como almacén local</translation>
    </message>
    <message>
        <source>Include transactions in sync</source>
        <translation>Incluir transacciones en la sincronización</translation>
    </message>
    <message>
        <source>Resync patient records when store is saved</source>
        <translation>Volver a sincronizar los registros de pacientes al guardar el almacén</translation>
    </message>
    <message>
        <source>Sync ID:</source>
        <translation>ID de sincronización:</translation>
    </message>
    <message>
        <source>Sync with:</source>
        <translation>Sincronizar con:</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Sync with</source>
        <translation>Sincronizar con</translation>
    </message>
    <message>
        <source>Visible to a store there</source>
        <translation>Visible para un almacén allí</translation>
    </message>
    <message>
        <source>Click to unlock</source>
        <translation>Haga clic para desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation>Desbloqueado. Cada cambio que guarde se escribe en la bitácora de auditoría.</translation>
    </message>
    <message>
        <source>These settings are locked.</source>
        <translation>Esta configuración está bloqueada.</translation>
    </message>
    <message>
        <source>Read-only: sync settings are edited only on the central server, site %1.</source>
        <translation>Solo lectura: la configuración de sincronización solo se edita en el servidor central, sitio %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Use &quot;Set as local store&quot; to make the store active here.</source>
        <translation>Use &quot;Establecer como almacén local&quot; para activar el almacén aquí.</translation>
    </message>
    <message>
        <source>Every store exists on the central server.</source>
        <translation>Todos los almacenes existen en el servidor central.</translation>
    </message>
    <message>
        <source>For dispensary stores only.</source>
        <translation>Solo para almacenes de dispensario.</translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation>Midiendo el efecto del cambio...</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Guardando...</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not visible to any store active on site %2, so that site holds no copy of it.</source>
        <translation>El almacén &apos;%1&apos; no es visible para ningún almacén activo en el sitio %2, por lo que ese sitio no tiene ninguna copia de él.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible to a store active on site %2, so that site keeps at least a transfer copy.</source>
        <translation>El almacén &apos;%1&apos; es visible para un almacén activo en el sitio %2, por lo que ese sitio conserva al menos una copia de transferencia.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync at its next step; what is done is kept.</source>
        <translation>Detener la sincronización en su próximo paso; lo ya hecho se conserva.</translation>
    </message>
    <message>
        <source>The central server does not start syncs: each remote site connects to it on its schedule.</source>
        <translation>El servidor central no inicia sincronizaciones: cada sitio remoto se conecta a él según su programación.</translation>
    </message>
    <message>
        <source>Push this site&apos;s changes to the central server, then pull what waits for it.</source>
        <translation>Enviar los cambios de este sitio al servidor central y luego recibir lo que está pendiente para él.</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs; 0 pauses them.</source>
        <translation>Minutos entre sincronizaciones automáticas; 0 las pone en pausa.</translation>
    </message>
    <message>
        <source>Counting the outgoing queue...</source>
        <translation>Contando la cola de salida...</translation>
    </message>
    <message>
        <source>Queue unknown: %1</source>
        <translation>Cola desconocida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued for remote sites</source>
        <translation>
            <numerusform>%1 registro en cola para los sitios remotos</numerusform>
            <numerusform>%1 registros en cola para los sitios remotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued to sync</source>
        <translation>
            <numerusform>%1 registro en cola para sincronizar</numerusform>
            <numerusform>%1 registros en cola para sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <source>%1: %2 records done</source>
        <translation>%1: %2 registros procesados</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 record(s) remaining</source>
        <translation>
            <numerusform>%1: queda %2 registro</numerusform>
            <numerusform>%1: quedan %2 registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received record(s) waiting to be applied</source>
        <translation>
            <numerusform>%Ln registro recibido en espera de aplicarse</numerusform>
            <numerusform>%Ln registros recibidos en espera de aplicarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open sync problem(s)</source>
        <translation>
            <numerusform>%Ln problema de sincronización abierto</numerusform>
            <numerusform>%Ln problemas de sincronización abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronised: %1</source>
        <translation>Sincronizado: %1</translation>
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
        <translation>&lt;b&gt;Topología&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each store&apos;s data goes up from the site where it is active to the central server, and down from the central to every other site holding a copy. Active stores are in bold, transfer copies in italics.</source>
        <translation>Los datos de cada almacén suben desde el sitio donde está activo hasta el servidor central, y bajan desde el servidor central a cada uno de los demás sitios que tienen una copia. Los almacenes activos aparecen en negrita y las copias de transferencia, en cursiva.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::TopologyView</name>
    <message>
        <source>mobile site</source>
        <translation>sitio móvil</translation>
    </message>
    <message>
        <source>desktop site</source>
        <translation>sitio de escritorio</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockDialog</name>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Only technicians may do this: give your name and the unlock password.</source>
        <translation>Solo los técnicos pueden hacer esto: indique su nombre y la contraseña de desbloqueo.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockForm</name>
    <message>
        <source>Written in the audit log with what you do</source>
        <translation>Se escribe en la bitácora de auditoría junto con lo que haga</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Unlock password:</source>
        <translation>Contraseña de &amp;desbloqueo:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>No unlock password is set yet. Choose one of at least %1 characters; it will be asked for every change of sync settings and sites.</source>
        <translation>Todavía no hay ninguna contraseña de desbloqueo establecida. Elija una de al menos %1 caracteres; se pedirá para cada cambio de la configuración de sincronización y de los sitios.</translation>
    </message>
    <message>
        <source>Give your name: it is written in the audit log with everything done while unlocked.</source>
        <translation>Indique su nombre: se escribe en la bitácora de auditoría junto con todo lo que se haga mientras esté desbloqueado.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockPasswordDialog</name>
    <message>
        <source>Change the unlock password</source>
        <translation>Cambiar la contraseña de desbloqueo</translation>
    </message>
    <message>
        <source>Set the unlock password</source>
        <translation>Establecer la contraseña de desbloqueo</translation>
    </message>
    <message>
        <source>The unlock password guards the sync settings and the changes of sites: only technicians should know it. It needs at least %1 characters.</source>
        <translation>La contraseña de desbloqueo protege la configuración de sincronización y los cambios de sitios: solo los técnicos deberían conocerla. Necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Current unlock password:</source>
        <translation>Contraseña de desbloqueo &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New unlock password:</source>
        <translation>N&amp;ueva contraseña de desbloqueo:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
</TS>
