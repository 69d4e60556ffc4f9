<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>main</name>
    <message>
        <source>SiteSync administration</source>
        <translation>Administração do SiteSync</translation>
    </message>
    <message>
        <source>The site&apos;s database file.</source>
        <translation>O ficheiro da base de dados do site.</translation>
    </message>
    <message>
        <source>SiteSync</source>
        <translation>SiteSync</translation>
    </message>
    <message>
        <source>Save a picture of every page and dialog in DIR, then quit.</source>
        <translation>Guardar uma imagem de cada página e diálogo em DIR e depois sair.</translation>
    </message>
    <message>
        <source>No display: the administration window cannot open here.</source>
        <translation>Sem ecrã: a janela de administração não pode abrir aqui.</translation>
    </message>
    <message>
        <source>Site %1 (%2), %3 record(s) queued to sync.</source>
        <translation>Site %1 (%2), %3 registo(s) em fila para sincronizar.</translation>
    </message>
    <message>
        <source>active on %1</source>
        <translation>ativo em %1</translation>
    </message>
    <message>
        <source>Run it where there is a display, or with QT_QPA_PLATFORM=offscreen.</source>
        <translation>Execute-o onde haja um ecrã ou com QT_QPA_PLATFORM=offscreen.</translation>
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
        <translation>móvel</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>de secretária</translation>
    </message>
    <message>
        <source>%1, %2, primary server</source>
        <translation>%1, %2, servidor primário</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; it never reported what it held</source>
        <translation>%1; nunca comunicou o que tinha</translation>
    </message>
    <message>
        <source>%1; it held 1 record the central server did not hold</source>
        <translation>%1; tinha 1 registo que o servidor central não tinha</translation>
    </message>
    <message>
        <source>%1; it held %2 records the central server did not hold</source>
        <translation>%1; tinha %2 registos que o servidor central não tinha</translation>
    </message>
    <message>
        <source>active site %1 -&gt; %2</source>
        <translation>site ativo %1 -&gt; %2</translation>
    </message>
    <message>
        <source>transactions included</source>
        <translation>transações incluídas</translation>
    </message>
    <message>
        <source>transactions not included</source>
        <translation>transações não incluídas</translation>
    </message>
    <message>
        <source>site %1: %2 -&gt; %3</source>
        <translation>site %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>1 record queued for the sites that now need it</source>
        <translation>1 registo em fila para os sites que agora precisam dele</translation>
    </message>
    <message>
        <source>%1 records queued for the sites that now need them</source>
        <translation>%1 registos em fila para os sites que agora precisam deles</translation>
    </message>
    <message>
        <source>store %1: %2</source>
        <translation>armazém %1: %2</translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation>uma cópia de transferência</translation>
    </message>
    <message>
        <source>a collector copy</source>
        <translation>uma cópia de coletor</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>store %1 from site %2 to site %3; site %2 keeps %4</source>
        <translation>armazém %1 do site %2 para o site %3; o site %2 mantém %4</translation>
    </message>
    <message>
        <source>%1; site %2 deleted, having no store left</source>
        <translation>%1; site %2 eliminado, por já não ter nenhum armazém</translation>
    </message>
    <message>
        <source>visible in store %1</source>
        <translation>visível no armazém %1</translation>
    </message>
    <message>
        <source>hidden in store %1</source>
        <translation>oculto no armazém %1</translation>
    </message>
    <message>
        <source>problem %1, record &apos;%2&apos; of &apos;%3&apos; from %4</source>
        <translation>problema %1, registo &apos;%2&apos; de &apos;%3&apos; do %4</translation>
    </message>
    <message>
        <source>%1: applied</source>
        <translation>%1: aplicado</translation>
    </message>
    <message>
        <source>%1: queued to be pushed again</source>
        <translation>%1: em fila para ser enviado novamente</translation>
    </message>
    <message>
        <source>%1: not applied: %2</source>
        <translation>%1: não aplicado: %2</translation>
    </message>
    <message>
        <source>the central held the changes of %1 up to number %2 and its pull up to %3, its database only up to %4 and %5; it receives everything again from the beginning</source>
        <translation>o servidor central tinha as alterações do %1 até ao número %2 e a sua receção até ao %3, a sua base de dados apenas até ao %4 e ao %5; recebe de novo tudo desde o início</translation>
    </message>
    <message>
        <source>the central held the changes of %1 up to number %2 and its pull up to %3, its database only up to %4 and %5; the central sends back what it lost</source>
        <translation>o servidor central tinha as alterações do %1 até ao número %2 e a sua receção até ao %3, a sua base de dados apenas até ao %4 e ao %5; o servidor central devolve o que a base de dados perdeu</translation>
    </message>
    <message>
        <source>Site %1 recovered from an older database</source>
        <translation>Site %1 recuperado a partir de uma base de dados mais antiga</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>Wrong unlock password</source>
        <translation>Palavra-passe de desbloqueio errada</translation>
    </message>
    <message>
        <source>Unlock refused: too many wrong passwords</source>
        <translation>Desbloqueio recusado: demasiadas palavras-passe erradas</translation>
    </message>
    <message>
        <source>Unlock password set</source>
        <translation>Palavra-passe de desbloqueio definida</translation>
    </message>
    <message>
        <source>Unlock password changed</source>
        <translation>Palavra-passe de desbloqueio alterada</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>Site adicionado</translation>
    </message>
    <message>
        <source>Site deleted</source>
        <translation>Site eliminado</translation>
    </message>
    <message>
        <source>Hardware binding reset</source>
        <translation>Vínculo ao equipamento reposto</translation>
    </message>
    <message>
        <source>Central server initialised</source>
        <translation>Servidor central inicializado</translation>
    </message>
    <message>
        <source>Store added</source>
        <translation>Armazém adicionado</translation>
    </message>
    <message>
        <source>Store moved</source>
        <translation>Armazém mudado</translation>
    </message>
    <message>
        <source>Sync settings changed</source>
        <translation>Definições de sincronização alteradas</translation>
    </message>
    <message>
        <source>Sync-with followed the store&apos;s visibility</source>
        <translation>&apos;Sincronizar com&apos; acompanhou a visibilidade do armazém</translation>
    </message>
    <message>
        <source>Store visibility changed</source>
        <translation>Visibilidade do armazém alterada</translation>
    </message>
    <message>
        <source>Patient records resent</source>
        <translation>Registos de doentes reenviados</translation>
    </message>
    <message>
        <source>Record follows its patient</source>
        <translation>Registo acompanha o seu doente</translation>
    </message>
    <message>
        <source>Sync problem retried</source>
        <translation>Problema de sincronização tentado novamente</translation>
    </message>
    <message>
        <source>Sync problem dismissed</source>
        <translation>Problema de sincronização descartado</translation>
    </message>
    <message>
        <source>Retention of sync problems set</source>
        <translation>Retenção dos problemas de sincronização definida</translation>
    </message>
    <message>
        <source>Site recovered from an older database</source>
        <translation>Site recuperado a partir de uma base de dados mais antiga</translation>
    </message>
    <message>
        <source>the sync settings of store %1</source>
        <translation>as definições de sincronização do armazém %1</translation>
    </message>
    <message>
        <source>the visibility of store %1</source>
        <translation>a visibilidade do armazém %1</translation>
    </message>
    <message>
        <source>moving store %1</source>
        <translation>mudar o armazém %1</translation>
    </message>
    <message>
        <source>a new site, %1</source>
        <translation>um novo site, %1</translation>
    </message>
    <message>
        <source>a new site</source>
        <translation>um novo site</translation>
    </message>
    <message>
        <source>deleting %1</source>
        <translation>eliminar o %1</translation>
    </message>
    <message>
        <source>resetting the hardware binding of %1</source>
        <translation>repor o vínculo ao equipamento do %1</translation>
    </message>
    <message>
        <source>exporting the data file of %1</source>
        <translation>exportar o ficheiro de dados do %1</translation>
    </message>
    <message>
        <source>changing the unlock password</source>
        <translation>alterar a palavra-passe de desbloqueio</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>Attempt %1 of %2</source>
        <translation>Tentativa %1 de %2</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, para %2</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado até %1</translation>
    </message>
    <message>
        <source>store %1 (%2)</source>
        <translation>armazém %1 (%2)</translation>
    </message>
    <message>
        <source>store %1: 1 record queued for site %2</source>
        <translation>armazém %1: 1 registo em fila para o site %2</translation>
    </message>
    <message>
        <source>store %1: %2 records queued for site %3</source>
        <translation>armazém %1: %2 registos em fila para o site %3</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; of &apos;%2&apos; from site %3 follows its patient to store %4</source>
        <translation>registo &apos;%1&apos; de &apos;%2&apos; do site %3 acompanha o seu doente para o armazém %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>Site data file exported</source>
        <translation>Ficheiro de dados do site exportado</translation>
    </message>
    <message>
        <source>Central server database moved</source>
        <translation>Base de dados do servidor central transferida</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 rows</source>
        <translation>De %1 para %2: %3 linhas</translation>
    </message>
</context>
<context>
    <name>sitesync::Authenticator</name>
    <message>
        <source>Too many failed logins; try again in %1 seconds.</source>
        <translation>Demasiadas tentativas de início de sessão falhadas; tente novamente dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>The request names no site: send the site ID and password.</source>
        <translation>O pedido não indica nenhum site: envie o ID e a palavra-passe do site.</translation>
    </message>
    <message>
        <source>Site %1 is not a remote site of this central server.</source>
        <translation>O site %1 não é um site remoto deste servidor central.</translation>
    </message>
    <message>
        <source>Wrong password for site %1.</source>
        <translation>Palavra-passe errada para o site %1.</translation>
    </message>
    <message>
        <source>The request carries no hardware ID.</source>
        <translation>O pedido não contém nenhum ID de equipamento.</translation>
    </message>
    <message>
        <source>Site %1 is bound to another machine. A technician must reset its hardware binding on the central server before it can be used here.</source>
        <translation>O site %1 está vinculado a outra máquina. Um técnico tem de repor o seu vínculo ao equipamento no servidor central antes de o poder usar aqui.</translation>
    </message>
    <message>
        <source>Site %1 has not been initialised from this central server yet.</source>
        <translation>O site %1 ainda não foi inicializado a partir deste servidor central.</translation>
    </message>
    <message>
        <source>The site runs a newer SiteSync than this central server (SiteSync %1, protocol %2 to %3; the site speaks protocol %4). Upgrade the central server first, to the site&apos;s SiteSync version or later, then sync the site again.</source>
        <translation>O site executa um SiteSync mais recente do que este servidor central (SiteSync %1, protocolo %2 a %3; o site usa o protocolo %4). Atualize primeiro o servidor central, para a versão do SiteSync do site ou posterior, e depois sincronize novamente o site.</translation>
    </message>
    <message>
        <source>This request does not come from SiteSync: it names no protocol version. A proxy between the site and the central server (SiteSync %1, protocol %2 to %3) may remove the %4 header; it must pass it on.</source>
        <translation>Este pedido não vem do SiteSync: não indica nenhuma versão de protocolo. Um proxy entre o site e o servidor central (SiteSync %1, protocolo %2 a %3) pode remover o cabeçalho %4; o proxy tem de o deixar passar.</translation>
    </message>
    <message>
        <source>The request names protocol version &apos;%1&apos;, which is not a version number: it was not sent by SiteSync, or was altered on its way.</source>
        <translation>O pedido indica a versão de protocolo &apos;%1&apos;, que não é um número de versão: não foi enviado pelo SiteSync ou foi alterado pelo caminho.</translation>
    </message>
    <message>
        <source>The site runs a SiteSync too old for this central server (SiteSync %1, protocol %2 to %3; the site speaks protocol %4). Upgrade SiteSync on the site to %5 or later, then sync it again.</source>
        <translation>O site executa um SiteSync demasiado antigo para este servidor central (SiteSync %1, protocolo %2 a %3; o site usa o protocolo %4). Atualize o SiteSync no site para %5 ou posterior e depois sincronize-o novamente.</translation>
    </message>
</context>
<context>
    <name>sitesync::CentralConnection</name>
    <message>
        <source>Cannot reach the central server at %1: %2</source>
        <translation>Não é possível contactar o servidor central em %1: %2</translation>
    </message>
    <message>
        <source>The central server refused the request (%1): %2</source>
        <translation>O servidor central recusou o pedido (%1): %2</translation>
    </message>
    <message>
        <source>The request to the central server was cancelled.</source>
        <translation>O pedido ao servidor central foi cancelado.</translation>
    </message>
    <message>
        <source>Check that this is the central server&apos;s address, that the central server is running, and that the network reaches it.</source>
        <translation>Verifique se este é o endereço do servidor central, se o servidor central está em funcionamento e se a rede chega até ele.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to the central server at %1 timed out: nothing moved for %n second(s).</source>
        <translation>
            <numerusform>A ligação ao servidor central em %1 excedeu o tempo limite: nada foi transferido durante %n segundo.</numerusform>
            <numerusform>A ligação ao servidor central em %1 excedeu o tempo limite: nada foi transferido durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central server at %1 runs an older SiteSync than this site (it speaks protocol %2 at most; this site runs SiteSync %3, protocol %4). Upgrade the central server first, to SiteSync %3 or later, then sync this site again.</source>
        <translation>O servidor central em %1 executa um SiteSync mais antigo do que este site (usa, no máximo, o protocolo %2; este site executa o SiteSync %3, protocolo %4). Atualize primeiro o servidor central, para o SiteSync %3 ou posterior, e depois sincronize novamente este site.</translation>
    </message>
    <message>
        <source>This site runs SiteSync %1 (protocol %2), which the central server at %3 no longer serves: it speaks protocol %4 to %5. Upgrade SiteSync on this site to %6, then sync again.</source>
        <translation>Este site executa o SiteSync %1 (protocolo %2), que o servidor central em %3 já não suporta: este usa os protocolos %4 a %5. Atualize o SiteSync neste site para %6 e depois sincronize novamente.</translation>
    </message>
    <message>
        <source>the central server&apos;s version</source>
        <translation>a versão do servidor central</translation>
    </message>
    <message>
        <source>%1 or later</source>
        <translation>%1 ou posterior</translation>
    </message>
</context>
<context>
    <name>sitesync::CentralServer</name>
    <message>
        <source>Cannot read the TLS certificate %1 or key %2.</source>
        <translation>Não é possível ler o certificado TLS %1 ou a chave %2.</translation>
    </message>
    <message>
        <source>%1 or %2 is not a PEM certificate or key.</source>
        <translation>%1 ou %2 não é um certificado ou uma chave PEM.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2; is the port in use?</source>
        <translation>Não é possível escutar em %1:%2; a porta está em uso?</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>O corpo do pedido não é um objeto JSON.</translation>
    </message>
    <message>
        <source>There is no endpoint %1 %2.</source>
        <translation>Não existe o ponto de acesso %1 %2.</translation>
    </message>
    <message>
        <source>There is no such endpoint.</source>
        <translation>Esse ponto de acesso não existe.</translation>
    </message>
    <message>
        <source>The metrics token sent is not this server&apos;s.</source>
        <translation>O token de métricas enviado não é o deste servidor.</translation>
    </message>
    <message>
        <source>%1 is read with GET.</source>
        <translation>%1 é lido com GET.</translation>
    </message>
    <message>
        <source>The database holds no central server.</source>
        <translation>A base de dados não contém nenhum servidor central.</translation>
    </message>
    <message>
        <source>This server serves the metrics only with its metrics token: send &apos;Authorization: Bearer TOKEN&apos;.</source>
        <translation>Este servidor só disponibiliza as métricas com o seu token de métricas: envie &apos;Authorization: Bearer TOKEN&apos;.</translation>
    </message>
    <message>
        <source>The metrics are served only to this machine. To read them from elsewhere, start the server with --metrics-token-file and send &apos;Authorization: Bearer TOKEN&apos; (from this machine too).</source>
        <translation>As métricas só são disponibilizadas a esta máquina. Para as ler a partir de outro local, inicie o servidor com --metrics-token-file e envie &apos;Authorization: Bearer TOKEN&apos; (também a partir desta máquina).</translation>
    </message>
</context>
<context>
    <name>sitesync::DataClass</name>
    <message>
        <source>Central data</source>
        <translation>Dados centrais</translation>
    </message>
    <message>
        <source>Central store data</source>
        <translation>Dados centrais de armazém</translation>
    </message>
    <message>
        <source>Store data</source>
        <translation>Dados de armazém</translation>
    </message>
    <message>
        <source>Patient data</source>
        <translation>Dados de doentes</translation>
    </message>
    <message>
        <source>Local data</source>
        <translation>Dados locais</translation>
    </message>
    <message>
        <source>Sync data</source>
        <translation>Dados de sincronização</translation>
    </message>
    <message>
        <source>Message data</source>
        <translation>Dados de mensagens</translation>
    </message>
</context>
<context>
    <name>sitesync::DemoNetwork</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Não é possível criar o diretório %1.</translation>
    </message>
    <message>
        <source>%1 already holds a demo network; choose an empty directory.</source>
        <translation>%1 já contém uma rede de demonstração; escolha um diretório vazio.</translation>
    </message>
    <message>
        <source>Creating the central server (site %1), which is also the primary.</source>
        <translation>A criar o servidor central (site %1), que é também o primário.</translation>
    </message>
    <message>
        <source>Adding remote site 1 (site %1) and remote site 2 (site %2).</source>
        <translation>A adicionar o site remoto 1 (site %1) e o site remoto 2 (site %2).</translation>
    </message>
    <message>
        <source>Creating Store A to Store F on the primary.</source>
        <translation>A criar os armazéns Store A a Store F no primário.</translation>
    </message>
    <message>
        <source>Making stores visible to each other where the examples need transfers.</source>
        <translation>A tornar os armazéns visíveis entre si onde os exemplos precisam de transferências.</translation>
    </message>
    <message>
        <source>Setting each store&apos;s sync settings as in the examples.</source>
        <translation>A configurar as definições de sincronização de cada armazém como nos exemplos.</translation>
    </message>
    <message>
        <source>Entering items, their visibility, and opening stock in the stores active on the central.</source>
        <translation>A introduzir os artigos, a sua visibilidade e o stock inicial nos armazéns ativos no servidor central.</translation>
    </message>
</context>
<context>
    <name>sitesync::DemoRun</name>
    <message>
        <source>Serving the central server on %1.</source>
        <translation>A servir o servidor central em %1.</translation>
    </message>
    <message>
        <source>Initialising %1 (site %2) from the central server.</source>
        <translation>A inicializar %1 (site %2) a partir do servidor central.</translation>
    </message>
    <message>
        <source>Entering stock on %1 in stores %2.</source>
        <translation>A introduzir stock em %1 nos armazéns %2.</translation>
    </message>
    <message>
        <source>Store C (remote site 2) sends stock to Store B (remote site 1).</source>
        <translation>O armazém Store C (site remoto 2) envia stock para o armazém Store B (site remoto 1).</translation>
    </message>
    <message>
        <source>Synchronising %1 (round %2).</source>
        <translation>A sincronizar %1 (ronda %2).</translation>
    </message>
    <message>
        <source>The central server&apos;s unlock password is %1.</source>
        <translation>A palavra-passe de desbloqueio do servidor central é %1.</translation>
    </message>
</context>
<context>
    <name>sitesync::ExtraColumns</name>
    <message>
        <source> A SiteSync release adds a few columns at most; this record was damaged or forged, and was not applied.</source>
        <translation> Uma versão do SiteSync acrescenta, no máximo, algumas colunas; este registo foi danificado ou falsificado e não foi aplicado.</translation>
    </message>
    <message>
        <source>The record carries a column the central does not know whose name is not a column name (at most %1 letters, digits or underscores): &apos;%2&apos;.</source>
        <translation>O registo contém uma coluna que o servidor central não conhece e cujo nome não é um nome de coluna (no máximo %1 letras, algarismos ou caracteres de sublinhado): &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The record would keep %1 columns the central does not know; at most %2 are kept.</source>
        <translation>O registo ficaria com %1 colunas que o servidor central não conhece; são mantidas no máximo %2.</translation>
    </message>
    <message>
        <source>The columns the central does not know would take %1 bytes for this record; at most %2 are kept.</source>
        <translation>As colunas que o servidor central não conhece ocupariam %1 bytes neste registo; são mantidos no máximo %2.</translation>
    </message>
</context>
<context>
    <name>sitesync::HttpConnection</name>
    <message>
        <source>The request did not arrive in time; the connection is closed.</source>
        <translation>O pedido não chegou a tempo; a ligação foi fechada.</translation>
    </message>
    <message>
        <source>The request&apos;s headers are larger than %1 bytes.</source>
        <translation>Os cabeçalhos do pedido têm mais de %1 bytes.</translation>
    </message>
    <message>
        <source>This is not an HTTP/1.1 request.</source>
        <translation>Não é um pedido HTTP/1.1.</translation>
    </message>
    <message>
        <source>A request header is malformed.</source>
        <translation>Um cabeçalho do pedido está mal formado.</translation>
    </message>
    <message>
        <source>The central server is serving as many connections as it takes; try again shortly.</source>
        <translation>O servidor central já atende tantas ligações quantas aceita; tente novamente dentro de momentos.</translation>
    </message>
    <message>
        <source>A request body must state its length.</source>
        <translation>O corpo de um pedido tem de indicar o seu comprimento.</translation>
    </message>
    <message>
        <source>The request&apos;s Content-Length is not a number.</source>
        <translation>O Content-Length do pedido não é um número.</translation>
    </message>
    <message>
        <source>The request body is larger than %1 bytes.</source>
        <translation>O corpo do pedido tem mais de %1 bytes.</translation>
    </message>
    <message>
        <source>The request states its length more than once.</source>
        <translation>O pedido indica o seu comprimento mais de uma vez.</translation>
    </message>
    <message>
        <source>The central server is receiving as much as it takes at once; try again shortly.</source>
        <translation>O servidor central já recebe tudo o que aceita de uma vez; tente novamente dentro de momentos.</translation>
    </message>
</context>
<context>
    <name>sitesync::Integrator</name>
    <message>
        <source>The database undid the batch being stored; it is pulled again next time.</source>
        <translation>A base de dados anulou o lote que estava a ser guardado; será recebido novamente da próxima vez.</translation>
    </message>
    <message>
        <source>Received a change to record &apos;%1&apos; of &apos;%2&apos;, which this site has changed since its last push; the local data was kept and is sent to the central with the next push.</source>
        <translation>Foi recebida uma alteração ao registo &apos;%1&apos; de &apos;%2&apos;, que este site alterou desde o seu último envio; os dados locais foram mantidos e serão enviados para o servidor central no próximo envio.</translation>
    </message>
    <message>
        <source>The record&apos;s id does not match its envelope.</source>
        <translation>O id do registo não corresponde ao seu envelope.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; moved away from site %2 before site %2 sent this change of record &apos;%3&apos; of &apos;%4&apos;; site %5 has changed that record since, and its version was kept. The version of site %2 is kept with this problem.</source>
        <translation>O armazém &apos;%1&apos; deixou o site %2 antes de o site %2 enviar esta alteração do registo &apos;%3&apos; de &apos;%4&apos;; o site %5 alterou esse registo desde então e a sua versão foi mantida. A versão do site %2 é mantida com este problema.</translation>
    </message>
    <message>
        <source>Site %1 sent this version of record &apos;%2&apos; of &apos;%3&apos; (changed %4) again after its database was restored from an older copy; the version it changed later (%5) had reached the central server before, and was kept. The older version is kept with this problem.</source>
        <translation>O site %1 voltou a enviar esta versão do registo &apos;%2&apos; de &apos;%3&apos; (alterada %4) depois de a sua base de dados ter sido restaurada a partir de uma cópia mais antiga; a versão que alterou mais tarde (%5) já tinha chegado ao servidor central e foi mantida. A versão mais antiga é mantida com este problema.</translation>
    </message>
</context>
<context>
    <name>sitesync::LocalSite</name>
    <message>
        <source>%1 holds no initialised site. Initialise it with &apos;sitesyncctl init central&apos; or &apos;sitesyncctl init remote&apos;.</source>
        <translation>%1 não contém nenhum site inicializado. Inicialize-o com &apos;sitesyncctl init central&apos; ou &apos;sitesyncctl init remote&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::NewSiteDatabase</name>
    <message>
        <source>%1 is already initialised as a SiteSync site; nothing was changed.</source>
        <translation>%1 já está inicializado como site SiteSync; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>sitesync::OwnershipRules</name>
    <message>
        <source>%1 (%2) can only be changed on the primary server, site %3.</source>
        <translation>%1 (%2) só podem ser alterados no servidor primário, site %3.</translation>
    </message>
    <message>
        <source>The record names no store, so no site may change it.</source>
        <translation>O registo não indica nenhum armazém, pelo que nenhum site o pode alterar.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not known on this site.</source>
        <translation>O armazém &apos;%1&apos; não é conhecido neste site.</translation>
    </message>
    <message>
        <source>Store data of store &apos;%1&apos; can only be changed on site %2, where the store is active.</source>
        <translation>Os dados de armazém do armazém &apos;%1&apos; só podem ser alterados no site %2, onde o armazém está ativo.</translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on site %2, where the home store is active.</source>
        <translation>Os dados de doentes com o armazém de referência &apos;%1&apos; só podem ser alterados no site %2, onde o armazém de referência está ativo.</translation>
    </message>
    <message>
        <source>Sync data can only be changed on the central server, site %1.</source>
        <translation>Os dados de sincronização só podem ser alterados no servidor central, site %1.</translation>
    </message>
    <message>
        <source>A message can only be changed on the site of its sending or receiving store, site %1.</source>
        <translation>Uma mensagem só pode ser alterada no site do seu armazém emissor ou recetor, site %1.</translation>
    </message>
    <message>
        <source>Unknown data class.</source>
        <translation>Classe de dados desconhecida.</translation>
    </message>
    <message>
        <source>Patient data with home store &apos;%1&apos; can only be changed on the site where that store is active, which is not this one.</source>
        <translation>Os dados de doentes com armazém de referência &apos;%1&apos; só podem ser alterados no site onde esse armazém está ativo, e não é este.</translation>
    </message>
</context>
<context>
    <name>sitesync::PatientHomeMoves</name>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was changed on site %3 after patient &apos;%4&apos; moved to store &apos;%5&apos;, before the site learnt of the move; the patient&apos;s records belong to the new home store now, so the change was not applied. Make it again there if it is still needed.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; foi alterado no site %3 depois de o doente &apos;%4&apos; ter mudado para o armazém &apos;%5&apos;, antes de o site saber da mudança; os registos do doente pertencem agora ao novo armazém de referência, pelo que a alteração não foi aplicada. Faça-a novamente lá se ainda for necessária.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordCodec</name>
    <message>
        <source>must be a single value, not an object or array</source>
        <translation>tem de ser um valor único, não um objeto nem uma matriz</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>tem de ser um número inteiro</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>tem de ser um número</translation>
    </message>
    <message>
        <source>must be text (in double quotes)</source>
        <translation>tem de ser texto (entre aspas)</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos; in table &apos;%2&apos;. Its columns are: %3.</source>
        <translation>Coluna &apos;%1&apos; desconhecida na tabela &apos;%2&apos;. As suas colunas são: %3.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; %3.</source>
        <translation>A coluna &apos;%1&apos; da tabela &apos;%2&apos; %3.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordMerge</name>
    <message>
        <source>&apos;%1&apos; is not a patient.</source>
        <translation>&apos;%1&apos; não é um doente.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a patient: patients are merged as &apos;patient&apos;, on their home site.</source>
        <translation>&apos;%1&apos; é um doente: os doentes são fundidos como &apos;patient&apos;, no seu site de referência.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the name of a store; the names of stores are not merged.</source>
        <translation>&apos;%1&apos; é o nome de um armazém; os nomes de armazéns não são fundidos.</translation>
    </message>
    <message>
        <source>Records of &apos;%1&apos; are not merged; the kinds of merge are: item, unit, name, patient, prescriber, location.</source>
        <translation>Os registos de &apos;%1&apos; não são fundidos; os tipos de fusão são: item, unit, name, patient, prescriber, location.</translation>
    </message>
    <message>
        <source>A merge names two different records: the one kept and the one merged into it.</source>
        <translation>Uma fusão indica dois registos diferentes: o que é mantido e o que é fundido nele.</translation>
    </message>
    <message>
        <source>The record to keep, &apos;%1&apos; of &apos;%2&apos;, is not on this site.</source>
        <translation>O registo a manter, &apos;%1&apos; de &apos;%2&apos;, não está neste site.</translation>
    </message>
    <message>
        <source>A merge of &apos;%1&apos; records names no store.</source>
        <translation>Uma fusão de registos de &apos;%1&apos; não indica nenhum armazém.</translation>
    </message>
    <message>
        <source>The store_id of this merge must be &apos;%1&apos;, the store of the kept record.</source>
        <translation>O store_id desta fusão tem de ser &apos;%1&apos;, o armazém do registo mantido.</translation>
    </message>
    <message>
        <source>The record to merge away, &apos;%1&apos; of &apos;%2&apos;, is not on this site.</source>
        <translation>O registo a fundir, &apos;%1&apos; de &apos;%2&apos;, não está neste site.</translation>
    </message>
    <message>
        <source>Locations are merged within one store; &apos;%1&apos; is in store &apos;%2&apos;.</source>
        <translation>As localizações são fundidas dentro de um mesmo armazém; &apos;%1&apos; está no armazém &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The merged_store_id of this merge must be &apos;%1&apos;, the store of the merged-away record.</source>
        <translation>O merged_store_id desta fusão tem de ser &apos;%1&apos;, o armazém do registo fundido.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordReader</name>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation>Tabela &apos;%1&apos; desconhecida. As tabelas são: %2.</translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation>Não existe nenhum registo &apos;%1&apos; na tabela &apos;%2&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::RecordWriter</name>
    <message>
        <source>another record already has the same value (%1)</source>
        <translation>outro registo já tem o mesmo valor (%1)</translation>
    </message>
    <message>
        <source>a value is not allowed (%1)</source>
        <translation>um valor não é permitido (%1)</translation>
    </message>
    <message>
        <source>a required value is missing (%1)</source>
        <translation>falta um valor obrigatório (%1)</translation>
    </message>
    <message>
        <source>The database refused the change to &apos;%1&apos;: %2</source>
        <translation>A base de dados recusou a alteração a &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: %2.</source>
        <translation>A alteração a &apos;%1&apos; não foi guardada: %2.</translation>
    </message>
    <message>
        <source>Unknown table &apos;%1&apos;. The tables are: %2.</source>
        <translation>Tabela &apos;%1&apos; desconhecida. As tabelas são: %2.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; is changed with the site and store commands (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), not as a record.</source>
        <translation>A tabela &apos;%1&apos; é alterada com os comandos de site e de armazém (&apos;sitesyncctl site ...&apos;, &apos;sitesyncctl store ...&apos;), não como registo.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; needs an &apos;id&apos;.</source>
        <translation>A tabela &apos;%1&apos; precisa de um &apos;id&apos;.</translation>
    </message>
    <message>
        <source>The &apos;id&apos; of a record must not be empty.</source>
        <translation>O &apos;id&apos; de um registo não pode estar vazio.</translation>
    </message>
    <message>
        <source>Column &apos;%1&apos; of table &apos;%2&apos; is required.</source>
        <translation>A coluna &apos;%1&apos; da tabela &apos;%2&apos; é obrigatória.</translation>
    </message>
    <message>
        <source>A record cannot move to another store (&apos;%1&apos; to &apos;%2&apos;); delete it and create it in the other store.</source>
        <translation>Um registo não pode passar para outro armazém (&apos;%1&apos; para &apos;%2&apos;); elimine-o e crie-o no outro armazém.</translation>
    </message>
    <message>
        <source>There is no record &apos;%1&apos; in table &apos;%2&apos;.</source>
        <translation>Não existe nenhum registo &apos;%1&apos; na tabela &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The change to &apos;%1&apos; was not stored: a record it refers to does not exist, or other records still refer to it.</source>
        <translation>A alteração a &apos;%1&apos; não foi guardada: um registo a que se refere não existe, ou outros registos ainda se referem a ele.</translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; keeps its type and store.</source>
        <translation>O registo de nome do armazém &apos;%1&apos; mantém o seu tipo e o seu armazém.</translation>
    </message>
    <message>
        <source>This change would turn %1 into %2; create a new record instead.</source>
        <translation>Esta alteração transformaria %1 em %2; crie antes um novo registo.</translation>
    </message>
    <message>
        <source>The name record of store &apos;%1&apos; belongs to the store and is not deleted on its own.</source>
        <translation>O registo de nome do armazém &apos;%1&apos; pertence ao armazém e não é eliminado isoladamente.</translation>
    </message>
    <message>
        <source>The home_store_id of %1 must be its patient&apos;s home store (&apos;%2&apos;); a record that follows its patient to a new home store waits until the patient has moved.</source>
        <translation>O home_store_id de %1 tem de ser o armazém de referência do seu doente (&apos;%2&apos;); um registo que acompanha o doente para um novo armazém de referência aguarda até o doente ter mudado.</translation>
    </message>
    <message>
        <source>A patient&apos;s home store moves only with a finalised prescription in the new home store; there is none here (yet) for record &apos;%1&apos;.</source>
        <translation>O armazém de referência de um doente só muda com uma receita concluída no novo armazém de referência; ainda não existe nenhuma aqui para o registo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not a dispensary store; a prescriber&apos;s home store is a dispensary store.</source>
        <translation>O armazém &apos;%1&apos; não é um armazém de dispensário; o armazém de referência de um prescritor é um armazém de dispensário.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not a dispensary store; prescriptions are made in dispensary stores only.</source>
        <translation>O armazém &apos;%1&apos; não é um armazém de dispensário; as receitas só são feitas em armazéns de dispensário.</translation>
    </message>
    <message>
        <source>The patient &apos;%1&apos; of the prescription is not on this site.</source>
        <translation>O doente &apos;%1&apos; da receita não está neste site.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a patient; a prescription is made for a patient.</source>
        <translation>&apos;%1&apos; não é um doente; uma receita é feita para um doente.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was merged into &apos;%3&apos;.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; foi fundido em &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>A merge is not changed once made.</source>
        <translation>Uma fusão não pode ser alterada depois de feita.</translation>
    </message>
    <message>
        <source>A merge cannot be undone: the merged-away record is gone.</source>
        <translation>Uma fusão não pode ser anulada: o registo fundido já não existe.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was merged into &apos;%3&apos; by the site of store &apos;%4&apos;, which does not own it.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; foi fundido em &apos;%3&apos; pelo site do armazém &apos;%4&apos;, que não é o seu proprietário.</translation>
    </message>
    <message>
        <source>Local records</source>
        <translation>Registos locais</translation>
    </message>
    <message>
        <source>The invoice line names stock line &apos;%1&apos; of store &apos;%2&apos;; a line is issued from a stock line of its own store (&apos;%3&apos;).</source>
        <translation>A linha de fatura indica a linha de stock &apos;%1&apos; do armazém &apos;%2&apos;; uma linha é retirada de uma linha de stock do seu próprio armazém (&apos;%3&apos;).</translation>
    </message>
    <message>
        <source>The invoice line names stock line &apos;%1&apos;, which store &apos;%2&apos; does not have (yet).</source>
        <translation>A linha de fatura indica a linha de stock &apos;%1&apos;, que o armazém &apos;%2&apos; (ainda) não tem.</translation>
    </message>
    <message>
        <source>Stock line &apos;%1&apos; was not deleted: invoice lines are issued from it (%2).</source>
        <translation>A linha de stock &apos;%1&apos; não foi eliminada: há linhas de fatura emitidas a partir dela (%2).</translation>
    </message>
    <message>
        <source>%1 are local data of the site that makes them and are never synchronised; site %2 sent such a record, which SiteSync never does: it was refused as forged.</source>
        <translation>Os %1 são dados locais do site que os cria e nunca são sincronizados; o site %2 enviou um registo assim, o que o SiteSync nunca faz: foi recusado como falsificado.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; could not be read: %3</source>
        <translation>Não foi possível ler o registo &apos;%1&apos; da tabela &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>sitesync::RemoteSync</name>
    <message>
        <source>The central server sent a malformed batch: %1</source>
        <translation>O servidor central enviou um lote malformado: %1</translation>
    </message>
    <message>
        <source>The central server sent a batch without its cursors.</source>
        <translation>O servidor central enviou um lote sem os seus cursores.</translation>
    </message>
    <message>
        <source>The central server&apos;s address must be an http:// or https:// URL.</source>
        <translation>O endereço do servidor central tem de ser um URL http:// ou https://.</translation>
    </message>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Um ID de site é um número inteiro maior do que 0.</translation>
    </message>
    <message>
        <source>The trusted certificate is not a PEM certificate.</source>
        <translation>O certificado fidedigno não é um certificado PEM.</translation>
    </message>
    <message>
        <source>The site was initialised, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation>O site foi inicializado, mas a sua primeira sincronização parou: %1 Execute &apos;sitesyncctl sync&apos; para continuar.</translation>
    </message>
    <message>
        <source>This is the central server; remote sites sync with it.</source>
        <translation>Este é o servidor central; os sites remotos sincronizam com ele.</translation>
    </message>
    <message>
        <source>The synchronisation was cancelled; it continues next time.</source>
        <translation>A sincronização foi cancelada; continuará da próxima vez.</translation>
    </message>
    <message>
        <source>The central server did not acknowledge the pushed records.</source>
        <translation>O servidor central não confirmou a receção dos registos enviados.</translation>
    </message>
    <message>
        <source>This is a site data file that was never imported: import it on the site&apos;s machine with &apos;sitesyncctl site import&apos;.</source>
        <translation>Este é um ficheiro de dados do site que nunca foi importado: importe-o na máquina do site com &apos;sitesyncctl site import&apos;.</translation>
    </message>
    <message>
        <source>The central server set this change aside: %1</source>
        <translation>O servidor central pôs esta alteração de parte: %1</translation>
    </message>
    <message>
        <source>Another synchronisation of this site is running; this one did not start. Try again when it has finished.</source>
        <translation>Outra sincronização deste site está em curso; esta não foi iniciada. Tente de novo quando tiver terminado.</translation>
    </message>
    <message>
        <source>%1 It is site %2 of %3: if setting it up was interrupted, run &apos;sitesyncctl sync&apos; to complete it.</source>
        <translation>%1 É o site %2 de %3: se a sua configuração foi interrompida, execute &apos;sitesyncctl sync&apos; para a concluir.</translation>
    </message>
    <message>
        <source>%1 The link did not come back: the synchronisation tried again %2 times in %3 seconds. The next one continues where this one stopped.</source>
        <translation>%1 A ligação não voltou: a sincronização tentou novamente %2 vezes em %3 segundos. A próxima continua onde esta parou.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteCredentialStore</name>
    <message>
        <source>the systemd credential &apos;%1&apos;</source>
        <translation>a credencial systemd &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>o porta-chaves</translation>
    </message>
    <message>
        <source>%1; and %2</source>
        <translation>%1; e %2</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteExport</name>
    <message>
        <source>%1 exists already; choose a new file.</source>
        <translation>%1 já existe; escolha um ficheiro novo.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteImport</name>
    <message>
        <source>There is no site data file %1.</source>
        <translation>Não existe nenhum ficheiro de dados do site %1.</translation>
    </message>
    <message>
        <source>%1 exists already; a site data file is imported as a new database.</source>
        <translation>%1 já existe; um ficheiro de dados do site é importado como uma base de dados nova.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Não é possível copiar %1 para %2.</translation>
    </message>
    <message>
        <source>%1 is not a usable site data file: %2</source>
        <translation>%1 não é um ficheiro de dados do site utilizável: %2</translation>
    </message>
    <message>
        <source>%1 is not a site data file waiting to be imported. Export the site on the central server to make one.</source>
        <translation>%1 não é um ficheiro de dados do site à espera de ser importado. Exporte o site no servidor central para criar um.</translation>
    </message>
    <message>
        <source>Site %1 is bound to this machine, but %2 could not be renamed to %3. Rename it by hand.</source>
        <translation>O site %1 está vinculado a esta máquina, mas não foi possível mudar o nome de %2 para %3. Mude-lhe o nome manualmente.</translation>
    </message>
    <message>
        <source>The site was imported, but its first synchronisation stopped: %1 Run &apos;sitesyncctl sync&apos; to continue.</source>
        <translation>O site foi importado, mas a sua primeira sincronização parou: %1 Execute &apos;sitesyncctl sync&apos; para continuar.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteLedger</name>
    <message>
        <source>A contact names the site&apos;s cursors as whole numbers of at least 0, and its batch and version as text.</source>
        <translation>Um contacto indica os cursores do site como números inteiros maiores ou iguais a 0, e o seu lote e versão como texto.</translation>
    </message>
    <message>
        <source>A push names the range of sequence numbers it covers (from_seq up to upto_seq) and its batch token.</source>
        <translation>Um envio indica o intervalo de números de sequência que cobre (de from_seq a upto_seq) e o token do seu lote.</translation>
    </message>
    <message>
        <source>The push jumps from sequence number %1 to %2, far past anything a site makes between two pushes; nothing of it was applied.</source>
        <translation>O envio salta do número de sequência %1 para o %2, muito para além do que um site faz entre dois envios; nada dele foi aplicado.</translation>
    </message>
    <message>
        <source>The push&apos;s records are not in strictly increasing order of sequence number inside the range it names (record %1 of &apos;%2&apos; has number %3); nothing of it was applied.</source>
        <translation>Os registos do envio não estão em ordem estritamente crescente de número de sequência dentro do intervalo indicado (o registo %1 de &apos;%2&apos; tem o número %3); nada dele foi aplicado.</translation>
    </message>
    <message>
        <source>The push starts after sequence number %1, but the central server already holds this site&apos;s changes up to %2: the site&apos;s database is older than the central&apos;s record of it. Nothing was applied; the site recovers at its next synchronisation.</source>
        <translation>O envio começa depois do número de sequência %1, mas o servidor central já tem as alterações deste site até ao %2: a base de dados do site é mais antiga do que o servidor central sabe dela. Nada foi aplicado; o site recupera na próxima sincronização.</translation>
    </message>
    <message>
        <source>The push starts after sequence number %1, but the central server holds this site&apos;s changes only up to %2. Nothing was applied; the site sends the missing changes at its next synchronisation.</source>
        <translation>O envio começa depois do número de sequência %1, mas o servidor central só tem as alterações deste site até ao %2. Nada foi aplicado; o site envia as alterações em falta na próxima sincronização.</translation>
    </message>
    <message>
        <source>The central server holds this site&apos;s changes only up to number %1, but had acknowledged them up to %2 (the central&apos;s database is older than the site&apos;s record of it); the site sends them again.</source>
        <translation>O servidor central só tem as alterações deste site até ao número %1, mas tinha-as confirmado até ao %2 (a base de dados do servidor central é mais antiga do que o site sabe dela); o site envia-as de novo.</translation>
    </message>
    <message>
        <source>This site&apos;s database is older than the central server&apos;s record of it (restored from a backup, copied or rolled back): the central holds its changes up to number %1 and its pull up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new ones, and it receives everything it holds again from the beginning.</source>
        <translation>A base de dados deste site é mais antiga do que o servidor central sabe dela (restaurada de uma cópia de segurança, copiada ou revertida): o servidor central tem as suas alterações até ao número %1 e a sua receção até ao %2, a base de dados apenas até ao %3 e ao %4. As suas alterações não enviadas são enviadas de novo como novas, e o site recebe de novo desde o início tudo o que tem.</translation>
    </message>
    <message>
        <source>This site&apos;s database is older than the central server&apos;s record of it (restored from a backup, copied or rolled back): the central holds its changes up to number %1 and its pull up to %2, the database only up to %3 and %4. Its unpushed changes are sent again as new ones, and the central sends back the changes the database lost.</source>
        <translation>A base de dados deste site é mais antiga do que o servidor central sabe dela (restaurada de uma cópia de segurança, copiada ou revertida): o servidor central tem as suas alterações até ao número %1 e a sua receção até ao %2, a base de dados apenas até ao %3 e ao %4. As suas alterações não enviadas são enviadas de novo como novas, e o servidor central devolve as alterações que a base de dados perdeu.</translation>
    </message>
    <message>
        <source>The central server&apos;s database is older than this site&apos;s record of it (the site&apos;s pull had reached number %1, the central has served it only up to %2): the site receives everything it holds again from the beginning.</source>
        <translation>A base de dados do servidor central é mais antiga do que este site sabe dela (a receção do site tinha chegado ao número %1, o servidor central só a serviu até ao %2): o site recebe de novo desde o início tudo o que tem.</translation>
    </message>
    <message numerus="yes">
        <source>Its outgoing queue grew at %n contact(s) without falling in between: %1.</source>
        <translation>
            <numerusform>A sua fila de saída cresceu em %n contacto sem diminuir entretanto: %1.</numerusform>
            <numerusform>A sua fila de saída cresceu em %n contactos sem diminuir entretanto: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It reports %n open sync problem(s).</source>
        <translation>
            <numerusform>Comunica %n problema de sincronização aberto.</numerusform>
            <numerusform>Comunica %n problemas de sincronização abertos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::SitePassword</name>
    <message>
        <source>This is the central server; only remote sites keep a password in the keychain.</source>
        <translation>Este é o servidor central; só os sites remotos guardam uma palavra-passe no porta-chaves.</translation>
    </message>
    <message>
        <source>This is a site data file that was never imported: import it on the site&apos;s machine with &apos;sitesyncctl site import&apos;.</source>
        <translation>Este é um ficheiro de dados do site que nunca foi importado: importe-o na máquina do site com &apos;sitesyncctl site import&apos;.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>A palavra-passe não foi guardada: %1</translation>
    </message>
    <message>
        <source>There is no password for site %1 of %2 (%3). Where there is a keychain, store it again with &apos;sitesyncctl --db %4 site password --password-stdin&apos;, the password on standard input. On a server without one, give the service the systemd credential &apos;%5&apos;, made with &apos;systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred&apos; and loaded with LoadCredentialEncrypted=.</source>
        <translation>Não existe palavra-passe para o site %1 de %2 (%3). Onde houver um porta-chaves, guarde-a novamente com &apos;sitesyncctl --db %4 site password --password-stdin&apos;, com a palavra-passe na entrada padrão. Num servidor sem porta-chaves, dê ao serviço a credencial systemd &apos;%5&apos;, criada com &apos;systemd-creds encrypt --name=%5 - /etc/sitesync/site-password.cred&apos; e carregada com LoadCredentialEncrypted=.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteRegistry</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Um ID de site é um número inteiro maior do que 0.</translation>
    </message>
    <message>
        <source>A site needs a name.</source>
        <translation>Um site precisa de um nome.</translation>
    </message>
    <message>
        <source>A site&apos;s type is &apos;desktop&apos; or &apos;mobile&apos;, not &apos;%1&apos;.</source>
        <translation>O tipo de um site é &apos;desktop&apos; ou &apos;mobile&apos;, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A site password needs at least %1 characters.</source>
        <translation>A palavra-passe de um site precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation>O site %1 já existe.</translation>
    </message>
    <message>
        <source>Site %1 is already the primary server.</source>
        <translation>O site %1 já é o servidor primário.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Não existe nenhum site %1.</translation>
    </message>
    <message>
        <source>Site %1 is the central server and cannot be deleted.</source>
        <translation>O site %1 é o servidor central e não pode ser eliminado.</translation>
    </message>
    <message>
        <source>Site %1 is the primary server and cannot be deleted.</source>
        <translation>O site %1 é o servidor primário e não pode ser eliminado.</translation>
    </message>
    <message>
        <source>Site %1 (%2) still has active stores: %3. Move them to another site first.</source>
        <translation>O site %1 (%2) ainda tem armazéns ativos: %3. Mude-os primeiro para outro site.</translation>
    </message>
    <message>
        <source>Site %1 is the central server; it has no binding.</source>
        <translation>O site %1 é o servidor central; não tem vínculo ao equipamento.</translation>
    </message>
    <message>
        <source>A site initialised again starts from what the central server holds: whatever only its old machine held is lost.</source>
        <translation>Um site inicializado novamente parte do que o servidor central tem: tudo o que só a sua máquina antiga tinha perde-se.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 held 1 record the central server does not hold.</source>
        <translation>No seu último contacto (%2), o site %1 tinha 1 registo que o servidor central não tem.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 held %3 records the central server does not hold.</source>
        <translation>No seu último contacto (%2), o site %1 tinha %3 registos que o servidor central não tem.</translation>
    </message>
    <message>
        <source>At its last contact (%2), site %1 had sent everything: 0 records the central server does not hold.</source>
        <translation>No seu último contacto (%2), o site %1 tinha enviado tudo: 0 registos que o servidor central não tem.</translation>
    </message>
    <message>
        <source>Site %1 never reported what it holds: the central server cannot count what would be lost.</source>
        <translation>O site %1 nunca comunicou o que tem: o servidor central não pode contar o que se perderia.</translation>
    </message>
    <message>
        <source>Anything entered since in its active stores (%1) is lost as well, stock included.</source>
        <translation>Tudo o que tiver sido introduzido desde então nos seus armazéns ativos (%1) também se perde, incluindo o stock.</translation>
    </message>
</context>
<context>
    <name>sitesync::SiteSession</name>
    <message>
        <source>A site ID is a whole number greater than 0.</source>
        <translation>Um ID de site é um número inteiro maior do que 0.</translation>
    </message>
    <message>
        <source>The central server needs a name.</source>
        <translation>O servidor central precisa de um nome.</translation>
    </message>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation>A palavra-passe de desbloqueio precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 was altered outside SiteSync: the write guard of table &apos;%2&apos; is missing or changed, so changes may have bypassed the ownership rules. Restore a backup or re-initialise the site.</source>
        <translation>%1 foi alterado fora do SiteSync: a proteção de escrita da tabela &apos;%2&apos; está em falta ou foi alterada, pelo que as alterações podem ter contornado as regras de propriedade. Restaure uma cópia de segurança ou volte a inicializar o site.</translation>
    </message>
</context>
<context>
    <name>sitesync::StockReports</name>
    <message>
        <source>Choose the first and the last month of the usage report.</source>
        <translation>Escolha o primeiro e o último mês do relatório de consumo.</translation>
    </message>
    <message>
        <source>The usage report cannot start (%1) after it ends (%2).</source>
        <translation>O relatório de consumo não pode começar (%1) depois de terminar (%2).</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreMove</name>
    <message>
        <source>Store &apos;%1&apos; is already active on site %2.</source>
        <translation>O armazém &apos;%1&apos; já está ativo no site %2.</translation>
    </message>
    <message>
        <source>A store is moved on the central server, site %1.</source>
        <translation>A mudança de um armazém é feita no servidor central, site %1.</translation>
    </message>
    <message>
        <source>The move could not be checked.</source>
        <translation>Não foi possível verificar a mudança.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) still wait for site %1: let it synchronise first.</source>
        <translation>
            <numerusform>%n registo ainda aguarda o site %1: deixe-o sincronizar primeiro.</numerusform>
            <numerusform>%n registos ainda aguardam o site %1: deixe-o sincronizar primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>The central cannot see changes site %1 has not pushed yet: make sure it synchronised after its last data entry, and that nobody enters data on either site until the move is complete.</source>
        <translation>O servidor central não vê as alterações que o site %1 ainda não enviou: certifique-se de que sincronizou após a última introdução de dados e de que ninguém introduz dados em nenhum dos sites até a mudança estar concluída.</translation>
    </message>
    <message>
        <source>A collector copy on the &apos;From&apos; site keeps all of the store&apos;s sync traffic there; this is not normally wanted.</source>
        <translation>Uma cópia de coletor no site de &apos;Origem&apos; mantém lá todo o tráfego de sincronização do armazém; normalmente, isto não é desejado.</translation>
    </message>
    <message>
        <source>The new site&apos;s ID must be the &apos;To&apos; site.</source>
        <translation>O ID do novo site tem de ser o do site de &apos;Destino&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Site %1 had %n change(s) of its own waiting to be pushed at its last contact (%2): let it synchronise first.</source>
        <translation>
            <numerusform>O site %1 tinha %n alteração própria por enviar no seu último contacto (%2): deixe-o sincronizar primeiro.</numerusform>
            <numerusform>O site %1 tinha %n alterações próprias por enviar no seu último contacto (%2): deixe-o sincronizar primeiro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesync::StoreRegistry</name>
    <message>
        <source>A store ID is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit; &apos;%1&apos; is not.</source>
        <translation>Um ID de armazém tem de 1 a 64 letras, algarismos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, começando por uma letra ou um algarismo; &apos;%1&apos; não é válido.</translation>
    </message>
    <message>
        <source>A store needs a code and a name.</source>
        <translation>Um armazém precisa de um código e de um nome.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; already exists.</source>
        <translation>O armazém &apos;%1&apos; já existe.</translation>
    </message>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation>Não existe nenhum armazém &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreTransfers</name>
    <message>
        <source>Store &apos;%1&apos; has no name record yet; the transfer waits for it.</source>
        <translation>O armazém &apos;%1&apos; ainda não tem registo de nome; a transferência aguarda por ele.</translation>
    </message>
    <message>
        <source>Customer invoice %1 was received as supplier invoice %2 of store %3.</source>
        <translation>A fatura de cliente %1 foi recebida como fatura de fornecedor %2 do armazém %3.</translation>
    </message>
    <message>
        <source>Requisition %1 was received as requisition %2 of store %3.</source>
        <translation>A requisição %1 foi recebida como requisição %2 do armazém %3.</translation>
    </message>
    <message>
        <source>Purchase order %1 was received as customer invoice %2 of store %3.</source>
        <translation>A nota de encomenda %1 foi recebida como fatura de cliente %2 do armazém %3.</translation>
    </message>
    <message>
        <source>The transfer &apos;%1&apos; would reuse record &apos;%2&apos; of &apos;%3&apos;, which is not its responding half in store &apos;%4&apos; (the id of another or a deleted transfer was used again). Nothing of it was changed.</source>
        <translation>A transferência &apos;%1&apos; reutilizaria o registo &apos;%2&apos; de &apos;%3&apos;, que não é a sua metade de resposta no armazém &apos;%4&apos; (o identificador de outra transferência ou de uma eliminada foi reutilizado). Nada dela foi alterado.</translation>
    </message>
</context>
<context>
    <name>sitesync::StoreVisibility</name>
    <message>
        <source>Store &apos;%1&apos; cannot be made visible in itself.</source>
        <translation>O armazém &apos;%1&apos; não pode ficar visível em si próprio.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has no name record to make visible.</source>
        <translation>O armazém &apos;%1&apos; não tem registo de nome para tornar visível.</translation>
    </message>
    <message>
        <source>Store visibility is changed only on the central server, site %1.</source>
        <translation>A visibilidade dos armazéns só é alterada no servidor central, site %1.</translation>
    </message>
    <message>
        <source>This record makes store &apos;%1&apos; visible in another store, which changes where its copies go. Change it with &apos;sitesyncctl store visibility --store %1&apos; (or on the store&apos;s Visibility tab), behind the unlock password.</source>
        <translation>Este registo torna o armazém &apos;%1&apos; visível noutro armazém, o que altera para onde vão as suas cópias. Altere-o com &apos;sitesyncctl store visibility --store %1&apos; (ou no separador Visibilidade do armazém), protegido pela palavra-passe de desbloqueio.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncProblemLog</name>
    <message>
        <source>There is no sync problem %1.</source>
        <translation>Não existe nenhum problema de sincronização %1.</translation>
    </message>
    <message>
        <source>Replaced by problem %1, about the same record from the same site.</source>
        <translation>Substituído pelo problema %1, relativo ao mesmo registo do mesmo site.</translation>
    </message>
    <message>
        <source>Sync problem %1 is closed already (%2); there is nothing more to do with it.</source>
        <translation>O problema de sincronização %1 já está fechado (%2); não há mais nada a fazer com ele.</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>substituído</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncProblems</name>
    <message>
        <source>It is not known which site sent record &apos;%1&apos; of &apos;%2&apos; (sync problem %3), so it cannot be applied as that site&apos;s change. Dismiss the problem once it is dealt with.</source>
        <translation>Não se sabe que site enviou o registo &apos;%1&apos; de &apos;%2&apos; (problema de sincronização %3), pelo que não pode ser aplicado como alteração desse site. Descarte o problema depois de o ter tratado.</translation>
    </message>
    <message>
        <source>A synchronisation of this site is running; retry the problem when it has finished.</source>
        <translation>Está em curso uma sincronização deste site; tente novamente o problema quando esta tiver terminado.</translation>
    </message>
    <message>
        <source>Applied when %1 retried it.</source>
        <translation>Aplicado quando %1 tentou novamente.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; was applied as sent by site %3; sync problem %4 is resolved.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; foi aplicado tal como enviado pelo site %3; o problema de sincronização %4 está resolvido.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; still cannot be applied, and nothing was changed; sync problem %3 stays open: %4</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; ainda não pode ser aplicado e nada foi alterado; o problema de sincronização %3 continua aberto: %4</translation>
    </message>
    <message>
        <source>It waits for a record it refers to, which has not arrived.</source>
        <translation>Aguarda um registo a que se refere e que não chegou.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; is no longer on this site and no change of it waits to be sent: there is nothing to push again. Dismiss sync problem %3 once it is dealt with.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; já não está neste site e nenhuma alteração dele aguarda envio: não há nada para enviar novamente. Descarte o problema de sincronização %3 depois de o ter tratado.</translation>
    </message>
    <message>
        <source>Queued to be pushed to the central server again with the next sync.</source>
        <translation>Em fila para ser enviado novamente para o servidor central na próxima sincronização.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; is queued to be pushed to the central server again with the next sync, as it is now on this site; sync problem %3 stays open until the central takes it.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; está em fila para ser enviado novamente para o servidor central na próxima sincronização, tal como está agora neste site; o problema de sincronização %3 continua aberto até o servidor central o aceitar.</translation>
    </message>
    <message>
        <source>Say why the problem is dismissed; the reason is kept with it.</source>
        <translation>Indique porque é que o problema é descartado; o motivo é mantido com ele.</translation>
    </message>
    <message>
        <source>The retention of closed sync problems is a number of days from 1 to %1, not %2.</source>
        <translation>O período de retenção dos problemas de sincronização fechados é de 1 a %1 dias, não %2.</translation>
    </message>
    <message>
        <source>A later version of the record arrived from site %1.</source>
        <translation>Chegou do site %1 uma versão mais recente do registo.</translation>
    </message>
    <message>
        <source>The central server received a later push of the record and did not set it aside.</source>
        <translation>O servidor central recebeu um envio posterior do registo e não o pôs de parte.</translation>
    </message>
    <message>
        <source>Record &apos;%1&apos; of &apos;%2&apos; came from the central server and still waits to be applied here; dismissed, this site would be without it for good. Retry it once what it waits for is here (see the reason), or initialise the site again to receive everything anew.</source>
        <translation>O registo &apos;%1&apos; de &apos;%2&apos; veio do servidor central e ainda aguarda ser aplicado aqui; se for descartado, este site ficará sem ele para sempre. Tente novamente quando chegar o que ele aguarda (veja o motivo), ou inicialize o site de novo para receber tudo outra vez.</translation>
    </message>
    <message>
        <source>The central server has not applied this record yet: %1</source>
        <translation>O servidor central ainda não aplicou este registo: %1</translation>
    </message>
    <message>
        <source>The central server no longer waits to apply it.</source>
        <translation>O servidor central já não aguarda para o aplicar.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncService</name>
    <message>
        <source>A pull names the cursor and queue_cursor it has stored.</source>
        <translation>Um pedido de receção indica o cursor e o queue_cursor que tem guardados.</translation>
    </message>
    <message>
        <source>A pull&apos;s stored cursors cannot be past the cursors it reads from.</source>
        <translation>Os cursores guardados de um pedido de receção não podem estar além dos cursores a partir dos quais lê.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Não existe nenhum site %1.</translation>
    </message>
    <message>
        <source>Site data files are made on the central server.</source>
        <translation>Os ficheiros de dados do site são criados no servidor central.</translation>
    </message>
    <message>
        <source>Site %1 is the central server itself.</source>
        <translation>O site %1 é o próprio servidor central.</translation>
    </message>
    <message>
        <source>Site %1 is a mobile site: a mobile site is initialised from the central server over the network, not from a file.</source>
        <translation>O site %1 é um site móvel: um site móvel é inicializado a partir do servidor central através da rede, não a partir de um ficheiro.</translation>
    </message>
    <message>
        <source>This is not the latest site data file of site %1, or it was imported already. Export the site again on the central server.</source>
        <translation>Este não é o ficheiro de dados mais recente do site %1, ou já foi importado. Exporte novamente o site no servidor central.</translation>
    </message>
    <message>
        <source>Site %1 was initialised, exported again or changed while its data file was written; the file was removed.</source>
        <translation>O site %1 foi inicializado, exportado de novo ou alterado enquanto o seu ficheiro de dados era escrito; o ficheiro foi removido.</translation>
    </message>
    <message>
        <source>A push holds %1 records; the central takes at most %2 at once.</source>
        <translation>Um envio contém %1 registos; o servidor central aceita no máximo %2 de cada vez.</translation>
    </message>
    <message>
        <source>A push holds more than %1 records; the central takes at most %1 at once.</source>
        <translation>Um envio contém mais de %1 registos; o servidor central aceita no máximo %1 de cada vez.</translation>
    </message>
    <message>
        <source>Site %1 is in use on a machine. To set it up on a new machine, reset its hardware binding first.</source>
        <translation>O site %1 está em uso numa máquina. Para o configurar numa máquina nova, reponha primeiro o seu vínculo ao equipamento.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsEditor</name>
    <message>
        <source>There is no store &apos;%1&apos;.</source>
        <translation>Não existe nenhum armazém &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This site holds no sync settings for store &apos;%1&apos;.</source>
        <translation>Este site não tem definições de sincronização para o armazém &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Não existe nenhum site %1.</translation>
    </message>
    <message>
        <source>&apos;Include transactions in sync&apos; applies to dispensary stores only; store &apos;%1&apos; is not one.</source>
        <translation>&apos;Incluir transações na sincronização&apos; aplica-se apenas a armazéns de dispensário; o armazém &apos;%1&apos; não o é.</translation>
    </message>
    <message>
        <source>Site %1 is a mobile site and store &apos;%2&apos; is already active on it; a mobile site can have only one active store.</source>
        <translation>O site %1 é um site móvel e o armazém &apos;%2&apos; já está ativo nele; um site móvel só pode ter um armazém ativo.</translation>
    </message>
    <message>
        <source>Every store exists on the central server: store &apos;%1&apos; needs a collector or transfer copy on site %2.</source>
        <translation>Todos os armazéns existem no servidor central: o armazém &apos;%1&apos; precisa de uma cópia de coletor ou de transferência no site %2.</translation>
    </message>
    <message>
        <source>a transfer copy</source>
        <translation>uma cópia de transferência</translation>
    </message>
    <message>
        <source>a collector</source>
        <translation>um coletor</translation>
    </message>
    <message>
        <source>Site %1 is the active site of store &apos;%2&apos;, so its sync-with is Active/collector, not %3.</source>
        <translation>O site %1 é o site ativo do armazém &apos;%2&apos;, pelo que o seu valor de &apos;Sincronizar com&apos; é Ativo/coletor, não %3.</translation>
    </message>
    <message>
        <source>The settings of store &apos;%1&apos; or the visibility they follow changed since the preview; look at the preview again before saving.</source>
        <translation>As definições do armazém &apos;%1&apos; ou a visibilidade de que dependem mudaram desde a pré-visualização; veja novamente a pré-visualização antes de guardar.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be a collector on site %2 while the central server holds only a transfer copy of it: a collector is filled through the central, which does not receive the store&apos;s data. Make the central a collector of the store first, or keep a transfer copy on site %2.</source>
        <translation>O armazém &apos;%1&apos; não pode ser coletor no site %2 enquanto o servidor central tiver apenas uma cópia de transferência: um coletor é alimentado através do servidor central, que não recebe os dados do armazém. Faça primeiro do servidor central um coletor do armazém, ou mantenha uma cópia de transferência no site %2.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; cannot be %2 on site %3: it is not visible in any store active there. Make it visible in one of them first (the store&apos;s Visibility tab, or sitesyncctl store visibility).</source>
        <translation>O armazém &apos;%1&apos; não pode ser %2 no site %3: não é visível em nenhum armazém ativo lá. Torne-o primeiro visível num deles (o separador Visibilidade do armazém, ou sitesyncctl store visibility).</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible in a store active on site %2, so it keeps at least a transfer copy there. Hide it from that store first (the store&apos;s Visibility tab, or sitesyncctl store visibility).</source>
        <translation>O armazém &apos;%1&apos; é visível num armazém ativo no site %2, pelo que mantém lá pelo menos uma cópia de transferência. Oculte-o primeiro desse armazém (o separador Visibilidade do armazém, ou sitesyncctl store visibility).</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncSettingsImpact</name>
    <message>
        <source>Sync settings are changed only on the central server.</source>
        <translation>As definições de sincronização só são alteradas no servidor central.</translation>
    </message>
    <message>
        <source>Could not measure the change&apos;s effect.</source>
        <translation>Não foi possível medir o efeito da alteração.</translation>
    </message>
    <message>
        <source>Site %1 has never connected. Anything entered there for store &apos;%2&apos; and not yet pushed is lost to the move.</source>
        <translation>O site %1 nunca se ligou. Tudo o que lá tiver sido introduzido para o armazém &apos;%2&apos; e ainda não enviado perde-se com a mudança.</translation>
    </message>
    <message>
        <source>Site %1 last connected at %2. Make sure it has pushed all its changes to store &apos;%3&apos; and stopped data entry before the move.</source>
        <translation>O site %1 ligou-se pela última vez em %2. Certifique-se de que enviou todas as suas alterações ao armazém &apos;%3&apos; e parou a introdução de dados antes da mudança.</translation>
    </message>
    <message>
        <source>Site %1 keeps a read-only collector copy: anything entered there for store &apos;%2&apos; after the move is refused.</source>
        <translation>O site %1 mantém uma cópia de coletor só de leitura: tudo o que lá for introduzido para o armazém &apos;%2&apos; após a mudança é recusado.</translation>
    </message>
    <message>
        <source>Site %1 is not initialised yet: the store&apos;s records wait for it until it is.</source>
        <translation>O site %1 ainda não está inicializado: os registos do armazém aguardam por ele até que esteja.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so there is no other copy to resend patient records to.</source>
        <translation>O armazém &apos;%1&apos; está ativo no servidor central, pelo que não há outra cópia para a qual reenviar os registos de doentes.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is active on the central server, so its transactions, prescriptions, stock lines and stocktakes are kept there as before. The setting takes effect if the store becomes active on a remote site: they will then stay on that site.</source>
        <translation>O armazém &apos;%1&apos; está ativo no servidor central, pelo que as suas transações, receitas, linhas de stock e inventários continuam a ser mantidos lá como antes. A definição produz efeito se o armazém passar a estar ativo num site remoto: nessa altura, ficarão nesse site.</translation>
    </message>
    <message>
        <source>The transactions, prescriptions, stock lines and stocktakes of store &apos;%1&apos; will stay on site %2 and no longer reach the central server.</source>
        <translation>As transações, receitas, linhas de stock e inventários do armazém &apos;%1&apos; ficarão no site %2 e deixarão de chegar ao servidor central.</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncType</name>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>collector</source>
        <translation>coletor</translation>
    </message>
    <message>
        <source>transfer copy</source>
        <translation>cópia de transferência</translation>
    </message>
    <message>
        <source>no copy</source>
        <translation>sem cópia</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWith</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Active/collector</source>
        <translation>Ativo/coletor</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
</context>
<context>
    <name>sitesync::SyncWorker</name>
    <message>
        <source>Cancelled; the next synchronisation continues where this one stopped.</source>
        <translation>Cancelado; a próxima sincronização continua onde esta parou.</translation>
    </message>
    <message>
        <source>Pushed %1 and pulled %2 records.</source>
        <translation>Enviados %1 e recebidos %2 registos.</translation>
    </message>
    <message>
        <source>The sync interval is 0 (paused) to %1 minutes.</source>
        <translation>O intervalo de sincronização vai de 0 (em pausa) a %1 minutos.</translation>
    </message>
</context>
<context>
    <name>sitesync::SystemdCredentialStore</name>
    <message>
        <source>no systemd credential &apos;%1&apos;: not run by a service that loads one (CREDENTIALS_DIRECTORY is not set)</source>
        <translation>nenhuma credencial systemd &apos;%1&apos;: não é executado por um serviço que carregue uma (CREDENTIALS_DIRECTORY não está definido)</translation>
    </message>
    <message>
        <source>no systemd credential &apos;%1&apos; in %2</source>
        <translation>nenhuma credencial systemd &apos;%1&apos; em %2</translation>
    </message>
    <message>
        <source>The systemd credential %1 cannot be read: %2</source>
        <translation>Não é possível ler a credencial systemd %1: %2</translation>
    </message>
    <message>
        <source>The systemd credential %1 is empty.</source>
        <translation>A credencial systemd %1 está vazia.</translation>
    </message>
    <message>
        <source>The site password comes from the systemd credential &apos;%1&apos;, which holds another password (or none). Make the credential again with &apos;systemd-creds encrypt --name=%1 - FILE&apos; and restart the service.</source>
        <translation>A palavra-passe do site vem da credencial systemd &apos;%1&apos;, que contém outra palavra-passe (ou nenhuma). Crie novamente a credencial com &apos;systemd-creds encrypt --name=%1 - FILE&apos; e reinicie o serviço.</translation>
    </message>
    <message>
        <source>The systemd credential &apos;%1&apos; is read-only; remove its file and the service&apos;s LoadCredentialEncrypted= line instead.</source>
        <translation>A credencial systemd &apos;%1&apos; é só de leitura; em vez disso, remova o seu ficheiro e a linha LoadCredentialEncrypted= do serviço.</translation>
    </message>
</context>
<context>
    <name>sitesync::UnlockGate</name>
    <message>
        <source>The unlock password needs at least %1 characters.</source>
        <translation>A palavra-passe de desbloqueio precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Too many wrong unlock passwords; try again after %1 UTC.</source>
        <translation>Demasiadas palavras-passe de desbloqueio erradas; tente novamente depois de %1 UTC.</translation>
    </message>
    <message>
        <source>Wrong unlock password. Unlocking is locked for %1 minutes.</source>
        <translation>Palavra-passe de desbloqueio errada. O desbloqueio fica bloqueado durante %1 minutos.</translation>
    </message>
    <message>
        <source>Wrong unlock password (%1 of %2 attempts).</source>
        <translation>Palavra-passe de desbloqueio errada (tentativa %1 de %2).</translation>
    </message>
    <message>
        <source>Give your name: it is written in the audit log with everything done while unlocked.</source>
        <translation>Indique o seu nome: fica registado no histórico de auditoria com tudo o que for feito enquanto estiver desbloqueado.</translation>
    </message>
    <message>
        <source>An unlock password is set already; changing it needs the current one.</source>
        <translation>Já está definida uma palavra-passe de desbloqueio; para a alterar, é precisa a atual.</translation>
    </message>
    <message>
        <source>No unlock password is set on this server yet.</source>
        <translation>Ainda não está definida nenhuma palavra-passe de desbloqueio neste servidor.</translation>
    </message>
</context>
<context>
    <name>sitesync::WaitingRecords</name>
    <message>
        <source>It was applied at last.</source>
        <translation>Foi finalmente aplicado.</translation>
    </message>
    <message>
        <source>Waiting since %1 and not applied yet: %2 It is tried again when what it waits for arrives.</source>
        <translation>Em espera desde %1 e ainda não aplicado: %2 Será tentado novamente quando chegar o que aguarda.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::AboutDialog</name>
    <message>
        <source>About SiteSync</source>
        <translation>Acerca do SiteSync</translation>
    </message>
    <message>
        <source>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Site %2, %3. Database schema version %4.&lt;br&gt;%5</source>
        <translation>&lt;b&gt;SiteSync %1&lt;/b&gt;&lt;br&gt;Site %2, %3. Versão do esquema da base de dados: %4.&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>a contar...</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Received, waiting to be applied (sync_in)</source>
        <translation>Recebidos, a aguardar aplicação (sync_in)</translation>
    </message>
    <message>
        <source>Open sync problems</source>
        <translation>Problemas de sincronização abertos</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (never connected)</source>
        <translation>A aguardar neste servidor pelo site %1 (nunca se ligou)</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (connects from %2)</source>
        <translation>A aguardar neste servidor pelo site %1 (liga-se a partir de %2)</translation>
    </message>
    <message>
        <source>Central server: %1</source>
        <translation>Servidor central: %1</translation>
    </message>
    <message>
        <source>Waiting on this server for site %1 (SiteSync %2, connects from %3)</source>
        <translation>A aguardar neste servidor pelo site %1 (SiteSync %2, liga-se a partir de %3)</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::DismissProblemDialog</name>
    <message>
        <source>Dismiss sync problem %1</source>
        <translation>Descartar o problema de sincronização %1</translation>
    </message>
    <message>
        <source>Sync problem %1 (%2) will be closed without its record being applied. Why? The reason is kept with the problem and in the audit log.</source>
        <translation>O problema de sincronização %1 (%2) será fechado sem que o seu registo seja aplicado. Porquê? O motivo é mantido com o problema e no histórico de auditoria.</translation>
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
        <translation>servidor primário</translation>
    </message>
    <message>
        <source>remote site</source>
        <translation>site remoto</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushing</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>A receber</translation>
    </message>
    <message>
        <source>Integrating</source>
        <translation>A integrar</translation>
    </message>
    <message>
        <source>Waiting for the link to the central server, retry %1 in %2 s</source>
        <translation>A aguardar a ligação ao servidor central, nova tentativa %1 dentro de %2 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 records received, %4 remaining</source>
        <translation>%1: %2 de %3 registos recebidos, %4 restantes</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ImpactDialog</name>
    <message>
        <source>Save the sync settings of %1?</source>
        <translation>Guardar as definições de sincronização de %1?</translation>
    </message>
    <message>
        <source>%1 will be active on site %2.</source>
        <translation>%1 ficará ativo no site %2.</translation>
    </message>
    <message numerus="yes">
        <source>Saving queues %n record(s) for remote sites.</source>
        <translation>
            <numerusform>Ao guardar, %n registo é colocado em fila para os sites remotos.</numerusform>
            <numerusform>Ao guardar, %n registos são colocados em fila para os sites remotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of those, %n patient record(s) are resent to the store&apos;s active copy.</source>
        <translation>
            <numerusform>Desses, %n registo de doente é reenviado para a cópia ativa do armazém.</numerusform>
            <numerusform>Desses, %n registos de doentes são reenviados para a cópia ativa do armazém.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Records queued</source>
        <translation>Registos em fila</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Depois de guardar</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efeito</translation>
    </message>
    <message numerus="yes">
        <source>Copy removed from the site (about %n record(s))</source>
        <translation>
            <numerusform>Cópia removida do site (cerca de %n registo)</numerusform>
            <numerusform>Cópia removida do site (cerca de %n registos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut down to transfers: about %n record(s) removed</source>
        <translation>
            <numerusform>Reduzida a transferências: cerca de %n registo removido</numerusform>
            <numerusform>Reduzida a transferências: cerca de %n registos removidos</numerusform>
        </translation>
    </message>
    <message>
        <source>New copy: the site receives the store&apos;s records</source>
        <translation>Nova cópia: o site recebe os registos do armazém</translation>
    </message>
    <message>
        <source>Changes role</source>
        <translation>Muda de função</translation>
    </message>
    <message numerus="yes">
        <source>The move queues %n record(s) for remote sites.</source>
        <translation>
            <numerusform>A mudança coloca %n registo em fila para os sites remotos.</numerusform>
            <numerusform>A mudança coloca %n registos em fila para os sites remotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>After the move</source>
        <translation>Depois da mudança</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::MainWindow</name>
    <message>
        <source>Stores</source>
        <translation>Armazéns</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Histórico de sincronização</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>Relatório de sincronização</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About SiteSync</source>
        <translation>&amp;Acerca do SiteSync</translation>
    </message>
    <message>
        <source>SiteSync - site %1 (%2)</source>
        <translation>SiteSync - site %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Change &amp;unlock password...</source>
        <translation>Alterar a palavra-passe de &amp;desbloqueio...</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::ReportsPage</name>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relatórios&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stock on hand</source>
        <translation>Stock disponível</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valor do stock</translation>
    </message>
    <message>
        <source>Monthly usage</source>
        <translation>Consumo mensal</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artigo:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Código do artigo</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>&amp;From month:</source>
        <translation>&amp;Do mês:</translation>
    </message>
    <message>
        <source>&amp;to month:</source>
        <translation>a&amp;té ao mês:</translation>
    </message>
    <message>
        <source>Usage is the quantity of finalised customer invoices and prescriptions, counted in the month each was finalised. Supplier invoices, inventory adjustments and invoices not yet finalised do not count.</source>
        <translation>O consumo é a quantidade das faturas de cliente e receitas finalizadas, contada no mês em que cada uma foi finalizada. As faturas de fornecedor, os ajustes de inventário e as faturas ainda não finalizadas não contam.</translation>
    </message>
    <message>
        <source>No store is reportable on this site: no store is active here and this site holds no collector copy of any. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation>Nenhum armazém pode entrar nos relatórios neste site: nenhum armazém está ativo aqui e este site não tem uma cópia de coletor de nenhum. As cópias de transferência não entram nos relatórios: contêm apenas o registo do armazém e as suas transferências.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>store name (sync type here)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The reports cover the stores active on this site and those it holds a collector copy of: %1. Transfer copies are not reportable: they hold only the store record and its transfers.</source>
        <translation>Os relatórios abrangem os armazéns ativos neste site e aqueles de que tem uma cópia de coletor: %1. As cópias de transferência não entram nos relatórios: contêm apenas o registo do armazém e as suas transferências.</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <comment>item code - item name</comment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>no location</source>
        <translation>sem localização</translation>
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
        <translation>Não foi possível escrever %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteContactColumns</name>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Queue at last contact</source>
        <translation>Fila no último contacto</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Waiting on central</source>
        <translation>A aguardar no central</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>The site reported this queue on %1.</source>
        <translation>O site comunicou esta fila em %1.</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>a contar...</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>This site reaches the central server at %1.</source>
        <translation>Este site contacta o servidor central em %1.</translation>
    </message>
    <message>
        <source>never connected</source>
        <translation>nunca se ligou</translation>
    </message>
    <message>
        <source>The address site %1 last connected from, on %2.</source>
        <translation>O endereço a partir do qual o site %1 se ligou pela última vez, em %2.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteExportDialog</name>
    <message>
        <source>Export site data file</source>
        <translation>Exportar ficheiro de dados do site</translation>
    </message>
    <message>
        <source>The data file holds everything site %1 (%2) needs, so that its machine does not pull it all over the network. Take it to that machine and import it there. Changes made after the export reach the site with its first sync.</source>
        <translation>O ficheiro de dados contém tudo aquilo de que o site %1 (%2) precisa, para que a sua máquina não tenha de receber tudo através da rede. Leve-o para essa máquina e importe-o lá. As alterações feitas após a exportação chegam ao site com a sua primeira sincronização.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Site data files (*.sitesync)</source>
        <translation>Ficheiros de dados do site (*.sitesync)</translation>
    </message>
    <message>
        <source>%L1 records written</source>
        <translation>%L1 registos escritos</translation>
    </message>
    <message>
        <source>Wrote %1 (%2). On the site&apos;s machine, start SiteSync with a new database and choose &quot;Import a site data file&quot;, or run:
  sitesyncctl --db PATH site import FILE --central URL --password-stdin</source>
        <translation>Foi escrito %1 (%2). Na máquina do site, inicie o SiteSync com uma base de dados nova e escolha &quot;Importar um ficheiro de dados do site&quot;, ou execute:
  sitesyncctl --db PATH site import FILE --central URL --password-stdin</translation>
    </message>
    <message>
        <source>The file could not be written: the folder %1 does not exist.</source>
        <translation>Não foi possível escrever o ficheiro: a pasta %1 não existe.</translation>
    </message>
    <message>
        <source>The file could not be written: the folder %1 is not writable. Choose another folder.</source>
        <translation>Não foi possível escrever o ficheiro: não é possível escrever na pasta %1. Escolha outra pasta.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Não foi possível escrever o ficheiro: %1</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteSetupDialog</name>
    <message>
        <source>Set up this site</source>
        <translation>Configurar este site</translation>
    </message>
    <message>
        <source>There is no site database at %1 yet. Set this machine up as a remote site of your central server:</source>
        <translation>Ainda não existe nenhuma base de dados do site em %1. Configure esta máquina como site remoto do seu servidor central:</translation>
    </message>
    <message>
        <source>&amp;Initialise it from the central server (a desktop or mobile site)</source>
        <translation>&amp;Inicializá-lo a partir do servidor central (um site de secretária ou móvel)</translation>
    </message>
    <message>
        <source>I&amp;mport a site data file exported on the central server (a desktop site)</source>
        <translation>I&amp;mportar um ficheiro de dados do site exportado no servidor central (um site de secretária)</translation>
    </message>
    <message>
        <source>&amp;Central server:</source>
        <translation>Servidor &amp;central:</translation>
    </message>
    <message>
        <source>Site &amp;ID:</source>
        <translation>I&amp;D do site:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>&amp;Data file:</source>
        <translation>&amp;Ficheiro de dados:</translation>
    </message>
    <message>
        <source>Site &amp;password:</source>
        <translation>&amp;Palavra-passe do site:</translation>
    </message>
    <message>
        <source>Only for an HTTPS central with its own certificate authority</source>
        <translation>Apenas para um servidor central HTTPS com a sua própria autoridade de certificação</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>C&amp;ertificado fidedigno:</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Site data file</source>
        <translation>Ficheiro de dados do site</translation>
    </message>
    <message>
        <source>Site data files (*.sitesync)</source>
        <translation>Ficheiros de dados do site (*.sitesync)</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Certificado fidedigno</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>%1: %L2 records</source>
        <translation>%1: %L2 registos</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>A ligar...</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>escolha</translation>
    </message>
    <message>
        <source>The ID this site was given on the central server (its Sites page lists them).</source>
        <translation>O ID atribuído a este site no servidor central (a página Sites do servidor central lista-os).</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SiteWizard</name>
    <message>
        <source>What kind of site?</source>
        <translation>Que tipo de site?</translation>
    </message>
    <message>
        <source>Desktop site: a server or a single computer</source>
        <translation>Site de secretária: um servidor ou um único computador</translation>
    </message>
    <message>
        <source>Mobile site: a tablet running one store</source>
        <translation>Site móvel: um tablet que gere um armazém</translation>
    </message>
    <message>
        <source>The new site</source>
        <translation>O novo site</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID do site:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation>Palavra-passe do site:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repita-a:</translation>
    </message>
    <message>
        <source>Create the site</source>
        <translation>Criar o site</translation>
    </message>
    <message>
        <source>Site created</source>
        <translation>Site criado</translation>
    </message>
    <message>
        <source>New sync site</source>
        <translation>Novo site de sincronização</translation>
    </message>
    <message>
        <source>Export its data file now, to import on its machine</source>
        <translation>Exportar agora o seu ficheiro de dados, para importar na sua máquina</translation>
    </message>
    <message>
        <source>Where the connection is poor, export the site&apos;s data file instead and import it on the machine: only what changes afterwards then goes over the network.</source>
        <translation>Onde a ligação for fraca, exporte antes o ficheiro de dados do site e importe-o na máquina: assim, só o que mudar depois passa pela rede.</translation>
    </message>
    <message>
        <source>Site %1 already exists: choose another ID.</source>
        <translation>O site %1 já existe: escolha outro ID.</translation>
    </message>
    <message>
        <source>Site %1 exists on the central server. No store is active on it yet: move stores to it with Move store... on the Stores page.

On the site&apos;s own machine, start SiteSync with a new database and initialise the site from the central server with its password (or run: sitesyncctl init remote --central URL --site-id %1 --password-stdin). That binds the site to that machine and pulls everything it needs.</source>
        <translation>O site %1 existe no servidor central. Ainda não há nenhum armazém ativo nele: mude armazéns para ele com Mudar armazém... na página Armazéns.

Na própria máquina do site, inicie o SiteSync com uma base de dados nova e inicialize o site a partir do servidor central com a sua palavra-passe (ou execute: sitesyncctl init remote --central URL --site-id %1 --password-stdin). Isso vincula o site a essa máquina e recebe tudo aquilo de que ele precisa.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SitesPage</name>
    <message>
        <source>&lt;b&gt;Sync sites&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sites de sincronização&lt;/b&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Active stores</source>
        <translation>Armazéns ativos</translation>
    </message>
    <message>
        <source>Initialised</source>
        <translation>Inicializado</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Última ligação</translation>
    </message>
    <message>
        <source>Site %1 created.</source>
        <translation>Site %1 criado.</translation>
    </message>
    <message>
        <source>Release site %1 from the machine it was initialised on? Until it is initialised again, no machine can sync as that site.</source>
        <translation>Libertar o site %1 da máquina em que foi inicializado? Até ser inicializado novamente, nenhuma máquina pode sincronizar como esse site.</translation>
    </message>
    <message>
        <source>Site %1 can now be initialised on another machine.</source>
        <translation>O site %1 pode agora ser inicializado noutra máquina.</translation>
    </message>
    <message>
        <source>Delete site %1? Its copies of stores and what waits for it are removed.</source>
        <translation>Eliminar o site %1? As suas cópias de armazéns e o que aguarda por ele são removidos.</translation>
    </message>
    <message>
        <source>Site %1 deleted.</source>
        <translation>Site %1 eliminado.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvel</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>de secretária</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>For a new desktop site not yet on a machine: its database as a file, to import there instead of pulling everything over the network.</source>
        <translation>Para um novo site de secretária ainda sem máquina: a sua base de dados num ficheiro, para importar lá em vez de receber tudo através da rede.</translation>
    </message>
    <message>
        <source>Lets the site be initialised on another machine. Needs the unlock password.</source>
        <translation>Permite inicializar o site noutra máquina. Requer a palavra-passe de desbloqueio.</translation>
    </message>
    <message>
        <source>Only a site with no active store that is neither the central nor the primary. Needs the unlock password.</source>
        <translation>Apenas um site sem armazéns ativos que não seja o servidor central nem o primário. Requer a palavra-passe de desbloqueio.</translation>
    </message>
    <message>
        <source>Export the data file of site %1? Whoever holds the file holds the site&apos;s data, patients included.</source>
        <translation>Exportar o ficheiro de dados do site %1? Quem tiver o ficheiro tem os dados do site, incluindo os dos doentes.</translation>
    </message>
    <message>
        <source>Unlock and export</source>
        <translation>Desbloquear e exportar</translation>
    </message>
    <message>
        <source>The data file of site %1 was written: the site counts as set up once it is imported on its machine.</source>
        <translation>O ficheiro de dados do site %1 foi escrito: o site fica configurado assim que for importado na sua máquina.</translation>
    </message>
    <message>
        <source>Reset the binding</source>
        <translation>Repor o vínculo</translation>
    </message>
    <message>
        <source>Delete the site</source>
        <translation>Eliminar o site</translation>
    </message>
    <message>
        <source>&amp;New site...</source>
        <translation>&amp;Novo site...</translation>
    </message>
    <message>
        <source>E&amp;xport data file...</source>
        <translation>E&amp;xportar ficheiro de dados...</translation>
    </message>
    <message>
        <source>&amp;Reset hardware binding</source>
        <translation>&amp;Repor o vínculo ao equipamento</translation>
    </message>
    <message>
        <source>&amp;Delete site</source>
        <translation>&amp;Eliminar site</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreDialog</name>
    <message>
        <source>Store %1 (%2)</source>
        <translation>Armazém %1 (%2)</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Armazém %1</translation>
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
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Dispensary:</source>
        <translation>Dispensário:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Store records are edited on the primary server.</source>
        <translation>Os registos dos armazéns são editados no servidor primário.</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidade</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>What you changed on this store has not been saved.</source>
        <translation>O que alterou neste armazém não foi guardado.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreMoveWizard</name>
    <message>
        <source>Where does the store go?</source>
        <translation>Para onde vai o armazém?</translation>
    </message>
    <message>
        <source>Store %1 is active on site %2.</source>
        <translation>O armazém %1 está ativo no site %2.</translation>
    </message>
    <message>
        <source>To an existing site (the central server among them)</source>
        <translation>Para um site existente (incluindo o servidor central)</translation>
    </message>
    <message>
        <source>To a new site</source>
        <translation>Para um novo site</translation>
    </message>
    <message>
        <source>Site ID:</source>
        <translation>ID do site:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>De secretária</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Móvel</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Site password:</source>
        <translation>Palavra-passe do site:</translation>
    </message>
    <message>
        <source>Site %1 already exists.</source>
        <translation>O site %1 já existe.</translation>
    </message>
    <message>
        <source>What stays on site %1?</source>
        <translation>O que fica no site %1?</translation>
    </message>
    <message>
        <source>None: the site keeps nothing of the store</source>
        <translation>Nenhum: o site não mantém nada do armazém</translation>
    </message>
    <message>
        <source>Transfer: the store still transfers to and from stores on that site</source>
        <translation>Transferência: o armazém continua a fazer transferências de e para armazéns nesse site</translation>
    </message>
    <message>
        <source>A collector copy keeps all of the store&apos;s sync traffic on the &apos;From&apos; site, and anything entered there is refused. It is not normally wanted.</source>
        <translation>Uma cópia de coletor mantém todo o tráfego de sincronização do armazém no site de &apos;Origem&apos;, e tudo o que lá for introduzido é recusado. Normalmente, não é desejado.</translation>
    </message>
    <message>
        <source>Delete site %1 after the move: no store will be active on it</source>
        <translation>Eliminar o site %1 após a mudança: nenhum armazém ficará ativo nele</translation>
    </message>
    <message>
        <source>Are both sites synchronised?</source>
        <translation>Ambos os sites estão sincronizados?</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar novamente</translation>
    </message>
    <message>
        <source>Nobody enters data on either site until the move is complete.</source>
        <translation>Ninguém introduz dados em nenhum dos sites até a mudança estar concluída.</translation>
    </message>
    <message>
        <source>Both sites have received everything the central holds for them.</source>
        <translation>Ambos os sites receberam tudo o que o servidor central tem para eles.</translation>
    </message>
    <message>
        <source>Not yet: let the sites synchronise, then check again.</source>
        <translation>Ainda não: deixe os sites sincronizar e depois verifique novamente.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Move the store</source>
        <translation>Mudar o armazém</translation>
    </message>
    <message>
        <source>Moving the store</source>
        <translation>A mudar o armazém</translation>
    </message>
    <message>
        <source>Moving store %1 and queuing its records...</source>
        <translation>A mudar o armazém %1 e a colocar os seus registos em fila...</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Não foi mudado: %1</translation>
    </message>
    <message>
        <source>Store %1 is now active on site %2; %3 records wait for it there.</source>
        <translation>O armazém %1 está agora ativo no site %2; %3 registos aguardam-no lá.</translation>
    </message>
    <message>
        <source>Initialise the new site from the central server (sitesyncctl init remote) with its password.</source>
        <translation>Inicialize o novo site a partir do servidor central (sitesyncctl init remote) com a sua palavra-passe.</translation>
    </message>
    <message>
        <source>Site %1 had no store left and was deleted.</source>
        <translation>O site %1 ficou sem armazéns e foi eliminado.</translation>
    </message>
    <message>
        <source>Move store %1</source>
        <translation>Mudar o armazém %1</translation>
    </message>
    <message>
        <source>Collector: a full read-only copy, as the central server usually keeps of every store</source>
        <translation>Coletor: uma cópia completa só de leitura, como a que o servidor central costuma manter de cada armazém</translation>
    </message>
    <message>
        <source>Collector: a full read-only copy, which keeps all of the store&apos;s sync traffic on the site (rarely wanted)</source>
        <translation>Coletor: uma cópia completa só de leitura, que mantém todo o tráfego de sincronização do armazém no site (raramente desejado)</translation>
    </message>
    <message>
        <source>What will the move cause?</source>
        <translation>Que efeito terá a mudança?</translation>
    </message>
    <message>
        <source>Nothing has changed yet. This is what moving the store will do.</source>
        <translation>Ainda nada foi alterado. Isto é o que a mudança do armazém fará.</translation>
    </message>
    <message>
        <source>Store moved</source>
        <translation>Armazém mudado</translation>
    </message>
    <message>
        <source>Store not moved</source>
        <translation>Armazém não mudado</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoreVisibilityTab</name>
    <message>
        <source>Tick the stores store %1 is visible in. Each site where one of them is active holds at least a transfer copy of store %1; a site where none is holds no copy.</source>
        <translation>Marque os armazéns em que o armazém %1 é visível. Cada site onde um deles esteja ativo tem pelo menos uma cópia de transferência do armazém %1; um site onde nenhum esteja não tem nenhuma cópia.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Armazém</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Ativo em</translation>
    </message>
    <message>
        <source>Store %1 visible in it</source>
        <translation>Armazém %1 visível nele</translation>
    </message>
    <message>
        <source>Read-only: visibility is changed only on the central server, site %1.</source>
        <translation>Só de leitura: a visibilidade só é alterada no servidor central, site %1.</translation>
    </message>
    <message>
        <source>Locked: unlock the settings on the Synchronisation tab to change visibility.</source>
        <translation>Bloqueado: desbloqueie as definições no separador Sincronização para alterar a visibilidade.</translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation>Desbloqueado. Cada alteração que guardar é registada no histórico de auditoria.</translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation>A medir o efeito da alteração...</translation>
    </message>
    <message>
        <source>Save the visibility of %1?</source>
        <translation>Guardar a visibilidade de %1?</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>A guardar...</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::StoresPage</name>
    <message>
        <source>&lt;b&gt;Stores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Armazéns&lt;/b&gt;</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>Dispensary</source>
        <translation>Dispensário</translation>
    </message>
    <message>
        <source>Active on</source>
        <translation>Ativo em</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>unknown here</source>
        <translation>desconhecido aqui</translation>
    </message>
    <message>
        <source>&amp;Open store...</source>
        <translation>&amp;Abrir armazém...</translation>
    </message>
    <message>
        <source>&amp;Move store...</source>
        <translation>&amp;Mudar armazém...</translation>
    </message>
    <message>
        <source>Move the selected store&apos;s active copy to another site.</source>
        <translation>Mudar a cópia ativa do armazém selecionado para outro site.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncLogPage</name>
    <message>
        <source>&lt;b&gt;Sync log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Histórico de sincronização&lt;/b&gt;</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sync problems</source>
        <translation>Problemas de sincronização</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Histórico de auditoria</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>em quarentena</translation>
    </message>
    <message>
        <source>%1 (resolved)</source>
        <translation>%1 (resolvido)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
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
        <translation>Todos os problemas</translation>
    </message>
    <message>
        <source>Open problems only</source>
        <translation>Apenas problemas abertos</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>A record received from another site is applied again as that site&apos;s change; this site&apos;s own record is pushed to the central server again with the next sync.</source>
        <translation>Um registo recebido de outro site é aplicado novamente como alteração desse site; um registo próprio deste site é enviado novamente para o servidor central na próxima sincronização.</translation>
    </message>
    <message>
        <source>Dismiss...</source>
        <translation>Descartar...</translation>
    </message>
    <message>
        <source>Closes the problem without applying its record; asks why.</source>
        <translation>Fecha o problema sem aplicar o seu registo; pede o motivo.</translation>
    </message>
    <message>
        <source>%1 (dismissed)</source>
        <translation>%1 (descartado)</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1 (substituído)</translation>
    </message>
    <message>
        <source>Select a problem to see the record&apos;s content.</source>
        <translation>Selecione um problema para ver o conteúdo do registo.</translation>
    </message>
    <message>
        <source>Problem %1 (%2), from site %3: record &apos;%4&apos; of &apos;%5&apos;.</source>
        <translation>Problema %1 (%2), do site %3: registo &apos;%4&apos; de &apos;%5&apos;.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Last retry, %1: %2</source>
        <translation>Última tentativa, %1: %2</translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation>Fechado em %1 por %2: %3</translation>
    </message>
    <message>
        <source>(none: the change deletes the record)</source>
        <translation>(nenhum: a alteração elimina o registo)</translation>
    </message>
    <message>
        <source>record &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>registo &apos;%1&apos; de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Sync problem %1 dismissed.</source>
        <translation>Problema de sincronização %1 descartado.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncReportPage</name>
    <message>
        <source>&lt;b&gt;Sync report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relatório de sincronização&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Last connection</source>
        <translation>Última ligação</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Tempo decorrido</translation>
    </message>
    <message>
        <source>The sync report is kept by the central server. This site last synced: %1.</source>
        <translation>O relatório de sincronização é mantido pelo servidor central. Última sincronização deste site: %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvel</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>de secretária</translation>
    </message>
    <message>
        <source>No connection for over a month.</source>
        <translation>Sem ligação há mais de um mês.</translation>
    </message>
    <message>
        <source>This site has never connected.</source>
        <translation>Este site nunca se ligou.</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Atenção</translation>
    </message>
    <message numerus="yes">
        <source>A site marked &quot;%1&quot; reported open sync problems at its last contact, or its outgoing queue grew at %n contact(s) in a row without falling: it is not keeping up. Its tooltip says why.</source>
        <translation>
            <numerusform>Um site marcado «%1» comunicou problemas de sincronização abertos no último contacto, ou a sua fila de saída cresceu em %n contacto seguido sem diminuir: não está a acompanhar. A sua dica diz porquê.</numerusform>
            <numerusform>Um site marcado «%1» comunicou problemas de sincronização abertos no último contacto, ou a sua fila de saída cresceu em %n contactos seguidos sem diminuir: não está a acompanhar. A sua dica diz porquê.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Ação necessária</translation>
    </message>
    <message>
        <source>Sites whose last connection is over a month old, or who never connected, are in red, marked &quot;%1&quot; and with a warning sign.</source>
        <translation>Os sites cuja última ligação tem mais de um mês, ou que nunca se ligaram, aparecem a vermelho, marcados «%1» e com um sinal de aviso.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>em atraso</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, em atraso</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncSettingsTab</name>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Coletor</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <source>No copy</source>
        <translation>Sem cópia</translation>
    </message>
    <message>
        <source>Sync type on this site:</source>
        <translation>Tipo de sincronização neste site:</translation>
    </message>
    <message>
        <source>Set as local store</source>
        <translation>Definir como armazém local</translation>
    </message>
    <message>
        <source>Include transactions in sync</source>
        <translation>Incluir transações na sincronização</translation>
    </message>
    <message>
        <source>Resync patient records when store is saved</source>
        <translation>Ressincronizar os registos de doentes ao guardar o armazém</translation>
    </message>
    <message>
        <source>Sync ID:</source>
        <translation>ID de sincronização:</translation>
    </message>
    <message>
        <source>Sync with:</source>
        <translation>Sincronizar com:</translation>
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
        <translation>Sincronizar com</translation>
    </message>
    <message>
        <source>Visible to a store there</source>
        <translation>Visível para um armazém lá</translation>
    </message>
    <message>
        <source>Click to unlock</source>
        <translation>Clique para desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlocked. Every change you save is written to the audit log.</source>
        <translation>Desbloqueado. Cada alteração que guardar é registada no histórico de auditoria.</translation>
    </message>
    <message>
        <source>These settings are locked.</source>
        <translation>Estas definições estão bloqueadas.</translation>
    </message>
    <message>
        <source>Read-only: sync settings are edited only on the central server, site %1.</source>
        <translation>Só de leitura: as definições de sincronização só são editadas no servidor central, site %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Use &quot;Set as local store&quot; to make the store active here.</source>
        <translation>Use &quot;Definir como armazém local&quot; para tornar o armazém ativo aqui.</translation>
    </message>
    <message>
        <source>Every store exists on the central server.</source>
        <translation>Todos os armazéns existem no servidor central.</translation>
    </message>
    <message>
        <source>For dispensary stores only.</source>
        <translation>Apenas para armazéns de dispensário.</translation>
    </message>
    <message>
        <source>Measuring what the change will cause...</source>
        <translation>A medir o efeito da alteração...</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>A guardar...</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is not visible to any store active on site %2, so that site holds no copy of it.</source>
        <translation>O armazém &apos;%1&apos; não é visível para nenhum armazém ativo no site %2, pelo que esse site não tem nenhuma cópia dele.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; is visible to a store active on site %2, so that site keeps at least a transfer copy.</source>
        <translation>O armazém &apos;%1&apos; é visível para um armazém ativo no site %2, pelo que esse site mantém pelo menos uma cópia de transferência.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sync at its next step; what is done is kept.</source>
        <translation>Parar a sincronização no próximo passo; o que já foi feito é mantido.</translation>
    </message>
    <message>
        <source>The central server does not start syncs: each remote site connects to it on its schedule.</source>
        <translation>O servidor central não inicia sincronizações: cada site remoto liga-se a ele segundo o seu próprio horário.</translation>
    </message>
    <message>
        <source>Push this site&apos;s changes to the central server, then pull what waits for it.</source>
        <translation>Enviar as alterações deste site para o servidor central e depois receber o que aguarda por ele.</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar a cada</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs; 0 pauses them.</source>
        <translation>Minutos entre sincronizações automáticas; 0 coloca-as em pausa.</translation>
    </message>
    <message>
        <source>Counting the outgoing queue...</source>
        <translation>A contar a fila de saída...</translation>
    </message>
    <message>
        <source>Queue unknown: %1</source>
        <translation>Fila desconhecida: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued for remote sites</source>
        <translation>
            <numerusform>%1 registo em fila para os sites remotos</numerusform>
            <numerusform>%1 registos em fila para os sites remotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) queued to sync</source>
        <translation>
            <numerusform>%1 registo em fila para sincronizar</numerusform>
            <numerusform>%1 registos em fila para sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>A ligar...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>A cancelar...</translation>
    </message>
    <message>
        <source>%1: %2 records done</source>
        <translation>%1: %2 registos concluídos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 record(s) remaining</source>
        <translation>
            <numerusform>%1: falta %2 registo</numerusform>
            <numerusform>%1: faltam %2 registos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronização parada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln received record(s) waiting to be applied</source>
        <translation>
            <numerusform>%Ln registo recebido a aguardar aplicação</numerusform>
            <numerusform>%Ln registos recebidos a aguardar aplicação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open sync problem(s)</source>
        <translation>
            <numerusform>%Ln problema de sincronização aberto</numerusform>
            <numerusform>%Ln problemas de sincronização abertos</numerusform>
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
        <translation>&lt;b&gt;Topologia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each store&apos;s data goes up from the site where it is active to the central server, and down from the central to every other site holding a copy. Active stores are in bold, transfer copies in italics.</source>
        <translation>Os dados de cada armazém sobem do site onde este está ativo para o servidor central e descem do servidor central para todos os outros sites que tenham uma cópia. Os armazéns ativos aparecem a negrito e as cópias de transferência em itálico.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::TopologyView</name>
    <message>
        <source>mobile site</source>
        <translation>site móvel</translation>
    </message>
    <message>
        <source>desktop site</source>
        <translation>site de secretária</translation>
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
        <translation>Só os técnicos podem fazer isto: indique o seu nome e a palavra-passe de desbloqueio.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockForm</name>
    <message>
        <source>Written in the audit log with what you do</source>
        <translation>Registado no histórico de auditoria com o que fizer</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Unlock password:</source>
        <translation>&amp;Palavra-passe de desbloqueio:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita-a:</translation>
    </message>
    <message>
        <source>No unlock password is set yet. Choose one of at least %1 characters; it will be asked for every change of sync settings and sites.</source>
        <translation>Ainda não está definida nenhuma palavra-passe de desbloqueio. Escolha uma com pelo menos %1 caracteres; será pedida em cada alteração das definições de sincronização e dos sites.</translation>
    </message>
    <message>
        <source>Give your name: it is written in the audit log with everything done while unlocked.</source>
        <translation>Indique o seu nome: fica registado no histórico de auditoria com tudo o que for feito enquanto estiver desbloqueado.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas palavras-passe são diferentes.</translation>
    </message>
</context>
<context>
    <name>sitesync::ui::UnlockPasswordDialog</name>
    <message>
        <source>Change the unlock password</source>
        <translation>Alterar a palavra-passe de desbloqueio</translation>
    </message>
    <message>
        <source>Set the unlock password</source>
        <translation>Definir a palavra-passe de desbloqueio</translation>
    </message>
    <message>
        <source>The unlock password guards the sync settings and the changes of sites: only technicians should know it. It needs at least %1 characters.</source>
        <translation>A palavra-passe de desbloqueio protege as definições de sincronização e as alterações dos sites: só os técnicos a devem conhecer. Precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Current unlock password:</source>
        <translation>Palavra-passe de desbloqueio &amp;atual:</translation>
    </message>
    <message>
        <source>&amp;New unlock password:</source>
        <translation>No&amp;va palavra-passe de desbloqueio:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repita-a:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alterar</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>As duas novas palavras-passe são diferentes.</translation>
    </message>
</context>
</TS>
