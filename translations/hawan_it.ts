<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ConfigLoader</name>
    <message>
        <source>unknown key '%1'</source>
        <translation>chiave sconosciuta '%1'</translation>
    </message>
    <message>
        <source>; did you mean '%1'?</source>
        <translation>; forse intendevi '%1'?</translation>
    </message>
    <message>
        <source> Valid keys here: %1</source>
        <translation> Chiavi valide qui: %1</translation>
    </message>
    <message>
        <source>missing required key '%1' (%2)</source>
        <translation>manca la chiave obbligatoria '%1' (%2)</translation>
    </message>
    <message>
        <source>must be %1 (%2), found %3</source>
        <translation>deve essere %1 (%2), trovato %3</translation>
    </message>
    <message>
        <source>must be an array of tables: write [[%1]] (double brackets) for each entry, found %2</source>
        <translation>deve essere un array di tabelle: scrivi [[%1]] (doppie parentesi) per ogni voce, trovato %2</translation>
    </message>
    <message>
        <source>must be a table, found %1</source>
        <translation>deve essere una tabella, trovato %1</translation>
    </message>
    <message>
        <source>'%1' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml</source>
        <translation>'%1' non è un URI libvirt; atteso driver[+trasporto]://[host]/percorso, ad es. qemu+ssh://root@hv1.example.org/system o test:///percorso/assoluto/host.xml</translation>
    </message>
    <message>
        <source>unknown libvirt driver '%1'; valid drivers: %2</source>
        <translation>driver libvirt sconosciuto '%1'; driver validi: %2</translation>
    </message>
    <message>
        <source>unknown transport '%1'; valid transports: %2</source>
        <translation>trasporto sconosciuto '%1'; trasporti validi: %2</translation>
    </message>
    <message>
        <source>the test driver needs test:///default or an absolute path to a node XML file</source>
        <translation>il driver di test richiede test:///default o il percorso assoluto di un file XML del nodo</translation>
    </message>
    <message>
        <source>transport '%1' needs a host name, e.g. qemu+%1://hv1.example.org/system</source>
        <translation>il trasporto '%1' richiede un nome host, ad es. qemu+%1://hv1.example.org/system</translation>
    </message>
    <message>
        <source>no such file; pass an existing file with --config FILE</source>
        <translation>file inesistente; indica un file esistente con --config FILE</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <source>TOML syntax error: %1</source>
        <translation>errore di sintassi TOML: %1</translation>
    </message>
    <message>
        <source>the console's window title</source>
        <translation>il titolo della finestra della console</translation>
    </message>
    <message>
        <source>console settings</source>
        <translation>impostazioni della console</translation>
    </message>
    <message>
        <source>milliseconds, 100 to 3600000</source>
        <translation>millisecondi, da 100 a 3600000</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: 100 to 3600000 milliseconds</source>
        <translation>%1 è fuori intervallo; validi: da 100 a 3600000 millisecondi</translation>
    </message>
    <message>
        <source>the site's unique name</source>
        <translation>il nome univoco del sito</translation>
    </message>
    <message>
        <source>'%1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)</source>
        <translation>'%1' non è un nome valido; usa lettere, cifre, '.', '_' o '-' (al massimo 63)</translation>
    </message>
    <message>
        <source>duplicate site name '%1'; site names must be unique</source>
        <translation>nome di sito duplicato '%1'; i nomi dei siti devono essere univoci</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>testo libero</translation>
    </message>
    <message>
        <source>no site defined; add at least one [[site]] table with a name</source>
        <translation>nessun sito definito; aggiungi almeno una tabella [[site]] con un nome</translation>
    </message>
    <message>
        <source>no site is defined</source>
        <translation>nessun sito è definito</translation>
    </message>
    <message>
        <source>valid sites: %1</source>
        <translation>siti validi: %1</translation>
    </message>
    <message>
        <source>a label for the link</source>
        <translation>un'etichetta per il collegamento</translation>
    </message>
    <message>
        <source>the two sites it joins, e.g. ["Roma1", "Napoli"]</source>
        <translation>i due siti che unisce, ad es. ["Roma1", "Napoli"]</translation>
    </message>
    <message>
        <source>must list exactly two site names as strings, e.g. ["Roma1", "Napoli"]</source>
        <translation>deve elencare esattamente due nomi di sito come stringhe, ad es. ["Roma1", "Napoli"]</translation>
    </message>
    <message>
        <source>a link joins two different sites; both ends are '%1'</source>
        <translation>un collegamento unisce due siti diversi; entrambi gli estremi sono '%1'</translation>
    </message>
    <message>
        <source>unknown site '%1'; %2</source>
        <translation>sito sconosciuto '%1'; %2</translation>
    </message>
    <message>
        <source>a link between %1 and %2 is already defined; one link per pair of sites</source>
        <translation>un collegamento tra %1 e %2 è già definito; un collegamento per coppia di siti</translation>
    </message>
    <message>
        <source>nominal capacity in Mbit/s</source>
        <translation>capacità nominale in Mbit/s</translation>
    </message>
    <message>
        <source>must be a positive number of Mbit/s, found %1</source>
        <translation>deve essere un numero positivo di Mbit/s, trovato %1</translation>
    </message>
    <message>
        <source>round-trip limit in milliseconds</source>
        <translation>limite di round-trip in millisecondi</translation>
    </message>
    <message>
        <source>must be between 0 and 10000 milliseconds, found %1</source>
        <translation>deve essere tra 0 e 10000 millisecondi, trovato %1</translation>
    </message>
    <message>
        <source>the host's unique name</source>
        <translation>il nome univoco dell'host</translation>
    </message>
    <message>
        <source>duplicate host name '%1'; host names must be unique</source>
        <translation>nome host duplicato '%1'; i nomi degli host devono essere univoci</translation>
    </message>
    <message>
        <source>libvirt URI, e.g. qemu+ssh://root@hv1/system</source>
        <translation>URI libvirt, ad es. qemu+ssh://root@hv1/system</translation>
    </message>
    <message>
        <source>same URI as host '%1'; each host needs its own connection</source>
        <translation>stesso URI dell'host '%1'; ogni host richiede una propria connessione</translation>
    </message>
    <message>
        <source>a shell command that powers the host off</source>
        <translation>un comando di shell che spegne l'host</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra %1</translation>
    </message>
    <message>
        <source>unknown storage kind '%1'; valid kinds: %2</source>
        <translation>tipo di storage sconosciuto '%1'; tipi validi: %2</translation>
    </message>
    <message>
        <source>the volume name</source>
        <translation>il nome del volume</translation>
    </message>
    <message>
        <source>a label</source>
        <translation>un'etichetta</translation>
    </message>
    <message>
        <source>duplicate storage name '%1'; storage names must be unique</source>
        <translation>nome di storage duplicato '%1'; i nomi degli storage devono essere univoci</translation>
    </message>
    <message>
        <source>every element must be a string, found %1</source>
        <translation>ogni elemento deve essere una stringa, trovato %1</translation>
    </message>
    <message>
        <source>URI other hosts' daemons use to reach this one, e.g. qemu+tcp://10.77.2.11/system</source>
        <translation>URI con cui i demoni degli altri host raggiungono questo, ad es. qemu+tcp://10.77.2.11/system</translation>
    </message>
    <message>
        <source>path of the journal file, e.g. "{config_dir}/hawan-journal.jsonl"</source>
        <translation>percorso del file journal, ad es. "{config_dir}/hawan-journal.jsonl"</translation>
    </message>
    <message>
        <source>limits for bulk moves</source>
        <translation>limiti per gli spostamenti in blocco</translation>
    </message>
    <message>
        <source>1 to 16 migrations</source>
        <translation>da 1 a 16 migrazioni</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: 1 to 16 migrations at once</source>
        <translation>%1 è fuori intervallo; validi: da 1 a 16 migrazioni alla volta</translation>
    </message>
    <message>
        <source>Mbit/s shared by all migrations crossing the link</source>
        <translation>Mbit/s condivisi da tutte le migrazioni che attraversano il collegamento</translation>
    </message>
    <message>
        <source>a label for the group</source>
        <translation>un'etichetta per il gruppo</translation>
    </message>
    <message>
        <source>duplicate anti-affinity group '%1'</source>
        <translation>gruppo di anti-affinità duplicato '%1'</translation>
    </message>
    <message>
        <source>names of VMs that must not share a host, e.g. ["db1", "db2"]</source>
        <translation>nomi di VM che non devono condividere un host, ad es. ["db1", "db2"]</translation>
    </message>
    <message>
        <source>must list at least two VM names as strings, e.g. ["db1", "db2"]</source>
        <translation>deve elencare almeno due nomi di VM come stringhe, ad es. ["db1", "db2"]</translation>
    </message>
    <message>
        <source>brick host = site, e.g. { "10.77.1.5" = "Roma1" }</source>
        <translation>host del brick = sito, ad es. { "10.77.1.5" = "Roma1" }</translation>
    </message>
    <message>
        <source>must be a site name as a string, found %1</source>
        <translation>deve essere il nome di un sito come stringa, trovato %1</translation>
    </message>
    <message>
        <source>latency probes</source>
        <translation>sonde di latenza</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: %2 to %3 %4</source>
        <translation>%1 è fuori intervallo; validi: da %2 a %3 %4</translation>
    </message>
    <message>
        <source>milliseconds (0 turns the probes off)</source>
        <translation>millisecondi (0 spegne le sonde)</translation>
    </message>
    <message>
        <source>%1 ms is too often; use 0 (off) or at least 100</source>
        <translation>%1 ms è troppo spesso; usa 0 (spente) o almeno 100</translation>
    </message>
    <message>
        <source>echoes per interval</source>
        <translation>echi per intervallo</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondi</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>the site the probe measures from</source>
        <translation>il sito da cui misura la sonda</translation>
    </message>
    <message>
        <source>'%1' is not an end of this link; use %2 or %3</source>
        <translation>'%1' non è un estremo di questo collegamento; usa %2 o %3</translation>
    </message>
    <message>
        <source>IPv4 address at the other end, e.g. "10.77.2.2"</source>
        <translation>indirizzo IPv4 all'altro estremo, ad es. "10.77.2.2"</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address, e.g. "10.77.2.2"</source>
        <translation>'%1' non è un indirizzo IPv4, ad es. "10.77.2.2"</translation>
    </message>
    <message>
        <source>"icmp" or "tcp:PORT"</source>
        <translation>"icmp" o "tcp:PORTA"</translation>
    </message>
    <message>
        <source>'%1' is not a probe method; use "icmp" (echo) or "tcp:PORT" (connect time, e.g. "tcp:16509" for libvirtd)</source>
        <translation>'%1' non è un metodo di sonda; usa "icmp" (eco) o "tcp:PORTA" (tempo di connessione, ad es. "tcp:16509" per libvirtd)</translation>
    </message>
    <message>
        <source>a network namespace name under /run/netns</source>
        <translation>il nome di un namespace di rete in /run/netns</translation>
    </message>
    <message>
        <source>site = directory on this volume as mounted there, e.g. { Roma1 = "/mnt/vmstore" }</source>
        <translation>sito = directory su questo volume come montato lì, ad es. { Roma1 = "/mnt/vmstore" }</translation>
    </message>
    <message>
        <source>must be an absolute directory path as a string</source>
        <translation>deve essere il percorso assoluto di una directory, come stringa</translation>
    </message>
    <message>
        <source>a CSV of probe readings recorded by Hawan, played back and labelled "recorded"</source>
        <translation>un CSV di letture delle sonde registrato da Hawan, riprodotto ed etichettato "registrato"</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: %2 to %3</source>
        <translation>%1 è fuori intervallo; validi: da %2 a %3</translation>
    </message>
    <message>
        <source>seconds between keepalive messages, 1 to 60</source>
        <translation>secondi tra i messaggi keepalive, da 1 a 60</translation>
    </message>
    <message>
        <source>keepalive messages without an answer before a host is unreachable, 1 to 10</source>
        <translation>messaggi keepalive senza risposta prima che un host sia irraggiungibile, da 1 a 10</translation>
    </message>
    <message>
        <source>must name a program, e.g. %1</source>
        <translation>deve indicare un programma, ad es. %1</translation>
    </message>
    <message>
        <source>["ssh", "root@rm-hv01"]: how experiments run a command at the site</source>
        <translation>["ssh", "root@rm-hv01"]: come gli esperimenti eseguono un comando nel sito</translation>
    </message>
    <message>
        <source>a directory on the shared volume as the site mounts it</source>
        <translation>una directory del volume condiviso come il sito lo monta</translation>
    </message>
    <message>
        <source>a site with a runner needs test_dir: where on the shared volume its experiments write</source>
        <translation>un sito con runner richiede test_dir: dove i suoi esperimenti scrivono sul volume condiviso</translation>
    </message>
    <message>
        <source>["ssh", "rm-gw", "cat", "/sys/class/net/wan0/statistics/tx_bytes", "/sys/class/net/wan0/statistics/rx_bytes"]: prints the bytes carried from the first site to the second, then back</source>
        <translation>["ssh", "rm-gw", "cat", "/sys/class/net/wan0/statistics/tx_bytes", "/sys/class/net/wan0/statistics/rx_bytes"]: stampa i byte trasportati dal primo sito al secondo, poi al contrario</translation>
    </message>
    <message>
        <source>["hawan-lab", "wan", "set"]: sets an emulated delay (the lab only)</source>
        <translation>["hawan-lab", "wan", "set"]: imposta un ritardo emulato (solo il laboratorio)</translation>
    </message>
    <message>
        <source>["gluster"]</source>
        <translation>["gluster"]</translation>
    </message>
    <message>
        <source>the experiments' test VMs</source>
        <translation>le VM di prova degli esperimenti</translation>
    </message>
    <message>
        <source>must be an absolute path, as the hosts see it on the shared volume</source>
        <translation>deve essere un percorso assoluto, come lo vedono gli host sul volume condiviso</translation>
    </message>
    <message>
        <source>the test VMs' template disk image on the shared volume</source>
        <translation>l'immagine disco modello delle VM di prova sul volume condiviso</translation>
    </message>
    <message>
        <source>a template disk whose guest keeps dirtying its memory</source>
        <translation>un disco modello il cui guest continua a sporcare la sua memoria</translation>
    </message>
    <message>
        <source>'%1' is not one of: %2</source>
        <translation>'%1' non è uno di: %2</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>seconds (0: forced off at once)</source>
        <translation>secondi (0: spenta subito a forza)</translation>
    </message>
    <message>
        <source>the drills' commands, e.g. { %1 = ["..."] }</source>
        <translation>i comandi delle esercitazioni, per esempio { %1 = ["..."] }</translation>
    </message>
    <message>
        <source>the resilience drills</source>
        <translation>le esercitazioni di resilienza</translation>
    </message>
    <message>
        <source>true for a disposable lab, where drills run without typing a site's name</source>
        <translation>true per un laboratorio usa e getta, dove le esercitazioni partono senza digitare il nome di un sito</translation>
    </message>
    <message>
        <source>10 to 10000 ms</source>
        <translation>da 10 a 10000 ms</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: 10 to 10000 ms</source>
        <translation>%1 è fuori intervallo; validi: da 10 a 10000 ms</translation>
    </message>
    <message>
        <source>automatic recovery</source>
        <translation>ripristino automatico</translation>
    </message>
    <message>
        <source>a directory every console and watcher reaches (on the shared volume)</source>
        <translation>una directory raggiungibile da ogni console e sorvegliante (sul volume condiviso)</translation>
    </message>
    <message>
        <source>must be an absolute path</source>
        <translation>deve essere un percorso assoluto</translation>
    </message>
    <message>
        <source>3 to 600 seconds</source>
        <translation>da 3 a 600 secondi</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: 3 to 600 seconds</source>
        <translation>%1 è fuori intervallo; validi: da 3 a 600 secondi</translation>
    </message>
    <message>
        <source>a command that exits 0 when this side may act for a silent site</source>
        <translation>un comando che esce con 0 quando questo lato può agire per un sito silenzioso</translation>
    </message>
    <message>
        <source>a VM name or a pattern such as "web-*"</source>
        <translation>un nome di VM o un modello come "web-*"</translation>
    </message>
    <message>
        <source>-1000 to 1000; higher first</source>
        <translation>da -1000 a 1000; prima i più alti</translation>
    </message>
    <message>
        <source>%1 is out of range; valid: -1000 to 1000</source>
        <translation>%1 è fuori intervallo; validi: da -1000 a 1000</translation>
    </message>
    <message>
        <source>host names, e.g. ["napoli-hv2"]</source>
        <translation>nomi di host, ad es. ["napoli-hv2"]</translation>
    </message>
    <message>
        <source>every element must be a host name</source>
        <translation>ogni elemento deve essere un nome di host</translation>
    </message>
    <message>
        <source>unknown host '%1'</source>
        <translation>host '%1' sconosciuto</translation>
    </message>
    <message>
        <source>virtlockd's file_lockspace_dir on this volume, as this console mounts it</source>
        <translation>il file_lockspace_dir di virtlockd su questo volume, come lo monta questa console</translation>
    </message>
    <message>
        <source>after a backslash in a string: not a TOML escape (write it without the backslash)</source>
        <translation>dopo una barra rovesciata in una stringa: non è un escape TOML (scrivilo senza la barra)</translation>
    </message>
    <message>
        <source>first after a line-ending backslash: the TOML reader Hawan uses cannot take it there (drop the backslash, or start the line with an ASCII character)</source>
        <translation>primo dopo una barra rovesciata di fine riga: il lettore TOML usato da Hawan non lo accetta lì (togli la barra, o inizia la riga con un carattere ASCII)</translation>
    </message>
    <message>
        <source>outside a string or comment; there TOML allows ASCII only (keys: letters A-Z a-z, digits, _ and -). Quote it if it is part of a value.</source>
        <translation>fuori da una stringa o da un commento; lì TOML ammette solo ASCII (chiavi: lettere A-Z a-z, cifre, _ e -). Mettilo tra virgolette se fa parte di un valore.</translation>
    </message>
    <message>
        <source>TOML syntax error: '%1' (U+%2) %3</source>
        <translation>errore di sintassi TOML: '%1' (U+%2) %3</translation>
    </message>
    <message>
        <source>who may change things</source>
        <translation>chi può cambiare le cose</translation>
    </message>
    <message>
        <source>user names that are always read-only, e.g. ["shift"]</source>
        <translation>nomi utente sempre in sola lettura, es. ["shift"]</translation>
    </message>
    <message>
        <source>every element must be a user name</source>
        <translation>ogni elemento deve essere un nome utente</translation>
    </message>
    <message>
        <source>the audit trail and its key</source>
        <translation>la traccia di audit e la sua chiave</translation>
    </message>
    <message>
        <source>an absolute path ({config_dir} allowed)</source>
        <translation>un percorso assoluto ({config_dir} ammesso)</translation>
    </message>
    <message>
        <source>the name of a [[cloud]] this host is a compute host of</source>
        <translation>il nome di un [[cloud]] di cui questo host è un host di calcolo</translation>
    </message>
    <message>
        <source>no [[cloud]] named '%1': add one (kind = "openstack", cloud = "&lt;clouds.yaml entry&gt;")</source>
        <translation>nessun [[cloud]] di nome '%1': aggiungine uno (kind = "openstack", cloud = "&lt;voce di clouds.yaml&gt;")</translation>
    </message>
    <message>
        <source>no [[cloud]] named '%1'; clouds: %2</source>
        <translation>nessun [[cloud]] di nome '%1'; cloud: %2</translation>
    </message>
    <message>
        <source>the name its hosts give as cloud = "..."</source>
        <translation>il nome che i suoi host indicano come cloud = "..."</translation>
    </message>
    <message>
        <source>duplicate cloud name '%1'</source>
        <translation>nome di cloud duplicato '%1'</translation>
    </message>
    <message>
        <source>unknown cloud kind '%1'; the one kind is "openstack"</source>
        <translation>tipo di cloud sconosciuto '%1'; l'unico tipo è "openstack"</translation>
    </message>
    <message>
        <source>the entry of clouds.yaml with its auth, as for 'openstack --os-cloud'</source>
        <translation>la voce di clouds.yaml con le sue credenziali, come per 'openstack --os-cloud'</translation>
    </message>
    <message>
        <source>a clouds.yaml file; default: the places openstack looks</source>
        <translation>un file clouds.yaml; predefinito: dove lo cerca openstack</translation>
    </message>
    <message>
        <source>region name; default: the entry's region_name</source>
        <translation>nome della regione; predefinito: il region_name della voce</translation>
    </message>
    <message>
        <source>'%1' is not an endpoint interface; use public, internal or admin</source>
        <translation>'%1' non è un'interfaccia di endpoint; usa public, internal o admin</translation>
    </message>
    <message>
        <source>site = "availability zone", e.g. { Roma1 = "roma1" }</source>
        <translation>sito = "zona di disponibilità", ad es. { Roma1 = "roma1" }</translation>
    </message>
    <message>
        <source>must be an availability zone's name</source>
        <translation>deve essere il nome di una zona di disponibilità</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>in pausa</translation>
    </message>
    <message>
        <source>shutting down</source>
        <translation>in spegnimento</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>spenta</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>guasta</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>sospesa</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>up</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>irraggiungibile</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>in connessione</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation><numerusform>%n s fa</numerusform><numerusform>%n s fa</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min fa</numerusform><numerusform>%n min fa</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n h fa</numerusform><numerusform>%n h fa</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation><numerusform>%n giorno fa</numerusform><numerusform>%n giorni fa</numerusform></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>about %n s</source>
        <translation><numerusform>circa %n s</numerusform><numerusform>circa %n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation><numerusform>circa %n min</numerusform><numerusform>circa %n min</numerusform></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>IN CORSO</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>SUPERATA</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULLATA</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLITO</translation>
    </message>
    <message>
        <source>DID NOT RUN</source>
        <translation>NON ESEGUITA</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>SITE</source>
        <translation>SITO</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATO</translation>
    </message>
    <message>
        <source>VMS</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>MEMORIA</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>DISKS</source>
        <translation>DISCHI</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>%1: state unknown</source>
        <translation>%1: stato sconosciuto</translation>
    </message>
    <message>
        <source>%1: brick offline</source>
        <translation>%1: brick non in linea</translation>
    </message>
    <message>
        <source>%1: %2 in split-brain</source>
        <translation>%1: %2 in split-brain</translation>
    </message>
    <message>
        <source>%1: %2 to heal</source>
        <translation>%1: %2 da guarire</translation>
    </message>
    <message>
        <source>%1: in sync</source>
        <translation>%1: allineato</translation>
    </message>
    <message>
        <source>RTT — (limit %1 ms; no probe)</source>
        <translation>RTT — (limite %1 ms; nessuna sonda)</translation>
    </message>
    <message>
        <source>RTT not measured: probe error</source>
        <translation>RTT non misurato: errore della sonda</translation>
    </message>
    <message>
        <source>RTT measuring… (limit %1 ms)</source>
        <translation>RTT in misura… (limite %1 ms)</translation>
    </message>
    <message>
        <source> · recorded</source>
        <translation> · registrato</translation>
    </message>
    <message>
        <source>CUT: 100 % loss</source>
        <translation>INTERROTTO: perdita 100 %</translation>
    </message>
    <message>
        <source>limit %1 ms</source>
        <translation>limite %1 ms</translation>
    </message>
    <message>
        <source>RTT %1 ms (limit %2)</source>
        <translation>RTT %1 ms (limite %2)</translation>
    </message>
    <message>
        <source>loss %1 %</source>
        <translation>perdita %1 %</translation>
    </message>
    <message>
        <source>%1 ↔ %2, %3 Mbit/s, round-trip limit %4 ms</source>
        <translation>%1 ↔ %2, %3 Mbit/s, limite di andata e ritorno %4 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cut&lt;/b&gt;: every echo lost for 3 intervals in a row.</source>
        <translation>&lt;b&gt;Interrotto&lt;/b&gt;: ogni eco perso per 3 intervalli di fila.</translation>
    </message>
    <message>
        <source>Round trip %1 ms, jitter %2 ms, loss %3 % (worst of its probes, last interval)</source>
        <translation>Andata e ritorno %1 ms, jitter %2 ms, perdita %3 % (la peggiore delle sue sonde, ultimo intervallo)</translation>
    </message>
    <message>
        <source>Played back from a recording, not measured now.</source>
        <translation>Riprodotto da una registrazione, non misurato ora.</translation>
    </message>
    <message>
        <source>Probe: %1</source>
        <translation>Sonda: %1</translation>
    </message>
    <message>
        <source>Not measured: add a [[link.probe]] to this [[link]] (docs/configuration.md).</source>
        <translation>Non misurato: aggiungi un [[link.probe]] a questo [[link]] (docs/configuration.md).</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Irraggiungibile: %1</translation>
    </message>
    <message numerus="yes">
        <source> · retry in %n s</source>
        <translation><numerusform> · nuovo tentativo tra %n s</numerusform><numerusform> · nuovo tentativo tra %n s</numerusform></translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Riconnessione (tentativo %1)…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Stale: no update since %1</source>
        <translation>Non aggiornato: nessun aggiornamento da %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Up · %1</source>
        <translation>Attivo · %1</translation>
    </message>
</context>
<context>
    <name>hawan::alarms::AlarmBook</name>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>major</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critico</translation>
    </message>
    <message>
        <source>no journal: the acknowledgement would not be shared</source>
        <translation>nessun journal: il riconoscimento non sarebbe condiviso</translation>
    </message>
    <message>
        <source>the journal cannot be written</source>
        <translation>il journal non può essere scritto</translation>
    </message>
    <message>
        <source>no active alarm '%1' (it may have cleared)</source>
        <translation>nessun allarme attivo '%1' (potrebbe essere rientrato)</translation>
    </message>
    <message>
        <source>already acknowledged by %1 at %2</source>
        <translation>già riconosciuto da %1 alle %2</translation>
    </message>
    <message>
        <source>shelve until a time still to come</source>
        <translation>accantona fino a un momento futuro</translation>
    </message>
    <message>
        <source>'%1' is not shelved</source>
        <translation>'%1' non è accantonato</translation>
    </message>
</context>
<context>
    <name>hawan::audit::Key</name>
    <message>
        <source>cannot create the folder %1 for the audit key</source>
        <translation>impossibile creare la cartella %1 per la chiave di audit</translation>
    </message>
    <message>
        <source>cannot make an audit key: the system's random source failed</source>
        <translation>impossibile creare una chiave di audit: la sorgente casuale del sistema ha fallito</translation>
    </message>
    <message>
        <source>cannot create the audit key %1: %2</source>
        <translation>impossibile creare la chiave di audit %1: %2</translation>
    </message>
    <message>
        <source>cannot write the audit key %1: %2</source>
        <translation>impossibile scrivere la chiave di audit %1: %2</translation>
    </message>
    <message>
        <source>cannot read the audit key %1: %2</source>
        <translation>impossibile leggere la chiave di audit %1: %2</translation>
    </message>
    <message>
        <source>the audit key %1 is not a regular file</source>
        <translation>la chiave di audit %1 non è un file regolare</translation>
    </message>
    <message>
        <source>the audit key %1 may be read or written by others (mode %2): a key others may read authenticates nothing. Run: chmod 600 %1</source>
        <translation>la chiave di audit %1 può essere letta o scritta da altri (modo %2): una chiave che altri possono leggere non autentica nulla. Esegui: chmod 600 %1</translation>
    </message>
    <message>
        <source>the audit key %1 is not a key (expected at least 32 hex characters)</source>
        <translation>la chiave di audit %1 non è una chiave (attesi almeno 32 caratteri esadecimali)</translation>
    </message>
    <message>
        <source>a sealed secret of the definition does not open with the audit key (another key, or edited)</source>
        <translation>un segreto sigillato della definizione non si apre con la chiave di audit (un'altra chiave, o modificato)</translation>
    </message>
</context>
<context>
    <name>hawan::audit::Trail</name>
    <message>
        <source>cannot open the audit trail %1: %2</source>
        <translation>impossibile aprire la traccia di audit %1: %2</translation>
    </message>
    <message>
        <source>cannot lock the audit trail %1: %2</source>
        <translation>impossibile bloccare la traccia di audit %1: %2</translation>
    </message>
    <message>
        <source>cannot write the audit trail %1: %2</source>
        <translation>impossibile scrivere la traccia di audit %1: %2</translation>
    </message>
    <message>
        <source>cannot write the audit trail's head %1</source>
        <translation>impossibile scrivere la testa della traccia di audit %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>the key %1 (id %2) wrote none of these %3 records (they name key %4): the key was replaced, or it is another trail's key</source>
        <translation>la chiave %1 (id %2) non ha scritto nessuno di questi %3 record (nominano la chiave %4): la chiave è stata sostituita, o è quella di un'altra traccia</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>not a record: edited, or cut in the middle of a line</source>
        <translation>non è un record: modificato, o troncato a metà riga</translation>
    </message>
    <message>
        <source>record %1 names another key (%2): written with another key, or edited</source>
        <translation>il record %1 nomina un'altra chiave (%2): scritto con un'altra chiave, o modificato</translation>
    </message>
    <message>
        <source>record %1 was edited: its content does not match its MAC</source>
        <translation>il record %1 è stato modificato: il suo contenuto non corrisponde al suo MAC</translation>
    </message>
    <message>
        <source>record %1 does not follow the record before it: record %2 was replaced</source>
        <translation>il record %1 non segue il record precedente: il record %2 è stato sostituito</translation>
    </message>
    <message>
        <source>record %1 comes later, at line %2</source>
        <translation>il record %1 viene dopo, alla riga %2</translation>
    </message>
    <message>
        <source>records out of order before record %1: %2</source>
        <translation>record fuori ordine prima del record %1: %2</translation>
    </message>
    <message>
        <source>record %1 is missing before this line: removed</source>
        <translation>il record %1 manca prima di questa riga: rimosso</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing before this line: removed</source>
        <translation>i record da %1 a %2 mancano prima di questa riga: rimossi</translation>
    </message>
    <message>
        <source>record %1 is out of order: it comes after record %2 (moved or copied)</source>
        <translation>il record %1 è fuori ordine: viene dopo il record %2 (spostato o copiato)</translation>
    </message>
    <message>
        <source>no head beside the key (%1): whether the trail was cut short cannot be told</source>
        <translation>nessuna testa accanto alla chiave (%1): non si può dire se la traccia sia stata troncata</translation>
    </message>
    <message>
        <source>the head %1 was edited: it does not match its MAC</source>
        <translation>la testa %1 è stata modificata: non corrisponde al suo MAC</translation>
    </message>
    <message>
        <source>cut short: record %1, the last written, is missing at the end</source>
        <translation>troncata: il record %1, l'ultimo scritto, manca alla fine</translation>
    </message>
    <message>
        <source>cut short: records %1 to %2 (the last written) are missing at the end</source>
        <translation>troncata: i record da %1 a %2 (l'ultimo scritto) mancano alla fine</translation>
    </message>
    <message>
        <source>the last record (%1) is not the one written last</source>
        <translation>l'ultimo record (%1) non è quello scritto per ultimo</translation>
    </message>
    <message>
        <source>the head names record %1 but the trail goes on to %2: the head was put back from an older copy</source>
        <translation>la testa nomina il record %1 ma la traccia prosegue fino a %2: la testa è stata ripristinata da una copia più vecchia</translation>
    </message>
</context>
<context>
    <name>hawan::cloud</name>
    <message>
        <source>line %1: a tab in the indentation (YAML indents with spaces)</source>
        <translation>riga %1: una tabulazione nel rientro (YAML rientra con spazi)</translation>
    </message>
    <message>
        <source>line %1: expected 'key: value'</source>
        <translation>riga %1: atteso 'chiave: valore'</translation>
    </message>
    <message>
        <source>line %1: '%2' uses YAML that Hawan does not read (flow mappings, anchors, block scalars); write 'key: value' lines</source>
        <translation>riga %1: '%2' usa YAML che Hawan non legge (mappe in linea, ancore, scalari a blocco); scrivi righe 'chiave: valore'</translation>
    </message>
    <message>
        <source>%1 has no cloud '%2'%3</source>
        <translation>%1 non ha il cloud '%2'%3</translation>
    </message>
    <message>
        <source> (no 'clouds:' mapping)</source>
        <translation> (nessuna mappa 'clouds:')</translation>
    </message>
    <message>
        <source>; it has: %1</source>
        <translation>; ha: %1</translation>
    </message>
    <message>
        <source>%1, cloud '%2': no auth.auth_url</source>
        <translation>%1, cloud '%2': manca auth.auth_url</translation>
    </message>
    <message>
        <source>%1, cloud '%2': auth_type '%3' is not supported (password or v3applicationcredential)</source>
        <translation>%1, cloud '%2': auth_type '%3' non è supportato (password o v3applicationcredential)</translation>
    </message>
    <message>
        <source>%1, cloud '%2': an application credential needs application_credential_id (or _name) and application_credential_secret</source>
        <translation>%1, cloud '%2': una credenziale applicativa richiede application_credential_id (o _name) e application_credential_secret</translation>
    </message>
    <message>
        <source>%1, cloud '%2': password auth needs auth.username and auth.password (or use an application credential)</source>
        <translation>%1, cloud '%2': l'accesso con password richiede auth.username e auth.password (oppure usa una credenziale applicativa)</translation>
    </message>
    <message>
        <source>%1, cloud '%2': no auth.project_name (a token without a project has no service catalog)</source>
        <translation>%1, cloud '%2': manca auth.project_name (un token senza progetto non ha catalogo dei servizi)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>no clouds.yaml found (looked at %1): give clouds_yaml in [[cloud]]</source>
        <translation>nessun clouds.yaml trovato (cercato in %1): indica clouds_yaml in [[cloud]]</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>non è JSON (%1 al byte %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>no "%1" list in the answer</source>
        <translation>nessuna lista "%1" nella risposta</translation>
    </message>
    <message>
        <source>Keystone answered without a token (no X-Subject-Token header)</source>
        <translation>Keystone ha risposto senza token (nessuna intestazione X-Subject-Token)</translation>
    </message>
    <message>
        <source>Keystone's token answer: %1</source>
        <translation>risposta di Keystone al token: %1</translation>
    </message>
    <message>
        <source>Keystone's token answer has no "token"</source>
        <translation>la risposta di Keystone al token non ha "token"</translation>
    </message>
    <message>
        <source>Keystone's token has no service catalog: scope it to a project (project_name in clouds.yaml)</source>
        <translation>il token di Keystone non ha catalogo dei servizi: limitalo a un progetto (project_name in clouds.yaml)</translation>
    </message>
    <message>
        <source>Nova's server list: %1</source>
        <translation>elenco dei server di Nova: %1</translation>
    </message>
    <message>
        <source>Nova's server: %1</source>
        <translation>server di Nova: %1</translation>
    </message>
    <message>
        <source>Nova's answer has no server</source>
        <translation>la risposta di Nova non contiene il server</translation>
    </message>
    <message>
        <source>Nova's compute services: %1</source>
        <translation>servizi di calcolo di Nova: %1</translation>
    </message>
    <message>
        <source>Nova's hypervisors: %1</source>
        <translation>hypervisor di Nova: %1</translation>
    </message>
    <message>
        <source>Nova's migrations: %1</source>
        <translation>migrazioni di Nova: %1</translation>
    </message>
    <message>
        <source>%1 failed (Nova's logs say why)</source>
        <translation>%1 non riuscito (i log di Nova dicono perché)</translation>
    </message>
</context>
<context>
    <name>hawan::cloud::ApiError</name>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>hawan::cloud::CloudSource</name>
    <message>
        <source>Cloud '%1': Nova lists only this project's servers to these credentials (not an admin): other projects' VMs are not shown</source>
        <translation>Cloud '%1': con queste credenziali (non di amministratore) Nova elenca solo i server di questo progetto: le VM degli altri progetti non sono mostrate</translation>
    </message>
    <message>
        <source>cloud '%1' does not answer: %2</source>
        <translation>il cloud '%1' non risponde: %2</translation>
    </message>
    <message>
        <source>cloud '%1' has no compute service on a host named '%2' (openstack compute service list)</source>
        <translation>il cloud '%1' non ha un servizio di calcolo su un host di nome '%2' (openstack compute service list)</translation>
    </message>
    <message>
        <source>Nova: compute service forced down (its host was fenced)</source>
        <translation>Nova: servizio di calcolo forzato giù (il suo host è stato isolato)</translation>
    </message>
    <message>
        <source>Nova: compute service down (no heartbeat since %1)</source>
        <translation>Nova: servizio di calcolo giù (nessun heartbeat dalle %1)</translation>
    </message>
    <message>
        <source>Nova: compute service disabled (no new servers placed here)</source>
        <translation>Nova: servizio di calcolo disabilitato (nessun nuovo server collocato qui)</translation>
    </message>
    <message>
        <source>Nova: compute service disabled: %1</source>
        <translation>Nova: servizio di calcolo disabilitato: %1</translation>
    </message>
    <message>
        <source>compute service in zone %1</source>
        <translation>servizio di calcolo nella zona %1</translation>
    </message>
    <message>
        <source>Cloud '%1': compute host '%2' (zone %3) is on no site: add a [[host]] with cloud = "%1"</source>
        <translation>Cloud '%1': l'host di calcolo '%2' (zona %3) non è in alcun sito: aggiungi un [[host]] con cloud = "%1"</translation>
    </message>
    <message>
        <source>Cloud '%1': compute host '%2' of zone %3 (site %4) is not in the configuration: add a [[host]] with site = "%4" and cloud = "%1"</source>
        <translation>Cloud '%1': l'host di calcolo '%2' della zona %3 (sito %4) non è nella configurazione: aggiungi un [[host]] con site = "%4" e cloud = "%1"</translation>
    </message>
    <message>
        <source>cloud '%1' has no compute service on '%2'</source>
        <translation>il cloud '%1' non ha un servizio di calcolo su '%2'</translation>
    </message>
    <message>
        <source>Nova refused: %1</source>
        <translation>Nova ha rifiutato: %1</translation>
    </message>
    <message>
        <source>%1 is back (its compute service reports again): clearing Nova's forced-down; it stays disabled until brought back</source>
        <translation>%1 è tornato (il suo servizio di calcolo risponde di nuovo): tolgo il forzato giù in Nova; resta disabilitato finché non viene riportato in servizio</translation>
    </message>
    <message>
        <source>%1: clearing forced-down failed, tried again at the next heartbeat: %2</source>
        <translation>%1: togliere il forzato giù non è riuscito, si riprova al prossimo heartbeat: %2</translation>
    </message>
    <message>
        <source>the cloud source is gone</source>
        <translation>la sorgente cloud non c'è più</translation>
    </message>
    <message>
        <source>Nova manages this VM: create and delete its servers through OpenStack (openstack server create/delete), not here</source>
        <translation>Nova gestisce questa VM: crea ed elimina i suoi server tramite OpenStack (openstack server create/delete), non qui</translation>
    </message>
    <message>
        <source>accepted by Nova</source>
        <translation>accettato da Nova</translation>
    </message>
    <message>
        <source>; a live migration of %1 from it is in flight: its nova-compute may only be busy in it, check before recovering</source>
        <translation>; è in corso una migrazione live di %1 da questo host: il suo nova-compute potrebbe essere solo occupato in essa, verificare prima di recuperare</translation>
    </message>
    <message>
        <source>Nova's answer was not understood: %1</source>
        <translation>risposta di Nova non compresa: %1</translation>
    </message>
    <message>
        <source>Nova reports the server in ERROR on %1</source>
        <translation>Nova riporta il server in ERROR su %1</translation>
    </message>
    <message>
        <source>Nova reports the server in ERROR on %1: %2</source>
        <translation>Nova riporta il server in ERROR su %1: %2</translation>
    </message>
    <message>
        <source>Nova has it on %1, neither %2 nor %3</source>
        <translation>Nova lo ha su %1, né su %2 né su %3</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>nessun host</translation>
    </message>
</context>
<context>
    <name>hawan::cloud::NovaClient</name>
    <message>
        <source>Keystone at %1 did not answer: %2</source>
        <translation>Keystone su %1 non ha risposto: %2</translation>
    </message>
    <message>
        <source>Keystone refused the credentials of cloud '%1' (%2): %3</source>
        <translation>Keystone ha rifiutato le credenziali del cloud '%1' (%2): %3</translation>
    </message>
    <message>
        <source>the service catalog has no %1 compute endpoint%2</source>
        <translation>il catalogo dei servizi non ha un endpoint compute %1%2</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation> nella regione %1</translation>
    </message>
</context>
<context>
    <name>hawan::cloud::NovaEvacuateJob</name>
    <message>
        <source>Evacuate %1 from %2 (through Nova, scheduler's choice)</source>
        <translation>Evacua %1 da %2 (tramite Nova, a scelta dello scheduler)</translation>
    </message>
    <message>
        <source>Evacuate %1 from %2 to %3 (through Nova)</source>
        <translation>Evacua %1 da %2 a %3 (tramite Nova)</translation>
    </message>
    <message>
        <source>no cloud source for this host</source>
        <translation>nessuna sorgente cloud per questo host</translation>
    </message>
    <message>
        <source>forcing %1's compute service down</source>
        <translation>forzo giù il servizio di calcolo di %1</translation>
    </message>
    <message>
        <source>could not force %1's compute service down, nothing evacuated: %2</source>
        <translation>impossibile forzare giù il servizio di calcolo di %1, nulla evacuato: %2</translation>
    </message>
    <message>
        <source>cancelled before Nova was asked; %1 stays on %2</source>
        <translation>annullato prima di chiedere a Nova; %1 resta su %2</translation>
    </message>
    <message>
        <source>asking Nova to evacuate</source>
        <translation>chiedo a Nova di evacuare</translation>
    </message>
    <message>
        <source>Nova refused the evacuation: %1</source>
        <translation>Nova ha rifiutato l'evacuazione: %1</translation>
    </message>
    <message>
        <source>rebuilding</source>
        <translation>ricostruzione</translation>
    </message>
    <message>
        <source>Nova has not finished rebuilding %1 after %2 s: see 'openstack server show %3'</source>
        <translation>Nova non ha finito di ricostruire %1 dopo %2 s: vedi 'openstack server show %3'</translation>
    </message>
    <message>
        <source>Nova put %1 in ERROR: %2</source>
        <translation>Nova ha messo %1 in ERROR: %2</translation>
    </message>
    <message>
        <source>no fault given</source>
        <translation>nessun errore indicato</translation>
    </message>
    <message>
        <source>rebuilt by Nova, ACTIVE on %1</source>
        <translation>ricostruito da Nova, ACTIVE su %1</translation>
    </message>
    <message>
        <source>Nova's evacuation of %1 ended '%2'%3: see 'openstack server event list %4'</source>
        <translation>l'evacuazione di %1 da parte di Nova è finita '%2'%3: vedi 'openstack server event list %4'</translation>
    </message>
    <message>
        <source> (no destination found)</source>
        <translation> (nessuna destinazione trovata)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> su %1</translation>
    </message>
</context>
<context>
    <name>hawan::cloud::NovaMigrationJob</name>
    <message>
        <source>Migrate %1 from %2 (through Nova, scheduler's choice)</source>
        <translation>Migra %1 da %2 (tramite Nova, a scelta dello scheduler)</translation>
    </message>
    <message>
        <source>Migrate %1 from %2 to %3 (through Nova)</source>
        <translation>Migra %1 da %2 a %3 (tramite Nova)</translation>
    </message>
    <message>
        <source>Nova refused the live migration: %1</source>
        <translation>Nova ha rifiutato la migrazione live: %1</translation>
    </message>
    <message>
        <source>abort refused by Nova: %1</source>
        <translation>interruzione rifiutata da Nova: %1</translation>
    </message>
    <message>
        <source>Nova no longer knows this server (deleted while it migrated?)</source>
        <translation>Nova non conosce più questo server (eliminato durante la migrazione?)</translation>
    </message>
    <message>
        <source>Nova completed it before the abort took effect; now on %1</source>
        <translation>Nova l'ha completata prima che l'interruzione avesse effetto; ora su %1</translation>
    </message>
    <message>
        <source>now on %1 (Nova's record)</source>
        <translation>ora su %1 (secondo Nova)</translation>
    </message>
    <message>
        <source>aborted in Nova; still on %1</source>
        <translation>interrotta in Nova; ancora su %1</translation>
    </message>
    <message>
        <source>Nova ended the live migration with the server still on %1</source>
        <translation>Nova ha concluso la migrazione live con il server ancora su %1</translation>
    </message>
    <message>
        <source>Nova's scheduler found no valid destination (status '%1'): the target must be up, enabled, have room, and be in the server's availability zone if it was created in one</source>
        <translation>lo scheduler di Nova non ha trovato una destinazione valida (stato '%1'): la destinazione deve essere attiva, abilitata, avere spazio ed essere nella zona di disponibilità del server se è stato creato in una</translation>
    </message>
    <message>
        <source>Nova's live migration to %1 ended '%2'; the server stays on %3 (nova-compute's log on %3 says why)</source>
        <translation>la migrazione live di Nova verso %1 è finita '%2'; il server resta su %3 (il log di nova-compute su %3 dice perché)</translation>
    </message>
    <message>
        <source>asking Nova</source>
        <translation>richiesta a Nova</translation>
    </message>
    <message>
        <source>Nova: %1</source>
        <translation>Nova: %1</translation>
    </message>
    <message>
        <source>reading %1's migration on %2</source>
        <translation>lettura della migrazione di %1 su %2</translation>
    </message>
</context>
<context>
    <name>hawan::core::Access</name>
    <message>
        <source>user '%1' is listed in [access] viewers of %2</source>
        <translation>l'utente '%1' è elencato in [access] viewers di %2</translation>
    </message>
    <message>
        <source>started read-only</source>
        <translation>avviata in sola lettura</translation>
    </message>
    <message>
        <source>refused: this console is read-only (%1); nothing was changed. Act from an operator's console, or with hawanctl as an operator</source>
        <translation>rifiutato: questa console è in sola lettura (%1); non è stato cambiato nulla. Agisci da una console di un operatore, o con hawanctl come operatore</translation>
    </message>
</context>
<context>
    <name>hawan::core::AlarmWatch</name>
    <message numerus="yes">
        <source>%1 cut off: the WAN link %2 is down and none of its %n host(s) answers</source>
        <translation><numerusform>%1 isolato: il collegamento WAN %2 è giù e il suo %n host non risponde</numerusform><numerusform>%1 isolato: il collegamento WAN %2 è giù e nessuno dei suoi %n host risponde</numerusform></translation>
    </message>
    <message>
        <source>Its hosts cannot be told dead from alive: do not restart their VMs elsewhere while they may still run. Check the link, then the site.</source>
        <translation>Non si può dire se i suoi host siano vivi o morti: non riavviare altrove le loro VM finché potrebbero ancora girare. Controlla il collegamento, poi il sito.</translation>
    </message>
    <message>
        <source>%1 does not answer (since %2)</source>
        <translation>%1 non risponde (dalle %2)</translation>
    </message>
    <message>
        <source>%1 does not answer (since %2): %3</source>
        <translation>%1 non risponde (dalle %2): %3</translation>
    </message>
    <message>
        <source>It is in maintenance: expected while it is worked on.</source>
        <translation>È in manutenzione: normale mentre ci si lavora.</translation>
    </message>
    <message>
        <source>Check the host and its libvirt daemon; Hawan reconnects on its own.</source>
        <translation>Controlla l'host e il suo demone libvirt; Hawan si riconnette da solo.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) were running on %1 when it stopped answering %2 ago: they may be down</source>
        <translation><numerusform>%n VM girava su %1 quando ha smesso di rispondere %2 fa: potrebbe essere giù</numerusform><numerusform>%n VM giravano su %1 quando ha smesso di rispondere %2 fa: potrebbero essere giù</numerusform></translation>
    </message>
    <message>
        <source>If the host is dead, recover its VMs (right-click the host &gt; Recover VMs…): Hawan fences it first. The HA watcher does it on its own where it runs.</source>
        <translation>Se l'host è morto, recupera le sue VM (clic destro sull'host &gt; Recupera VM…): Hawan prima lo isola. Il sorvegliante HA lo fa da solo dove gira.</translation>
    </message>
    <message>
        <source>Storage %1: state unknown: %2</source>
        <translation>Storage %1: stato sconosciuto: %2</translation>
    </message>
    <message>
        <source>Check that the storage command of [[storage]] %1 runs (the Storage panel shows its output).</source>
        <translation>Controlla che il comando di [[storage]] %1 funzioni (il pannello Storage ne mostra l'output).</translation>
    </message>
    <message>
        <source>Brick %1 of %2 is offline</source>
        <translation>Il brick %1 di %2 è offline</translation>
    </message>
    <message>
        <source>Brick %1 of %2 is offline (%3)</source>
        <translation>Il brick %1 di %2 è offline (%3)</translation>
    </message>
    <message>
        <source>Writes reach only the other copy. Bring the brick back (gluster volume start %1 force on its node), then let the heal finish before moving VMs.</source>
        <translation>Le scritture raggiungono solo l'altra copia. Riporta su il brick (gluster volume start %1 force sul suo nodo), poi lascia finire la guarigione prima di spostare VM.</translation>
    </message>
    <message>
        <source>Brick %1 of %2 is not reported by the volume's status (its node may be down)</source>
        <translation>Il brick %1 di %2 non compare nello stato del volume (il suo nodo potrebbe essere giù)</translation>
    </message>
    <message>
        <source>Check the brick's node and its glusterd; then let the heal finish before moving VMs.</source>
        <translation>Controlla il nodo del brick e il suo glusterd; poi lascia finire la guarigione prima di spostare VM.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of %1 in split-brain</source>
        <translation><numerusform>%n voce di %1 in split-brain</numerusform><numerusform>%n voci di %1 in split-brain</numerusform></translation>
    </message>
    <message>
        <source>The copies disagree and Gluster cannot choose: resolve each entry (the Storage panel lists them) before any VM on them is started.</source>
        <translation>Le copie non concordano e Gluster non può scegliere: risolvi ogni voce (il pannello Storage le elenca) prima di avviare qualsiasi VM su di esse.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not in sync: %n entry(ies) pending heal</source>
        <translation><numerusform>%1 non è allineato: %n voce da guarire</numerusform><numerusform>%1 non è allineato: %n voci da guarire</numerusform></translation>
    </message>
    <message>
        <source>The heal runs on its own; a VM moved to the site with the stale copy reads through the link until it ends.</source>
        <translation>La guarigione procede da sola; una VM spostata nel sito con la copia non aggiornata legge attraverso il collegamento finché non finisce.</translation>
    </message>
    <message>
        <source>The WAN link %1 is cut: no echo answered for three intervals</source>
        <translation>Il collegamento WAN %1 è interrotto: nessun echo ha risposto per tre intervalli</translation>
    </message>
    <message>
        <source>No migration can cross it, and the storage replicas no longer reach each other. Call the network team; do not restart VMs across it.</source>
        <translation>Nessuna migrazione può attraversarlo e le repliche dello storage non si raggiungono più. Chiama il gruppo rete; non riavviare VM dall'altra parte.</translation>
    </message>
    <message>
        <source>The WAN link %1 loses %2% of its echoes</source>
        <translation>Il collegamento WAN %1 perde il %2% degli echo</translation>
    </message>
    <message>
        <source>Migrations across it may stall; synchronous storage writes slow down.</source>
        <translation>Le migrazioni che lo attraversano possono bloccarsi; le scritture sincrone dello storage rallentano.</translation>
    </message>
    <message>
        <source>The WAN link %1 round trip is %2 ms, over its %3 ms limit</source>
        <translation>L'andata e ritorno del collegamento WAN %1 è %2 ms, oltre il limite di %3 ms</translation>
    </message>
    <message>
        <source>Synchronous writes wait that long; postpone large moves until it drops.</source>
        <translation>Le scritture sincrone attendono altrettanto; rimanda gli spostamenti grandi finché non scende.</translation>
    </message>
    <message>
        <source>Probe %1 has said nothing for %2 s</source>
        <translation>La sonda %1 tace da %2 s</translation>
    </message>
    <message>
        <source>Its readings are missing from the graphs; the probe's thread may be stuck on its target.</source>
        <translation>Le sue letture mancano dai grafici; il thread della sonda potrebbe essere bloccato sul suo bersaglio.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fallito: %2</translation>
    </message>
    <message>
        <source>The Jobs panel has its details; the VMs it did not move are where they were.</source>
        <translation>Il pannello Lavori ha i dettagli; le VM che non ha spostato sono dov'erano.</translation>
    </message>
    <message>
        <source>%1 has not moved for %2 min</source>
        <translation>%1 non avanza da %2 min</translation>
    </message>
    <message>
        <source>The Jobs panel shows where it waits; cancel it there if it will not finish.</source>
        <translation>Il pannello Lavori mostra dove attende; annullalo lì se non finirà.</translation>
    </message>
    <message>
        <source>VM %1 crashed on %2</source>
        <translation>La VM %1 è andata in crash su %2</translation>
    </message>
    <message>
        <source>Read why in its log on the host (/var/log/libvirt/qemu/%1.log), then start it again (right-click it &gt; Start).</source>
        <translation>Leggi il perché nel suo log sull'host (/var/log/libvirt/qemu/%1.log), poi riavviala (clic destro &gt; Avvia).</translation>
    </message>
</context>
<context>
    <name>hawan::core::CreateVmJob</name>
    <message>
        <source>no template image: set [experiments] vm_image to a small disk image on the shared volume</source>
        <translation>nessuna immagine modello: imposta [experiments] vm_image a una piccola immagine disco sul volume condiviso</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>host sconosciuto</translation>
    </message>
    <message>
        <source>%1 has no runner and test_dir: Hawan copies the template there with them ([[site]] runner, test_dir)</source>
        <translation>%1 non ha runner e test_dir: Hawan copia lì il modello con essi ([[site]] runner, test_dir)</translation>
    </message>
    <message>
        <source>Create %1 on %2</source>
        <translation>Crea %1 su %2</translation>
    </message>
    <message>
        <source>%1 (its disk copy was removed again)</source>
        <translation>%1 (la copia del suo disco è stata rimossa)</translation>
    </message>
    <message>
        <source>%1; its disk copy %2 could not be removed (%3): remove it by hand</source>
        <translation>%1; la copia del suo disco %2 non è stata rimossa (%3): rimuovila a mano</translation>
    </message>
    <message>
        <source>'%1' is not a VM name: letters, digits, '.', '_' and '-', at most 64</source>
        <translation>'%1' non è un nome di VM: lettere, cifre, '.', '_' e '-', al più 64</translation>
    </message>
    <message>
        <source>no template image chosen</source>
        <translation>nessuna immagine modello scelta</translation>
    </message>
    <message>
        <source>a VM named %1 is on %2 already</source>
        <translation>una VM di nome %1 è già su %2</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 non è connesso</translation>
    </message>
    <message>
        <source>%1 exists already (or the site cannot be asked): choose another name</source>
        <translation>%1 esiste già (o il sito non risponde): scegli un altro nome</translation>
    </message>
    <message>
        <source>copying %1 failed: %2</source>
        <translation>copia di %1 non riuscita: %2</translation>
    </message>
    <message>
        <source>Created with Hawan from %1</source>
        <translation>Creata con Hawan da %1</translation>
    </message>
    <message>
        <source>defining it failed: %1</source>
        <translation>definizione non riuscita: %1</translation>
    </message>
    <message>
        <source>defined on %1, disk %2</source>
        <translation>definita su %1, disco %2</translation>
    </message>
    <message>
        <source>running on %1, disk %2</source>
        <translation>in esecuzione su %1, disco %2</translation>
    </message>
    <message>
        <source>defined on %1, but it did not start: %2</source>
        <translation>definita su %1, ma non si è avviata: %2</translation>
    </message>
</context>
<context>
    <name>hawan::core::DeleteVmJob</name>
    <message>
        <source>Delete %1 on %2</source>
        <translation>Elimina %1 su %2</translation>
    </message>
    <message>
        <source>%1 is running: shut it down first</source>
        <translation>%1 è in esecuzione: prima spegnila</translation>
    </message>
    <message>
        <source>not deleted: %1</source>
        <translation>non eliminata: %1</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>definizione rimossa</translation>
    </message>
    <message>
        <source>; could not remove %1: remove it by hand</source>
        <translation>; impossibile rimuovere %1: rimuovilo a mano</translation>
    </message>
    <message>
        <source>; disk(s) not made by Hawan kept: %1</source>
        <translation>; dischi non creati da Hawan conservati: %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>rimuovi %1</translation>
    </message>
    <message>
        <source>; disk removed: %1</source>
        <translation>; disco rimosso: %1</translation>
    </message>
</context>
<context>
    <name>hawan::core::Fleet</name>
    <message>
        <source>unknown host</source>
        <translation>host sconosciuto</translation>
    </message>
    <message>
        <source>%1. Migrations and evacuations are disabled until it can be written.</source>
        <translation>%1. Migrazioni ed evacuazioni sono disabilitate finché non si potrà scriverlo.</translation>
    </message>
    <message>
        <source>Journal %1: %2</source>
        <translation>Journal %1: %2</translation>
    </message>
    <message>
        <source>no interrupted plan '%1' in the journal %2</source>
        <translation>nessun piano interrotto '%1' nel journal %2</translation>
    </message>
    <message>
        <source>In maintenance: receives no new VMs</source>
        <translation>In manutenzione: non riceve nuove VM</translation>
    </message>
    <message>
        <source>Out of maintenance</source>
        <translation>Fuori manutenzione</translation>
    </message>
    <message>
        <source>%1. Running plans are paused and nothing new starts; free the disk, then restart the console: it resumes from what the journal holds.</source>
        <translation>%1. I piani in corso sono in pausa e non parte nulla di nuovo; libera il disco, poi riavvia la console: riprende da ciò che il journal contiene.</translation>
    </message>
    <message>
        <source>In maintenance (set by another console): receives no new VMs</source>
        <translation>In manutenzione (impostata da un'altra console): non riceve nuove VM</translation>
    </message>
    <message>
        <source>Out of maintenance (set by another console)</source>
        <translation>Fuori manutenzione (impostato da un'altra console)</translation>
    </message>
    <message>
        <source>Another console (%1) started: %2</source>
        <translation>Un'altra console (%1) ha avviato: %2</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 è già in corso</translation>
    </message>
    <message>
        <source>%1 was interrupted and is still open</source>
        <translation>%1 è stato interrotto ed è ancora aperto</translation>
    </message>
    <message>
        <source>Storage check overridden by the operator for %1 (%2): %3</source>
        <translation>Controllo dello storage ignorato dall'operatore per %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 answers, so its VMs may be running there: restarting them elsewhere would run them twice</source>
        <translation>%1 risponde, quindi le sue VM potrebbero essere in esecuzione lì: riavviarle altrove le farebbe girare due volte</translation>
    </message>
    <message>
        <source>Nothing to bring back to %1: no finished evacuation moved VMs off it that still run where it put them.</source>
        <translation>Niente da riportare su %1: nessuna evacuazione conclusa ne ha spostato VM che girino ancora dove le ha messe.</translation>
    </message>
    <message>
        <source>%1 is in maintenance: take it out first, then bring its VMs back</source>
        <translation>%1 è in manutenzione: toglilo prima dalla manutenzione, poi riporta le sue VM</translation>
    </message>
    <message>
        <source>%1: %2 may still be running; from here it cannot be told dead from cut off. Its VMs restart elsewhere only after its fence command powers it off (a confirmation by hand is not enough across a cut link). Restore the link, or configure a fence that reaches %3.</source>
        <translation>%1: %2 potrebbe essere ancora in funzione; da qui non si distingue un host spento da uno isolato. Le sue VM ripartono altrove solo dopo che il comando di fence lo ha spento (una conferma manuale non basta attraverso un collegamento interrotto). Ripristina il collegamento, o configura un fence che raggiunga %3.</translation>
    </message>
    <message>
        <source>%1: its hosts cannot be told dead from alive from here; their VMs show as last seen. No recovery without a fence that succeeds.</source>
        <translation>%1: da qui i suoi host non si distinguono spenti da accesi; le loro VM sono mostrate come viste l'ultima volta. Nessun recupero senza un fence riuscito.</translation>
    </message>
    <message>
        <source>%1 is no longer cut off</source>
        <translation>%1 non è più isolato</translation>
    </message>
    <message>
        <source>%1 is running</source>
        <translation>%1 è in corso</translation>
    </message>
    <message>
        <source>%1. Actions go on, but are no longer recorded in the audit trail: free the disk, then restart the console.</source>
        <translation>%1. Le azioni proseguono, ma non sono più registrate nella traccia di audit: libera il disco, poi riavvia la console.</translation>
    </message>
    <message>
        <source>No audit key (%1): actions are not recorded in the audit trail, and the journal's records and saved definitions are not authenticated. See docs/audit.md.</source>
        <translation>Nessuna chiave di audit (%1): le azioni non sono registrate nella traccia di audit, e i record del journal e le definizioni salvate non sono autenticati. Vedi docs/audit.md.</translation>
    </message>
    <message>
        <source>No audit key (%1): the journal's records are shown without being authenticated.</source>
        <translation>Nessuna chiave di audit (%1): i record del journal sono mostrati senza essere autenticati.</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Riconosciuto: %1</translation>
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation>Accantonato fino a %1</translation>
    </message>
    <message>
        <source>Unshelved</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>%1: compute service disabled in Nova</source>
        <translation>%1: servizio di calcolo disabilitato in Nova</translation>
    </message>
    <message>
        <source>%1: compute service enabled in Nova</source>
        <translation>%1: servizio di calcolo abilitato in Nova</translation>
    </message>
    <message>
        <source>%1: Nova did not %2 its compute service: %3</source>
        <translation>%1: Nova non ha potuto %2 il suo servizio di calcolo: %3</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disabilitare</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>abilitare</translation>
    </message>
</context>
<context>
    <name>hawan::core::MigrationService</name>
    <message>
        <source>unknown host</source>
        <translation>host sconosciuto</translation>
    </message>
    <message>
        <source>the VM is already on %1</source>
        <translation>la VM è già su %1</translation>
    </message>
    <message>
        <source>%1 has no migration_uri: the source daemon needs an address to reach it (see docs/configuration.md)</source>
        <translation>%1 non ha migration_uri: il demone di origine ha bisogno di un indirizzo per raggiungerlo (vedi docs/configuration.md)</translation>
    </message>
    <message>
        <source>%1 is a compute host of cloud '%2': only its servers go there, through Nova</source>
        <translation>%1 è un host di calcolo del cloud '%2': vi vanno solo i suoi server, tramite Nova</translation>
    </message>
    <message>
        <source>%1 is not a compute host of cloud '%2': Nova moves its servers only between its own hosts</source>
        <translation>%1 non è un host di calcolo del cloud '%2': Nova sposta i suoi server solo tra i propri host</translation>
    </message>
    <message>
        <source>a cloud's server is recovered by Nova's evacuate, not restarted from a domain definition</source>
        <translation>un server di un cloud si recupera con l'evacuate di Nova, non riavviandolo da una definizione di dominio</translation>
    </message>
    <message>
        <source>no cloud source for cloud '%1'</source>
        <translation>nessuna sorgente per il cloud '%1'</translation>
    </message>
</context>
<context>
    <name>hawan::core::RecoveryFollower</name>
    <message>
        <source>%1 runs on both %2 and %3 (recovered there by plan %4): force off the copy on %2; the one on %3 is current</source>
        <translation>%1 gira sia su %2 sia su %3 (recuperata lì dal piano %4): spegni forzatamente la copia su %2; quella su %3 è quella attuale</translation>
    </message>
    <message>
        <source>%1 is back: removing its stale definition of %2 (restarted on %3 by plan %4)</source>
        <translation>%1 è tornato: rimozione della sua definizione superata di %2 (riavviata su %3 dal piano %4)</translation>
    </message>
    <message>
        <source>the stale definition of %1 on %2 (it runs on %3)</source>
        <translation>la definizione superata di %1 su %2 (gira su %3)</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Rimossa %1</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossibile rimuovere %1: %2</translation>
    </message>
    <message>
        <source>%1 is back with a stale definition of %2 (restarted on %3 by plan %4): left for an operator's console to remove (this one is read-only)</source>
        <translation>%1 è tornato con una definizione obsoleta di %2 (riavviata su %3 dal piano %4): lasciata da rimuovere a una console di un operatore (questa è in sola lettura)</translation>
    </message>
</context>
<context>
    <name>hawan::core::SiteStatus</name>
    <message>
        <source>%1 cut off: %2 down</source>
        <translation>%1 isolato: %2 interrotto</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) silent</source>
        <translation><numerusform>%n host muto</numerusform><numerusform>%n host muti</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) up</source>
        <translation><numerusform>%n host attivo</numerusform><numerusform>%n host attivi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n unreachable</source>
        <translation><numerusform> · %n irraggiungibile</numerusform><numerusform> · %n irraggiungibili</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n connecting</source>
        <translation><numerusform> · %n in connessione</numerusform><numerusform> · %n in connessione</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n VM(s) unknown</source>
        <translation><numerusform> · %n VM sconosciuta</numerusform><numerusform> · %n VM sconosciute</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %1 of %n VM(s) running</source>
        <translation><numerusform> · %1 di %n VM in esecuzione</numerusform><numerusform> · %1 di %n VM in esecuzione</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n unknown (host not answering)</source>
        <translation><numerusform> · %n sconosciuta (host che non risponde)</numerusform><numerusform> · %n sconosciute (host che non rispondono)</numerusform></translation>
    </message>
    <message>
        <source>Cut off: %1 down</source>
        <translation>Isolato: %1 interrotto</translation>
    </message>
</context>
<context>
    <name>hawan::core::TimelineFeed</name>
    <message>
        <source>Migration of %1 started: %2 → %3</source>
        <translation>Migrazione di %1 avviata: %2 → %3</translation>
    </message>
    <message>
        <source>Live migration of %1 from %2 to %3.</source>
        <translation>Migrazione live di %1 da %2 a %3.</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Avviato: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) planned.</source>
        <translation><numerusform>%n spostamento pianificato.</numerusform><numerusform>%n spostamenti pianificati.</numerusform></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>riuscita</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallita</translation>
    </message>
    <message>
        <source>%1 %2 → %3: %4 after %5 s.</source>
        <translation>%1 %2 → %3: %4 dopo %5 s.</translation>
    </message>
    <message>
        <source>Migration of %1 %2</source>
        <translation>Migrazione di %1 %2</translation>
    </message>
    <message>
        <source>Aborted: %1</source>
        <translation>Interrotto: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Terminato: %1</translation>
    </message>
    <message>
        <source>The plan was aborted; moves not started stay where they are.</source>
        <translation>Il piano è stato interrotto; gli spostamenti non avviati restano dove sono.</translation>
    </message>
    <message>
        <source>Every move of the plan has ended (see the Jobs panel for each result).</source>
        <translation>Ogni spostamento del piano è terminato (vedi il pannello Lavori per ciascun esito).</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 giù</translation>
    </message>
    <message>
        <source>%1 is unreachable: %2</source>
        <translation>%1 non è raggiungibile: %2</translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 su</translation>
    </message>
    <message>
        <source>%1 answers again.</source>
        <translation>%1 risponde di nuovo.</translation>
    </message>
    <message>
        <source>%1: heal backlog rising</source>
        <translation>%1: arretrato di heal in crescita</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) pending heal on %1: a replica missed writes (a brick or the link was down).</source>
        <translation><numerusform>%n voce in attesa di heal su %1: una replica ha perso scritture (un brick o il collegamento era giù).</numerusform><numerusform>%n voci in attesa di heal su %1: una replica ha perso scritture (un brick o il collegamento era giù).</numerusform></translation>
    </message>
    <message>
        <source>%1: heal backlog drained</source>
        <translation>%1: arretrato di heal smaltito</translation>
    </message>
    <message>
        <source>Every replica of %1 is in sync again.</source>
        <translation>Ogni replica di %1 è di nuovo allineata.</translation>
    </message>
</context>
<context>
    <name>hawan::drills::DrillJob</name>
    <message>
        <source>Host power loss</source>
        <translation>Perdita di alimentazione di un host</translation>
    </message>
    <message>
        <source>Powers a host off (its daemon and guests die at once). Expected: the console sees it unreachable, the recovery fences it and restarts its VMs on other hosts, each VM runs exactly once; the host is powered on again and its stale definitions removed.</source>
        <translation>Spegne un host (il suo demone e i guest muoiono insieme). Atteso: la console lo vede irraggiungibile, il ripristino lo isola e riavvia le sue VM su altri host, ogni VM gira esattamente una volta; l'host viene riacceso e le sue definizioni obsolete rimosse.</translation>
    </message>
    <message>
        <source>Hung hypervisor daemon</source>
        <translation>Demone dell'hypervisor bloccato</translation>
    </message>
    <message>
        <source>Stops a host's libvirtd (its guests keep running). Expected: the console marks the host unreachable, every other host keeps reporting, nothing is restarted (the VMs still run there); when the daemon resumes the console reconnects.</source>
        <translation>Ferma il libvirtd di un host (i guest continuano a girare). Atteso: la console segna l'host irraggiungibile, ogni altro host continua a riferire, nulla viene riavviato (le VM girano ancora lì); quando il demone riprende la console si riconnette.</translation>
    </message>
    <message>
        <source>WAN cut shorter than the storage's ping-timeout</source>
        <translation>WAN interrotta per meno del ping-timeout dello storage</translation>
    </message>
    <message>
        <source>Cuts the WAN for half the volume's network.ping-timeout. Expected: writes pause and go on, no brick is dropped, nothing is lost, no heal is needed or it drains at once.</source>
        <translation>Interrompe la WAN per metà del network.ping-timeout del volume. Atteso: le scritture si fermano e riprendono, nessun brick viene escluso, nulla va perso, nessuna guarigione serve o si esaurisce subito.</translation>
    </message>
    <message>
        <source>WAN cut longer than the storage's ping-timeout</source>
        <translation>WAN interrotta per più del ping-timeout dello storage</translation>
    </message>
    <message>
        <source>Cuts the WAN for twice the volume's network.ping-timeout and more. Expected: each site drops the other's brick and writes on after the timeout; after the link returns the self-heal drains and every acknowledged write is readable at both sites; split-brain only where both sites wrote one file.</source>
        <translation>Interrompe la WAN per il doppio del network.ping-timeout del volume e oltre. Atteso: ogni sito esclude il brick dell'altro e scrive dopo il timeout; al ritorno del collegamento il self-heal si esaurisce e ogni scrittura confermata è leggibile in entrambi i siti; split-brain solo dove entrambi i siti hanno scritto uno stesso file.</translation>
    </message>
    <message>
        <source>Lossy WAN</source>
        <translation>WAN con perdite</translation>
    </message>
    <message>
        <source>Makes the WAN lose packets (3 %). Expected: the link probes show the loss, writes slow but nothing is lost, hosts behind the WAN stay connected.</source>
        <translation>Fa perdere pacchetti alla WAN (3 %). Atteso: le sonde del collegamento mostrano la perdita, le scritture rallentano ma nulla va perso, gli host oltre la WAN restano connessi.</translation>
    </message>
    <message>
        <source>Round trip above the link's limit</source>
        <translation>Andata e ritorno oltre il limite del collegamento</translation>
    </message>
    <message>
        <source>Raises the WAN's delay so its round trip exceeds the link's rtt_limit_ms. Expected: the console shows the link over its limit, writes slow but nothing is lost; the delay is put back.</source>
        <translation>Alza il ritardo della WAN in modo che l'andata e ritorno superi rtt_limit_ms del collegamento. Atteso: la console mostra il collegamento oltre il limite, le scritture rallentano ma nulla va perso; il ritardo viene ripristinato.</translation>
    </message>
    <message>
        <source>Storage brick down and back</source>
        <translation>Brick dello storage giù e di nuovo su</translation>
    </message>
    <message>
        <source>Kills one site's brick process. Expected: the console shows the brick offline, writes go on on the other brick, the brick is restarted and the self-heal drains the entries written meanwhile.</source>
        <translation>Termina il processo del brick di un sito. Atteso: la console mostra il brick offline, le scritture proseguono sull'altro brick, il brick viene riavviato e il self-heal esaurisce le voci scritte nel frattempo.</translation>
    </message>
    <message>
        <source>Storage node lost</source>
        <translation>Nodo di storage perso</translation>
    </message>
    <message>
        <source>Takes one site's storage node away (brick and daemon). Expected: as a brick down, and the volume still answers from the other site; the node comes back and heals.</source>
        <translation>Toglie il nodo di storage di un sito (brick e demone). Atteso: come un brick giù, e il volume risponde ancora dall'altro sito; il nodo torna e guarisce.</translation>
    </message>
    <message>
        <source>WAN cut during a live migration</source>
        <translation>WAN interrotta durante una migrazione live</translation>
    </message>
    <message>
        <source>Slows the WAN, live-migrates a VM across it and cuts the link mid-copy. Expected: the migration ends (failed, within its time limit) and the VM runs on at its source, exactly once; the half-arrived copy is gone from the destination once the link returns.</source>
        <translation>Rallenta la WAN, vi migra live una VM e interrompe il collegamento a metà copia. Atteso: la migrazione termina (fallita, entro il suo limite di tempo) e la VM continua a girare all'origine, esattamente una volta; la copia arrivata a metà sparisce dalla destinazione al ritorno del collegamento.</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>Esercitazione: %1</translation>
    </message>
    <message>
        <source>Drill: %1 (%2)</source>
        <translation>Esercitazione: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>put the loss of %1 back to 0 %</source>
        <translation>riporta la perdita di %1 a 0 %</translation>
    </message>
    <message>
        <source>put the delay of %1 back to %2 ms</source>
        <translation>riporta il ritardo di %1 a %2 ms</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>ripristina %1</translation>
    </message>
    <message>
        <source>take the rate limit off %1</source>
        <translation>togli il limite di banda a %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>remove %1 at %2</source>
        <translation>rimuovi %1 a %2</translation>
    </message>
    <message>
        <source>No host to run the drill on.</source>
        <translation>Nessun host su cui eseguire l'esercitazione.</translation>
    </message>
    <message>
        <source>No host is named '%1'.</source>
        <translation>Nessun host si chiama '%1'.</translation>
    </message>
    <message>
        <source>The configuration has no WAN link ([[link]]).</source>
        <translation>La configurazione non ha un collegamento WAN ([[link]]).</translation>
    </message>
    <message>
        <source>The configuration has no GlusterFS volume ([[storage]] with kind = "glusterfs").</source>
        <translation>La configurazione non ha un volume GlusterFS ([[storage]] con kind = "glusterfs").</translation>
    </message>
    <message>
        <source>No site is named '%1'.</source>
        <translation>Nessun sito si chiama '%1'.</translation>
    </message>
    <message>
        <source>%1 has no '%2' fault command: add faults = { %2 = [...] } (see docs/configuration.md).</source>
        <translation>%1 non ha un comando di guasto '%2': aggiungi faults = { %2 = [...] } (vedi docs/configuration.md).</translation>
    </message>
    <message>
        <source>%1 has no fence command: the drill restarts VMs only after a fence.</source>
        <translation>%1 non ha un comando di fence: l'esercitazione riavvia le VM solo dopo un fence.</translation>
    </message>
    <message>
        <source>%1 has no emulate command: the drill reads the delay to put back with it.</source>
        <translation>%1 non ha un comando emulate: l'esercitazione lo usa per leggere il ritardo da ripristinare.</translation>
    </message>
    <message>
        <source>%1 has no 'degrade' fault command: the drill slows the link with it so the cut comes mid-copy.</source>
        <translation>%1 non ha un comando di guasto 'degrade': l'esercitazione lo usa per rallentare il collegamento così che l'interruzione cada a metà copia.</translation>
    </message>
    <message>
        <source>No VM runs at %1 to migrate.</source>
        <translation>Nessuna VM gira a %1 da migrare.</translation>
    </message>
    <message>
        <source>No running VM is named '%1'.</source>
        <translation>Nessuna VM in esecuzione si chiama '%1'.</translation>
    </message>
    <message>
        <source>No host at the other site answers to receive the VM.</source>
        <translation>Nessun host dell'altro sito risponde per ricevere la VM.</translation>
    </message>
    <message>
        <source>%1 does not answer: a drill starts from a whole system.</source>
        <translation>%1 non risponde: un'esercitazione parte da un sistema integro.</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Storage: %1</translation>
    </message>
    <message>
        <source>%1 (plan %2): let it finish or end it first.</source>
        <translation>%1 (piano %2): lascialo finire o chiudilo prima.</translation>
    </message>
    <message>
        <source>%1 has no runner and test_dir: the write witness cannot run there.</source>
        <translation>%1 non ha runner e test_dir: il testimone di scrittura non può girare lì.</translation>
    </message>
    <message>
        <source>This is not a lab ([drills] lab = true): type the name of the site the fault hits (%1) to confirm.</source>
        <translation>Questo non è un laboratorio ([drills] lab = true): digita il nome del sito colpito dal guasto (%1) per confermare.</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <translation>Guasto: %1</translation>
    </message>
    <message>
        <source>The fault lasts %1 s, then: %2</source>
        <translation>Il guasto dura %1 s, poi: %2</translation>
    </message>
    <message>
        <source>Repair once the recovery has ended: %1</source>
        <translation>Riparazione a ripristino terminato: %1</translation>
    </message>
    <message>
        <source>Migrates %1 to %2 over the link slowed to 40 Mbit/s.</source>
        <translation>Migra %1 su %2 sul collegamento rallentato a 40 Mbit/s.</translation>
    </message>
    <message>
        <source>A write witness writes numbered records at %1 under %2 during the drill; removed after.</source>
        <translation>Un testimone di scrittura scrive record numerati a %1 sotto %2 durante l'esercitazione; rimossi dopo.</translation>
    </message>
    <message>
        <source>alarm: %1</source>
        <translation>allarme: %1</translation>
    </message>
    <message>
        <source>The drill did not run.</source>
        <translation>L'esercitazione non è stata eseguita.</translation>
    </message>
    <message>
        <source>read the emulated delay</source>
        <translation>leggi il ritardo emulato</translation>
    </message>
    <message>
        <source>Could not read the link's delay to put back: %1</source>
        <translation>Impossibile leggere il ritardo del collegamento da ripristinare: %1</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annullato dall'operatore.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLITO</translation>
    </message>
    <message>
        <source>What could not be repaired is tried again when Hawan next starts with this configuration.</source>
        <translation>Ciò che non è stato possibile riparare viene ritentato al prossimo avvio di Hawan con questa configurazione.</translation>
    </message>
    <message>
        <source>Could not record how to repair the fault (%1): the drill did not run.</source>
        <translation>Impossibile registrare come riparare il guasto (%1): l'esercitazione non è stata eseguita.</translation>
    </message>
    <message>
        <source>create %1 at %2</source>
        <translation>crea %1 a %2</translation>
    </message>
    <message>
        <source>Could not create the drill's directory: %1</source>
        <translation>Impossibile creare la cartella dell'esercitazione: %1</translation>
    </message>
    <message>
        <source>no acknowledgement in 30 s</source>
        <translation>nessuna conferma in 30 s</translation>
    </message>
    <message>
        <source>The write witnesses did not start (%1).</source>
        <translation>I testimoni di scrittura non sono partiti (%1).</translation>
    </message>
    <message>
        <source>write witnesses writing at every site</source>
        <translation>testimoni di scrittura attivi in ogni sito</translation>
    </message>
    <message numerus="yes">
        <source>census: %n VM(s) running</source>
        <translation><numerusform>censimento: %n VM in esecuzione</numerusform><numerusform>censimento: %n VM in esecuzione</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n defined</source>
        <translation><numerusform>, %n definita</numerusform><numerusform>, %n definite</numerusform></translation>
    </message>
    <message>
        <source>slow %1 to 40 Mbit/s</source>
        <translation>rallenta %1 a 40 Mbit/s</translation>
    </message>
    <message>
        <source>Could not slow the link: %1</source>
        <translation>Impossibile rallentare il collegamento: %1</translation>
    </message>
    <message>
        <source>The VM to migrate is gone.</source>
        <translation>La VM da migrare non c'è più.</translation>
    </message>
    <message>
        <source>Could not start the migration: %1</source>
        <translation>Impossibile avviare la migrazione: %1</translation>
    </message>
    <message>
        <source>migrating %1 from %2 to %3</source>
        <translation>migrazione di %1 da %2 a %3</translation>
    </message>
    <message>
        <source>migration of %1 ended: %2%3</source>
        <translation>migrazione di %1 terminata: %2%3</translation>
    </message>
    <message>
        <source>The migration ended before the cut: nothing was cut mid-copy.</source>
        <translation>La migrazione è terminata prima dell'interruzione: nulla è stato interrotto a metà copia.</translation>
    </message>
    <message>
        <source>The migration copied nothing in 2 minutes.</source>
        <translation>La migrazione non ha copiato nulla in 2 minuti.</translation>
    </message>
    <message>
        <source>migration copying (%1 MiB so far)</source>
        <translation>migrazione in copia (%1 MiB finora)</translation>
    </message>
    <message>
        <source>fault: %1</source>
        <translation>guasto: %1</translation>
    </message>
    <message>
        <source>The fault command failed: %1</source>
        <translation>Il comando di guasto non è riuscito: %1</translation>
    </message>
    <message>
        <source>fault command done</source>
        <translation>comando di guasto eseguito</translation>
    </message>
    <message>
        <source>%1 seen unreachable</source>
        <translation>%1 visto irraggiungibile</translation>
    </message>
    <message>
        <source>link seen cut by the probes</source>
        <translation>collegamento visto interrotto dalle sonde</translation>
    </message>
    <message>
        <source>loss seen by the probes</source>
        <translation>perdita vista dalle sonde</translation>
    </message>
    <message>
        <source>round trip seen above the link's limit</source>
        <translation>andata e ritorno vista oltre il limite del collegamento</translation>
    </message>
    <message>
        <source>storage seen in trouble (a brick offline, or the volume not answering)</source>
        <translation>storage visto in difficoltà (un brick offline, o il volume che non risponde)</translation>
    </message>
    <message>
        <source>fault detected</source>
        <translation>guasto rilevato</translation>
    </message>
    <message>
        <source>not seen by the console (the fault lasted %1 s)</source>
        <translation>non visto dalla console (il guasto è durato %1 s)</translation>
    </message>
    <message>
        <source>after %1 s, once the %2 s fault was over</source>
        <translation>dopo %1 s, a guasto di %2 s finito</translation>
    </message>
    <message>
        <source>after %1 s</source>
        <translation>dopo %1 s</translation>
    </message>
    <message>
        <source>fault held %1 s</source>
        <translation>guasto mantenuto %1 s</translation>
    </message>
    <message>
        <source>other hosts kept reporting</source>
        <translation>gli altri host hanno continuato a riferire</translation>
    </message>
    <message>
        <source>stalled: %1</source>
        <translation>fermi: %1</translation>
    </message>
    <message>
        <source>%1 still answered after %2 s</source>
        <translation>%1 rispondeva ancora dopo %2 s</translation>
    </message>
    <message>
        <source>The recovery was refused: %1</source>
        <translation>Il ripristino è stato rifiutato: %1</translation>
    </message>
    <message>
        <source>The recovery did not start: %1</source>
        <translation>Il ripristino non è partito: %1</translation>
    </message>
    <message numerus="yes">
        <source>recovery plan %1 started: %n VM(s) to restart</source>
        <translation><numerusform>piano di ripristino %1 avviato: %n VM da riavviare</numerusform><numerusform>piano di ripristino %1 avviato: %n VM da riavviare</numerusform></translation>
    </message>
    <message>
        <source>%1 fenced (%2)</source>
        <translation>%1 isolato (%2)</translation>
    </message>
    <message>
        <source>%1 running again on %2</source>
        <translation>%1 di nuovo in esecuzione su %2</translation>
    </message>
    <message>
        <source>fenced before any restart</source>
        <translation>isolato prima di ogni riavvio</translation>
    </message>
    <message>
        <source>%1 restarted before the fence was recorded</source>
        <translation>%1 riavviata prima che il fence fosse registrato</translation>
    </message>
    <message>
        <source>%1 not restarted: %2</source>
        <translation>%1 non riavviata: %2</translation>
    </message>
    <message>
        <source>recovery ended: %1 of %2 restarted</source>
        <translation>ripristino terminato: %1 di %2 riavviate</translation>
    </message>
    <message>
        <source>host fenced</source>
        <translation>host isolato</translation>
    </message>
    <message>
        <source>no fence recorded</source>
        <translation>nessun fence registrato</translation>
    </message>
    <message>
        <source>every VM of the host restarted</source>
        <translation>ogni VM dell'host riavviata</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>The recovery did not end within %1 s: aborted.</source>
        <translation>Il ripristino non è terminato entro %1 s: interrotto.</translation>
    </message>
    <message>
        <source>repair: loss back to 0 %</source>
        <translation>riparazione: perdita di nuovo a 0 %</translation>
    </message>
    <message>
        <source>repair: delay back to %1 ms</source>
        <translation>riparazione: ritardo di nuovo a %1 ms</translation>
    </message>
    <message>
        <source>repair: %1</source>
        <translation>riparazione: %1</translation>
    </message>
    <message>
        <source>repair: rate limit off</source>
        <translation>riparazione: limite di banda tolto</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>riparato</translation>
    </message>
    <message>
        <source>The repair '%1' failed: %2</source>
        <translation>La riparazione '%1' non è riuscita: %2</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <translation>%1 risponde di nuovo</translation>
    </message>
    <message>
        <source>%1 back to normal</source>
        <translation>%1 di nuovo normale</translation>
    </message>
    <message>
        <source>every brick online</source>
        <translation>ogni brick online</translation>
    </message>
    <message>
        <source>back after the repair</source>
        <translation>di nuovo su dopo la riparazione</translation>
    </message>
    <message>
        <source>not measured: no probe watches %1</source>
        <translation>non misurato: nessuna sonda osserva %1</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1 dopo %2 s</translation>
    </message>
    <message>
        <source>not within %1 s</source>
        <translation>non entro %1 s</translation>
    </message>
    <message>
        <source>%1 out of maintenance</source>
        <translation>%1 fuori manutenzione</translation>
    </message>
    <message>
        <source>Could not take %1 out of maintenance: %2</source>
        <translation>Impossibile togliere %1 dalla manutenzione: %2</translation>
    </message>
    <message>
        <source>storage in sync</source>
        <translation>storage allineato</translation>
    </message>
    <message>
        <source>after %1 s; at most %2 entries to heal seen</source>
        <translation>dopo %1 s; al massimo %2 voci da guarire viste</translation>
    </message>
    <message>
        <source>still healing after %1 s</source>
        <translation>ancora in guarigione dopo %1 s</translation>
    </message>
    <message>
        <source>no split-brain entries</source>
        <translation>nessuna voce in split-brain</translation>
    </message>
    <message>
        <source>the arbiter keeps one side from writing on a cut</source>
        <translation>l'arbitro impedisce a un lato di scrivere durante un'interruzione</translation>
    </message>
    <message>
        <source>no arbiter: each site's witness writes its own file, so no file was written on both sides</source>
        <translation>nessun arbitro: il testimone di ogni sito scrive il proprio file, quindi nessun file è stato scritto da entrambi i lati</translation>
    </message>
    <message>
        <source>%1 seen: files written at both sites while they were apart%2</source>
        <translation>%1 viste: file scritti in entrambi i siti mentre erano separati%2</translation>
    </message>
    <message>
        <source> (no arbiter)</source>
        <translation> (nessun arbitro)</translation>
    </message>
    <message>
        <source>witness at %1: %2</source>
        <translation>testimone a %1: %2</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ancora in esecuzione</translation>
    </message>
    <message>
        <source>%1's acknowledged writes readable at %2</source>
        <translation>scritture confermate di %1 leggibili a %2</translation>
    </message>
    <message>
        <source>verify %1 at %2</source>
        <translation>verifica %1 a %2</translation>
    </message>
    <message>
        <source>%1 acknowledged, %2 records read</source>
        <translation>%1 confermati, %2 record letti</translation>
    </message>
    <message>
        <source>; %1 missing (first: %2)</source>
        <translation>; %1 mancanti (primo: %2)</translation>
    </message>
    <message>
        <source>; %1 damaged</source>
        <translation>; %1 danneggiati</translation>
    </message>
    <message>
        <source>every VM runs exactly once</source>
        <translation>ogni VM gira esattamente una volta</translation>
    </message>
    <message>
        <source>cannot tell: %1 did not answer</source>
        <translation>impossibile dirlo: %1 non ha risposto</translation>
    </message>
    <message>
        <source>running twice: %1</source>
        <translation>in esecuzione due volte: %1</translation>
    </message>
    <message>
        <source>defined nowhere: %1</source>
        <translation>definite da nessuna parte: %1</translation>
    </message>
    <message>
        <source>not running any more: %1</source>
        <translation>non più in esecuzione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) asked of every daemon</source>
        <translation><numerusform>%n VM chiesta a ogni demone</numerusform><numerusform>%n VM chieste a ogni demone</numerusform></translation>
    </message>
    <message>
        <source>Defined on more than one host (one copy shut off): %1</source>
        <translation>Definite su più di un host (una copia spenta): %1</translation>
    </message>
    <message>
        <source>Not every stale definition was removed within a minute.</source>
        <translation>Non tutte le definizioni obsolete sono state rimosse entro un minuto.</translation>
    </message>
    <message>
        <source>the migration ended</source>
        <translation>la migrazione è terminata</translation>
    </message>
    <message>
        <source>%1 after %2 s; %3 runs on %4</source>
        <translation>%1 dopo %2 s; %3 gira su %4</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>nessun host</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>rimuovi %1</translation>
    </message>
    <message>
        <source>Could not remove the drill's directory: %1</source>
        <translation>Impossibile rimuovere la cartella dell'esercitazione: %1</translation>
    </message>
    <message>
        <source>Alarms: %1</source>
        <translation>Allarmi: %1</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>salvataggio di %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message numerus="yes">
        <source>passed: %n check(s)</source>
        <translation><numerusform>superata: %n verifica</numerusform><numerusform>superata: %n verifiche</numerusform></translation>
    </message>
    <message>
        <source>did not run: %1</source>
        <translation>non eseguita: %1</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %1 of %n check(s)</source>
        <translation><numerusform>FALLITA: %1 di %n verifica</numerusform><numerusform>FALLITA: %1 di %n verifiche</numerusform></translation>
    </message>
    <message>
        <source>; report: %1</source>
        <translation>; rapporto: %1</translation>
    </message>
    <message>
        <source>Console killed mid-evacuation</source>
        <translation>Console terminata durante un'evacuazione</translation>
    </message>
    <message>
        <source>Starts an evacuation of a host with hawanctl (one slowed migration at a time) and kills it (SIGKILL) while a migration is in flight. Expected: the plan is left open in the journal, resuming it reconciles the move in flight (never starts it twice) and finishes; every VM runs exactly once. The VMs are then brought back and the host taken out of maintenance.</source>
        <translation>Avvia con hawanctl l'evacuazione di un host (una migrazione rallentata alla volta) e lo termina (SIGKILL) mentre una migrazione è in corso. Atteso: il piano resta aperto nel journal, riprenderlo riconcilia lo spostamento in corso (senza mai avviarlo due volte) e lo completa; ogni VM gira esattamente una volta. Poi le VM vengono riportate e l'host tolto dalla manutenzione.</translation>
    </message>
    <message>
        <source>No VM runs on %1: there is nothing to evacuate.</source>
        <translation>Nessuna VM gira su %1: non c'è nulla da evacuare.</translation>
    </message>
    <message>
        <source>Fault: %1 evacuate %2 --bandwidth 5 --max-per-host 1, killed 3 s after its first migration starts</source>
        <translation>Guasto: %1 evacuate %2 --bandwidth 5 --max-per-host 1, terminato 3 s dopo l'avvio della sua prima migrazione</translation>
    </message>
    <message>
        <source>Repair: hawanctl resume (the plan), hawanctl maintenance %1 off, hawanctl return %1</source>
        <translation>Riparazione: hawanctl resume (il piano), hawanctl maintenance %1 off, hawanctl return %1</translation>
    </message>
    <message>
        <source>hawanctl evacuating %1: plan %2</source>
        <translation>hawanctl evacua %1: piano %2</translation>
    </message>
    <message>
        <source>a migration of the plan started</source>
        <translation>una migrazione del piano è partita</translation>
    </message>
    <message>
        <source>hawanctl killed (SIGKILL) with a migration in flight</source>
        <translation>hawanctl terminato (SIGKILL) con una migrazione in corso</translation>
    </message>
    <message>
        <source>hawanctl ended (exit %1) before it could be killed mid-migration: %2</source>
        <translation>hawanctl è terminato (uscita %1) prima di poter essere ucciso a metà migrazione: %2</translation>
    </message>
    <message>
        <source>cannot run '%1': %2</source>
        <translation>impossibile eseguire '%1': %2</translation>
    </message>
    <message>
        <source>No migration of the evacuation started within 2 minutes.</source>
        <translation>Nessuna migrazione dell'evacuazione è partita entro 2 minuti.</translation>
    </message>
    <message>
        <source>list open plans</source>
        <translation>elenca i piani aperti</translation>
    </message>
    <message>
        <source>the plan is left open in the journal</source>
        <translation>il piano resta aperto nel journal</translation>
    </message>
    <message>
        <source>hawanctl plans does not list plan %1</source>
        <translation>hawanctl plans non elenca il piano %1</translation>
    </message>
    <message>
        <source>repair: hawanctl resume %1</source>
        <translation>riparazione: hawanctl resume %1</translation>
    </message>
    <message>
        <source>resume plan %1</source>
        <translation>riprendi il piano %1</translation>
    </message>
    <message>
        <source>the interrupted plan resumed and finished</source>
        <translation>il piano interrotto è ripreso e terminato</translation>
    </message>
    <message>
        <source>resumed: %1</source>
        <translation>ripreso: %1</translation>
    </message>
    <message>
        <source>maintenance off</source>
        <translation>manutenzione disattivata</translation>
    </message>
    <message>
        <source>repair: hawanctl return %1</source>
        <translation>riparazione: hawanctl return %1</translation>
    </message>
    <message>
        <source>bring the VMs back</source>
        <translation>riporta le VM</translation>
    </message>
    <message>
        <source>The VMs were not all brought back: %1</source>
        <translation>Non tutte le VM sono state riportate: %1</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>riportate: %1</translation>
    </message>
    <message>
        <source>Look for an HA watcher</source>
        <translation>Cerca un sorvegliante HA</translation>
    </message>
    <message>
        <source>the HA watcher, %1</source>
        <translation>il sorvegliante HA, %1</translation>
    </message>
    <message>
        <source>the recovery of %1 is run by %2: following its plan in the journal</source>
        <translation>il ripristino di %1 è eseguito da %2: se ne segue il piano nel journal</translation>
    </message>
    <message>
        <source>no recovery plan of %1 by %2 in this console's journal within %3 s: give the consoles and the watcher one journal ([console] journal on the shared volume)</source>
        <translation>nessun piano di ripristino di %1 da parte di %2 nel journal di questa console entro %3 s: dai alle console e al sorvegliante un solo journal ([console] journal sul volume condiviso)</translation>
    </message>
    <message>
        <source>recovery by %1 %2: %3 of %4 restarted</source>
        <translation>ripristino da parte di %1 %2: %3 di %4 riavviate</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminato</translation>
    </message>
    <message>
        <source>not ended within %1 s</source>
        <translation>non terminato entro %1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not in that recovery's plan: %1.</source>
        <translation>Non nel piano di quel ripristino: %1.</translation>
    </message>
</context>
<context>
    <name>hawan::drills::WriterJob</name>
    <message>
        <source>Writer at %1</source>
        <translation>Scrittore a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) acknowledged</source>
        <translation><numerusform>%n record confermato</numerusform><numerusform>%n record confermati</numerusform></translation>
    </message>
    <message>
        <source>%1; the writer died (killed with its host?)</source>
        <translation>%1; lo scrittore è morto (terminato con il suo host?)</translation>
    </message>
    <message>
        <source>%1; the writer exited with %2%3</source>
        <translation>%1; lo scrittore è uscito con %2%3</translation>
    </message>
    <message>
        <source>cannot run '%1': %2</source>
        <translation>impossibile eseguire '%1': %2</translation>
    </message>
</context>
<context>
    <name>hawan::experiments::Experiment</name>
    <message>
        <source>No emulate command for the link: measured over the link as it is, not at %1 ms.</source>
        <translation>Nessun comando emulate per il collegamento: misurato sul collegamento così com'è, non a %1 ms.</translation>
    </message>
    <message>
        <source>%1 has no runner: no test ran there.</source>
        <translation>%1 non ha runner: nessun test vi è stato eseguito.</translation>
    </message>
    <message>
        <source>Experiment %1 (%2)</source>
        <translation>Esperimento %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to measure: no test chosen, or no site has a runner ([[site]] runner).</source>
        <translation>Niente da misurare: nessun test scelto, o nessun sito ha un runner ([[site]] runner).</translation>
    </message>
    <message>
        <source>read the emulated delay</source>
        <translation>leggi il ritardo emulato</translation>
    </message>
    <message>
        <source>Could not read the link's emulated delay (%1): the sweep did not run, so that nothing is left changed.</source>
        <translation>Impossibile leggere il ritardo emulato del collegamento (%1): la serie non è stata eseguita, così nulla resta cambiato.</translation>
    </message>
    <message>
        <source>set the emulated delay to %1 ms</source>
        <translation>imposta il ritardo emulato a %1 ms</translation>
    </message>
    <message>
        <source>Could not put the link's delay back to %1 ms: %2. Set it by hand.</source>
        <translation>Impossibile riportare il ritardo del collegamento a %1 ms: %2. Impostalo a mano.</translation>
    </message>
    <message>
        <source>Could not set the delay to %1 ms: %2; that point was skipped.</source>
        <translation>Impossibile impostare il ritardo a %1 ms: %2; quel punto è stato saltato.</translation>
    </message>
    <message>
        <source>%1: cannot create the run's directory (%2): no test ran there.</source>
        <translation>%1: impossibile creare la directory dell'esecuzione (%2): nessun test vi è stato eseguito.</translation>
    </message>
    <message>
        <source>%1: could not remove the run's directory (%2): remove it by hand.</source>
        <translation>%1: impossibile rimuovere la directory dell'esecuzione (%2): rimuovila a mano.</translation>
    </message>
    <message>
        <source>Cancelled by the operator.</source>
        <translation>Annullato dall'operatore.</translation>
    </message>
    <message>
        <source>saving %1</source>
        <translation>salvataggio di %1</translation>
    </message>
    <message>
        <source>; report: %1</source>
        <translation>; rapporto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s), %1 failed</source>
        <translation><numerusform>%n misura, %1 non riuscite</numerusform><numerusform>%n misure, %1 non riuscite</numerusform></translation>
    </message>
    <message>
        <source>'%1' is not a delay (0 to 1000 ms)</source>
        <translation>'%1' non è un ritardo (da 0 a 1000 ms)</translation>
    </message>
    <message>
        <source>put the delay of %1 back to %2 ms</source>
        <translation>riporta il ritardo di %1 a %2 ms</translation>
    </message>
    <message>
        <source>remove %1 at %2</source>
        <translation>rimuovi %1 a %2</translation>
    </message>
    <message>
        <source>What could not be undone is tried again when Hawan next starts with this configuration.</source>
        <translation>Ciò che non è stato possibile annullare viene ritentato al prossimo avvio di Hawan con questa configurazione.</translation>
    </message>
    <message>
        <source>Could not record what the experiment changes (%1): it did not run.</source>
        <translation>Impossibile registrare ciò che l'esperimento modifica (%1): non è stato eseguito.</translation>
    </message>
    <message numerus="yes">
        <source>%n small file(s)</source>
        <translation><numerusform>%n file piccolo</numerusform><numerusform>%n file piccoli</numerusform></translation>
    </message>
    <message>
        <source>a %1 MiB file</source>
        <translation>un file di %1 MiB</translation>
    </message>
    <message>
        <source>At %1: writes %2 in %3 (run by: %4), and removes them.</source>
        <translation>A %1: scrive %2 in %3 (eseguito da: %4) e poi li rimuove.</translation>
    </message>
    <message>
        <source>On link %1: sets the emulated one-way delay to %2 ms in turn, then puts back the delay it has now.</source>
        <translation>Sul collegamento %1: imposta a turno il ritardo emulato di sola andata a %2 ms, poi ripristina il ritardo attuale.</translation>
    </message>
    <message>
        <source>Touches no existing VM. If it is interrupted, Hawan undoes it at its next start.</source>
        <translation>Non tocca alcuna VM esistente. Se viene interrotto, Hawan lo annulla al prossimo avvio.</translation>
    </message>
    <message>
        <source>no hosts to make a test VM on</source>
        <translation>nessun host su cui creare una VM di prova</translation>
    </message>
    <message>
        <source>no WAN link between two sites ([[link]])</source>
        <translation>nessun collegamento WAN tra due siti ([[link]])</translation>
    </message>
    <message>
        <source>no test VM image: set [experiments] vm_image to a small disk image on the shared volume</source>
        <translation>nessuna immagine per la VM di prova: imposta [experiments] vm_image a una piccola immagine disco sul volume condiviso</translation>
    </message>
    <message>
        <source>The VM tests did not run: %1.</source>
        <translation>I test con VM non sono stati eseguiti: %1.</translation>
    </message>
    <message>
        <source>The VM tests did not run: neither end of %1 has a runner to copy the test VM's disk.</source>
        <translation>I test con VM non sono stati eseguiti: nessuno dei due estremi di %1 ha un runner per copiare il disco della VM di prova.</translation>
    </message>
    <message>
        <source>migrate-busy did not run: no busy guest's image ([experiments] busy_vm_image).</source>
        <translation>migrate-busy non è stato eseguito: nessuna immagine del guest attivo ([experiments] busy_vm_image).</translation>
    </message>
    <message>
        <source>remove test VMs %1* from %2</source>
        <translation>rimuovi le VM di prova %1* da %2</translation>
    </message>
    <message>
        <source>%1 (%2 for the busy one)</source>
        <translation>%1 (%2 per quella attiva)</translation>
    </message>
    <message numerus="yes">
        <source>At %1: makes %n test VM(s) one after the other (%2*, %3 MiB, no network) from a copy of %4 in %5, migrates each to %6 and back, then deletes it and its disk.</source>
        <translation><numerusform>A %1: crea %n VM di prova (%2*, %3 MiB, senza rete) da una copia di %4 in %5, la migra a %6 e indietro, poi la elimina con il suo disco.</numerusform><numerusform>A %1: crea %n VM di prova una dopo l'altra (%2*, %3 MiB, senza rete) da una copia di %4 in %5, migra ciascuna a %6 e indietro, poi la elimina con il suo disco.</numerusform></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The link's bytes were not measured: %1.</source>
        <translation>I byte del collegamento non sono stati misurati: %1.</translation>
    </message>
    <message>
        <source>%1 has no counters command ([[link]] counters): the VM tests measured times, not the bytes the link carried.</source>
        <translation>%1 non ha un comando per i contatori ([[link]] counters): i test con VM hanno misurato i tempi, non i byte trasportati dal collegamento.</translation>
    </message>
</context>
<context>
    <name>hawan::experiments::Fio</name>
    <message>
        <source>%1: '%2' is missing</source>
        <translation>%1: manca '%2'</translation>
    </message>
    <message>
        <source>%1: '%2' is not a number</source>
        <translation>%1: '%2' non è un numero</translation>
    </message>
    <message>
        <source>%1: a negative figure</source>
        <translation>%1: un valore negativo</translation>
    </message>
    <message>
        <source>%1: 'clat_ns' (completion latency) is missing</source>
        <translation>%1: manca 'clat_ns' (latenza di completamento)</translation>
    </message>
    <message>
        <source>not fio's JSON report: %1</source>
        <translation>non è il rapporto JSON di fio: %1</translation>
    </message>
    <message>
        <source>fio's report is not valid JSON (%1 at byte %2): truncated, or mixed with other output?</source>
        <translation>il rapporto di fio non è JSON valido (%1 al byte %2): troncato, o mescolato ad altro output?</translation>
    </message>
    <message>
        <source>fio's report is not a JSON object</source>
        <translation>il rapporto di fio non è un oggetto JSON</translation>
    </message>
    <message>
        <source>fio's report has no jobs</source>
        <translation>il rapporto di fio non ha job</translation>
    </message>
    <message>
        <source>fio's report: a job is not an object</source>
        <translation>rapporto di fio: un job non è un oggetto</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
</context>
<context>
    <name>hawan::experiments::Leftovers</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossibile bloccare %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>impossibile rimuovere %1: %2</translation>
    </message>
    <message>
        <source>Clean up after interrupted experiments</source>
        <translation>Pulizia dopo esperimenti interrotti</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: could not %2 (%3)</source>
        <translation>%1: impossibile %2 (%3)</translation>
    </message>
    <message>
        <source>%1. Hawan tries again at its next start; or do it by hand.</source>
        <translation>%1. Hawan riprova al prossimo avvio; oppure fallo a mano.</translation>
    </message>
    <message>
        <source>after an interrupted experiment: %1</source>
        <translation>dopo un esperimento interrotto: %1</translation>
    </message>
</context>
<context>
    <name>hawan::experiments::Measure</name>
    <message>
        <source>fio's job failed (error %1)</source>
        <translation>il job di fio non è riuscito (errore %1)</translation>
    </message>
    <message>
        <source>not hawan-meta's report: %1</source>
        <translation>non è il rapporto di hawan-meta: %1</translation>
    </message>
    <message>
        <source>hawan-meta: %1</source>
        <translation>hawan-meta: %1</translation>
    </message>
    <message>
        <source>hawan-meta's report has no phases</source>
        <translation>il rapporto di hawan-meta non ha fasi</translation>
    </message>
    <message>
        <source>hawan-meta's report: a phase without a name, operations or time</source>
        <translation>rapporto di hawan-meta: una fase senza nome, operazioni o tempo</translation>
    </message>
    <message>
        <source>Metadata: create, stat, rename, unlink small files; extract a tree</source>
        <translation>Metadati: crea, stat, rinomina, elimina piccoli file; estrai un albero</translation>
    </message>
    <message>
        <source>Sequential write (1 MiB blocks, fsync at the end)</source>
        <translation>Scrittura sequenziale (blocchi da 1 MiB, fsync alla fine)</translation>
    </message>
    <message>
        <source>Sequential read (1 MiB blocks, cache dropped first)</source>
        <translation>Lettura sequenziale (blocchi da 1 MiB, cache svuotata prima)</translation>
    </message>
    <message>
        <source>Random read/write (4 KiB blocks, IOPS)</source>
        <translation>Lettura/scrittura casuale (blocchi da 4 KiB, IOPS)</translation>
    </message>
    <message>
        <source>the command failed with no output</source>
        <translation>il comando non è riuscito, senza output</translation>
    </message>
    <message>
        <source>VM life cycle: create, start, migrate there and back, shut down, delete (time and WAN bytes per phase)</source>
        <translation>Ciclo di vita di una VM: crea, avvia, migra all'altro sito e indietro, spegni, elimina (tempo e byte WAN per fase)</translation>
    </message>
    <message>
        <source>Migration of an idle VM (time, downtime, data, passes)</source>
        <translation>Migrazione di una VM inattiva (tempo, downtime, dati, passate)</translation>
    </message>
    <message>
        <source>Migration of a busy VM (it keeps dirtying its memory): time, downtime, data, passes</source>
        <translation>Migrazione di una VM attiva (continua a sporcare la sua memoria): tempo, downtime, dati, passate</translation>
    </message>
</context>
<context>
    <name>hawan::experiments::Report</name>
    <message>
        <source>total time</source>
        <translation>tempo totale</translation>
    </message>
    <message>
        <source>%1 rate</source>
        <translation>frequenza di %1</translation>
    </message>
    <message>
        <source>%1 time per operation</source>
        <translation>tempo per operazione di %1</translation>
    </message>
    <message>
        <source>%1 throughput</source>
        <translation>velocità di %1</translation>
    </message>
    <message>
        <source>%1 IOPS</source>
        <translation>IOPS di %1</translation>
    </message>
    <message>
        <source>%1 mean latency</source>
        <translation>latenza media di %1</translation>
    </message>
    <message>
        <source>%1 99th percentile latency</source>
        <translation>latenza al 99° percentile di %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: WAN bytes out of the site</source>
        <translation>%1: byte WAN in uscita dal sito</translation>
    </message>
    <message>
        <source>%1: WAN bytes into the site</source>
        <translation>%1: byte WAN in entrata nel sito</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>downtime</translation>
    </message>
    <message>
        <source>data sent (libvirt's job statistics)</source>
        <translation>dati inviati (statistiche del job di libvirt)</translation>
    </message>
    <message>
        <source>bytes on the WAN, that way (frames)</source>
        <translation>byte sulla WAN, in quel verso (frame)</translation>
    </message>
    <message>
        <source>bytes on the WAN, the other way (frames)</source>
        <translation>byte sulla WAN, nel verso opposto (frame)</translation>
    </message>
    <message>
        <source>passes over memory</source>
        <translation>passate sulla memoria</translation>
    </message>
    <message>
        <source>auto-converge's CPU throttle, at most</source>
        <translation>rallentamento CPU di auto-converge, al massimo</translation>
    </message>
    <message>
        <source>forced off (did not power off when asked)</source>
        <translation>spenta a forza (non si è spenta quando richiesto)</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>tempo di %1</translation>
    </message>
</context>
<context>
    <name>hawan::experiments::VmTest</name>
    <message>
        <source>%1 with test VM %2</source>
        <translation>%1 con la VM di prova %2</translation>
    </message>
    <message>
        <source>no hosts to run it on</source>
        <translation>nessun host su cui eseguirlo</translation>
    </message>
    <message>
        <source>no busy guest's image ([experiments] busy_vm_image)</source>
        <translation>nessuna immagine del guest attivo ([experiments] busy_vm_image)</translation>
    </message>
    <message>
        <source>no test VM image ([experiments] vm_image)</source>
        <translation>nessuna immagine per la VM di prova ([experiments] vm_image)</translation>
    </message>
    <message>
        <source>no host of %1 answers outside maintenance</source>
        <translation>nessun host di %1 risponde fuori manutenzione</translation>
    </message>
    <message>
        <source>read the link's counters</source>
        <translation>leggi i contatori del collegamento</translation>
    </message>
    <message>
        <source>the link's counters command printed '%1', not two byte counts</source>
        <translation>il comando dei contatori del collegamento ha stampato '%1', non due conteggi di byte</translation>
    </message>
    <message>
        <source>copy the test VM's disk at %1</source>
        <translation>copia il disco della VM di prova a %1</translation>
    </message>
    <message>
        <source>copying the template: %1</source>
        <translation>copia del modello: %1</translation>
    </message>
    <message>
        <source>Hawan experiment test VM: removed when its run ends</source>
        <translation>VM di prova di un esperimento Hawan: rimossa al termine dell'esecuzione</translation>
    </message>
    <message>
        <source>not seen running within %1 s</source>
        <translation>non vista in esecuzione entro %1 s</translation>
    </message>
    <message>
        <source>delete the test VM's disk</source>
        <translation>elimina il disco della VM di prova</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallita</translation>
    </message>
    <message>
        <source>the test VM could not be removed</source>
        <translation>la VM di prova non è stata rimossa</translation>
    </message>
    <message>
        <source>%1; %2 may be left on a host or its disk in %3</source>
        <translation>%1; %2 può essere rimasta su un host o il suo disco in %3</translation>
    </message>
</context>
<context>
    <name>hawan::ha::Watcher</name>
    <message>
        <source>HA watcher</source>
        <translation>Sorvegliante HA</translation>
    </message>
    <message>
        <source>HA: %1</source>
        <translation>HA: %1</translation>
    </message>
    <message>
        <source>taking the watcher's lease</source>
        <translation>presa del lease del sorvegliante</translation>
    </message>
    <message>
        <source>the HA watcher</source>
        <translation>il sorvegliante HA</translation>
    </message>
    <message>
        <source>standby: the acting watcher is %1</source>
        <translation>in attesa: il sorvegliante attivo è %1</translation>
    </message>
    <message>
        <source>standby: %1 acts</source>
        <translation>in attesa: agisce %1</translation>
    </message>
    <message>
        <source>standby: %1</source>
        <translation>in attesa: %1</translation>
    </message>
    <message numerus="yes">
        <source>acting: watching %n host(s); a host silent for %1 s is fenced and its HA VMs restarted elsewhere</source>
        <translation><numerusform>attivo: sorveglia %n host; un host silenzioso per %1 s viene isolato e le sue VM HA riavviate altrove</numerusform><numerusform>attivo: sorveglia %n host; un host silenzioso per %1 s viene isolato e le sue VM HA riavviate altrove</numerusform></translation>
    </message>
    <message>
        <source>acting</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>%1 (plan %2) is open in the journal: an operator resumes or aborts it</source>
        <translation>%1 (piano %2) è aperto nel journal: un operatore lo riprende o lo annulla</translation>
    </message>
    <message>
        <source>the recovery of %1 (plan %2) was started on %3, which may still run it: left alone</source>
        <translation>il ripristino di %1 (piano %2) è stato avviato su %3, che potrebbe ancora eseguirlo: lasciato stare</translation>
    </message>
    <message>
        <source>cannot finish the recovery of %1 (plan %2): %3</source>
        <translation>impossibile completare il ripristino di %1 (piano %2): %3</translation>
    </message>
    <message>
        <source>finishing the recovery of %1 left open (plan %2)</source>
        <translation>completamento del ripristino di %1 rimasto aperto (piano %2)</translation>
    </message>
    <message>
        <source>finishing the recovery of %1 left open (plan %2); fenced already: %3</source>
        <translation>completamento del ripristino di %1 rimasto aperto (piano %2); già isolato: %3</translation>
    </message>
    <message>
        <source>recovery of %1: %2</source>
        <translation>ripristino di %1: %2</translation>
    </message>
    <message>
        <source>%1 answers again</source>
        <translation>%1 risponde di nuovo</translation>
    </message>
    <message>
        <source>unreachable for %1 s while %2's other hosts answer</source>
        <translation>irraggiungibile da %1 s mentre gli altri host di %2 rispondono</translation>
    </message>
    <message>
        <source>PARTITION? every host of %1 fell silent at once (or its link is cut): from here a partition cannot be told from the loss of the site, so nothing is fenced or restarted. An operator decides; or set [ha] witness so that this side may act when the witness agrees.</source>
        <translation>PARTIZIONE? ogni host di %1 è diventato silenzioso in un colpo (o il suo collegamento è interrotto): da qui una partizione non si distingue dalla perdita del sito, quindi nulla viene isolato o riavviato. Decide un operatore; oppure imposta [ha] witness perché questo lato possa agire quando il testimone è d'accordo.</translation>
    </message>
    <message>
        <source>HA witness for %1</source>
        <translation>Testimone HA per %1</translation>
    </message>
    <message>
        <source>every host of %1 fell silent at once: asking the witness whether this side may act</source>
        <translation>ogni host di %1 è diventato silenzioso in un colpo: si chiede al testimone se questo lato può agire</translation>
    </message>
    <message>
        <source>PARTITION: the witness does not let this side act for %1 (%2): nothing is fenced or restarted</source>
        <translation>PARTIZIONE: il testimone non lascia agire questo lato per %1 (%2): nulla viene isolato o riavviato</translation>
    </message>
    <message>
        <source>the witness lets this side act for %1 (%2)</source>
        <translation>il testimone lascia agire questo lato per %1 (%2)</translation>
    </message>
    <message>
        <source>%1 silent as a whole; the witness agreed</source>
        <translation>%1 silenzioso per intero; il testimone è d'accordo</translation>
    </message>
    <message>
        <source>%1 is silent (%2) but in maintenance: left to the operator</source>
        <translation>%1 è silenzioso (%2) ma in manutenzione: lasciato all'operatore</translation>
    </message>
    <message>
        <source>%1 is silent (%2): %3</source>
        <translation>%1 è silenzioso (%2): %3</translation>
    </message>
    <message>
        <source>%1 is silent (%2) but is not recovered: %3</source>
        <translation>%1 è silenzioso (%2) ma non viene ripristinato: %3</translation>
    </message>
    <message>
        <source>%1 is silent (%2): none of its VMs has a restart policy, so it is not fenced</source>
        <translation>%1 è silenzioso (%2): nessuna delle sue VM ha una politica di riavvio, quindi non viene isolato</translation>
    </message>
    <message numerus="yes">
        <source>%1 is silent (%2): fencing it, then restarting %n HA VM(s) elsewhere</source>
        <translation><numerusform>%1 è silenzioso (%2): lo si isola, poi si riavvia %n VM HA altrove</numerusform><numerusform>%1 è silenzioso (%2): lo si isola, poi si riavviano %n VM HA altrove</numerusform></translation>
    </message>
    <message>
        <source>the recovery of %1 did not start: %2</source>
        <translation>il ripristino di %1 non è partito: %2</translation>
    </message>
    <message>
        <source>HA watcher: %1 silent (%2)</source>
        <translation>Sorvegliante HA: %1 silenzioso (%2)</translation>
    </message>
    <message>
        <source>the recovery of %1 waits for an operator: %2</source>
        <translation>il ripristino di %1 attende un operatore: %2</translation>
    </message>
    <message>
        <source>its HA policy says not to restart it: left for the operator</source>
        <translation>la sua politica HA dice di non riavviarla: lasciata all'operatore</translation>
    </message>
    <message>
        <source>no HA policy matches it: left for the operator</source>
        <translation>nessuna politica HA la riguarda: lasciata all'operatore</translation>
    </message>
    <message>
        <source>every host that could take it is avoided by its HA policy, or full</source>
        <translation>ogni host che potrebbe accoglierla è escluso dalla sua politica HA, o pieno</translation>
    </message>
    <message>
        <source>HA policy: not on %1</source>
        <translation>politica HA: non su %1</translation>
    </message>
    <message>
        <source>HA heartbeat</source>
        <translation>battito HA</translation>
    </message>
    <message>
        <source>stopped: the watcher's lease is let go (a standby watcher takes over); a recovery it started is finished by the next watcher, from the journal</source>
        <translation>fermato: il lease del sorvegliante è rilasciato (subentra un sorvegliante in attesa); un ripristino avviato viene completato dal prossimo sorvegliante, dal journal</translation>
    </message>
    <message>
        <source>%1: Nova counts its compute service down while it live-migrates %2; not recovered while that runs (recover by hand if the host is really dead)</source>
        <translation>%1: Nova considera giù il suo servizio di calcolo mentre migra live %2; non recuperato finché questa è in corso (recuperare a mano se l'host è davvero morto)</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::CommandJob</name>
    <message>
        <source>'%3' exited with %1%2</source>
        <translation>'%3' è terminato con %1%2</translation>
    </message>
    <message>
        <source>'%3' did not finish within %2 s or was killed%1</source>
        <translation>'%3' non è terminato entro %2 s o è stato interrotto%1</translation>
    </message>
    <message>
        <source>cannot run '%2': %1</source>
        <translation>impossibile eseguire '%2': %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nessun comando indicato</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::FenceJob</name>
    <message>
        <source>Fence %1</source>
        <translation>Isolamento di %1</translation>
    </message>
    <message>
        <source>no fence command is configured for this host</source>
        <translation>per questo host non è configurato alcun comando di fence</translation>
    </message>
    <message>
        <source>the fence command exited with %1%2</source>
        <translation>il comando di fence è uscito con %1%2</translation>
    </message>
    <message>
        <source>the fence command could not start: %1</source>
        <translation>il comando di fence non è partito: %1</translation>
    </message>
    <message>
        <source>the fence command did not finish within 2 minutes or was killed, with everything it started: the host's power state is unknown (it may still be on); check it at its power controller before restarting its VMs anywhere%1</source>
        <translation>il comando di fencing non è terminato entro 2 minuti o è stato ucciso, con tutto ciò che aveva avviato: lo stato di alimentazione dell'host è sconosciuto (potrebbe essere ancora acceso); verificalo al suo controller di alimentazione prima di riavviare le sue VM altrove%1</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::Job</name>
    <message>
        <source>cancelled before it started</source>
        <translation>annullata prima di partire</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>riuscita</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallita</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::Journal</name>
    <message>
        <source>a plan record needs 'plan', a known 'kind' and a 'moves' array</source>
        <translation>un record di piano richiede 'plan', un 'kind' noto e un array 'moves'</translation>
    </message>
    <message>
        <source>a move needs 'uuid', 'from' and 'to'</source>
        <translation>uno spostamento richiede 'uuid', 'from' e 'to'</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>plan %1 written twice; the first one is kept</source>
        <translation>piano %1 scritto due volte; si tiene il primo</translation>
    </message>
    <message>
        <source>record '%1' for unknown plan '%2'</source>
        <translation>record '%1' per il piano sconosciuto '%2'</translation>
    </message>
    <message>
        <source>plan %1 has no move %2</source>
        <translation>il piano %1 non ha lo spostamento %2</translation>
    </message>
    <message>
        <source>unknown plan state '%1'</source>
        <translation>stato di piano sconosciuto '%1'</translation>
    </message>
    <message>
        <source>unknown record '%1'</source>
        <translation>record sconosciuto '%1'</translation>
    </message>
    <message>
        <source>line %1: cut short (the writer stopped mid-line); skipped</source>
        <translation>riga %1: troncata (chi scriveva si è fermato a metà); saltata</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2); skipped</source>
        <translation>riga %1: non è un oggetto JSON (%2); saltata</translation>
    </message>
    <message>
        <source>cannot open the journal %1 for writing: %2</source>
        <translation>impossibile aprire in scrittura il journal %1: %2</translation>
    </message>
    <message>
        <source>cannot write the journal %1: %2</source>
        <translation>impossibile scrivere il journal %1: %2</translation>
    </message>
    <message>
        <source>a record from another console is not a JSON object (%1); skipped</source>
        <translation>un record di un'altra console non è un oggetto JSON (%1); saltato</translation>
    </message>
    <message>
        <source>not authenticated: its MAC does not match its content (edited, or signed with another key than %1); ignored</source>
        <translation>non autenticato: il suo MAC non corrisponde al contenuto (modificato, o firmato con una chiave diversa da %1); ignorato</translation>
    </message>
    <message>
        <source>not authenticated: it carries no MAC (written by hand, or before the audit key existed); ignored</source>
        <translation>non autenticato: non ha un MAC (scritto a mano, o prima che esistesse la chiave di audit); ignorato</translation>
    </message>
    <message>
        <source>a record from another console: %1</source>
        <translation>un record da un'altra console: %1</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::Lease</name>
    <message>
        <source>a process that has not said who it is</source>
        <translation>un processo che non ha detto chi è</translation>
    </message>
    <message>
        <source>%1 (pid %2 on %3</source>
        <translation>%1 (pid %2 su %3</translation>
    </message>
    <message>
        <source> since %1 UTC</source>
        <translation> dalle %1 UTC</translation>
    </message>
    <message>
        <source>cannot create the lease directory %1</source>
        <translation>impossibile creare la directory dei lease %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>cannot lock %1: %2</source>
        <translation>impossibile bloccare %1: %2</translation>
    </message>
    <message>
        <source>cannot test the lock of %1: %2</source>
        <translation>impossibile verificare il blocco di %1: %2</translation>
    </message>
    <message>
        <source>cannot write the lease: %1</source>
        <translation>impossibile scrivere il lease: %1</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::LeaseJob</name>
    <message>
        <source>taking the lease</source>
        <translation>presa del lease</translation>
    </message>
    <message>
        <source>the lease directory %1 did not answer within %2 s: nothing was done</source>
        <translation>la directory dei lease %1 non ha risposto entro %2 s: non è stato fatto nulla</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenuto</translation>
    </message>
    <message>
        <source>cannot take the lease of %1: %2</source>
        <translation>impossibile prendere il lease di %1: %2</translation>
    </message>
    <message>
        <source>Take the lease: %1</source>
        <translation>Prendi il lease: %1</translation>
    </message>
    <message>
        <source>%1 is held by %2</source>
        <translation>%1 è tenuto da %2</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::MigrationJob</name>
    <message>
        <source>Migrate %1: %2 → %3</source>
        <translation>Migra %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::MigrationWorker</name>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossibile connettersi a %1</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 non è su %2</translation>
    </message>
    <message>
        <source>migration failed</source>
        <translation>migrazione non riuscita</translation>
    </message>
    <message>
        <source>did not finish within %1 s and was aborted; the VM keeps running on %2</source>
        <translation>non si è conclusa entro %1 s ed è stata interrotta; la VM resta in esecuzione su %2</translation>
    </message>
    <message>
        <source>%1 runs on %2; %3's daemon never answered the migrate call (the job ended on where the VM runs)</source>
        <translation>%1 gira su %2; il demone di %3 non ha mai risposto alla chiamata di migrazione (il job si è concluso in base a dove gira la VM)</translation>
    </message>
    <message>
        <source>%1 still runs on %2 and not on %3; %2's daemon ended the migration without answering the migrate call</source>
        <translation>%1 gira ancora su %2 e non su %3; il demone di %2 ha chiuso la migrazione senza rispondere alla chiamata di migrazione</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::PlanRunner</name>
    <message>
        <source>paused: %1</source>
        <translation>in pausa: %1</translation>
    </message>
    <message>
        <source>%1; nothing was started</source>
        <translation>%1; non è stato avviato nulla</translation>
    </message>
    <message>
        <source>paused: running moves finish, no new one starts</source>
        <translation>in pausa: gli spostamenti in corso terminano, non ne parte uno nuovo</translation>
    </message>
    <message>
        <source>not started: the plan was aborted</source>
        <translation>non avviato: il piano è stato interrotto</translation>
    </message>
    <message>
        <source>aborting: cancelling running moves</source>
        <translation>interruzione: annullamento degli spostamenti in corso</translation>
    </message>
    <message>
        <source>aborting: waiting to learn where in-flight VMs ended up</source>
        <translation>interruzione: in attesa di sapere dove sono finite le VM in transito</translation>
    </message>
    <message>
        <source>waiting for every host to report</source>
        <translation>in attesa che ogni host risponda</translation>
    </message>
    <message numerus="yes">
        <source>reconciling %n move(s) that were in flight</source>
        <translation><numerusform>riconciliazione di %n spostamento in transito</numerusform><numerusform>riconciliazione di %n spostamenti in transito</numerusform></translation>
    </message>
    <message>
        <source>host %1 is no longer in the configuration</source>
        <translation>l'host %1 non è più nella configurazione</translation>
    </message>
    <message>
        <source>already on %1</source>
        <translation>già su %1</translation>
    </message>
    <message>
        <source>now on %1, not on %2: left where it is</source>
        <translation>ora su %1, non su %2: lasciata dov'è</translation>
    </message>
    <message>
        <source>%1 not found while a host is unreachable</source>
        <translation>%1 non trovata mentre un host è irraggiungibile</translation>
    </message>
    <message>
        <source>not found on any host</source>
        <translation>non trovata su nessun host</translation>
    </message>
    <message>
        <source>%1 is unreachable</source>
        <translation>%1 è irraggiungibile</translation>
    </message>
    <message>
        <source>cancelled; it keeps running on its host</source>
        <translation>annullata; continua a girare sul suo host</translation>
    </message>
    <message>
        <source>%1: moved %2 → %3%4</source>
        <translation>%1: spostata %2 → %3%4</translation>
    </message>
    <message>
        <source>%1: %2 not moved (%3): %4</source>
        <translation>%1: %2 non spostata (%3): %4</translation>
    </message>
    <message>
        <source>host %1 is no longer in the configuration; check the VM by hand</source>
        <translation>l'host %1 non è più nella configurazione; controlla la VM a mano</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>completed while the console was away; %1 still holds an inactive definition</source>
        <translation>completata mentre la console era assente; %1 conserva ancora una definizione inattiva</translation>
    </message>
    <message>
        <source>completed while the console was away</source>
        <translation>completata mentre la console era assente</translation>
    </message>
    <message>
        <source>the migration in flight did not complete</source>
        <translation>la migrazione in corso non si è completata</translation>
    </message>
    <message>
        <source>it never left %1</source>
        <translation>non ha mai lasciato %1</translation>
    </message>
    <message>
        <source>it is active on both %1 and %2: stop one by hand after checking which is current</source>
        <translation>è attiva sia su %1 sia su %2: fermane una a mano dopo aver verificato quale è aggiornata</translation>
    </message>
    <message>
        <source>it is shut off on %1</source>
        <translation>è spenta su %1</translation>
    </message>
    <message>
        <source>neither %1 nor %2 knows it: look for it on the other hosts</source>
        <translation>né %1 né %2 la conoscono: cercala sugli altri host</translation>
    </message>
    <message>
        <source>cannot reach a host to reconcile %1 (%2); retrying</source>
        <translation>impossibile raggiungere un host per riconciliare %1 (%2); nuovo tentativo</translation>
    </message>
    <message>
        <source>%1 is cut: moves across it wait for it to return</source>
        <translation>%1 è interrotto: gli spostamenti che lo attraversano attendono che torni</translation>
    </message>
    <message>
        <source>in flight when the console stopped: checked again</source>
        <translation>in corso quando la console si è fermata: verificata di nuovo</translation>
    </message>
    <message>
        <source>already running on %1</source>
        <translation>già in esecuzione su %1</translation>
    </message>
    <message>
        <source>not started: the journal could not record it</source>
        <translation>non avviata: il journal non ha potuto registrarla</translation>
    </message>
    <message>
        <source>%1 answers again: not restarted elsewhere (migrate or evacuate instead)</source>
        <translation>%1 risponde di nuovo: non riavviata altrove (migra o evacua invece)</translation>
    </message>
    <message>
        <source>fencing %1: nothing restarts before it is powered off</source>
        <translation>fence di %1: nulla si riavvia prima che sia spento</translation>
    </message>
    <message>
        <source>fencing %1 failed: %2. Nothing was restarted (its VMs may still run there). Fix the fence command or power the host off by hand, then Resume; or Abort.</source>
        <translation>fence di %1 non riuscito: %2. Nulla è stato riavviato (le sue VM potrebbero girare ancora lì). Correggi il comando di fence o spegni l'host a mano, poi Riprendi; oppure Interrompi.</translation>
    </message>
    <message>
        <source>Fencing %1 failed</source>
        <translation>Fence di %1 non riuscito</translation>
    </message>
    <message>
        <source>the fence command exited 0</source>
        <translation>il comando di fence è uscito con 0</translation>
    </message>
    <message>
        <source>%1 fenced (%2): restarting its VMs elsewhere</source>
        <translation>%1 isolato (%2): riavvio delle sue VM altrove</translation>
    </message>
    <message>
        <source>Fenced %1</source>
        <translation>%1 isolato</translation>
    </message>
    <message>
        <source>%1 was powered off by its fence command (%2); its VMs restart elsewhere.</source>
        <translation>%1 è stato spento dal suo comando di fence (%2); le sue VM si riavviano altrove.</translation>
    </message>
    <message>
        <source>Fencing: %1</source>
        <translation>Fence: %1</translation>
    </message>
    <message>
        <source>locating %1</source>
        <translation>localizzazione di %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n move(s) done</source>
        <translation><numerusform>%1 di %n spostamento completato</numerusform><numerusform>%1 di %n spostamenti completati</numerusform></translation>
    </message>
    <message>
        <source>%1; nothing was done</source>
        <translation>%1; non è stato fatto nulla</translation>
    </message>
    <message>
        <source>the recovery of %1</source>
        <translation>il ripristino di %1</translation>
    </message>
    <message>
        <source>host off: %1</source>
        <translation>host spento: %1</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::Planner</name>
    <message>
        <source>Migrate %1</source>
        <translation>Migra %1</translation>
    </message>
    <message>
        <source>Evacuate host %1</source>
        <translation>Evacua l'host %1</translation>
    </message>
    <message>
        <source>Evacuate site %1</source>
        <translation>Evacua il sito %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n VM(s)</source>
        <translation><numerusform>Sposta %n VM</numerusform><numerusform>Sposta %n VM</numerusform></translation>
    </message>
    <message>
        <source>%1 is in maintenance or being emptied</source>
        <translation>%1 è in manutenzione o in svuotamento</translation>
    </message>
    <message>
        <source>%1 is not reachable</source>
        <translation>%1 non è raggiungibile</translation>
    </message>
    <message>
        <source>%1's data is stale</source>
        <translation>i dati di %1 non sono aggiornati</translation>
    </message>
    <message>
        <source>%1 has no migration_uri</source>
        <translation>%1 non ha migration_uri</translation>
    </message>
    <message>
        <source>The other sites have %1 free for %2 of running VMs: not everything fits.</source>
        <translation>Gli altri siti hanno %1 liberi per %2 di VM in esecuzione: non entra tutto.</translation>
    </message>
    <message>
        <source>%1's data is stale: the plan uses its last known VMs; check them before running it.</source>
        <translation>i dati di %1 non sono aggiornati: il piano usa le ultime VM note; controllale prima di eseguirlo.</translation>
    </message>
    <message>
        <source>it is %1: start or recover it first, then move it</source>
        <translation>è %1: avviala o ripristinala prima, poi spostala</translation>
    </message>
    <message>
        <source>no host can receive it (%1)</source>
        <translation>nessun host può riceverla (%1)</translation>
    </message>
    <message>
        <source>no other host</source>
        <translation>nessun altro host</translation>
    </message>
    <message>
        <source>needs %1 of memory; the most any eligible host has left is %2. Free memory or add a host.</source>
        <translation>richiede %1 di memoria; il massimo libero su un host idoneo è %2. Libera memoria o aggiungi un host.</translation>
    </message>
    <message>
        <source>anti-affinity with %1 leaves no host for it</source>
        <translation>l'anti-affinità con %1 non le lascia alcun host</translation>
    </message>
    <message numerus="yes">
        <source>needs %n vCPU(s); no eligible host has that many</source>
        <translation><numerusform>richiede %n vCPU; nessun host idoneo ne ha tante</numerusform><numerusform>richiede %n vCPU; nessun host idoneo ne ha tante</numerusform></translation>
    </message>
    <message>
        <source>no eligible host</source>
        <translation>nessun host idoneo</translation>
    </message>
    <message>
        <source>same site, most free memory</source>
        <translation>stesso sito, più memoria libera</translation>
    </message>
    <message>
        <source>other site: all of %1 is being emptied</source>
        <translation>altro sito: tutto %1 è in svuotamento</translation>
    </message>
    <message>
        <source>other site: %1 has no other host</source>
        <translation>altro sito: %1 non ha altri host</translation>
    </message>
    <message>
        <source>other site: %1</source>
        <translation>altro sito: %1</translation>
    </message>
    <message>
        <source>other site: anti-affinity with %1 rules out the same site</source>
        <translation>altro sito: l'anti-affinità con %1 esclude lo stesso sito</translation>
    </message>
    <message>
        <source>other site: no room at %1</source>
        <translation>altro sito: non c'è spazio a %1</translation>
    </message>
    <message>
        <source>%1: unknown destination '%2'</source>
        <translation>%1: destinazione sconosciuta '%2'</translation>
    </message>
    <message>
        <source>%1: destination is its own host</source>
        <translation>%1: la destinazione è il suo stesso host</translation>
    </message>
    <message>
        <source>%1: %2 is being emptied by this plan</source>
        <translation>%1: %2 viene svuotato da questo piano</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 must not share a host (anti-affinity), both would be on %3</source>
        <translation>%1 e %2 non devono condividere un host (anti-affinità), finirebbero entrambe su %3</translation>
    </message>
    <message>
        <source>%1 would receive %2 but has %3 free</source>
        <translation>%1 riceverebbe %2 ma ha %3 liberi</translation>
    </message>
    <message>
        <source>its disks are in storage pools no eligible host has (%1)</source>
        <translation>i suoi dischi sono in pool di storage che nessun host idoneo ha (%1)</translation>
    </message>
    <message>
        <source>%1: %2 has no active storage pool holding its disks</source>
        <translation>%1: %2 non ha un pool di storage attivo che contenga i suoi dischi</translation>
    </message>
    <message>
        <source>Recover host %1</source>
        <translation>Recupera l'host %1</translation>
    </message>
    <message>
        <source>%1 answers: its VMs may still run there. Recovery is for a host that is down; migrate or evacuate instead.</source>
        <translation>%1 risponde: le sue VM potrebbero girare ancora lì. Il recupero è per un host giù; migra o evacua invece.</translation>
    </message>
    <message>
        <source>restart at the other site: %1</source>
        <translation>riavvio nell'altro sito: %1</translation>
    </message>
    <message>
        <source>restart at the same site</source>
        <translation>riavvio nello stesso sito</translation>
    </message>
    <message>
        <source>the console never read its definition while %1 was up: define it on another host from your own copy</source>
        <translation>la console non ne ha mai letto la definizione mentre %1 era attivo: definiscila su un altro host dalla tua copia</translation>
    </message>
    <message>
        <source>Shut off, left defined on %1 only: %2.</source>
        <translation>Spente, restano definite solo su %1: %2.</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (su %2)</translation>
    </message>
    <message>
        <source>Already running on another host, not restarted: %1.</source>
        <translation>Già in esecuzione su un altro host, non riavviate: %1.</translation>
    </message>
    <message>
        <source>Bring VMs back to %1</source>
        <translation>Riporta le VM su %1</translation>
    </message>
    <message>
        <source>its disks are in storage pools %1 does not have (%2)</source>
        <translation>i suoi dischi sono in pool di storage che %1 non ha (%2)</translation>
    </message>
    <message>
        <source>anti-affinity with %1, now on %2</source>
        <translation>anti-affinità con %1, ora su %2</translation>
    </message>
    <message>
        <source>needs %1 of memory; %2 has %3 left</source>
        <translation>servono %1 di memoria; a %2 ne restano %3</translation>
    </message>
    <message>
        <source>back where it ran before its evacuation</source>
        <translation>di nuovo dove girava prima dell'evacuazione</translation>
    </message>
    <message>
        <source>back where it ran before: %1</source>
        <translation>di nuovo dove girava prima: %1</translation>
    </message>
    <message>
        <source>What ran on %1 is not known here: this console has not seen it answer and has no saved list of its VMs. Recover it from a console that has seen it, or define and start its VMs by hand.</source>
        <translation>Cosa girava su %1 non è noto qui: questa console non l'ha visto rispondere e non ha un elenco salvato delle sue VM. Ripristinalo da una console che l'ha visto, o definisci e avvia le sue VM a mano.</translation>
    </message>
    <message>
        <source>managed by %1: Hawan does not move, restart, define or remove it through libvirt, behind %1's back (its records of where the VM runs would go wrong). Act through %1 (for OpenStack: openstack server migrate --live-migration, or server evacuate) until this console has the cloud as a source.</source>
        <translation>gestita da %1: Hawan non la sposta, non la riavvia, non la definisce né la rimuove tramite libvirt, alle spalle di %1 (i suoi dati su dove gira la VM diventerebbero sbagliati). Agisci tramite %1 (per OpenStack: openstack server migrate --live-migration, o server evacuate) finché questa console non ha il cloud come sorgente.</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::RestartJob</name>
    <message>
        <source>Restart %1 on %2 (recovered from %3)</source>
        <translation>Riavvio di %1 su %2 (recuperata da %3)</translation>
    </message>
    <message>
        <source>already running on %1</source>
        <translation>già in esecuzione su %1</translation>
    </message>
    <message>
        <source>defined on %1, not started</source>
        <translation>definita su %1, non avviata</translation>
    </message>
    <message>
        <source>cannot connect to %1</source>
        <translation>impossibile connettersi a %1</translation>
    </message>
    <message>
        <source>cannot define %1 on %2</source>
        <translation>impossibile definire %1 su %2</translation>
    </message>
    <message>
        <source>defined on %1 but not started: %2. Start it there once the cause is fixed.</source>
        <translation>definita su %1 ma non avviata: %2. Avviala lì dopo averne rimosso la causa.</translation>
    </message>
    <message>
        <source>cannot start</source>
        <translation>impossibile avviare</translation>
    </message>
    <message>
        <source>while starting it</source>
        <translation>durante l'avvio</translation>
    </message>
    <message>
        <source>while defining it</source>
        <translation>durante la definizione</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>durante la connessione</translation>
    </message>
    <message>
        <source>no answer from %1 after %2 s %3: its daemon, or the storage it waits on, may be stuck. %4 may still start there: check %1 (virsh domstate %4) before starting it anywhere else.</source>
        <translation>nessuna risposta da %1 dopo %2 s %3: il suo demone, o lo storage che attende, potrebbe essere bloccato. %4 potrebbe ancora avviarsi lì: controlla %1 (virsh domstate %4) prima di avviarla altrove.</translation>
    </message>
    <message>
        <source>not started on %1: it already runs on %2 (asked just now), so it stays there</source>
        <translation>non avviata su %1: è già in esecuzione su %2 (chiesto adesso), quindi resta lì</translation>
    </message>
    <message>
        <source>not started on %1: %2, so whether %3 still runs somewhere is not known. Make the lockspace readable here (its mount), then recover again.</source>
        <translation>non avviata su %1: %2, quindi non si sa se %3 giri ancora da qualche parte. Rendi leggibile qui il lockspace (il suo mount), poi ripristina di nuovo.</translation>
    </message>
    <message>
        <source>not started on %1: the lock manager's lease on its disk %2 is still held after %6 s, so %3 may still run on %4 (a fence that reported success does not prove a host is off: it may be frozen). Check that %5 is really powered off, then recover again.</source>
        <translation>non avviata su %1: il lease del gestore dei lock sul suo disco %2 è ancora tenuto dopo %6 s, quindi %3 potrebbe girare ancora su %4 (un fencing riuscito non prova che un host sia spento: potrebbe essere bloccato). Verifica che %5 sia davvero spento, poi ripristina di nuovo.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>while asking the other hosts and the disks' leases</source>
        <translation>mentre interrogava gli altri host e i lease dei dischi</translation>
    </message>
    <message>
        <source>while waiting for its disks' locks to be released</source>
        <translation>mentre attendeva il rilascio dei lock dei suoi dischi</translation>
    </message>
</context>
<context>
    <name>hawan::jobs::VmActionJob</name>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 su %3</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>host sconosciuto</translation>
    </message>
</context>
<context>
    <name>hawan::lv::HostSession</name>
    <message>
        <source>Defined</source>
        <translation>Definita</translation>
    </message>
    <message>
        <source>Undefined</source>
        <translation>Rimossa</translation>
    </message>
    <message>
        <source>Started (incoming migration)</source>
        <translation>Avviata (migrazione in arrivo)</translation>
    </message>
    <message>
        <source>Started (restored)</source>
        <translation>Avviata (ripristinata)</translation>
    </message>
    <message>
        <source>Started (woken up)</source>
        <translation>Avviata (risvegliata)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviata</translation>
    </message>
    <message>
        <source>Paused (migration)</source>
        <translation>In pausa (migrazione)</translation>
    </message>
    <message>
        <source>Paused (I/O error)</source>
        <translation>In pausa (errore di I/O)</translation>
    </message>
    <message>
        <source>Paused (watchdog)</source>
        <translation>In pausa (watchdog)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Ripresa</translation>
    </message>
    <message>
        <source>Stopped (shut down)</source>
        <translation>Fermata (spenta)</translation>
    </message>
    <message>
        <source>Stopped (forced off)</source>
        <translation>Fermata (spegnimento forzato)</translation>
    </message>
    <message>
        <source>Stopped (crashed)</source>
        <translation>Fermata (guasto)</translation>
    </message>
    <message>
        <source>Stopped (migrated away)</source>
        <translation>Fermata (migrata altrove)</translation>
    </message>
    <message>
        <source>Stopped (saved)</source>
        <translation>Fermata (salvata)</translation>
    </message>
    <message>
        <source>Stopped (host failure)</source>
        <translation>Fermata (guasto dell'host)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Fermata</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>In spegnimento</translation>
    </message>
    <message>
        <source>Suspended (power management)</source>
        <translation>Sospesa (gestione energetica)</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>Guasta</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Metti in pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>Spegni</translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>Forza lo spegnimento</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>impossibile connettersi</translation>
    </message>
    <message>
        <source>statistics failed</source>
        <translation>statistiche non riuscite</translation>
    </message>
    <message>
        <source>statistics failed: %1</source>
        <translation>statistiche non riuscite: %1</translation>
    </message>
    <message>
        <source>connection error</source>
        <translation>errore di connessione</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>il demone ha chiuso la connessione</translation>
    </message>
    <message>
        <source>no keepalive answer: host or daemon not responding</source>
        <translation>nessuna risposta keepalive: host o demone non rispondono</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connessione chiusa</translation>
    </message>
    <message>
        <source>host is not connected</source>
        <translation>l'host non è connesso</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 non riuscito</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connesso</translation>
    </message>
    <message>
        <source>Remove stale definition</source>
        <translation>Rimuovi definizione superata</translation>
    </message>
    <message>
        <source>it is active here: not removed</source>
        <translation>è attiva qui: non rimossa</translation>
    </message>
    <message>
        <source>Define</source>
        <translation>Definisci</translation>
    </message>
    <message>
        <source>Undefine</source>
        <translation>Rimuovi definizione</translation>
    </message>
    <message>
        <source>The saved snapshot of this host was refused, so nothing of it is shown or used for a recovery: %1</source>
        <translation>L'istantanea salvata di questo host è stata rifiutata, quindi nulla di essa è mostrato o usato per un ripristino: %1</translation>
    </message>
</context>
<context>
    <name>hawan::model::Inventory</name>
    <message>
        <source>Connected to %1 (%2 %3, libvirt %4)</source>
        <translation>Connesso a %1 (%2 %3, libvirt %4)</translation>
    </message>
    <message>
        <source>%1 unreachable: %2</source>
        <translation>%1 irraggiungibile: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 su %2: %3</translation>
    </message>
    <message>
        <source>%1 is up (%2, %3)</source>
        <translation>%1 è attivo (%2, %3)</translation>
    </message>
</context>
<context>
    <name>hawan::model::SnapshotCache</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not a saved snapshot (larger than %1 MiB)</source>
        <translation>non è un'istantanea salvata (più grande di %1 MiB)</translation>
    </message>
    <message>
        <source>not a saved snapshot (%1)</source>
        <translation>non è uno stato salvato (%1)</translation>
    </message>
    <message>
        <source>not a saved snapshot (no time or VM list)</source>
        <translation>non è uno stato salvato (manca l'ora o l'elenco delle VM)</translation>
    </message>
    <message>
        <source>a VM without uuid or name</source>
        <translation>una VM senza uuid o nome</translation>
    </message>
    <message>
        <source>not authenticated: its MAC does not match its content (edited, or saved with another key than %1); its VMs and definitions are not used</source>
        <translation>non autenticata: il suo MAC non corrisponde al contenuto (modificata, o salvata con una chiave diversa da %1); le sue VM e definizioni non sono usate</translation>
    </message>
    <message>
        <source>not authenticated: it carries no MAC (saved before the audit key existed, or written by hand); its VMs and definitions are not used</source>
        <translation>non autenticata: non ha un MAC (salvata prima che esistesse la chiave di audit, o scritta a mano); le sue VM e definizioni non sono usate</translation>
    </message>
</context>
<context>
    <name>hawan::probes</name>
    <message>
        <source>cannot open network namespace %1: %2</source>
        <translation>impossibile aprire il namespace di rete %1: %2</translation>
    </message>
    <message>
        <source>cannot enter network namespace %1: %2 (the console needs root for a namespace vantage)</source>
        <translation>impossibile entrare nel namespace di rete %1: %2 (la console deve essere root per misurare da un namespace)</translation>
    </message>
    <message>
        <source>'%1' is not an IPv4 address</source>
        <translation>'%1' non è un indirizzo IPv4</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>write + fsync on %1 failed: %2</source>
        <translation>scrittura + fsync su %1 fallita: %2</translation>
    </message>
    <message>
        <source>create in %1 failed: %2</source>
        <translation>creazione in %1 fallita: %2</translation>
    </message>
    <message>
        <source>stat/unlink in %1 failed: %2</source>
        <translation>stat/unlink in %1 fallito: %2</translation>
    </message>
</context>
<context>
    <name>hawan::probes::Icmp</name>
    <message>
        <source>cannot open an ICMP socket (%1; raw: %2): run the console as root, allow ping sockets (sysctl net.ipv4.ping_group_range), or probe with method "tcp:PORT"</source>
        <translation>impossibile aprire un socket ICMP (%1; raw: %2): esegui la console come root, abilita i ping socket (sysctl net.ipv4.ping_group_range) o usa il metodo "tcp:PORTA"</translation>
    </message>
</context>
<context>
    <name>hawan::probes::ProbeHub</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2: create/stat/unlink</source>
        <translation>%1 %2: create/stat/unlink</translation>
    </message>
    <message>
        <source>%1 %2: 4 KiB write + fsync</source>
        <translation>%1 %2: scrittura 4 KiB + fsync</translation>
    </message>
    <message>
        <source>%1: migration stream</source>
        <translation>%1: flusso di migrazione</translation>
    </message>
    <message>
        <source>no answer for %1 s</source>
        <translation>nessuna risposta da %1 s</translation>
    </message>
    <message>
        <source>%1: link cut</source>
        <translation>%1: collegamento interrotto</translation>
    </message>
    <message>
        <source>Every echo across %1 has been lost for 3 intervals in a row. Live migrations across it stall; the storage replica on the far side falls behind (heals pending).</source>
        <translation>Ogni eco attraverso %1 è andato perso per 3 intervalli di fila. Le migrazioni live che lo attraversano si bloccano; la replica dello storage dall'altra parte resta indietro (heal in sospeso).</translation>
    </message>
    <message>
        <source>%1: link restored</source>
        <translation>%1: collegamento ripristinato</translation>
    </message>
    <message>
        <source>Echoes across %1 are answered again (round trip %2 ms). Watch the heal backlog drain.</source>
        <translation>Gli echi attraverso %1 ricevono di nuovo risposta (andata e ritorno %2 ms). Osserva lo smaltimento dell'arretrato di heal.</translation>
    </message>
    <message>
        <source>cannot read the recording %1: %2</source>
        <translation>impossibile leggere la registrazione %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a recording of Hawan's probes (expected the CSV header of an export)</source>
        <translation>%1 non è una registrazione delle sonde di Hawan (atteso l'intestazione CSV di un'esportazione)</translation>
    </message>
    <message>
        <source>%1 (recorded)</source>
        <translation>%1 (registrato)</translation>
    </message>
    <message>
        <source>%1 holds no raw readings to play (export a 1 min or 10 min window)</source>
        <translation>%1 non contiene letture grezze da riprodurre (esporta una finestra di 1 o 10 min)</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of %1 were skipped (not raw readings, or malformed)</source>
        <translation><numerusform>%n riga di %1 è stata saltata (non è una lettura grezza, o è malformata)</numerusform><numerusform>%n righe di %1 sono state saltate (non sono letture grezze, o sono malformate)</numerusform></translation>
    </message>
</context>
<context>
    <name>hawan::probes::Timeline</name>
    <message>
        <source>Migration started</source>
        <translation>Migrazione avviata</translation>
    </message>
    <message>
        <source>Migration ended</source>
        <translation>Migrazione terminata</translation>
    </message>
    <message>
        <source>Evacuation started</source>
        <translation>Evacuazione avviata</translation>
    </message>
    <message>
        <source>Evacuation ended</source>
        <translation>Evacuazione terminata</translation>
    </message>
    <message>
        <source>Host down</source>
        <translation>Host giù</translation>
    </message>
    <message>
        <source>Host up</source>
        <translation>Host su</translation>
    </message>
    <message>
        <source>Link cut</source>
        <translation>Collegamento interrotto</translation>
    </message>
    <message>
        <source>Link restored</source>
        <translation>Collegamento ripristinato</translation>
    </message>
    <message>
        <source>Heal backlog rising</source>
        <translation>Arretrato di heal in crescita</translation>
    </message>
    <message>
        <source>Heal backlog drained</source>
        <translation>Arretrato di heal smaltito</translation>
    </message>
    <message>
        <source>Host fenced</source>
        <translation>Host isolato (fence)</translation>
    </message>
</context>
<context>
    <name>hawan::storage::DiskLeases</name>
    <message>
        <source>the lock manager's lockspace %1 cannot be read (%2)</source>
        <translation>il lockspace del gestore dei lock %1 non è leggibile (%2)</translation>
    </message>
    <message>
        <source>the lease of %1 in %2 cannot be read (%3)</source>
        <translation>il lease di %1 in %2 non è leggibile (%3)</translation>
    </message>
    <message>
        <source>the lease of %1 in %2 cannot be tested (%3)</source>
        <translation>il lease di %1 in %2 non è verificabile (%3)</translation>
    </message>
</context>
<context>
    <name>hawan::storage::GlusterXml</name>
    <message>
        <source>empty answer (no XML at all)</source>
        <translation>risposta vuota (nessun XML)</translation>
    </message>
    <message>
        <source>XML nested deeper than %1 levels at line %2</source>
        <translation>XML annidato oltre %1 livelli alla riga %2</translation>
    </message>
    <message>
        <source>XML with more than %1 elements</source>
        <translation>XML con più di %1 elementi</translation>
    </message>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <translation>XML non valido alla riga %1, colonna %2: %3</translation>
    </message>
    <message>
        <source>no &lt;cliOutput&gt; element: not an answer of gluster --xml</source>
        <translation>nessun elemento &lt;cliOutput&gt;: non è una risposta di gluster --xml</translation>
    </message>
    <message>
        <source>no &lt;opRet&gt; in the answer: it was cut short or is not from gluster</source>
        <translation>nessun &lt;opRet&gt; nella risposta: è troncata o non viene da gluster</translation>
    </message>
    <message>
        <source>&lt;opRet&gt; is not a number: '%1'</source>
        <translation>&lt;opRet&gt; non è un numero: '%1'</translation>
    </message>
    <message>
        <source>gluster failed (opRet %1, opErrno %2)</source>
        <translation>gluster ha fallito (opRet %1, opErrno %2)</translation>
    </message>
    <message>
        <source>gluster: %1</source>
        <translation>gluster: %1</translation>
    </message>
    <message>
        <source>the answer has no volume '%1'</source>
        <translation>la risposta non contiene il volume '%1'</translation>
    </message>
    <message>
        <source>a brick of '%1' has no name</source>
        <translation>un brick di '%1' non ha nome</translation>
    </message>
    <message>
        <source>volume '%1' lists no bricks</source>
        <translation>il volume '%1' non elenca alcun brick</translation>
    </message>
    <message>
        <source>volume '%1' says %2 bricks but lists %3</source>
        <translation>il volume '%1' dichiara %2 brick ma ne elenca %3</translation>
    </message>
    <message>
        <source>a node of '%1' has status '%2' (expected 0 or 1)</source>
        <translation>un nodo di '%1' ha stato '%2' (atteso 0 o 1)</translation>
    </message>
    <message>
        <source>a brick of '%1' has no hostname or path</source>
        <translation>un brick di '%1' non ha host o percorso</translation>
    </message>
    <message>
        <source>no &lt;healInfo&gt;&lt;bricks&gt; in the answer</source>
        <translation>nessun &lt;healInfo&gt;&lt;bricks&gt; nella risposta</translation>
    </message>
    <message>
        <source>a brick in the heal answer has no name</source>
        <translation>un brick nella risposta di heal non ha nome</translation>
    </message>
    <message>
        <source>brick %1 is connected but its entry count is missing or not a number</source>
        <translation>il brick %1 è connesso ma il numero di voci manca o non è un numero</translation>
    </message>
    <message>
        <source>no &lt;volGetopts&gt; in the answer</source>
        <translation>nessun &lt;volGetopts&gt; nella risposta</translation>
    </message>
    <message>
        <source>the answer lists no options</source>
        <translation>la risposta non elenca opzioni</translation>
    </message>
</context>
<context>
    <name>hawan::storage::StorageMonitor</name>
    <message>
        <source>no answer within the time limit; the command was stopped</source>
        <translation>nessuna risposta entro il tempo limite; il comando è stato fermato</translation>
    </message>
    <message>
        <source>cannot run '%1': %2</source>
        <translation>impossibile eseguire '%1': %2</translation>
    </message>
    <message>
        <source>no output (exit code %1)</source>
        <translation>nessun output (codice di uscita %1)</translation>
    </message>
    <message>
        <source>volume info: %1</source>
        <translation>volume info: %1</translation>
    </message>
    <message>
        <source>volume status: %1</source>
        <translation>volume status: %1</translation>
    </message>
    <message>
        <source>heal info: %1</source>
        <translation>heal info: %1</translation>
    </message>
    <message>
        <source>volume get: %1</source>
        <translation>volume get: %1</translation>
    </message>
    <message>
        <source>State unknown: %1</source>
        <translation>Stato sconosciuto: %1</translation>
    </message>
    <message>
        <source>Check that the storage command works: %1 --xml volume info %2</source>
        <translation>Verifica che il comando dello storage funzioni: %1 --xml volume info %2</translation>
    </message>
    <message>
        <source>Volume %1 is not started</source>
        <translation>Il volume %1 non è avviato</translation>
    </message>
    <message>
        <source>gluster volume start %1</source>
        <translation>gluster volume start %1</translation>
    </message>
    <message>
        <source>Brick %1:%2 is offline</source>
        <translation>Il brick %1:%2 non è in linea</translation>
    </message>
    <message>
        <source>Writes go to one copy only until it returns; bring it back (volume start force) once its host is up, then let it heal.</source>
        <translation>Le scritture vanno su una sola copia finché non torna; riportalo su (volume start force) quando il suo host è attivo, poi lascialo guarire.</translation>
    </message>
    <message>
        <source>%1 has %2 entries pending heal</source>
        <translation>%1 ha %2 voci in attesa di guarigione</translation>
    </message>
    <message>
        <source>Replicas differ until healed; trigger a heal (the self-heal daemon's own scan may wait minutes).</source>
        <translation>Le repliche differiscono finché non guariscono; avvia una guarigione (la scansione del demone di self-heal può attendere minuti).</translation>
    </message>
    <message>
        <source>Both copies changed independently; list the files and choose the good copy of each (gluster volume heal %1 split-brain ...).</source>
        <translation>Entrambe le copie sono cambiate indipendentemente; elenca i file e scegli la copia buona di ciascuno (gluster volume heal %1 split-brain ...).</translation>
    </message>
    <message>
        <source>The self-heal daemon is not running everywhere</source>
        <translation>Il demone di self-heal non è in esecuzione ovunque</translation>
    </message>
    <message>
        <source>Pending entries will not heal by themselves; restart glusterd on the node, or volume start force.</source>
        <translation>Le voci in attesa non guariranno da sole; riavvia glusterd sul nodo, o volume start force.</translation>
    </message>
    <message>
        <source>Replica 2 across two sites without an arbiter: if the link is cut, both sides may keep writing (split-brain) or, with quorum, one side stops</source>
        <translation>Replica 2 su due siti senza arbitro: se il collegamento si interrompe, entrambi i lati possono continuare a scrivere (split-brain) o, con il quorum, un lato si ferma</translation>
    </message>
    <message>
        <source>Replica 2 without an arbiter: split-brain risk when the bricks lose each other</source>
        <translation>Replica 2 senza arbitro: rischio di split-brain quando i brick si perdono</translation>
    </message>
    <message>
        <source>Add an arbiter brick at a third location (replica 3 arbiter 1), or set cluster.quorum-type to auto and accept that the first brick's side alone keeps writing.</source>
        <translation>Aggiungi un brick arbitro in una terza sede (replica 3 arbiter 1), o imposta cluster.quorum-type ad auto e accetta che solo il lato del primo brick continui a scrivere.</translation>
    </message>
    <message>
        <source>Quorum: %1; on a link cut only the side holding a majority (or the first brick, with 'auto' and replica 2) keeps writing</source>
        <translation>Quorum: %1; se il collegamento si interrompe continua a scrivere solo il lato con la maggioranza (o il primo brick, con 'auto' e replica 2)</translation>
    </message>
    <message>
        <source>network.ping-timeout is %1 s: when a brick's site goes silent, writes freeze for that long</source>
        <translation>network.ping-timeout è %1 s: quando il sito di un brick tace, le scritture si bloccano per tutto quel tempo</translation>
    </message>
    <message>
        <source>For a stretched volume a few seconds is usual (gluster volume set %1 network.ping-timeout 5), traded against false disconnects.</source>
        <translation>Per un volume esteso su due siti si usano pochi secondi (gluster volume set %1 network.ping-timeout 5), a costo di false disconnessioni.</translation>
    </message>
    <message>
        <source>cluster.heal-timeout is %1 s: pending entries may wait that long before the self-heal daemon looks</source>
        <translation>cluster.heal-timeout è %1 s: le voci in attesa possono aspettare tanto prima che il demone di self-heal le guardi</translation>
    </message>
    <message>
        <source>Trigger a heal after an outage, or lower it (gluster volume set %1 cluster.heal-timeout 60).</source>
        <translation>Avvia una guarigione dopo un'interruzione, o abbassalo (gluster volume set %1 cluster.heal-timeout 60).</translation>
    </message>
    <message>
        <source>All bricks online, nothing pending heal</source>
        <translation>Tutti i brick in linea, nulla in attesa di guarigione</translation>
    </message>
    <message>
        <source>%1: its state is unknown (%2)</source>
        <translation>%1: il suo stato è sconosciuto (%2)</translation>
    </message>
    <message>
        <source>%1: no answer from the storage yet</source>
        <translation>%1: ancora nessuna risposta dallo storage</translation>
    </message>
    <message>
        <source>%1: brick %2:%3 is offline, so only one copy is current</source>
        <translation>%1: il brick %2:%3 non è in linea, quindi una sola copia è aggiornata</translation>
    </message>
    <message>
        <source>%1: at least %2 entries are pending heal (the copies differ)</source>
        <translation>%1: almeno %2 voci sono in attesa di guarigione (le copie differiscono)</translation>
    </message>
    <message>
        <source>%1: %2 entries are pending heal (the copies differ)</source>
        <translation>%1: %2 voci sono in attesa di guarigione (le copie differiscono)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in split-brain (listed by each brick holding a copy)</source>
        <translation><numerusform>%n voce in split-brain (elencata da ogni brick che ne ha una copia)</numerusform><numerusform>%n voci in split-brain (elencate da ogni brick che ne ha una copia)</numerusform></translation>
    </message>
    <message>
        <source>Quorum: none; on a link cut both sides keep writing, and the copies diverge (split-brain)</source>
        <translation>Quorum: nessuno; se il collegamento si interrompe entrambi i lati continuano a scrivere e le copie divergono (split-brain)</translation>
    </message>
    <message>
        <source>Set cluster.quorum-type to auto (gluster volume set %1 cluster.quorum-type auto), with an arbiter to keep both sites writable.</source>
        <translation>Imposta cluster.quorum-type ad auto (gluster volume set %1 cluster.quorum-type auto), con un arbitro per mantenere scrivibili entrambi i siti.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries are in split-brain</source>
        <translation><numerusform>%1: %n voce è in split-brain</numerusform><numerusform>%1: %n voci sono in split-brain</numerusform></translation>
    </message>
    <message>
        <source>client.event-threads is %1: several VMs starting at once on one host (a crash recovery) can wedge that host's FUSE mount</source>
        <translation>client.event-threads è %1: più VM che si avviano insieme su un host (un recupero dopo un crash) possono bloccare il mount FUSE di quell'host</translation>
    </message>
    <message>
        <source>Each guest's image lock may hold one client thread until none is left (GlusterFS issue #4371); give the clients more (gluster volume set %1 client.event-threads 8).</source>
        <translation>Il lock sull'immagine di ogni guest può trattenere un thread del client finché non ne resta nessuno (GlusterFS issue #4371); dai più thread ai client (gluster volume set %1 client.event-threads 8).</translation>
    </message>
    <message>
        <source>Heal %1</source>
        <translation>Guarisci %1</translation>
    </message>
    <message>
        <source>Start %1 force</source>
        <translation>Avvia %1 force</translation>
    </message>
    <message>
        <source>Split-brain files of %1</source>
        <translation>File in split-brain di %1</translation>
    </message>
    <message>
        <source>no answer for %1 s from the storage CLI</source>
        <translation>nessuna risposta da %1 s dalla CLI dello storage</translation>
    </message>
</context>
<context>
    <name>hawan::util::Files</name>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private: %2</source>
        <translation>impossibile rendere privato %1: %2</translation>
    </message>
</context>
<context>
    <name>hawan::util::Net</name>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossibile risolvere %1: %2</translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 s</source>
        <translation>nessuna risposta da %1:%2 entro %3 s</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>cannot reach %1:%2</source>
        <translation>impossibile raggiungere %1:%2</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::AlarmsView</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Riconosci…</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>Accantona</translation>
    </message>
    <message>
        <source>For 30 minutes…</source>
        <translation>Per 30 minuti…</translation>
    </message>
    <message>
        <source>For 2 hours…</source>
        <translation>Per 2 ore…</translation>
    </message>
    <message>
        <source>For 8 hours…</source>
        <translation>Per 8 ore…</translation>
    </message>
    <message>
        <source>For a day…</source>
        <translation>Per un giorno…</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <source>Beep when a new critical alarm is raised (a desktop notification is shown either way)</source>
        <translation>Un segnale acustico per ogni nuovo allarme critico (la notifica sul desktop appare comunque)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Riconosciuto</translation>
    </message>
    <message>
        <source>Read-only console: alarms are acknowledged and shelved from an operator's console, or with hawanctl alarms ack KEY</source>
        <translation>Console in sola lettura: gli allarmi si riconoscono e si accantonano dalla console di un operatore, o con hawanctl alarms ack CHIAVE</translation>
    </message>
    <message>
        <source>Acknowledge the selected alarm, with a comment the other consoles see (Ctrl+K)</source>
        <translation>Riconosci l'allarme selezionato, con un commento che le altre console vedono (Ctrl+K)</translation>
    </message>
    <message>
        <source>Hide the selected alarm's condition from the active list, the notifications and the wall for a while (maintenance, a known problem)</source>
        <translation>Nascondi per un po' la condizione dell'allarme selezionato dalla lista attiva, dalle notifiche e dal wall (manutenzione, un problema noto)</translation>
    </message>
    <message>
        <source>Show the selected shelved condition's alarms again</source>
        <translation>Mostra di nuovo gli allarmi della condizione accantonata selezionata</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Raised %1 ago</source>
        <translation>Sollevato %1 fa</translation>
    </message>
    <message>
        <source>Raised at %1, cleared at %2</source>
        <translation>Sollevato alle %1, rientrato alle %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 alle %2: %3</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <translation>Attivi (%1)</translation>
    </message>
    <message>
        <source>No active alarm: every host answers, the storage is in sync and the link within its limits.</source>
        <translation>Nessun allarme attivo: ogni host risponde, lo storage è allineato e il collegamento entro i suoi limiti.</translation>
    </message>
    <message>
        <source>Shelved (%1)</source>
        <translation>Accantonati (%1)</translation>
    </message>
    <message>
        <source>shelved by %1 until %2</source>
        <translation>accantonato da %1 fino alle %2</translation>
    </message>
    <message>
        <source>shelved by %1 until %2: %3</source>
        <translation>accantonato da %1 fino alle %2: %3</translation>
    </message>
    <message>
        <source>Cleared (%1)</source>
        <translation>Rientrati (%1)</translation>
    </message>
    <message>
        <source>No active alarm.</source>
        <translation>Nessun allarme attivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n active alarm(s), all acknowledged.</source>
        <translation><numerusform>%n allarme attivo, riconosciuto.</numerusform><numerusform>%n allarmi attivi, tutti riconosciuti.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style='color:#d03434'&gt;%n critical alarm(s) not acknowledged.&lt;/b&gt; Select one, read what to do, then acknowledge it (Ctrl+K).</source>
        <translation><numerusform>&lt;b style='color:#d03434'&gt;%n allarme critico non riconosciuto.&lt;/b&gt; Selezionalo, leggi cosa fare, poi riconoscilo (Ctrl+K).</numerusform><numerusform>&lt;b style='color:#d03434'&gt;%n allarmi critici non riconosciuti.&lt;/b&gt; Selezionane uno, leggi cosa fare, poi riconoscilo (Ctrl+K).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) not acknowledged. Select one, read what to do, then acknowledge it (Ctrl+K).</source>
        <translation><numerusform>%n allarme non riconosciuto. Selezionalo, leggi cosa fare, poi riconoscilo (Ctrl+K).</numerusform><numerusform>%n allarmi non riconosciuti. Selezionane uno, leggi cosa fare, poi riconoscilo (Ctrl+K).</numerusform></translation>
    </message>
    <message>
        <source>Select an alarm to see what to do.</source>
        <translation>Seleziona un allarme per vedere cosa fare.</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>Riconosci allarme</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Comment (optional: what you are doing about it; every console sees it):&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Commento (facoltativo: cosa stai facendo al riguardo; ogni console lo vede):&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non riconosciuto</translation>
    </message>
    <message>
        <source>The alarm was not acknowledged: %1</source>
        <translation>L'allarme non è stato riconosciuto: %1</translation>
    </message>
    <message>
        <source>Shelve alarm</source>
        <translation>Accantona allarme</translation>
    </message>
    <message>
        <source>Alarms of &lt;tt&gt;%1&lt;/tt&gt; are hidden from the active list, notifications and the wall for %2 minutes.&lt;p&gt;Why (every console sees it)?&lt;/p&gt;</source>
        <translation>Gli allarmi di &lt;tt&gt;%1&lt;/tt&gt; sono nascosti dalla lista attiva, dalle notifiche e dal wall per %2 minuti.&lt;p&gt;Perché (ogni console lo vede)?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not shelved</source>
        <translation>Non accantonato</translation>
    </message>
    <message>
        <source>The alarm was not shelved: %1</source>
        <translation>L'allarme non è stato accantonato: %1</translation>
    </message>
    <message>
        <source>Not unshelved</source>
        <translation>Non ripristinato</translation>
    </message>
    <message>
        <source>Critical alarm</source>
        <translation>Allarme critico</translation>
    </message>
    <message numerus="yes">
        <source>%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms.</source>
        <translation><numerusform>%n altro non elencato qui: riconosci o accantona quelli sopra, o elencali tutti con hawanctl alarms.</numerusform><numerusform>%n altri non elencati qui: riconosci o accantona quelli sopra, o elencali tutti con hawanctl alarms.</numerusform></translation>
    </message>
</context>
<context>
    <name>hawan::widgets::AuditView</name>
    <message>
        <source>Filter: user, action, VM or host…</source>
        <translation>Filtro: utente, azione, VM o host…</translation>
    </message>
    <message>
        <source>Shows the records whose user, action, subject or text contain these words</source>
        <translation>Mostra i record il cui utente, azione, oggetto o testo contengono queste parole</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the trail again (F5); it is also read every 10 s while shown</source>
        <translation>Rileggi la traccia (F5); viene riletta anche ogni 10 s mentre è visibile</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Check every record and the chain between them: says where a record was edited, removed or reordered, or the trail cut short (as 'hawanctl audit verify' does)</source>
        <translation>Controlla ogni record e la catena tra di essi: dice dove un record è stato modificato, rimosso o riordinato, o la traccia troncata (come 'hawanctl audit verify')</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>No record yet. What operators do with this configuration (from a console, hawanctl or the HA watcher) is recorded here: who, when, what, why and how it ended.</source>
        <translation>Ancora nessun record. Ciò che gli operatori fanno con questa configurazione (da una console, hawanctl o il sorvegliante HA) è registrato qui: chi, quando, cosa, perché e com'è finita.</translation>
    </message>
    <message>
        <source>Trail %1</source>
        <translation>Traccia %1</translation>
    </message>
    <message>
        <source>No audit key (%1): records are shown without being authenticated, and Verify is not possible.</source>
        <translation>Nessuna chiave di audit (%1): i record sono mostrati senza essere autenticati, e la verifica non è possibile.</translation>
    </message>
    <message>
        <source>%1, pid %2</source>
        <translation>%1, pid %2</translation>
    </message>
    <message>
        <source> — why: %1</source>
        <translation> — perché: %1</translation>
    </message>
    <message>
        <source>Line %1 is not authentic: edited, or written with another key. Verify tells more.</source>
        <translation>La riga %1 non è autentica: modificata, o scritta con un'altra chiave. Verifica dice di più.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Verifica di %1…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: %n record(s), every one authentic and in order, none missing at the end (verified %1).</source>
        <translation><numerusform>&lt;b&gt;Integra&lt;/b&gt;: %n record, autentico e in ordine, nessuno mancante alla fine (verificata alle %1).</numerusform><numerusform>&lt;b&gt;Integra&lt;/b&gt;: %n record, tutti autentici e in ordine, nessuno mancante alla fine (verificata alle %1).</numerusform></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style='color:%1'&gt;&lt;b&gt;NOT intact&lt;/b&gt;&lt;/span&gt; (%n finding(s)):&lt;br&gt;%2&lt;br&gt;Keep a copy of the file as it is and compare it with a backup.</source>
        <translation><numerusform>&lt;span style='color:%1'&gt;&lt;b&gt;NON integra&lt;/b&gt;&lt;/span&gt; (%n rilievo):&lt;br&gt;%2&lt;br&gt;Conserva una copia del file com'è e confrontala con un backup.</numerusform><numerusform>&lt;span style='color:%1'&gt;&lt;b&gt;NON integra&lt;/b&gt;&lt;/span&gt; (%n rilievi):&lt;br&gt;%2&lt;br&gt;Conserva una copia del file com'è e confrontala con un backup.</numerusform></translation>
    </message>
</context>
<context>
    <name>hawan::widgets::DrillsView</name>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the verdict as one PDF: checks, the witnesses' graph, figures and timeline</source>
        <translation>Esporta il verdetto in un PDF: verifiche, grafico dei testimoni, cifre e cronologia</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the checks, figures and events as CSV</source>
        <translation>Esporta verifiche, cifre ed eventi in CSV</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Export the run as kept</source>
        <translation>Esporta l'esecuzione come salvata</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>What must hold after the drill; a red row says what went wrong</source>
        <translation>Ciò che deve valere dopo l'esercitazione; una riga rossa dice cosa è andato storto</translation>
    </message>
    <message>
        <source>Records each site's write witness had acknowledged, against seconds since the fault; a flat stretch is writes held up</source>
        <translation>Record confermati dal testimone di scrittura di ogni sito, rispetto ai secondi dal guasto; un tratto piatto sono scritture bloccate</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Riguarda</translation>
    </message>
    <message>
        <source>Since fault</source>
        <translation>Dal guasto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>looking for hawan-writer</source>
        <translation>ricerca di hawan-writer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Drill&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esercitazione&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The host the fault hits</source>
        <translation>L'host colpito dal guasto</translation>
    </message>
    <message>
        <source>the busiest host</source>
        <translation>l'host più carico</translation>
    </message>
    <message>
        <source>The site whose storage the fault hits</source>
        <translation>Il sito il cui storage è colpito dal guasto</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>the drill's own</source>
        <translation>quella dell'esercitazione</translation>
    </message>
    <message>
        <source>How long the fault lasts before the repair (a WAN cut's default follows the storage's ping-timeout)</source>
        <translation>Quanto dura il guasto prima della riparazione (per un'interruzione WAN il predefinito segue il ping-timeout dello storage)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The packets the WAN loses during the lossy-WAN drill</source>
        <translation>I pacchetti che la WAN perde durante l'esercitazione WAN con perdite</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Sito:</translation>
    </message>
    <message>
        <source>Fault lasts:</source>
        <translation>Il guasto dura:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Perdita:</translation>
    </message>
    <message>
        <source>Run drill…</source>
        <translation>Esegui esercitazione…</translation>
    </message>
    <message>
        <source>Injects the fault after saying what it will do (Ctrl+Return)</source>
        <translation>Inietta il guasto dopo aver detto cosa farà (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stops the drill: repairs the fault, then verifies what it can (Esc)</source>
        <translation>Ferma l'esercitazione: ripara il guasto, poi verifica ciò che può (Esc)</translation>
    </message>
    <message>
        <source>Read-only console: drills cannot be run here; the runs kept are shown.</source>
        <translation>Console in sola lettura: qui non si possono eseguire esercitazioni; sono mostrate quelle salvate.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esecuzioni&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drill not started</source>
        <translation>Esercitazione non avviata</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;Its precondition does not hold:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;La sua precondizione non vale:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Run the drill?</source>
        <translation>Eseguire l'esercitazione?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;It takes about %3 s. Cancel (Esc) repairs the fault at any time.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Dura circa %3 s. Annulla (Esc) ripara il guasto in qualsiasi momento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inject the fault</source>
        <translation>Inietta il guasto</translation>
    </message>
    <message>
        <source>Confirm the site</source>
        <translation>Conferma il sito</translation>
    </message>
    <message>
        <source>This is not a lab. Type the name of the site the fault hits (%1):</source>
        <translation>Questo non è un laboratorio. Digita il nome del sito colpito dal guasto (%1):</translation>
    </message>
    <message>
        <source>'%1' is not %2: the drill did not run.</source>
        <translation>'%1' non è %2: l'esercitazione non è stata eseguita.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 avviata</translation>
    </message>
    <message>
        <source>Cancelling: repairing the fault, then verifying…</source>
        <translation>Annullamento: riparazione del guasto, poi verifica…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>reading drill runs</source>
        <translation>lettura delle esercitazioni</translation>
    </message>
    <message>
        <source>● %1 (running)</source>
        <translation>● %1 (in corso)</translation>
    </message>
    <message>
        <source>No drill has run yet.

Choose a drill on the left, then Run drill… (Ctrl+Return): it says what it will do and asks before it injects anything. Each drill ends with a verdict kept here.</source>
        <translation>Nessuna esercitazione eseguita finora.

Scegli un'esercitazione a sinistra, poi Esegui esercitazione… (Ctrl+Invio): dice cosa farà e chiede prima di iniettare qualsiasi cosa. Ogni esercitazione termina con un verdetto salvato qui.</translation>
    </message>
    <message>
        <source>No drill has run yet.</source>
        <translation>Nessuna esercitazione eseguita finora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 checks, %5 failed · %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 · %4 verifiche, %5 fallite · %6</translation>
    </message>
    <message>
        <source>%1's witness</source>
        <translation>testimone di %1</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>guasto</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>riparazione</translation>
    </message>
    <message>
        <source>seconds since the fault</source>
        <translation>secondi dal guasto</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>acknowledged records</source>
        <translation>record confermati</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the drill</source>
        <translation>Esporta l'esercitazione</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>esportazione di %1</translation>
    </message>
    <message>
        <source>Drill exported to %1</source>
        <translation>Esercitazione esportata in %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::EvacuationDialog</name>
    <message>
        <source>%1 — dry run</source>
        <translation>%1 — prova a secco</translation>
    </message>
    <message>
        <source>Every host of &lt;b&gt;%1&lt;/b&gt; goes into maintenance and its VMs move to the other sites as below. Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation>Ogni host di &lt;b&gt;%1&lt;/b&gt; va in manutenzione e le sue VM si spostano negli altri siti come indicato sotto. Nulla si muove finché non premi Avvia. Cambia una destinazione nella colonna &lt;i&gt;A&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; goes into maintenance (it receives no new VMs until you take it out) and its VMs move as below: same site first, then the other site, within each host's free memory and the anti-affinity groups. Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; va in manutenzione (non riceve nuove VM finché non lo togli) e le sue VM si spostano come indicato sotto: prima lo stesso sito, poi l'altro, entro la memoria libera di ogni host e i gruppi di anti-affinità. Nulla si muove finché non premi Avvia. Cambia una destinazione nella colonna &lt;i&gt;A&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>spenta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>leave it on %1</source>
        <translation>lasciala su %1</translation>
    </message>
    <message>
        <source>Where %1 goes. "Leave it" keeps it on its host and reports it as not moved.</source>
        <translation>Dove va %1. "Lasciala" la tiene sul suo host e la segnala come non spostata.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>Niente da spostare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot move&lt;/b&gt; (they stay where they are; the run reports them):</source>
        <translation>&lt;b&gt;Non spostabili&lt;/b&gt; (restano dove sono; l'esecuzione le segnala):</translation>
    </message>
    <message>
        <source>Migrations a host sends or receives at once ([migration] max_per_host).</source>
        <translation>Migrazioni che un host invia o riceve alla volta ([migration] max_per_host).</translation>
    </message>
    <message>
        <source>Migrations crossing one WAN link at once ([migration] max_per_link).</source>
        <translation>Migrazioni che attraversano un collegamento WAN alla volta ([migration] max_per_link).</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>Cap per migration. Migrations crossing a WAN link also share its budget (migration_budget_mbit).</source>
        <translation>Limite per migrazione. Le migrazioni che attraversano un collegamento WAN ne condividono anche il budget (migration_budget_mbit).</translation>
    </message>
    <message>
        <source>link budget only</source>
        <translation>solo budget del collegamento</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Abort a migration that takes longer; its VM stays on its host.</source>
        <translation>Interrompi una migrazione che dura di più; la sua VM resta sul suo host.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Auto-converge busy guests</source>
        <translation>Auto-convergenza dei guest occupati</translation>
    </message>
    <message>
        <source>Slow a guest's vCPUs if it dirties memory faster than the link carries.</source>
        <translation>Rallenta le vCPU di un guest se sporca la memoria più in fretta di quanto il collegamento trasporti.</translation>
    </message>
    <message>
        <source>At once per host:</source>
        <translation>Alla volta per host:</translation>
    </message>
    <message>
        <source>At once per WAN link:</source>
        <translation>Alla volta per collegamento WAN:</translation>
    </message>
    <message>
        <source>Bandwidth per migration:</source>
        <translation>Banda per migrazione:</translation>
    </message>
    <message>
        <source>Time limit per migration:</source>
        <translation>Tempo massimo per migrazione:</translation>
    </message>
    <message>
        <source>Start site evacuation</source>
        <translation>Avvia l'evacuazione del sito</translation>
    </message>
    <message>
        <source>Start evacuation</source>
        <translation>Avvia l'evacuazione</translation>
    </message>
    <message>
        <source>left on %1 by the operator</source>
        <translation>lasciata su %1 dall'operatore</translation>
    </message>
    <message>
        <source>chosen by the operator</source>
        <translation>scelta dall'operatore</translation>
    </message>
    <message>
        <source>left by the operator</source>
        <translation>lasciata dall'operatore</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) to move; every destination has room and the anti-affinity groups hold.</source>
        <translation><numerusform>%n VM da spostare; ogni destinazione ha spazio e i gruppi di anti-affinità sono rispettati.</numerusform><numerusform>%n VM da spostare; ogni destinazione ha spazio e i gruppi di anti-affinità sono rispettati.</numerusform></translation>
    </message>
    <message>
        <source>The selected VMs move off their hosts as below: same site first, then the other site, within each host's free memory and the anti-affinity groups. Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation>Le VM selezionate lasciano i loro host come indicato sotto: prima lo stesso sito, poi l'altro, entro la memoria libera di ogni host e i gruppi di anti-affinità. Nulla si muove finché non premi Avvia. Cambia una destinazione nella colonna &lt;i&gt;A&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Start moving</source>
        <translation>Avvia lo spostamento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; does not answer (%2). The VMs that ran on it are restarted on other hosts from the definitions Hawan saved while it was up: a cold boot, what was in their memory is lost. First %3 Nothing restarts unless that succeeds, so no VM can run twice on the same disks.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; non risponde (%2). Le VM che vi giravano vengono riavviate su altri host dalle definizioni che Hawan ha salvato mentre era attivo: un avvio a freddo, ciò che avevano in memoria va perso. Prima %3 Nulla si riavvia se questo non riesce, così nessuna VM può girare due volte sugli stessi dischi.</translation>
    </message>
    <message>
        <source>confirm below that you powered it off: it has no fence command in the configuration.</source>
        <translation>conferma qui sotto di averlo spento: nella configurazione non ha un comando di fence.</translation>
    </message>
    <message>
        <source>Hawan fences it (powers it off) with &lt;code&gt;%1&lt;/code&gt;.</source>
        <translation>Hawan lo isola (lo spegne) con &lt;code&gt;%1&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Restarts at once per host:</source>
        <translation>Riavvii contemporanei per host:</translation>
    </message>
    <message>
        <source>VMs a destination starts at once.</source>
        <translation>VM che una destinazione avvia contemporaneamente.</translation>
    </message>
    <message>
        <source>Type the host's name once it is powered off (or its VMs are killed). This is journaled.</source>
        <translation>Scrivi il nome dell'host quando è spento (o le sue VM sono state uccise). Viene registrato nel journal.</translation>
    </message>
    <message>
        <source>I powered %1 off; type its name:</source>
        <translation>Ho spento %1; scrivine il nome:</translation>
    </message>
    <message>
        <source>Restart VMs</source>
        <translation>Riavvia le VM</translation>
    </message>
    <message>
        <source>Fence and restart VMs</source>
        <translation>Isola e riavvia le VM</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) to restart; every destination has room and the anti-affinity groups hold.</source>
        <translation><numerusform>%n VM da riavviare; ogni destinazione ha spazio e i gruppi di anti-affinità sono rispettati.</numerusform><numerusform>%n VM da riavviare; ogni destinazione ha spazio e i gruppi di anti-affinità sono rispettati.</numerusform></translation>
    </message>
    <message>
        <source>Power %1 off, then type its name: nothing restarts before that.</source>
        <translation>Spegni %1, poi scrivine il nome: prima nulla si riavvia.</translation>
    </message>
    <message>
        <source>The VMs the last evacuation moved off &lt;b&gt;%1&lt;/b&gt; move back to it as below (those that cannot, and why, are listed apart). Nothing moves until you press Start. Change a destination in the &lt;i&gt;To&lt;/i&gt; column.</source>
        <translation>Le VM che l'ultima evacuazione ha spostato da &lt;b&gt;%1&lt;/b&gt; vi tornano come sotto (quelle che non possono, e perché, sono elencate a parte). Nulla si sposta finché non premi Avvia. Cambia una destinazione nella colonna &lt;i&gt;A&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Bring them back</source>
        <translation>Riportale indietro</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::EventLogView</name>
    <message>
        <source>Filter events (host, VM or text)</source>
        <translation>Filtra eventi (host, VM o testo)</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::ExperimentsView</name>
    <message>
        <source>The figure plotted against the round trip</source>
        <translation>La grandezza tracciata rispetto al tempo di andata e ritorno</translation>
    </message>
    <message>
        <source>Overlay an earlier run (hollow points) to compare</source>
        <translation>Sovrapponi un'esecuzione precedente (punti vuoti) per confrontare</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export the report as one PDF: setup, every figure's plot and table</source>
        <translation>Esporta il rapporto in un unico PDF: configurazione, grafico e tabella di ogni grandezza</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export every measurement's figures as CSV</source>
        <translation>Esporta le grandezze di ogni misura in CSV</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Export the run as kept: every sample, the setup, the versions</source>
        <translation>Esporta l'esecuzione così come è conservata: ogni campione, la configurazione, le versioni</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Grandezza:</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Confronta con:</translation>
    </message>
    <message>
        <source>Tests:</source>
        <translation>Test:</translation>
    </message>
    <message>
        <source>the link as it is</source>
        <translation>il collegamento così com'è</translation>
    </message>
    <message>
        <source>real link: measured as it is</source>
        <translation>collegamento reale: misurato così com'è</translation>
    </message>
    <message>
        <source>One-way delays (ms) the link is set to in turn; each test runs at each. Empty: the link as it is.</source>
        <translation>Ritardi di sola andata (ms) impostati a turno sul collegamento; ogni test viene eseguito a ciascuno. Vuoto: il collegamento così com'è.</translation>
    </message>
    <message>
        <source>The link has no emulate command ([[link]] emulate): the tests measure it as it is.</source>
        <translation>Il collegamento non ha un comando emulate ([[link]] emulate): i test lo misurano così com'è.</translation>
    </message>
    <message>
        <source>Delays (ms):</source>
        <translation>Ritardi (ms):</translation>
    </message>
    <message>
        <source>Runs of each test at each point: the table shows their spread</source>
        <translation>Esecuzioni di ogni test in ogni punto: la tabella ne mostra la dispersione</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Ripetizioni:</translation>
    </message>
    <message>
        <source>Small files created, looked at, renamed and removed by the metadata test</source>
        <translation>Piccoli file creati, esaminati, rinominati e rimossi dal test dei metadati</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Written and read back by the sequential tests</source>
        <translation>Scritti e riletti dai test sequenziali</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensione:</translation>
    </message>
    <message>
        <source>Run…</source>
        <translation>Esegui…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the experiment: the link's delay is put back and its files removed (Esc)</source>
        <translation>Ferma l'esperimento: il ritardo del collegamento viene ripristinato e i suoi file rimossi (Esc)</translation>
    </message>
    <message>
        <source>Read-only console: experiments are run from an operator's console or with hawanctl experiment run.</source>
        <translation>Console in sola lettura: gli esperimenti si eseguono dalla console di un operatore o con hawanctl experiment run.</translation>
    </message>
    <message>
        <source>No site has a runner: add &lt;tt&gt;runner&lt;/tt&gt; and &lt;tt&gt;test_dir&lt;/tt&gt; to a [[site]] of the configuration (docs/experiments.md shows how), then start Hawan again.</source>
        <translation>Nessun sito ha un runner: aggiungi &lt;tt&gt;runner&lt;/tt&gt; e &lt;tt&gt;test_dir&lt;/tt&gt; a un [[site]] della configurazione (docs/experiments.md spiega come), poi riavvia Hawan.</translation>
    </message>
    <message>
        <source>Run the chosen tests at every site with a runner (Ctrl+Return)</source>
        <translation>Esegui i test scelti in ogni sito con un runner (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reports&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapporti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Runs kept under %1</source>
        <translation>Esecuzioni conservate in %1</translation>
    </message>
    <message>
        <source>Experiments: %1</source>
        <translation>Esperimenti: %1</translation>
    </message>
    <message>
        <source>Experiment not started</source>
        <translation>Esperimento non avviato</translation>
    </message>
    <message>
        <source>%1. An experiment now would measure its moves along with the storage, and slow them. Run it when the plan has ended (the Jobs panel shows it).</source>
        <translation>%1. Un esperimento ora misurerebbe i suoi spostamenti insieme allo storage, rallentandoli. Eseguilo quando il piano è terminato (lo mostra il pannello Lavori).</translation>
    </message>
    <message>
        <source>Choose at least one test.</source>
        <translation>Scegli almeno un test.</translation>
    </message>
    <message>
        <source>Delays: %1. Write them as 0, 5, 10, 20.</source>
        <translation>Ritardi: %1. Scrivili come 0, 5, 10, 20.</translation>
    </message>
    <message>
        <source>Run the experiment?</source>
        <translation>Eseguire l'esperimento?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;It takes %2.&lt;/p&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;p&gt;Richiede %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: avviata</translation>
    </message>
    <message>
        <source>%1/%2 %3%4%5</source>
        <translation>%1/%2 %3%4%5</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, ne restano %1</translation>
    </message>
    <message>
        <source> (cancelling: putting things back)</source>
        <translation> (annullamento: ripristino in corso)</translation>
    </message>
    <message>
        <source>reading experiment reports</source>
        <translation>lettura dei rapporti degli esperimenti</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <source>● %1 (running)</source>
        <translation>● %1 (in corso)</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation><numerusform>%n punto</numerusform><numerusform>%n punti</numerusform></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No experiment has run yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose the tests and the delays to sweep on the left, then &lt;b&gt;Run…&lt;/b&gt; (Ctrl+Return). Each run is kept as a report here, to compare and export.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessun esperimento eseguito finora.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Scegli a sinistra i test e i ritardi da percorrere, poi &lt;b&gt;Esegui…&lt;/b&gt; (Ctrl+Invio). Ogni esecuzione è conservata qui come rapporto, da confrontare ed esportare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No experiment report.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nessun rapporto di esperimento.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 at %2 failed: %3</source>
        <translation>%1 a %2 non riuscito: %3</translation>
    </message>
    <message>
        <source>Waiting for the first measurement…</source>
        <translation>In attesa della prima misura…</translation>
    </message>
    <message>
        <source>No measurement in this run.</source>
        <translation>Nessuna misura in questa esecuzione.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Esporta il rapporto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>esportazione di %1</translation>
    </message>
    <message>
        <source>Experiment report exported to %1</source>
        <translation>Rapporto dell'esperimento esportato in %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
    <message>
        <source>looking for hawan-meta</source>
        <translation>ricerca di hawan-meta</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <source>Every test the configuration allows</source>
        <translation>Ogni test che la configurazione consente</translation>
    </message>
    <message>
        <source>Needs a busy guest's template: [experiments] busy_vm_image</source>
        <translation>Serve un modello di guest attivo: [experiments] busy_vm_image</translation>
    </message>
    <message>
        <source>Needs a test VM template: [experiments] vm_image</source>
        <translation>Serve un modello di VM di prova: [experiments] vm_image</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::HaStatusLabel</name>
    <message>
        <source>HA: …</source>
        <translation>HA: …</translation>
    </message>
    <message>
        <source>reading the HA watcher's lease</source>
        <translation>lettura del lease del sorvegliante HA</translation>
    </message>
    <message>
        <source>HA: unknown</source>
        <translation>HA: sconosciuto</translation>
    </message>
    <message>
        <source>The HA watcher's lease cannot be read: %1</source>
        <translation>Il lease del sorvegliante HA non si può leggere: %1</translation>
    </message>
    <message>
        <source>HA: no watcher</source>
        <translation>HA: nessun sorvegliante</translation>
    </message>
    <message>
        <source>No HA watcher acts for this configuration: a dead host's VMs come back only when an operator recovers it (Hosts → Recover). Start one with 'hawanctl ha' (or its systemd unit, hawan-ha.service).</source>
        <translation>Nessun sorvegliante HA agisce per questa configurazione: le VM di un host morto tornano solo quando un operatore lo ripristina (Host → Ripristina). Avviane uno con 'hawanctl ha' (o la sua unità systemd, hawan-ha.service).</translation>
    </message>
    <message>
        <source>HA: watcher silent for %1 s</source>
        <translation>HA: sorvegliante silenzioso da %1 s</translation>
    </message>
    <message>
        <source>HA: watching from %1</source>
        <translation>HA: sorveglia da %1</translation>
    </message>
    <message>
        <source>HA watcher: %1</source>
        <translation>Sorvegliante HA: %1</translation>
    </message>
    <message>
        <source>What it did last:</source>
        <translation>Cosa ha fatto per ultimo:</translation>
    </message>
    <message>
        <source>ALARM </source>
        <translation>ALLARME </translation>
    </message>
</context>
<context>
    <name>hawan::widgets::HealPlot</name>
    <message>
        <source>Entries pending heal over the last hour (split-brain in red); a rising line means the copies drift apart</source>
        <translation>Voci in attesa di guarigione nell'ultima ora (split-brain in rosso); una linea che sale significa che le copie si allontanano</translation>
    </message>
    <message>
        <source>collecting the heal backlog…</source>
        <translation>raccolta delle voci da guarire…</translation>
    </message>
    <message>
        <source>pending heal: %1 now, %2 at most in the last %3</source>
        <translation>in attesa di guarigione: %1 ora, al massimo %2 negli ultimi %3</translation>
    </message>
    <message>
        <source>at least %1 (a brick cannot answer)</source>
        <translation>almeno %1 (un brick non può rispondere)</translation>
    </message>
    <message>
        <source> ago</source>
        <translation> fa</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::HostPanel</name>
    <message>
        <source>Select a host in the topology or a VM in the table to see the host's details here.</source>
        <translation>Seleziona un host nella topologia o una VM nella tabella per vedere qui i dettagli dell'host.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Ultimo aggiornamento</translation>
    </message>
    <message>
        <source>libvirt URI</source>
        <translation>URI libvirt</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nome host</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Fence command</source>
        <translation>Comando di fencing</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>non ancora noto</translation>
    </message>
    <message numerus="yes">
        <source> (next attempt in %n s)</source>
        <translation><numerusform> (prossimo tentativo tra %n s)</numerusform><numerusform> (prossimo tentativo tra %n s)</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <translation>%1 (%2)%3</translation>
    </message>
    <message>
        <source> — data shown is stale</source>
        <translation> — i dati mostrati non sono aggiornati</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>%1 × %2 MHz (%3)</source>
        <translation>%1 × %2 MHz (%3)</translation>
    </message>
    <message>
        <source>%1 used by VMs of %2</source>
        <translation>%1 usati dalle VM su %2</translation>
    </message>
    <message>
        <source>%1 running of %2</source>
        <translation>%1 in esecuzione su %2</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>nessuno configurato</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>Pool di storage</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 free of %5</source>
        <translation>%1 (%2, %3): %4 liberi su %5</translation>
    </message>
    <message>
        <source>%1 (%2): inactive</source>
        <translation>%1 (%2): inattivo</translation>
    </message>
    <message>
        <source>none defined (or not reported by this daemon)</source>
        <translation>nessuno definito (o non riportato da questo demone)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) as last seen; what runs now is unknown (the host does not answer)</source>
        <translation><numerusform>%n VM come vista l'ultima volta; cosa giri ora è sconosciuto (l'host non risponde)</numerusform><numerusform>%n VM come viste l'ultima volta; cosa giri ora è sconosciuto (l'host non risponde)</numerusform></translation>
    </message>
    <message>
        <source>%1 vCPUs (%2)</source>
        <translation>%1 vCPU (%2)</translation>
    </message>
    <message>
        <source>not read: cloud '%1' reports this host</source>
        <translation>non letto: questo host lo riporta il cloud '%1'</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::JobsView</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Done in %1 s · %2 sent · downtime %3</source>
        <translation>Completata in %1 s · %2 inviati · fermo %3</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>Cancelled: %1 keeps running on %2</source>
        <translation>Annullata: %1 resta in esecuzione su %2</translation>
    </message>
    <message>
        <source>Failed: %1. The VM stays on %2.</source>
        <translation>Non riuscita: %1. La VM resta su %2.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connessione a %1…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Abort the migration; the VM keeps running on the source.</source>
        <translation>Interrompe la migrazione; la VM resta in esecuzione sull'origine.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>almeno %1</translation>
    </message>
    <message>
        <source>No jobs yet. Drag a VM onto another host, or right-click a VM and choose "Migrate to", to start a live migration. Right-click a host to evacuate it.</source>
        <translation>Ancora nessuna operazione. Trascina una VM su un altro host, o fai clic destro su una VM e scegli "Migra su", per avviare una migrazione a caldo. Fai clic destro su un host per evacuarlo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was interrupted (the console stopped while it ran): %2 moved, %3 in flight, %4 to go. Resume reconciles the moves that were in flight with the hosts first, so nothing runs twice.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; è stato interrotto (la console si è fermata durante l'esecuzione): %2 spostate, %3 in transito, %4 da fare. Riprendi riconcilia prima con gli host gli spostamenti in transito, così nulla gira due volte.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Reconcile the moves in flight, start nothing new, close the plan.</source>
        <translation>Riconcilia gli spostamenti in transito, non avviare nulla di nuovo, chiudi il piano.</translation>
    </message>
    <message>
        <source>Cannot resume</source>
        <translation>Impossibile riprendere</translation>
    </message>
    <message>
        <source>Resume it from a console that is not read-only, or with 'hawanctl resume %1'.</source>
        <translation>Riprendilo da una console non in sola lettura, o con 'hawanctl resume %1'.</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · circa %1 s rimanenti</translation>
    </message>
    <message>
        <source> · capped at %1 MiB/s</source>
        <translation> · limitata a %1 MiB/s</translation>
    </message>
    <message>
        <source> · guest throttled %1%</source>
        <translation> · guest rallentato del %1%</translation>
    </message>
    <message>
        <source> · post-copy: running on %1</source>
        <translation> · post-copy: gira su %1</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>Bandwidth cap for this migration (a WAN link's shared budget may cap it lower).</source>
        <translation>Limite di banda per questa migrazione (il budget condiviso di un collegamento WAN può limitarla di più).</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>default downtime</source>
        <translation>fermo predefinito</translation>
    </message>
    <message>
        <source>How long the VM may pause for the final copy; raise it to let a busy guest converge.</source>
        <translation>Quanto a lungo la VM può fermarsi per la copia finale; aumentalo perché un guest occupato converga.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Apply the cap and downtime to the running migration (within half a second).</source>
        <translation>Applica limite e fermo alla migrazione in corso (entro mezzo secondo).</translation>
    </message>
    <message>
        <source>Switch to post-copy</source>
        <translation>Passa a post-copy</translation>
    </message>
    <message>
        <source>Run the VM on the destination now and fetch the rest of its memory over the WAN. It always completes, but a link failure from here on loses the VM.</source>
        <translation>Esegui ora la VM sulla destinazione e preleva il resto della memoria attraverso la WAN. Si completa sempre, ma un guasto del collegamento da qui in poi fa perdere la VM.</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Limite:</translation>
    </message>
    <message>
        <source>Max downtime:</source>
        <translation>Fermo massimo:</translation>
    </message>
    <message>
        <source>Switch to post-copy?</source>
        <translation>Passare a post-copy?</translation>
    </message>
    <message>
        <source>%1 will run on %2 from now on and fetch its remaining memory over the link. If the link or either host fails before it is done, the VM is lost.</source>
        <translation>%1 girerà su %2 da ora in poi e preleverà la memoria restante attraverso il collegamento. Se il collegamento o uno dei due host si guasta prima della fine, la VM è persa.</translation>
    </message>
    <message>
        <source>Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). Raise the max downtime, switch to post-copy, or cancel and retry with auto-converge.</source>
        <translation>Non converge: il guest sporca la memoria a %1, alla velocità con cui il collegamento la trasporta (%2). Aumenta il fermo massimo, passa a post-copy, o annulla e riprova con l'auto-convergenza.</translation>
    </message>
    <message>
        <source>Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). Raise the max downtime, or cancel and retry with auto-converge.</source>
        <translation>Non converge: il guest sporca la memoria a %1, alla velocità con cui il collegamento la trasporta (%2). Aumenta il fermo massimo, o annulla e riprova con l'auto-convergenza.</translation>
    </message>
    <message>
        <source>Recording in the journal…</source>
        <translation>Registrazione nel journal…</translation>
    </message>
    <message>
        <source>Defining it on %1…</source>
        <translation>Definizione su %1…</translation>
    </message>
    <message>
        <source>Starting it on %1…</source>
        <translation>Avvio su %1…</translation>
    </message>
    <message>
        <source>Running on %1 (restarted in %2 s)</source>
        <translation>In esecuzione su %1 (riavviata in %2 s)</translation>
    </message>
    <message>
        <source>Running on %1 (%2)</source>
        <translation>In esecuzione su %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled: not restarted</source>
        <translation>Annullato: non riavviata</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source>It was started by a console on &lt;b&gt;%1&lt;/b&gt;. Hawan cannot tell from here whether that console still runs it: close it (or make sure it is gone) before resuming here.</source>
        <translation>È stato avviato da una console su &lt;b&gt;%1&lt;/b&gt;. Da qui Hawan non può sapere se quella console lo sta ancora eseguendo: chiudila (o assicurati che non ci sia più) prima di riprenderlo qui.</translation>
    </message>
    <message>
        <source>Abort a plan of another machine</source>
        <translation>Interrompi un piano di un'altra macchina</translation>
    </message>
    <message>
        <source>Resume a plan of another machine</source>
        <translation>Riprendi un piano di un'altra macchina</translation>
    </message>
    <message>
        <source>This plan was started by a console on %1. If that console still runs it, both would act on the same VMs. Is it closed?</source>
        <translation>Questo piano è stato avviato da una console su %1. Se quella console lo sta ancora eseguendo, entrambe agirebbero sulle stesse VM. È chiusa?</translation>
    </message>
    <message>
        <source>Asking every host and the disks' leases whether it still runs…</source>
        <translation>Chiede a ogni host e ai lease dei dischi se gira ancora…</translation>
    </message>
    <message>
        <source>Waiting for its disks' locks: held by a host that may still run it, or not yet released by the storage after a power loss (up to %1 s)…</source>
        <translation>Attende i lock dei suoi dischi: tenuti da un host dove potrebbe girare ancora, o non ancora rilasciati dallo storage dopo una perdita di alimentazione (fino a %1 s)…</translation>
    </message>
    <message>
        <source>Iteration %1 · </source>
        <translation>Iterazione %1 · </translation>
    </message>
    <message>
        <source>%1 sent · %2 remaining · %3</source>
        <translation>%1 inviati · %2 rimanenti · %3</translation>
    </message>
    <message>
        <source> · memory dirtied at %1</source>
        <translation> · memoria sporcata a %1</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::LatencyPanel</name>
    <message>
        <source>Window:</source>
        <translation>Finestra:</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <source>10 min</source>
        <translation>10 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 g</translation>
    </message>
    <message>
        <source>Show the last %1 (key %2)</source>
        <translation>Mostra gli ultimi %1 (tasto %2)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Dal vivo</translation>
    </message>
    <message>
        <source>Follow now (key L). Dragging or zooming the graph pauses it; press Live to follow again.</source>
        <translation>Segui l'istante attuale (tasto L). Trascinare o ingrandire il grafico lo mette in pausa; premi Dal vivo per seguire di nuovo.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Save the visible graph as PNG or PDF, or its data as CSV</source>
        <translation>Salva il grafico visibile come PNG o PDF, o i suoi dati come CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Immagine PNG…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>Documento PDF…</translation>
    </message>
    <message>
        <source>CSV data…</source>
        <translation>Dati CSV…</translation>
    </message>
    <message>
        <source>WAN round trip</source>
        <translation>Andata e ritorno WAN</translation>
    </message>
    <message>
        <source>Service round trip</source>
        <translation>Andata e ritorno del servizio</translation>
    </message>
    <message>
        <source>Storage latency</source>
        <translation>Latenza dello storage</translation>
    </message>
    <message>
        <source>Migration stream</source>
        <translation>Flusso di migrazione</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <source>Probes are off ([probes] interval_ms = 0).</source>
        <translation>Le sonde sono spente ([probes] interval_ms = 0).</translation>
    </message>
    <message>
        <source>No link probe configured: add a [[link.probe]] with from and target to the [[link]] (see docs/configuration.md, "Probes").</source>
        <translation>Nessuna sonda di collegamento configurata: aggiungi un [[link.probe]] con from e target al [[link]] (vedi docs/configuration.md, "Probes").</translation>
    </message>
    <message>
        <source>The service probe is off ([probes] service = false).</source>
        <translation>La sonda del servizio è spenta ([probes] service = false).</translation>
    </message>
    <message>
        <source>No storage probe: add probe_dirs = { Site = "/mounted/volume/dir" } to a [[storage]].</source>
        <translation>Nessuna sonda dello storage: aggiungi probe_dirs = { Sito = "/volume/montato/dir" } a uno [[storage]].</translation>
    </message>
    <message>
        <source>Following now</source>
        <translation>Segue l'istante attuale</translation>
    </message>
    <message>
        <source> · no probe has reported for %1 s</source>
        <translation> · nessuna sonda ha riferito da %1 s</translation>
    </message>
    <message>
        <source>Paused: %1 – %2 · press Live (L) to follow now</source>
        <translation>In pausa: %1 – %2 · premi Dal vivo (L) per seguire l'istante attuale</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source> (%1 – %2)</source>
        <translation> (%1 – %2)</translation>
    </message>
    <message>
        <source>, loss %1 %</source>
        <translation>, perdita %1 %</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>Dati CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the visible graph</source>
        <translation>Esporta il grafico visibile</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione fallita</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossibile esportare in %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Esportato in %1</translation>
    </message>
    <message>
        <source>Markers: migrations, evacuations, hosts down/up, fencing, link cut, heal backlog. Click one to read it; drag to pan, wheel to zoom, click a legend entry to hide a series.</source>
        <translation>Marcatori: migrazioni, evacuazioni, host giù/su, fence, collegamento interrotto, arretrato di heal. Fai clic su uno per leggerlo; trascina per scorrere, rotella per ingrandire, clic su una voce della legenda per nascondere una serie.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Esportazione non riuscita: %1</translation>
    </message>
    <message>
        <source>could not encode the image</source>
        <translation>impossibile codificare l'immagine</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Esportazione in %1…</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>scrittura di %1</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::MainWindow</name>
    <message>
        <source>Hawan</source>
        <translation>Hawan</translation>
    </message>
    <message>
        <source>Hawan — %1</source>
        <translation>Hawan — %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (sola lettura)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro eventi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close Hawan; running jobs on the hosts continue</source>
        <translation>Chiudi Hawan; i lavori in corso sugli host proseguono</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Aggiorna ora</translation>
    </message>
    <message>
        <source>Ask every host for fresh data now</source>
        <translation>Chiedi subito dati aggiornati a ogni host</translation>
    </message>
    <message>
        <source>&amp;Find VM</source>
        <translation>&amp;Trova VM</translation>
    </message>
    <message>
        <source>Filter the placement table</source>
        <translation>Filtra la tabella di collocazione</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Larger topology, for projectors and wall screens</source>
        <translation>Topologia più grande, per proiettori e schermi a parete</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>Smaller topology</source>
        <translation>Topologia più piccola</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensione &amp;reale</translation>
    </message>
    <message>
        <source>Reset the topology zoom</source>
        <translation>Ripristina lo zoom della topologia</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;scuro</translation>
    </message>
    <message>
        <source>Switch between light and dark palettes</source>
        <translation>Passa tra tavolozza chiara e scura</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Schermo intero</translation>
    </message>
    <message>
        <source>Full screen, for wall screens and demos</source>
        <translation>Schermo intero, per schermi a parete e dimostrazioni</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Elenca le scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Hawan</source>
        <translation>&amp;Informazioni su Hawan</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>Versione e scopo</translation>
    </message>
    <message>
        <source>About Hawan</source>
        <translation>Informazioni su Hawan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hawan %1&lt;/h3&gt;&lt;p&gt;HA over WAN: an operations console for virtual machines on two sites joined by a layer-2 WAN, with shared replicated storage.&lt;/p&gt;&lt;p&gt;Configuration: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hawan %1&lt;/h3&gt;&lt;p&gt;HA over WAN: una console operativa per macchine virtuali su due siti uniti da una WAN di livello 2, con storage condiviso replicato.&lt;/p&gt;&lt;p&gt;Configurazione: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1: %2 up</source>
        <translation>%1: %2 attivi</translation>
    </message>
    <message>
        <source>, %1 unreachable</source>
        <translation>, %1 irraggiungibili</translation>
    </message>
    <message>
        <source>, %1 connecting</source>
        <translation>, %1 in connessione</translation>
    </message>
    <message numerus="yes">
        <source> · %n VM(s) running</source>
        <translation><numerusform> · %n VM in esecuzione</numerusform><numerusform> · %n VM in esecuzione</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) on %1 host(s)</source>
        <translation><numerusform>%n VM su %1 host</numerusform><numerusform>%n VM su %1 host</numerusform></translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · sola lettura</translation>
    </message>
    <message>
        <source>Force off %1 on %2?

This is like pulling the power cord: the guest loses unsaved data.</source>
        <translation>Forzare lo spegnimento di %1 su %2?

È come staccare la spina: il guest perde i dati non salvati.</translation>
    </message>
    <message>
        <source>Shut down %1 on %2?

The guest is asked to power off cleanly.</source>
        <translation>Spegnere %1 su %2?

Al guest viene chiesto di spegnersi in modo ordinato.</translation>
    </message>
    <message>
        <source>Pause %1 on %2?

The guest stops running until resumed; its services stop answering.</source>
        <translation>Mettere in pausa %1 su %2?

Il guest si ferma finché non viene ripreso; i suoi servizi smettono di rispondere.</translation>
    </message>
    <message>
        <source>%1 %2 on %3…</source>
        <translation>%1 %2 su %3…</translation>
    </message>
    <message>
        <source>%1 requested for %2</source>
        <translation>%1 richiesto per %2</translation>
    </message>
    <message>
        <source>%1 %2: done</source>
        <translation>%1 %2: fatto</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 non riuscito: %3</translation>
    </message>
    <message>
        <source>%1 %2 failed</source>
        <translation>%1 %2 non riuscito</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 non riuscito</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 failed.

libvirt said: %4

Check the VM's state in the table; if the host is unreachable, wait for it to reconnect and try again.</source>
        <translation>%1 di %2 su %3 non riuscito.

libvirt ha risposto: %4

Controlla lo stato della VM nella tabella; se l'host è irraggiungibile, attendi che si riconnetta e riprova.</translation>
    </message>
    <message>
        <source>Refresh every host now</source>
        <translation>Aggiorna subito ogni host</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Cancella il filtro</translation>
    </message>
    <message>
        <source>Zoom the topology in / out</source>
        <translation>Ingrandisci / riduci la topologia</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Dimensione reale</translation>
    </message>
    <message>
        <source>Toggle the dark theme</source>
        <translation>Attiva o disattiva il tema scuro</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Schermo intero</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Questo elenco</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Right-click a VM (chip or table row) for its actions.</source>
        <translation>Fai clic destro su una VM (chip o riga della tabella) per le sue azioni.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;: simulated hosts (libvirt test driver). Migration, evacuation and fault drills need real libvirt daemons: as root, &lt;tt&gt;lab/hawan-lab up&lt;/tt&gt; starts a local two-site lab (open it with &lt;tt&gt;--config /srv/hawan-lab/hawan.toml&lt;/tt&gt;), or name your own hosts with &lt;tt&gt;--config FILE&lt;/tt&gt; (see docs/configuration.md).</source>
        <translation>&lt;b&gt;Demo&lt;/b&gt;: host simulati (driver di test di libvirt). Migrazione, evacuazione e prove di guasto richiedono demoni libvirt reali: da root, &lt;tt&gt;lab/hawan-lab up&lt;/tt&gt; avvia un laboratorio locale a due siti (aprilo con &lt;tt&gt;--config /srv/hawan-lab/hawan.toml&lt;/tt&gt;), oppure indica i tuoi host con &lt;tt&gt;--config FILE&lt;/tt&gt; (vedi docs/configuration.md).</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Lavori</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: avviata</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot migrate</source>
        <translation>Impossibile migrare</translation>
    </message>
    <message>
        <source>The migration could not start: %1</source>
        <translation>La migrazione non è potuta partire: %1</translation>
    </message>
    <message>
        <source>&amp;Hosts</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Evacuate host…</source>
        <translation>&amp;Evacua host…</translation>
    </message>
    <message>
        <source>Plan moving every VM off the selected host, then put it in maintenance</source>
        <translation>Pianifica lo spostamento di ogni VM dall'host selezionato, poi mettilo in manutenzione</translation>
    </message>
    <message>
        <source>Evacuate &amp;site…</source>
        <translation>Evacua &amp;sito…</translation>
    </message>
    <message>
        <source>Plan moving every VM of the selected host's site to the other sites</source>
        <translation>Pianifica lo spostamento di ogni VM del sito dell'host selezionato verso gli altri siti</translation>
    </message>
    <message>
        <source>Toggle &amp;maintenance</source>
        <translation>Attiva/disattiva &amp;manutenzione</translation>
    </message>
    <message>
        <source>Put the selected host in maintenance (it receives no new VMs), or take it out</source>
        <translation>Metti l'host selezionato in manutenzione (non riceve nuove VM), o toglilo</translation>
    </message>
    <message>
        <source>Already running</source>
        <translation>Già in corso</translation>
    </message>
    <message>
        <source>Interrupted plan</source>
        <translation>Piano interrotto</translation>
    </message>
    <message>
        <source>Cannot evacuate</source>
        <translation>Impossibile evacuare</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>Non è stato spostato nulla: %1</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Manutenzione</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>move</source>
        <translation>sposta</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Impossibile spostare</translation>
    </message>
    <message>
        <source>Shared storage is not in sync</source>
        <translation>Lo storage condiviso non è allineato</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped before anything moved.&lt;/b&gt; Maintenance or an evacuation now could take down the only current copy of VM disks, or move VMs onto a stale one:</source>
        <translation>&lt;b&gt;Fermato prima di spostare qualsiasi cosa.&lt;/b&gt; Una manutenzione o un'evacuazione ora potrebbero spegnere l'unica copia aggiornata dei dischi delle VM, o spostare VM su una copia vecchia:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Wait until the Storage panel shows every brick online and nothing pending heal (&lt;i&gt;Heal now&lt;/i&gt; starts the heal at once). If you must go ahead anyway, type &lt;b&gt;%1&lt;/b&gt; below: the override is logged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Attendi che il pannello Storage mostri ogni brick in linea e nulla in attesa di guarigione (&lt;i&gt;Guarisci ora&lt;/i&gt; avvia subito la guarigione). Se devi procedere comunque, scrivi &lt;b&gt;%1&lt;/b&gt; qui sotto: la forzatura viene registrata.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Override and continue</source>
        <translation>Forza e continua</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <source>Evacuate the selected host</source>
        <translation>Evacua l'host selezionato</translation>
    </message>
    <message>
        <source>Evacuate a site</source>
        <translation>Evacua un sito</translation>
    </message>
    <message>
        <source>Maintenance on / off for the selected host</source>
        <translation>Manutenzione sì / no per l'host selezionato</translation>
    </message>
    <message>
        <source>Show / hide the latency graphs</source>
        <translation>Mostra / nascondi i grafici di latenza</translation>
    </message>
    <message>
        <source>Latency graphs: window 1 min, 10 min, 1 h, 24 h, 7 days</source>
        <translation>Grafici di latenza: finestra 1 min, 10 min, 1 h, 24 h, 7 giorni</translation>
    </message>
    <message>
        <source>Latency graphs: follow now again after a pan or zoom</source>
        <translation>Grafici di latenza: torna a seguire l'istante attuale dopo uno scorrimento o uno zoom</translation>
    </message>
    <message>
        <source>&amp;Recover crashed host…</source>
        <translation>&amp;Recupera host caduto…</translation>
    </message>
    <message>
        <source>The selected host is down: fence it, then restart its VMs on other hosts</source>
        <translation>L'host selezionato è giù: isolalo, poi riavvia le sue VM su altri host</translation>
    </message>
    <message>
        <source>Recover crashed host</source>
        <translation>Recupera host caduto</translation>
    </message>
    <message>
        <source>%1 answers, so its VMs may be running there: restarting them elsewhere would run them twice. Use Evacuate host to move them live.</source>
        <translation>%1 risponde, quindi le sue VM potrebbero girare lì: riavviarle altrove le farebbe girare due volte. Usa Evacua host per spostarle live.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Impossibile recuperare</translation>
    </message>
    <message>
        <source>Nothing was restarted: %1</source>
        <translation>Nulla è stato riavviato: %1</translation>
    </message>
    <message>
        <source>powered off by hand, confirmed in the console: %1</source>
        <translation>spento a mano, confermato nella console: %1</translation>
    </message>
    <message>
        <source>Recover the VMs of the selected host when it is down</source>
        <translation>Recupera le VM dell'host selezionato quando è giù</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped before anything restarted.&lt;/b&gt; The copies of the VM disks differ: restarting the VMs now could boot them on a stale copy and lose what was written to the other:</source>
        <translation>&lt;b&gt;Fermato prima di riavviare qualsiasi cosa.&lt;/b&gt; Le copie dei dischi delle VM differiscono: riavviare ora le VM potrebbe avviarle su una copia superata e perdere ciò che è stato scritto sull'altra:</translation>
    </message>
    <message>
        <source>Evacuate which host?</source>
        <translation>Evacuare quale host?</translation>
    </message>
    <message>
        <source>Evacuate which site?</source>
        <translation>Evacuare quale sito?</translation>
    </message>
    <message>
        <source>Toggle maintenance of which host?</source>
        <translation>Cambiare la manutenzione di quale host?</translation>
    </message>
    <message>
        <source>&amp;Bring back evacuated VMs…</source>
        <translation>&amp;Riporta le VM evacuate…</translation>
    </message>
    <message>
        <source>The selected host is out of maintenance: move back the VMs its last evacuation took off it</source>
        <translation>L'host selezionato è fuori manutenzione: riporta le VM che la sua ultima evacuazione ha spostato altrove</translation>
    </message>
    <message>
        <source>Bring VMs back to which host?</source>
        <translation>Riportare le VM su quale host?</translation>
    </message>
    <message>
        <source>No host has evacuated VMs to bring back.</source>
        <translation>Nessun host ha VM evacuate da riportare.</translation>
    </message>
    <message>
        <source>Recover which host?</source>
        <translation>Recuperare quale host?</translation>
    </message>
    <message>
        <source>Every host answers: none to recover.</source>
        <translation>Ogni host risponde: nessuno da recuperare.</translation>
    </message>
    <message>
        <source>Bring back evacuated VMs</source>
        <translation>Riporta le VM evacuate</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>non risponde</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in manutenzione</translation>
    </message>
    <message numerus="yes">
        <source>%1 is out of maintenance. Its evacuation moved %n VM(s) off it that still run where they went. Bring them back now? (Later: Hosts ▸ Bring back evacuated VMs.)</source>
        <translation><numerusform>%1 è fuori manutenzione. La sua evacuazione ha spostato %n VM che gira ancora dove è andata. Riportarla ora? (Più tardi: Host ▸ Riporta le VM evacuate.)</numerusform><numerusform>%1 è fuori manutenzione. La sua evacuazione ha spostato %n VM che girano ancora dove sono andate. Riportarle ora? (Più tardi: Host ▸ Riporta le VM evacuate.)</numerusform></translation>
    </message>
    <message>
        <source>Plan bringing them back…</source>
        <translation>Pianifica il ritorno…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>%1; see the Jobs panel.</source>
        <translation>%1; vedi il pannello Operazioni.</translation>
    </message>
    <message>
        <source>%1: resume or abort it in the Jobs panel first.</source>
        <translation>%1: riprendilo o interrompilo prima nel pannello Operazioni.</translation>
    </message>
    <message>
        <source>%1 (Hosts ▸ Toggle maintenance, or its card's menu).</source>
        <translation>%1 (Host ▸ Attiva/disattiva manutenzione, o il menu della sua scheda).</translation>
    </message>
    <message>
        <source>confirmed in the console by typing its name</source>
        <translation>confermato nella console digitandone il nome</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) unknown</source>
        <translation><numerusform>%n VM sconosciuta</numerusform><numerusform>%n VM sconosciute</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n unknown</source>
        <translation><numerusform> · %n sconosciuta</numerusform><numerusform> · %n sconosciute</numerusform></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Esperimenti</translation>
    </message>
    <message>
        <source>Latency graphs: WAN round trip, service and storage latency, migration streams</source>
        <translation>Grafici di latenza: andata e ritorno WAN, latenza dei servizi e dello storage, flussi di migrazione</translation>
    </message>
    <message>
        <source>Experiments: the study's storage tests over emulated WAN delays, with reports</source>
        <translation>Esperimenti: i test di storage dello studio su ritardi WAN emulati, con rapporti</translation>
    </message>
    <message>
        <source>Show / hide the experiments</source>
        <translation>Mostra / nascondi gli esperimenti</translation>
    </message>
    <message>
        <source>Experiments: run the chosen tests (asks first)</source>
        <translation>Esperimenti: esegui i test scelti (chiede prima)</translation>
    </message>
    <message>
        <source>Experiments: cancel the running experiment (puts the link and the files back)</source>
        <translation>Esperimenti: annulla l'esperimento in corso (ripristina il collegamento e i file)</translation>
    </message>
    <message>
        <source>&amp;New VM…</source>
        <translation>&amp;Nuova VM…</translation>
    </message>
    <message>
        <source>Make a VM on the selected host from a template image of the configuration</source>
        <translation>Crea una VM sull'host selezionato da un'immagine modello della configurazione</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Esercitazioni</translation>
    </message>
    <message>
        <source>Drills: inject one fault, watch, repair, and get a verdict (no VM twice, no acknowledged write lost)</source>
        <translation>Esercitazioni: inietta un guasto, osserva, ripara e ottieni un verdetto (nessuna VM due volte, nessuna scrittura confermata persa)</translation>
    </message>
    <message>
        <source>Show / hide the drills</source>
        <translation>Mostra / nascondi le esercitazioni</translation>
    </message>
    <message>
        <source>Drills: run the chosen drill (says what it will do, asks first)</source>
        <translation>Esercitazioni: esegue l'esercitazione scelta (dice cosa farà, chiede prima)</translation>
    </message>
    <message>
        <source>Drills: cancel the running drill (repairs the fault first)</source>
        <translation>Esercitazioni: annulla l'esercitazione in corso (prima ripara il guasto)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit trail: who did what, when, why and how it ended; Verify checks it was not edited</source>
        <translation>Traccia di audit: chi ha fatto cosa, quando, perché e com'è finita; Verifica controlla che non sia stata modificata</translation>
    </message>
    <message>
        <source>Read-only: this console changes nothing.</source>
        <translation>Sola lettura: questa console non cambia nulla.</translation>
    </message>
    <message>
        <source>Read-only (%1): this console changes nothing; libvirt is opened read-only and the journal only read. Act from an operator's console.</source>
        <translation>Sola lettura (%1): questa console non cambia nulla; libvirt è aperto in sola lettura e il journal solo letto. Agisci da una console di un operatore.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>Alarms list</source>
        <translation>Elenco allarmi</translation>
    </message>
    <message>
        <source>Alarms: active, shelved and cleared; acknowledge and shelve them for every console</source>
        <translation>Allarmi: attivi, accantonati e rientrati; riconoscili e accantonali per ogni console</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Wall</translation>
    </message>
    <message>
        <source>The wall view: a full screen for a control room, readable from across the room (Esc leaves it)</source>
        <translation>La vista wall: uno schermo intero per una sala controllo, leggibile da lontano (Esc per uscire)</translation>
    </message>
    <message>
        <source>No alarm</source>
        <translation>Nessun allarme</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alarm(s), %1 new</source>
        <translation><numerusform>⚠ %n allarme, %1 nuovo</numerusform><numerusform>⚠ %n allarmi, %1 nuovi</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alarm(s)</source>
        <translation><numerusform>⚠ %n allarme</numerusform><numerusform>⚠ %n allarmi</numerusform></translation>
    </message>
    <message>
        <source>Open the Alarms panel (Ctrl+Shift+L)</source>
        <translation>Apri il pannello Allarmi (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::MigrateDialog</name>
    <message>
        <source>Migrate %1</source>
        <translation>Migra %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitata</translation>
    </message>
    <message>
        <source>Cap the migration stream so it does not starve other traffic on the WAN.</source>
        <translation>Limita il flusso di migrazione perché non soffochi l'altro traffico sulla WAN.</translation>
    </message>
    <message>
        <source>Auto-converge (slow the guest's vCPUs if it dirties memory faster than the link carries)</source>
        <translation>Auto-convergenza (rallenta le vCPU del guest se sporca la memoria più in fretta di quanto il collegamento trasporti)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Abort the migration if it takes longer; the VM then keeps running on the source.</source>
        <translation>Interrompe la migrazione se dura di più; la VM resta allora in esecuzione sull'origine.</translation>
    </message>
    <message>
        <source>VM:</source>
        <translation>VM:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destinazione:</translation>
    </message>
    <message>
        <source>Pre-checks:</source>
        <translation>Verifiche preliminari:</translation>
    </message>
    <message>
        <source>Bandwidth cap:</source>
        <translation>Limite di banda:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Tempo massimo:</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migra</translation>
    </message>
    <message>
        <source>Live migration keeps the VM running: its memory is copied to the destination while it runs, then it pauses for a moment and resumes there. The source daemon drives it, so closing Hawan does not stop it.</source>
        <translation>La migrazione live mantiene la VM in esecuzione: la sua memoria viene copiata sulla destinazione mentre gira, poi si ferma per un istante e riprende là. La guida il demone di origine, quindi chiudere Hawan non la interrompe.</translation>
    </message>
    <message>
        <source>the VM is no longer on %1</source>
        <translation>la VM non è più su %1</translation>
    </message>
    <message>
        <source>the VM is %1: only a running or paused VM can migrate live</source>
        <translation>la VM è %1: solo una VM in esecuzione o in pausa può migrare live</translation>
    </message>
    <message>
        <source>the source %1 is not answering</source>
        <translation>l'origine %1 non risponde</translation>
    </message>
    <message>
        <source>the destination %1 is %2</source>
        <translation>la destinazione %1 è %2</translation>
    </message>
    <message>
        <source>destination is up</source>
        <translation>la destinazione è attiva</translation>
    </message>
    <message>
        <source>%1 has no migration_uri in the configuration</source>
        <translation>%1 non ha migration_uri nella configurazione</translation>
    </message>
    <message>
        <source>%1 has %2 free, the VM needs %3</source>
        <translation>%1 ha %2 liberi, la VM richiede %3</translation>
    </message>
    <message>
        <source>memory: %1 needed, %2 free</source>
        <translation>memoria: %1 richiesti, %2 liberi</translation>
    </message>
    <message>
        <source>the VM has %1 vCPUs, %2 has %3 CPUs</source>
        <translation>la VM ha %1 vCPU, %2 ha %3 CPU</translation>
    </message>
    <message>
        <source>no link between %1 and %2 is configured</source>
        <translation>nessun collegamento configurato tra %1 e %2</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>default (300 ms)</source>
        <translation>predefinito (300 ms)</translation>
    </message>
    <message>
        <source>How long the VM may pause for the final copy. A higher value lets a busy guest converge; it can also be raised while the migration runs.</source>
        <translation>Quanto a lungo la VM può fermarsi per la copia finale. Un valore più alto permette a un guest occupato di convergere; si può aumentare anche durante la migrazione.</translation>
    </message>
    <message>
        <source>Allow post-copy (switch when it does not converge)</source>
        <translation>Consenti post-copy (passaggio quando non converge)</translation>
    </message>
    <message>
        <source>After the switch the VM runs on the destination and fetches its remaining memory over the WAN: it always converges, but if the link fails during post-copy the VM is lost.</source>
        <translation>Dopo il passaggio la VM gira sulla destinazione e preleva la memoria restante attraverso la WAN: converge sempre, ma se il collegamento si guasta durante il post-copy la VM è persa.</translation>
    </message>
    <message>
        <source>Parallel streams for the memory copy: helps when one TCP stream cannot fill a long fat link.</source>
        <translation>Flussi paralleli per la copia della memoria: aiutano quando un solo flusso TCP non riempie un collegamento lungo e capiente.</translation>
    </message>
    <message>
        <source>Max downtime:</source>
        <translation>Fermo massimo:</translation>
    </message>
    <message>
        <source>⚠ Post-copy: a WAN failure after the switch loses the VM (neither side has all of its memory).</source>
        <translation>⚠ Post-copy: un guasto della WAN dopo il passaggio fa perdere la VM (nessuno dei due lati ha tutta la sua memoria).</translation>
    </message>
    <message>
        <source>Parallel connections:</source>
        <translation>Connessioni parallele:</translation>
    </message>
    <message>
        <source>%1 is in maintenance: it receives no new VMs</source>
        <translation>%1 è in manutenzione: non riceve nuove VM</translation>
    </message>
    <message>
        <source>disk %1 is not a file path: check that %2 reaches it</source>
        <translation>il disco %1 non è un percorso di file: verifica che %2 lo raggiunga</translation>
    </message>
    <message>
        <source>disk %1: pool %2 on both hosts</source>
        <translation>disco %1: pool %2 su entrambi gli host</translation>
    </message>
    <message>
        <source>disk %1: pool %2 on %3 is not active, so %3 cannot see the disk; start the pool first</source>
        <translation>disco %1: il pool %2 su %3 non è attivo, quindi %3 non vede il disco; avvia prima il pool</translation>
    </message>
    <message>
        <source>disk %1 is in pool %2 here, but %3 has no pool at %4: if it cannot see the disk, the migration fails (the VM then stays here)</source>
        <translation>il disco %1 è nel pool %2 qui, ma %3 non ha un pool in %4: se non vede il disco, la migrazione fallisce (la VM resta qui)</translation>
    </message>
    <message>
        <source>disk %1: no storage pool holds it on either host, so whether the destination sees it cannot be checked (shared storage expected)</source>
        <translation>disco %1: nessun pool lo contiene su nessuno dei due host, quindi non si può verificare se la destinazione lo vede (si presume storage condiviso)</translation>
    </message>
    <message>
        <source>the link's round trip is not measured (add a [[link.probe]] to see it here)</source>
        <translation>l'andata e ritorno del collegamento non è misurata (aggiungi un [[link.probe]] per vederla qui)</translation>
    </message>
    <message>
        <source>%1 is cut: every echo across it is lost; a migration cannot complete until it returns</source>
        <translation>%1 è interrotto: ogni eco va perso; una migrazione non può completarsi finché non torna</translation>
    </message>
    <message>
        <source>%1 loses %2 % of echoes: the migration may stall, and post-copy is off (a failure after the switch would lose the VM)</source>
        <translation>%1 perde il %2 % degli echi: la migrazione può bloccarsi, e il post-copy è disattivato (un guasto dopo il passaggio farebbe perdere la VM)</translation>
    </message>
    <message>
        <source>round trip %1 ms is over the %2 ms limit: expect a slower copy and a longer final pause</source>
        <translation>andata e ritorno di %1 ms oltre il limite di %2 ms: aspettati una copia più lenta e una pausa finale più lunga</translation>
    </message>
    <message>
        <source>WAN round trip %1 ms (limit %2 ms), no loss</source>
        <translation>andata e ritorno WAN %1 ms (limite %2 ms), nessuna perdita</translation>
    </message>
    <message>
        <source>crosses the WAN (%1, %2 Mbit/s, RTT limit %3 ms)</source>
        <translation>attraversa la WAN (%1, %2 Mbit/s, limite RTT %3 ms)</translation>
    </message>
    <message>
        <source>Live migration keeps the VM running. Cloud '%1' carries it out through Nova (os-migrateLive), with Nova's own stream settings; closing Hawan does not stop it, and Nova keeps its record of where the server runs.</source>
        <translation>La migrazione live mantiene la VM in esecuzione. Il cloud '%1' la esegue tramite Nova (os-migrateLive), con le impostazioni di flusso di Nova; chiudere Hawan non la ferma, e Nova tiene traccia di dove gira il server.</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::NewVmDialog</name>
    <message>
        <source>New VM</source>
        <translation>Nuova VM</translation>
    </message>
    <message>
        <source>letters, digits, '.', '_', '-'</source>
        <translation>lettere, cifre, '.', '_', '-'</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (modello)</translation>
    </message>
    <message>
        <source>%1 (busy template)</source>
        <translation>%1 (modello attivo)</translation>
    </message>
    <message>
        <source>Templates are set in the configuration: [experiments] vm_image and busy_vm_image</source>
        <translation>I modelli si impostano nella configurazione: [experiments] vm_image e busy_vm_image</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>M&amp;emoria:</translation>
    </message>
    <message>
        <source>&amp;Start it once defined</source>
        <translation>&amp;Avviala una volta definita</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>Give it a name: letters, digits, '.', '_' and '-'.</source>
        <translation>Dalle un nome: lettere, cifre, '.', '_' e '-'.</translation>
    </message>
    <message>
        <source>%1 is taken (on %2).</source>
        <translation>%1 è già usato (su %2).</translation>
    </message>
    <message>
        <source>%1 is not connected: choose another host.</source>
        <translation>%1 non è connesso: scegli un altro host.</translation>
    </message>
    <message>
        <source>Copies the template to %1 (at %2, by its runner), defines %3 on %4 with one vCPU, the memory above and no network interface%5.</source>
        <translation>Copia il modello in %1 (a %2, con il suo runner), definisce %3 su %4 con una vCPU, la memoria indicata e nessuna interfaccia di rete%5.</translation>
    </message>
    <message>
        <source>, then starts it</source>
        <translation>, poi la avvia</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::PlacementView</name>
    <message>
        <source>Filter by name, host, site or state (e.g. "state:paused site:Napoli")  Ctrl+F</source>
        <translation>Filtra per nome, host, sito o stato (ad es. "state:paused site:Napoli")  Ctrl+F</translation>
    </message>
    <message>
        <source>Every word must match. Prefix a word with name:, host:, site: or state: to match one column only.</source>
        <translation>Ogni parola deve corrispondere. Anteponi name:, host:, site: o state: per cercare in una sola colonna.</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation><numerusform>%n VM</numerusform><numerusform>%n VM</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 VMs</source>
        <translation>%1 di %2 VM</translation>
    </message>
    <message>
        <source>No VMs yet.
Hosts are being contacted; VMs appear as soon as a host answers.</source>
        <translation>Ancora nessuna VM.
Gli host sono in fase di contatto; le VM compaiono appena un host risponde.</translation>
    </message>
    <message>
        <source>No VM matches "%1".
Clear the filter (Esc) to see all %2 VMs.</source>
        <translation>Nessuna VM corrisponde a "%1".
Cancella il filtro (Esc) per vedere tutte le %2 VM.</translation>
    </message>
    <message>
        <source>Migrate to</source>
        <translation>Migra su</translation>
    </message>
    <message numerus="yes">
        <source>Move %n selected VM(s)…</source>
        <translation><numerusform>Sposta %n VM selezionata…</numerusform><numerusform>Sposta %n VM selezionate…</numerusform></translation>
    </message>
    <message>
        <source>Plan where each goes (capacity, same site first, anti-affinity), check it, then run it with the bulk limits</source>
        <translation>Pianifica dove va ciascuna (capacità, prima lo stesso sito, anti-affinità), verificalo, poi eseguilo con i limiti degli spostamenti in blocco</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Remove its definition, and the disk Hawan made for it (a VM that is shut off)</source>
        <translation>Rimuove la sua definizione e il disco che Hawan ha creato per essa (una VM spenta)</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::PlanCard</name>
    <message>
        <source> · resumed after an interruption</source>
        <translation> · ripreso dopo un'interruzione</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Metti in pausa</translation>
    </message>
    <message>
        <source>Start no new migration; running ones finish. Resume continues the plan.</source>
        <translation>Non avviare nuove migrazioni; quelle in corso terminano. Riprendi continua il piano.</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Cancel running migrations (their VMs stay on their hosts) and drop the rest of the plan.</source>
        <translation>Annulla le migrazioni in corso (le loro VM restano sui loro host) e scarta il resto del piano.</translation>
    </message>
    <message>
        <source>Abort %1?</source>
        <translation>Interrompere %1?</translation>
    </message>
    <message>
        <source>Running migrations are cancelled (their VMs keep running where they are) and the moves not yet started are dropped. Hosts stay in maintenance until you take them out.</source>
        <translation>Le migrazioni in corso vengono annullate (le loro VM continuano a girare dove sono) e gli spostamenti non ancora avviati vengono scartati. Gli host restano in manutenzione finché non li togli.</translation>
    </message>
    <message>
        <source>○ %1 → %2 · waiting</source>
        <translation>○ %1 → %2 · in attesa</translation>
    </message>
    <message>
        <source>◐ %1 → %2 · migrating</source>
        <translation>◐ %1 → %2 · in migrazione</translation>
    </message>
    <message>
        <source>✓ %1 → %2</source>
        <translation>✓ %1 → %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>✕ %1 stays on %2 · %3</source>
        <translation>✕ %1 resta su %2 · %3</translation>
    </message>
    <message>
        <source>– %1 not moved · %2</source>
        <translation>– %1 non spostata · %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <source>Aborting</source>
        <translation>In interruzione</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 moved · %4 migrating · %5 failed · %6 not moved</source>
        <translation>%1 · %2 di %3 spostate · %4 in migrazione · %5 fallite · %6 non spostate</translation>
    </message>
    <message>
        <source>✕ %1 cannot move · %2</source>
        <translation>✕ %1 non spostabile · %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>◐ %1 → %2 · finishing (the next move sets up meanwhile)</source>
        <translation>◐ %1 → %2 · in chiusura (intanto si prepara lo spostamento successivo)</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::RemainingPlot</name>
    <message>
        <source>Memory still to copy, per progress sample; ticks mark the start of each iteration</source>
        <translation>Memoria ancora da copiare, per campione di avanzamento; i segni indicano l'inizio di ogni iterazione</translation>
    </message>
    <message>
        <source>waiting for the first pass…</source>
        <translation>in attesa del primo passaggio…</translation>
    </message>
    <message>
        <source>remaining: %1 · iteration %2</source>
        <translation>restante: %1 · iterazione %2</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::ReportExport</name>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Delay (ms)</source>
        <translation>Ritardo (ms)</translation>
    </message>
    <message>
        <source>Round trip (ms)</source>
        <translation>Andata e ritorno (ms)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscite</translation>
    </message>
    <message>
        <source>as is</source>
        <translation>così com'è</translation>
    </message>
    <message>
        <source>Started %1, ended %2 (UTC)</source>
        <translation>Iniziato %1, terminato %2 (UTC)</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configurazione: %1</translation>
    </message>
    <message>
        <source>Link %1, emulated one-way delays: %2 ms</source>
        <translation>Collegamento %1, ritardi emulati di sola andata: %2 ms</translation>
    </message>
    <message>
        <source>Link %1 as it is (no delay emulated: real sites)</source>
        <translation>Collegamento %1 così com'è (nessun ritardo emulato: siti reali)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) (metadata)</source>
        <translation><numerusform>%n file (metadati)</numerusform><numerusform>%n file (metadati)</numerusform></translation>
    </message>
    <message>
        <source>%1 MiB (sequential)</source>
        <translation>%1 MiB (sequenziale)</translation>
    </message>
    <message>
        <source>%1 MiB for %2 s (random)</source>
        <translation>%1 MiB per %2 s (casuale)</translation>
    </message>
    <message>
        <source>Tests: %1; repeats: %2; %3</source>
        <translation>Test: %1; ripetizioni: %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n measurement(s)</source>
        <translation><numerusform>%n misura</numerusform><numerusform>%n misure</numerusform></translation>
    </message>
    <message>
        <source>Hawan experiment %1</source>
        <translation>Esperimento Hawan %1</translation>
    </message>
    <message>
        <source>Compared with %1 (hollow points)</source>
        <translation>Confrontato con %1 (punti vuoti)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Started %1 (UTC), running</source>
        <translation>Iniziato %1 (UTC), in corso</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::ReportPlot</name>
    <message>
        <source>%1: no line (it needs two points or more at different round trips)</source>
        <translation>%1: nessuna retta (servono almeno due punti a tempi di andata e ritorno diversi)</translation>
    </message>
    <message>
        <source>%1: each operation costs %2 round trips, plus %3 ms (R² %4)</source>
        <translation>%1: ogni operazione costa %2 andate e ritorni, più %3 ms (R² %4)</translation>
    </message>
    <message>
        <source>%1: %2 %3 per ms of round trip, %4 %3 at none (R² %5)</source>
        <translation>%1: %2 %3 per ms di andata e ritorno, %4 %3 a zero (R² %5)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>round trip measured (ms)</source>
        <translation>andata e ritorno misurato (ms)</translation>
    </message>
    <message>
        <source>No measurement of this figure yet</source>
        <translation>Ancora nessuna misura di questa grandezza</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::StoragePanel</name>
    <message>
        <source>No shared storage to watch. Add a [[storage]] table with kind = "glusterfs" and the command that runs its CLI (see docs/configuration.md).</source>
        <translation>Nessuno storage condiviso da osservare. Aggiungi una tabella [[storage]] con kind = "glusterfs" e il comando che ne esegue la CLI (vedi docs/configuration.md).</translation>
    </message>
    <message>
        <source>Brick</source>
        <translation>Brick</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Pending heal</source>
        <translation>Da guarire</translation>
    </message>
    <message>
        <source>Split-brain</source>
        <translation>Split-brain</translation>
    </message>
    <message>
        <source>Possibly healing</source>
        <translation>Forse in guarigione</translation>
    </message>
    <message>
        <source>Heal now</source>
        <translation>Guarisci ora</translation>
    </message>
    <message>
        <source>Ask the self-heal daemon to heal pending entries now instead of at its next scan (cluster.heal-timeout, 600 s by default)</source>
        <translation>Chiedi al demone di self-heal di guarire ora le voci in attesa invece che alla prossima scansione (cluster.heal-timeout, 600 s predefiniti)</translation>
    </message>
    <message>
        <source>Split-brain files…</source>
        <translation>File in split-brain…</translation>
    </message>
    <message>
        <source>List the files whose copies disagree</source>
        <translation>Elenca i file le cui copie non concordano</translation>
    </message>
    <message>
        <source>Bring bricks back…</source>
        <translation>Riporta su i brick…</translation>
    </message>
    <message>
        <source>gluster volume start VOLUME force: restarts brick processes that died; running ones are untouched</source>
        <translation>gluster volume start VOLUME force: riavvia i processi dei brick terminati; quelli in esecuzione non vengono toccati</translation>
    </message>
    <message>
        <source>%1: waiting for the first answer…</source>
        <translation>%1: in attesa della prima risposta…</translation>
    </message>
    <message>
        <source>%1: state unknown</source>
        <translation>%1: stato sconosciuto</translation>
    </message>
    <message>
        <source>%1 · %2, replica %3%4 · %5</source>
        <translation>%1 · %2, replica %3%4 · %5</translation>
    </message>
    <message>
        <source> with arbiter</source>
        <translation> con arbitro</translation>
    </message>
    <message>
        <source>, no arbiter</source>
        <translation>, senza arbitro</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aggiornato %1</translation>
    </message>
    <message>
        <source>STATE UNKNOWN since the last answer</source>
        <translation>STATO SCONOSCIUTO dall'ultima risposta</translation>
    </message>
    <message>
        <source>online</source>
        <translation>in linea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>non in linea</translation>
    </message>
    <message>
        <source>self-heal daemon on %1</source>
        <translation>demone di self-heal su %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>non in esecuzione</translation>
    </message>
    <message>
        <source>Bring bricks back?</source>
        <translation>Riportare su i brick?</translation>
    </message>
    <message>
        <source>Runs 'gluster volume start %1 force': brick processes of %1 that are not running are started again; running ones are not touched. Do it once the brick's host and disk are healthy; the brick then heals from its peer.</source>
        <translation>Esegue 'gluster volume start %1 force': i processi dei brick di %1 non in esecuzione vengono riavviati; quelli attivi non vengono toccati. Fallo quando host e disco del brick sono sani; il brick poi guarisce dal suo pari.</translation>
    </message>
    <message>
        <source>Done. The gluster CLI said:</source>
        <translation>Fatto. La CLI di gluster ha risposto:</translation>
    </message>
    <message>
        <source>It failed. The gluster CLI said:</source>
        <translation>Non riuscito. La CLI di gluster ha risposto:</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::TopologyView</name>
    <message>
        <source>This configuration defines no sites.
Add [[site]] and [[host]] tables to %1 (see docs/configuration.md), then restart Hawan.</source>
        <translation>Questa configurazione non definisce siti.
Aggiungi tabelle [[site]] e [[host]] a %1 (vedi docs/configuration.md), poi riavvia Hawan.</translation>
    </message>
    <message>
        <source>No hosts at this site</source>
        <translation>Nessun host in questo sito</translation>
    </message>
    <message>
        <source>%1 Gbit/s</source>
        <translation>%1 Gbit/s</translation>
    </message>
    <message>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <source> · stale</source>
        <translation> · non aggiornato</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Mem</source>
        <translation>Mem</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation><numerusform>%n VM</numerusform><numerusform>%n VM</numerusform></translation>
    </message>
    <message>
        <source>, %1 running</source>
        <translation>, %1 in esecuzione</translation>
    </message>
    <message>
        <source>No VMs on this host</source>
        <translation>Nessuna VM su questo host</translation>
    </message>
    <message>
        <source>No VM data yet</source>
        <translation>Ancora nessun dato sulle VM</translation>
    </message>
    <message>
        <source>Read-only console</source>
        <translation>Console in sola lettura</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 on %3&lt;br&gt;%4 vCPU · %5 · CPU %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 su %3&lt;br&gt;%4 vCPU · %5 · CPU %6</translation>
    </message>
    <message>
        <source>Last known data (%1)</source>
        <translation>Ultimi dati noti (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Updated %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3&lt;br&gt;Aggiornato %4</translation>
    </message>
    <message>
        <source>Migrate to</source>
        <translation>Migra su</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · maintenance</source>
        <translation> · manutenzione</translation>
    </message>
    <message>
        <source>Evacuate host…</source>
        <translation>Evacua host…</translation>
    </message>
    <message>
        <source>Plan moving every VM off %1 (dry run first), then put it in maintenance</source>
        <translation>Pianifica lo spostamento di ogni VM da %1 (prima a secco), poi mettilo in manutenzione</translation>
    </message>
    <message>
        <source>Leave maintenance</source>
        <translation>Esci dalla manutenzione</translation>
    </message>
    <message>
        <source>Enter maintenance</source>
        <translation>Entra in manutenzione</translation>
    </message>
    <message>
        <source>Plans may place VMs on this host again</source>
        <translation>I piani possono di nuovo collocare VM su questo host</translation>
    </message>
    <message>
        <source>Plans and drops place no new VM on this host</source>
        <translation>Piani e trascinamenti non collocano nuove VM su questo host</translation>
    </message>
    <message>
        <source>Evacuate site %1…</source>
        <translation>Evacua il sito %1…</translation>
    </message>
    <message>
        <source>Plan moving every VM of the site to the other sites, with a capacity check first</source>
        <translation>Pianifica lo spostamento di ogni VM del sito verso gli altri siti, con prima un controllo di capacità</translation>
    </message>
    <message>
        <source>paused: migrating (a copy arriving, or the last pause before the switch)</source>
        <translation>in pausa: in migrazione (una copia in arrivo, o l'ultima pausa prima del passaggio)</translation>
    </message>
    <message>
        <source>Click for the latency graphs.</source>
        <translation>Fai clic per i grafici di latenza.</translation>
    </message>
    <message>
        <source>No VMs when last seen</source>
        <translation>Nessuna VM all'ultimo contatto</translation>
    </message>
    <message>
        <source>Recover VMs of crashed host…</source>
        <translation>Recupera le VM dell'host caduto…</translation>
    </message>
    <message>
        <source>Fence %1 (power it off), then restart the VMs that ran on it on other hosts</source>
        <translation>Isola %1 (spegnilo), poi riavvia su altri host le VM che vi giravano</translation>
    </message>
    <message>
        <source>Only for a host that is down: %1 answers, so evacuate it instead</source>
        <translation>Solo per un host giù: %1 risponde, quindi evacualo invece</translation>
    </message>
    <message>
        <source>Stopped by the fence of %1; not restarted elsewhere yet. If its restart failed, recover %1 again.</source>
        <translation>Fermata dal fence di %1; non ancora riavviata altrove. Se il riavvio non è riuscito, recupera di nuovo %1.</translation>
    </message>
    <message numerus="yes">
        <source>Bring back %n evacuated VM(s)…</source>
        <translation><numerusform>Riporta %n VM evacuata…</numerusform><numerusform>Riporta %n VM evacuate…</numerusform></translation>
    </message>
    <message>
        <source>Take %1 out of maintenance first</source>
        <translation>Prima togli %1 dalla manutenzione</translation>
    </message>
    <message>
        <source>Plan moving back the VMs the last evacuation took off %1</source>
        <translation>Pianifica il ritorno delle VM che l'ultima evacuazione ha spostato da %1</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>isolato</translation>
    </message>
    <message>
        <source>, state unknown</source>
        <translation>, stato sconosciuto</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) unknown</source>
        <translation><numerusform>%n VM sconosciuta</numerusform><numerusform>%n VM sconosciute</numerusform></translation>
    </message>
    <message>
        <source>silent behind the cut link (may still run)</source>
        <translation>muto dietro il collegamento interrotto (potrebbe essere in funzione)</translation>
    </message>
    <message>
        <source>New VM here…</source>
        <translation>Nuova VM qui…</translation>
    </message>
    <message>
        <source>Make a VM on %1 from a template image of the configuration</source>
        <translation>Crea una VM su %1 da un'immagine modello della configurazione</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Shut it down first</source>
        <translation>Prima spegnila</translation>
    </message>
    <message>
        <source>Remove its definition, and the disk Hawan made for it</source>
        <translation>Rimuove la sua definizione e il disco che Hawan ha creato per essa</translation>
    </message>
    <message>
        <source>no probe</source>
        <translation>nessuna sonda</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>interrotto</translation>
    </message>
    <message>
        <source>measuring</source>
        <translation>in misura</translation>
    </message>
    <message>
        <source>probe error</source>
        <translation>errore della sonda</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n sites. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM.</source>
        <translation><numerusform>%n sito. Fai clic su un sito, o spostati con le frecce e premi Invio, per vederne gli host. Digita per trovare un sito, un host o una VM.</numerusform><numerusform>%n siti. Fai clic su un sito, o spostati con le frecce e premi Invio, per vederne gli host. Digita per trovare un sito, un host o una VM.</numerusform></translation>
    </message>
    <message>
        <source>%1, host %2</source>
        <translation>%1, host %2</translation>
    </message>
    <message>
        <source>Find “%1”: %2 (Enter opens it, Esc clears)</source>
        <translation>Trova «%1»: %2 (Invio lo apre, Esc cancella)</translation>
    </message>
    <message>
        <source>Find “%1”: no site, host or VM has it in its name (Backspace, Esc clears)</source>
        <translation>Trova «%1»: nessun sito, host o VM lo ha nel nome (Backspace, Esc cancella)</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>guasto</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradato</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in salute</translation>
    </message>
    <message>
        <source>%1/%2 hosts up</source>
        <translation>%1/%2 host attivi</translation>
    </message>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 irraggiungibili</translation>
    </message>
    <message>
        <source>%1 connecting</source>
        <translation>%1 in connessione</translation>
    </message>
    <message>
        <source>%1 in maintenance</source>
        <translation>%1 in manutenzione</translation>
    </message>
    <message>
        <source>%1/%2 VMs running</source>
        <translation>%1/%2 VM in esecuzione</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 sconosciute</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 andate in crash</translation>
    </message>
    <message numerus="yes">
        <source>◀  All %n sites (Esc)</source>
        <translation><numerusform>◀  Tutti i %n siti (Esc)</numerusform><numerusform>◀  Tutti i %n siti (Esc)</numerusform></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>Show the site's hosts and VMs (Enter); Esc comes back to all sites</source>
        <translation>Mostra gli host e le VM del sito (Invio); Esc torna a tutti i siti</translation>
    </message>
    <message>
        <source>Storage: %1</source>
        <translation>Storage: %1</translation>
    </message>
    <message>
        <source>Click (or Enter) to see its hosts and VMs.</source>
        <translation>Clic (o Invio) per vederne gli host e le VM.</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::TourCaption</name>
    <message>
        <source>Tour over</source>
        <translation>Giro finito</translation>
    </message>
    <message>
        <source>This caption closes in 10 s.</source>
        <translation>Questa didascalia si chiude tra 10 s.</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Giro</translation>
    </message>
    <message>
        <source>Waiting for every host and the storage to answer…</source>
        <translation>In attesa che ogni host e lo storage rispondano…</translation>
    </message>
    <message>
        <source>Space: start · Esc: end the tour</source>
        <translation>Spazio: inizia · Esc: termina il giro</translation>
    </message>
    <message>
        <source>%1/%2  %3</source>
        <translation>%1/%2  %3</translation>
    </message>
    <message>
        <source>Stopping: putting back what the tour changed…</source>
        <translation>Arresto: ripristino di ciò che il giro ha cambiato…</translation>
    </message>
    <message>
        <source>Running… (Esc: stop and put everything back)</source>
        <translation>In corso… (Esc: ferma e ripristina tutto)</translation>
    </message>
    <message>
        <source>Space: next step · Esc: end the tour</source>
        <translation>Spazio: passo successivo · Esc: termina il giro</translation>
    </message>
    <message>
        <source>Space: close</source>
        <translation>Spazio: chiudi</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::TourPlayer</name>
    <message>
        <source>the WAN degrades and a live migration across it slows, then it recovers</source>
        <translation>la WAN peggiora e una migrazione live attraverso di essa rallenta, poi si riprende</translation>
    </message>
    <message>
        <source>a host loses power: it is detected, fenced, and its VMs come back</source>
        <translation>un host perde l'alimentazione: viene rilevato, isolato, e le sue VM tornano</translation>
    </message>
    <message>
        <source>a storage brick fails and heals while both sites keep writing</source>
        <translation>un brick dello storage si guasta e guarisce mentre entrambi i siti continuano a scrivere</translation>
    </message>
    <message>
        <source>the three stories, one after the other</source>
        <translation>le tre storie, una dopo l'altra</translation>
    </message>
    <message>
        <source>looking for hawan-writer</source>
        <translation>ricerca di hawan-writer</translation>
    </message>
    <message>
        <source>Two sites, one network, one volume</source>
        <translation>Due siti, una rete, un volume</translation>
    </message>
    <message>
        <source>%1 and %2 share one layer-2 network across the WAN and one GlusterFS volume replicated at both sites: a VM can move between the sites while it runs, and restart at the other site when its host dies.</source>
        <translation>%1 e %2 condividono una rete layer-2 attraverso la WAN e un volume GlusterFS replicato in entrambi i siti: una VM può spostarsi tra i siti mentre gira, e ripartire nell'altro sito quando il suo host muore.</translation>
    </message>
    <message>
        <source>A host loses power</source>
        <translation>Un host perde l'alimentazione</translation>
    </message>
    <message>
        <source>The busiest host goes dark. The console notices when its keepalive goes unanswered, fences the host, and restarts each of its VMs on another host; then it checks that every VM runs exactly once and that no acknowledged write was lost (the Drills panel shows the verdict as it forms).</source>
        <translation>L'host più carico si spegne. La console se ne accorge quando il keepalive resta senza risposta, isola l'host e riavvia ciascuna delle sue VM su un altro host; poi verifica che ogni VM giri esattamente una volta e che nessuna scrittura confermata sia andata persa (il pannello Esercitazioni mostra il verdetto mentre si forma).</translation>
    </message>
    <message>
        <source>A storage brick fails</source>
        <translation>Un brick dello storage si guasta</translation>
    </message>
    <message>
        <source>%1's brick of the volume dies. Writes go on to the other copy at both sites (the witnesses' graph keeps climbing); the brick is restarted and the self-heal copies what it missed.</source>
        <translation>Il brick del volume a %1 muore. Le scritture proseguono sull'altra copia in entrambi i siti (il grafico dei testimoni continua a salire); il brick viene riavviato e il self-heal copia ciò che ha perso.</translation>
    </message>
    <message>
        <source>That was the tour</source>
        <translation>Questo era il giro</translation>
    </message>
    <message>
        <source>Everything it changed is back as it was. Every step is an ordinary job of the console: the same migrations, recoveries and drills an operator runs, with their reports kept in the Drills panel.</source>
        <translation>Tutto ciò che ha cambiato è tornato com'era. Ogni passo è un normale lavoro della console: le stesse migrazioni, ripristini ed esercitazioni che esegue un operatore, con i loro rapporti salvati nel pannello Esercitazioni.</translation>
    </message>
    <message>
        <source>The WAN degrades</source>
        <translation>La WAN peggiora</translation>
    </message>
    <message>
        <source>This configuration's link has no emulate command: this part of the tour needs the lab.</source>
        <translation>Il collegamento di questa configurazione non ha un comando emulate: questa parte del giro richiede il laboratorio.</translation>
    </message>
    <message>
        <source>Degrade %1</source>
        <translation>Peggiora %1</translation>
    </message>
    <message>
        <source>read the delay</source>
        <translation>leggi il ritardo</translation>
    </message>
    <message>
        <source>put the delay back</source>
        <translation>ripristina il ritardo</translation>
    </message>
    <message>
        <source>delay 20 ms</source>
        <translation>ritardo 20 ms</translation>
    </message>
    <message>
        <source>A live migration across the slow WAN</source>
        <translation>Una migrazione live attraverso la WAN lenta</translation>
    </message>
    <message>
        <source>A running VM moves to the other site while it runs. Its memory crosses the WAN; every page the guest writes meanwhile is sent again, and each round trip now costs 40 ms: the Jobs panel shows the copy's progress and rate.</source>
        <translation>Una VM in esecuzione si sposta nell'altro sito mentre gira. La sua memoria attraversa la WAN; ogni pagina che il guest scrive nel frattempo viene rinviata, e ogni andata e ritorno ora costa 40 ms: il pannello Lavori mostra avanzamento e velocità della copia.</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migra</translation>
    </message>
    <message>
        <source>no running VM to move, or no host to receive it</source>
        <translation>nessuna VM in esecuzione da spostare, o nessun host per riceverla</translation>
    </message>
    <message>
        <source>The WAN recovers</source>
        <translation>La WAN si riprende</translation>
    </message>
    <message>
        <source>The delay goes back to what it was; the WAN box turns green again.</source>
        <translation>Il ritardo torna com'era; il riquadro WAN torna verde.</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>Ritorno a casa</translation>
    </message>
    <message>
        <source>The VM moves back to its own host, over the healthy WAN: much faster.</source>
        <translation>La VM torna al suo host, sulla WAN sana: molto più veloce.</translation>
    </message>
    <message>
        <source>The tour ended.</source>
        <translation>Il giro è terminato.</translation>
    </message>
    <message>
        <source>The tour was stopped; what it changed is back as it was.</source>
        <translation>Il giro è stato fermato; ciò che aveva cambiato è tornato com'era.</translation>
    </message>
    <message>
        <source>The one-way delay on %1 goes up to 20 ms: the round trip in the WAN box climbs past the link's limit, as on the latency graph (Ctrl+G).</source>
        <translation>Il ritardo di sola andata su %1 sale a 20 ms: l'andata e ritorno nel riquadro WAN supera il limite del collegamento, come nel grafico delle latenze (Ctrl+G).</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::VmCommands</name>
    <message>
        <source>%1: requested</source>
        <translation>%1: richiesto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 failed.

%2

The event log keeps this message; check the VM table for where things stand.</source>
        <translation>%1 non riuscito.

%2

Il registro eventi conserva questo messaggio; controlla nella tabella delle VM a che punto sono le cose.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message>
        <source>%1 is running on %2. Shut it down (or force it off) first, then delete it.</source>
        <translation>%1 è in esecuzione su %2. Prima spegnila (o spegnila a forza), poi eliminala.</translation>
    </message>
    <message>
        <source>Delete %1 on %2?

Its definition is removed from the host.</source>
        <translation>Eliminare %1 su %2?

La sua definizione viene rimossa dall'host.</translation>
    </message>
    <message>
        <source>The disk Hawan made for it is deleted: %1.</source>
        <translation>Il disco che Hawan ha creato per essa viene eliminato: %1.</translation>
    </message>
    <message>
        <source>Its other disks are kept: %1.</source>
        <translation>Gli altri suoi dischi sono conservati: %1.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::VmTableModel</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (non aggiornato)</translation>
    </message>
    <message>
        <source>Last known data: host %1 is %2 (updated %3)</source>
        <translation>Ultimi dati noti: l'host %1 è %2 (aggiornato %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sito</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Dischi</translation>
    </message>
    <message>
        <source>paused: migrating</source>
        <translation>in pausa: in migrazione</translation>
    </message>
    <message>
        <source>Stopped by the fence of %1; not restarted elsewhere yet. If its restart failed, recover %1 again.</source>
        <translation>Fermata dal fence di %1; non ancora riavviata altrove. Se il riavvio non è riuscito, recupera di nuovo %1.</translation>
    </message>
    <message>
        <source>%1 (Nova: %2)</source>
        <translation>%1 (Nova: %2)</translation>
    </message>
</context>
<context>
    <name>hawan::widgets::WallView</name>
    <message>
        <source>%1: state unknown</source>
        <translation>%1: stato sconosciuto</translation>
    </message>
    <message>
        <source>%1: asking…</source>
        <translation>%1: in attesa…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n brick(s) offline</source>
        <translation><numerusform>%1: %n brick offline</numerusform><numerusform>%1: %n brick offline</numerusform></translation>
    </message>
    <message>
        <source>%1: split-brain (%2)</source>
        <translation>%1: split-brain (%2)</translation>
    </message>
    <message>
        <source>%1: healing, %2 pending</source>
        <translation>%1: in guarigione, %2 in attesa</translation>
    </message>
    <message>
        <source>%1: a brick does not answer</source>
        <translation>%1: un brick non risponde</translation>
    </message>
    <message>
        <source>%1: in sync</source>
        <translation>%1: allineato</translation>
    </message>
    <message>
        <source>Hawan wall</source>
        <translation>Hawan wall</translation>
    </message>
    <message>
        <source>round trip (ms)</source>
        <translation>andata e ritorno (ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n CRITICAL</source>
        <translation><numerusform>%n CRITICO</numerusform><numerusform>%n CRITICI</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n MAJOR</source>
        <translation><numerusform>%n GRAVE</numerusform><numerusform>%n GRAVI</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n WARNING</source>
        <translation><numerusform>%n AVVISO</numerusform><numerusform>%n AVVISI</numerusform></translation>
    </message>
    <message>
        <source>ALL CLEAR</source>
        <translation>TUTTO IN ORDINE</translation>
    </message>
    <message>
        <source>HAWAN · %1</source>
        <translation>HAWAN · %1</translation>
    </message>
    <message>
        <source>two sites</source>
        <translation>due siti</translation>
    </message>
    <message>
        <source>%1 · %2 new</source>
        <translation>%1 · %2 nuovi</translation>
    </message>
    <message numerus="yes">
        <source>CUT OFF · %n host(s) silent</source>
        <translation><numerusform>ISOLATO · %n host silenzioso</numerusform><numerusform>ISOLATO · %n host silenziosi</numerusform></translation>
    </message>
    <message>
        <source>%1/%2 hosts up · %3 VMs running</source>
        <translation>%1/%2 host attivi · %3 VM in esecuzione</translation>
    </message>
    <message>
        <source> · %1 unknown</source>
        <translation> · %1 sconosciute</translation>
    </message>
    <message>
        <source>silent (cut off)</source>
        <translation>silenzioso (isolato)</translation>
    </message>
    <message>
        <source>NOT ANSWERING</source>
        <translation>NON RISPONDE</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connessione…</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) · stale</source>
        <translation><numerusform>%n VM · non aggiornato</numerusform><numerusform>%n VM · non aggiornato</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) running</source>
        <translation><numerusform>%n VM in esecuzione</numerusform><numerusform>%n VM in esecuzione</numerusform></translation>
    </message>
    <message>
        <source> · maintenance</source>
        <translation> · manutenzione</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>CUT</source>
        <translation>INTERROTTO</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>loss %1 % · limit %2 ms</source>
        <translation>perdita %1 % · limite %2 ms</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non misurato</translation>
    </message>
    <message>
        <source>Sites %1–%2 of %3 · next in a few seconds</source>
        <translation>Siti %1–%2 di %3 · i prossimi fra pochi secondi</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>none watched</source>
        <translation>nessuno sorvegliato</translation>
    </message>
    <message>
        <source>Alarms: none</source>
        <translation>Allarmi: nessuno</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Allarmi (%1)</translation>
    </message>
    <message>
        <source>Nothing needs anyone now.</source>
        <translation>Niente richiede qualcuno ora.</translation>
    </message>
    <message numerus="yes">
        <source>+ %n more: see the Alarms panel</source>
        <translation><numerusform>+ %n altro: vedi il pannello Allarmi</numerusform><numerusform>+ %n altri: vedi il pannello Allarmi</numerusform></translation>
    </message>
    <message>
        <source> · ack %1</source>
        <translation> · ric. %1</translation>
    </message>
    <message>
        <source>WAN round trip, last hour</source>
        <translation>Andata e ritorno WAN, ultima ora</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Cosa fare: %1</translation>
    </message>
</context>
<context>
    <name>hawanctl</name>
    <message>
        <source>Configuration file (default: ~/.config/hawan/hawan.toml, else the demo).</source>
        <translation>File di configurazione (predefinito: ~/.config/hawan/hawan.toml, altrimenti la demo).</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Stampa JSON invece di una tabella.</translation>
    </message>
    <message>
        <source>Seconds to wait for every host to answer (default 15).</source>
        <translation>Secondi di attesa della risposta di ogni host (predefinito 15).</translation>
    </message>
    <message>
        <source>hawanctl: unknown command '%1'; try 'hawanctl --help'</source>
        <translation>hawanctl: comando sconosciuto '%1'; prova 'hawanctl --help'</translation>
    </message>
    <message>
        <source>hawanctl: no --config and no %1: using the bundled demo</source>
        <translation>hawanctl: nessun --config e nessun %1: uso la demo inclusa</translation>
    </message>
    <message numerus="yes">
        <source>hawanctl: the configuration is not valid (%n problem(s)):</source>
        <translation><numerusform>hawanctl: la configurazione non è valida (%n problema):</numerusform><numerusform>hawanctl: la configurazione non è valida (%n problemi):</numerusform></translation>
    </message>
    <message>
        <source>%1: valid (%2 sites, %3 hosts)</source>
        <translation>%1: valido (%2 siti, %3 host)</translation>
    </message>
    <message>
        <source>hawanctl: --timeout needs a positive number of seconds</source>
        <translation>hawanctl: --timeout richiede un numero positivo di secondi</translation>
    </message>
    <message>
        <source>migrate: bandwidth cap in MiB/s.</source>
        <translation>migrate: limite di banda in MiB/s.</translation>
    </message>
    <message>
        <source>migrate: slow the guest down if it does not converge.</source>
        <translation>migrate: rallenta il guest se non converge.</translation>
    </message>
    <message>
        <source>migrate: abort after this many seconds (default 600).</source>
        <translation>migrate: interrompe dopo questi secondi (predefinito 600).</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl migrate VM HOST</source>
        <translation>hawanctl: uso: hawanctl migrate VM HOST</translation>
    </message>
    <message>
        <source>hawanctl: unknown host '%1'; hosts: %2</source>
        <translation>hawanctl: host sconosciuto '%1'; host: %2</translation>
    </message>
    <message>
        <source>hawanctl: no VM named '%1' on any reachable host</source>
        <translation>hawanctl: nessuna VM chiamata '%1' sugli host raggiungibili</translation>
    </message>
    <message>
        <source>hawanctl: cannot migrate: %1</source>
        <translation>hawanctl: impossibile migrare: %1</translation>
    </message>
    <message>
        <source>migrate/evacuate: longest pause allowed for the final copy, in ms (default: the hypervisor's, 300).</source>
        <translation>migrate/evacuate: pausa massima consentita per la copia finale, in ms (predefinita: quella dell'hypervisor, 300).</translation>
    </message>
    <message>
        <source>migrate: switch to post-copy if still copying after this many seconds (the VM then runs on the destination; a link failure from there on loses it).</source>
        <translation>migrate: passa a post-copy se sta ancora copiando dopo questi secondi (la VM gira poi sulla destinazione; un guasto del collegamento da lì in poi la fa perdere).</translation>
    </message>
    <message>
        <source>evacuate: every host of this site.</source>
        <translation>evacuate: ogni host di questo sito.</translation>
    </message>
    <message>
        <source>evacuate: print the plan, move nothing.</source>
        <translation>evacuate: stampa il piano, non spostare nulla.</translation>
    </message>
    <message>
        <source>evacuate/resume: migrations a host sends or receives at once (default from the config).</source>
        <translation>evacuate/resume: migrazioni che un host invia o riceve alla volta (predefinito dalla configurazione).</translation>
    </message>
    <message>
        <source>evacuate/resume: migrations crossing one WAN link at once (default from the config).</source>
        <translation>evacuate/resume: migrazioni che attraversano un collegamento WAN alla volta (predefinito dalla configurazione).</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl evacuate HOST [--dry-run] | hawanctl evacuate --site SITE [--dry-run]</source>
        <translation>hawanctl: uso: hawanctl evacuate HOST [--dry-run] | hawanctl evacuate --site SITO [--dry-run]</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl maintenance HOST on|off</source>
        <translation>hawanctl: uso: hawanctl maintenance HOST on|off</translation>
    </message>
    <message>
        <source>hawanctl: --%1 takes 1 to 16</source>
        <translation>hawanctl: --%1 accetta da 1 a 16</translation>
    </message>
    <message>
        <source>Plan %1: %2%3</source>
        <translation>Piano %1: %2%3</translation>
    </message>
    <message>
        <source> (dry run: nothing is moved)</source>
        <translation> (a secco: non si sposta nulla)</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  attenzione: %1</translation>
    </message>
    <message>
        <source>  nothing to move</source>
        <translation>  niente da spostare</translation>
    </message>
    <message>
        <source>shut off</source>
        <translation>spenta</translation>
    </message>
    <message>
        <source> [crosses the WAN]</source>
        <translation> [attraversa la WAN]</translation>
    </message>
    <message>
        <source>  cannot move %1 (on %2): %3</source>
        <translation>  impossibile spostare %1 (su %2): %3</translation>
    </message>
    <message>
        <source>%1 s, %2 MiB sent, downtime %3 ms</source>
        <translation>%1 s, %2 MiB inviati, fermo %3 ms</translation>
    </message>
    <message>
        <source>%1 %2: %3 moved, %4 failed, %5 not moved</source>
        <translation>%1 %2: %3 spostate, %4 fallite, %5 non spostate</translation>
    </message>
    <message>
        <source>hawanctl: unknown site '%1'; sites: %2</source>
        <translation>hawanctl: sito sconosciuto '%1'; siti: %2</translation>
    </message>
    <message>
        <source>hawanctl: %1; nothing was moved</source>
        <translation>hawanctl: %1; non è stato spostato nulla</translation>
    </message>
    <message>
        <source>No interrupted plan in %1.</source>
        <translation>Nessun piano interrotto in %1.</translation>
    </message>
    <message>
        <source>%1  %2  %3, created %4: %5 moved, %6 in flight, %7 to go</source>
        <translation>%1  %2  %3, creato %4: %5 spostate, %6 in transito, %7 da fare</translation>
    </message>
    <message>
        <source>Finish one with 'hawanctl resume ID', drop it with 'hawanctl abort ID'.</source>
        <translation>Completane uno con 'hawanctl resume ID', scartalo con 'hawanctl abort ID'.</translation>
    </message>
    <message>
        <source>hawanctl: no interrupted plan in %1</source>
        <translation>hawanctl: nessun piano interrotto in %1</translation>
    </message>
    <message>
        <source>hawanctl: no interrupted plan '%1' in %2; 'hawanctl plans' lists them</source>
        <translation>hawanctl: nessun piano interrotto '%1' in %2; 'hawanctl plans' li elenca</translation>
    </message>
    <message>
        <source>hawanctl: cannot resume %1: %2</source>
        <translation>hawanctl: impossibile riprendere %1: %2</translation>
    </message>
    <message>
        <source>Aborting plan %1: %2 (moves in flight are reconciled first)</source>
        <translation>Interruzione del piano %1: %2 (prima si riconciliano gli spostamenti in transito)</translation>
    </message>
    <message>
        <source>Resuming plan %1: %2 (moves in flight are reconciled first)</source>
        <translation>Ripresa del piano %1: %2 (prima si riconciliano gli spostamenti in transito)</translation>
    </message>
    <message>
        <source>hawanctl: unknown host '%1'</source>
        <translation>hawanctl: host sconosciuto '%1'</translation>
    </message>
    <message>
        <source>%1 is in maintenance: plans send it nothing</source>
        <translation>%1 è in manutenzione: i piani non gli inviano nulla</translation>
    </message>
    <message>
        <source>%1 is out of maintenance</source>
        <translation>%1 è fuori manutenzione</translation>
    </message>
    <message>
        <source>hawanctl: the shared storage is not in sync, so nothing was moved:</source>
        <translation>hawanctl: lo storage condiviso non è allineato, quindi non è stato spostato nulla:</translation>
    </message>
    <message>
        <source>Wait for the heal to finish (hawanctl storage shows it), or, if you must, repeat with --override-storage "REASON" (the reason is written to the journal).</source>
        <translation>Attendi la fine della guarigione (hawanctl storage la mostra), o, se devi, ripeti con --override-storage "MOTIVO" (il motivo viene scritto nel journal).</translation>
    </message>
    <message>
        <source>hawanctl: going ahead despite unsynced storage (%1): %2</source>
        <translation>hawanctl: si procede nonostante lo storage non allineato (%1): %2</translation>
    </message>
    <message>
        <source>  storage not in sync (a real run stops here): %1</source>
        <translation>  storage non allineato (un'esecuzione reale si ferma qui): %1</translation>
    </message>
    <message>
        <source>No GlusterFS volume in the configuration.</source>
        <translation>Nessun volume GlusterFS nella configurazione.</translation>
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation>Volume %1 (%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>online</source>
        <translation>in linea</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>NON IN LINEA</translation>
    </message>
    <message>
        <source>  self-heal daemon: %1</source>
        <translation>  demone di self-heal: %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <source>NOT running everywhere</source>
        <translation>NON in esecuzione ovunque</translation>
    </message>
    <message>
        <source>probes: how long to measure (default 10).</source>
        <translation>probes: per quanto misurare (predefinito 10).</translation>
    </message>
    <message>
        <source>probes: record every reading to this CSV file.</source>
        <translation>probes: registra ogni lettura in questo file CSV.</translation>
    </message>
    <message>
        <source>hawanctl: --seconds must be 1 to 86400</source>
        <translation>hawanctl: --seconds deve essere tra 1 e 86400</translation>
    </message>
    <message>
        <source>hawanctl: the probes are off in this configuration ([probes] interval_ms = 0)</source>
        <translation>hawanctl: le sonde sono spente in questa configurazione ([probes] interval_ms = 0)</translation>
    </message>
    <message>
        <source>hawanctl: nothing to probe: add [[link.probe]] or probe_dirs (see docs/configuration.md)</source>
        <translation>hawanctl: niente da sondare: aggiungi [[link.probe]] o probe_dirs (vedi docs/configuration.md)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>errore: %1</translation>
    </message>
    <message>
        <source>no answer (loss 100 %)</source>
        <translation>nessuna risposta (perdita 100 %)</translation>
    </message>
    <message>
        <source>%1 ms (p10-p90 %2-%3, jitter %4) loss %5 %</source>
        <translation>%1 ms (p10-p90 %2-%3, jitter %4) perdita %5 %</translation>
    </message>
    <message>
        <source>Summary over %1 s (median of the interval medians, lowest, highest, mean loss):</source>
        <translation>Riepilogo su %1 s (mediana delle mediane degli intervalli, minimo, massimo, perdita media):</translation>
    </message>
    <message>
        <source>no reading</source>
        <translation>nessuna lettura</translation>
    </message>
    <message>
        <source>%1 %2 (%3-%4), loss %5 %, %6 readings</source>
        <translation>%1 %2 (%3-%4), perdita %5 %, %6 letture</translation>
    </message>
    <message>
        <source>hawanctl: cannot write %1: %2</source>
        <translation>hawanctl: impossibile scrivere %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n reading(s) in %1</source>
        <translation><numerusform>Registrata %n lettura in %1</numerusform><numerusform>Registrate %n letture in %1</numerusform></translation>
    </message>
    <message>
        <source>recover: the host has no fence command and was powered off by hand; HOW (who, how) is journaled.</source>
        <translation>recover: l'host non ha un comando di fence ed è stato spento a mano; COME (chi, come) viene registrato nel journal.</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl recover HOST [--dry-run] [--fenced-by-hand HOW]</source>
        <translation>hawanctl: uso: hawanctl recover HOST [--dry-run] [--fenced-by-hand COME]</translation>
    </message>
    <message>
        <source>restarted in %1 s</source>
        <translation>riavviata in %1 s</translation>
    </message>
    <message>
        <source>hawanctl: %1 has no fence command in the configuration, so Hawan cannot make sure it is off. Power it off by hand (or add 'fence = "..."' to its [[host]]), then repeat with --fenced-by-hand "WHO/HOW"; that is written to the journal.</source>
        <translation>hawanctl: %1 non ha un comando di fence nella configurazione, quindi Hawan non può assicurarsi che sia spento. Spegnilo a mano (o aggiungi 'fence = "..."' al suo [[host]]), poi ripeti con --fenced-by-hand "CHI/COME"; viene scritto nel journal.</translation>
    </message>
    <message>
        <source>powered off by hand: %1</source>
        <translation>spento a mano: %1</translation>
    </message>
    <message>
        <source>evacuate, recover, maintenance on: go ahead although the shared storage is not in sync; REASON is journaled.</source>
        <translation>evacuate, recover, maintenance on: procedi anche se lo storage condiviso non è allineato; il MOTIVO viene scritto nel journal.</translation>
    </message>
    <message>
        <source>hawanctl: the shared storage is not in sync, so %1 was not marked for maintenance:</source>
        <translation>hawanctl: lo storage condiviso non è allineato, quindi %1 non è stato messo in manutenzione:</translation>
    </message>
    <message>
        <source>  started by a console on %1: make sure it is closed before resuming here</source>
        <translation>  avviato da una console su %1: assicurati che sia chiusa prima di riprenderlo qui</translation>
    </message>
    <message>
        <source>hawanctl: left %1 (%2) alone: a console on %3 started it and may still run it; once it is closed, name the plan: 'hawanctl %4 %1'</source>
        <translation>hawanctl: %1 (%2) lasciato com'è: l'ha avviato una console su %3 e potrebbe ancora eseguirlo; quando sarà chiusa, indica il piano: 'hawanctl %4 %1'</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl return HOST [--dry-run]</source>
        <translation>hawanctl: uso: hawanctl return HOST [--dry-run]</translation>
    </message>
    <message>
        <source>hawanctl: %1 (plan %2); finish it with 'hawanctl resume %2' or drop it with 'hawanctl abort %2'</source>
        <translation>hawanctl: %1 (piano %2); completalo con 'hawanctl resume %2' o scartalo con 'hawanctl abort %2'</translation>
    </message>
    <message>
        <source> ('hawanctl maintenance %1 off')</source>
        <translation> ('hawanctl maintenance %1 off')</translation>
    </message>
    <message>
        <source>. Use 'hawanctl evacuate %1' to move its VMs live.</source>
        <translation>. Usa 'hawanctl evacuate %1' per spostare le sue VM live.</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>NON RIUSCITO: %1</translation>
    </message>
    <message>
        <source>, delay %1 ms</source>
        <translation>, ritardo %1 ms</translation>
    </message>
    <message>
        <source>, RTT %1 ms</source>
        <translation>, RTT %1 ms</translation>
    </message>
    <message>
        <source>experiment: one-way WAN delays to sweep, e.g. 0,5,10,20ms (a lab's link; default: the link as it is).</source>
        <translation>experiment: ritardi WAN di sola andata da percorrere, ad es. 0,5,10,20ms (il collegamento di un laboratorio; predefinito: il collegamento così com'è).</translation>
    </message>
    <message>
        <source>experiment: runs of each test at each point (default 1).</source>
        <translation>experiment: esecuzioni di ogni test in ogni punto (predefinito 1).</translation>
    </message>
    <message>
        <source>experiment: small files of the metadata test (default 2000).</source>
        <translation>experiment: piccoli file del test dei metadati (predefinito 2000).</translation>
    </message>
    <message>
        <source>experiment: MiB written and read by the sequential tests (default 64).</source>
        <translation>experiment: MiB scritti e letti dai test sequenziali (predefinito 64).</translation>
    </message>
    <message>
        <source>hawanctl: --repeats (1 to 100), --files and --size-mib must be positive whole numbers</source>
        <translation>hawanctl: --repeats (da 1 a 100), --files e --size-mib devono essere numeri interi positivi</translation>
    </message>
    <message>
        <source>hawanctl: stopping the experiment: putting the link back and removing its files (Ctrl+C again to leave at once)</source>
        <translation>hawanctl: arresto dell'esperimento: ripristino del collegamento e rimozione dei suoi file (Ctrl+C di nuovo per uscire subito)</translation>
    </message>
    <message>
        <source>hawanctl: %1 (plan %2): the experiment did not run. Let it finish, or end it with 'hawanctl resume %2' or 'hawanctl abort %2'.</source>
        <translation>hawanctl: %1 (piano %2): l'esperimento non è stato eseguito. Lascialo terminare, o chiudilo con 'hawanctl resume %2' o 'hawanctl abort %2'.</translation>
    </message>
    <message>
        <source>hawanctl: the shared storage is not in sync, so the experiment did not run:</source>
        <translation>hawanctl: lo storage condiviso non è sincronizzato, quindi l'esperimento non è stato eseguito:</translation>
    </message>
    <message>
        <source>  Expected to take about %1 min.</source>
        <translation>  Durata prevista: circa %1 min.</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N] [--override-storage REASON]</source>
        <translation>hawanctl: uso: hawanctl experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N] [--override-storage MOTIVO]</translation>
    </message>
    <message>
        <source>hawanctl: unknown test '%1'; tests: metadata, seq-write, seq-read, rand-rw, vm-lifecycle, migrate-idle, migrate-busy, or all</source>
        <translation>hawanctl: test sconosciuto '%1'; test: metadata, seq-write, seq-read, rand-rw, vm-lifecycle, migrate-idle, migrate-busy, o all</translation>
    </message>
    <message>
        <source>Verdict of %1 (%2, %3): %4</source>
        <translation>Verdetto di %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>SUPERATA</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULLATA</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLITO</translation>
    </message>
    <message>
        <source>Run one with: hawanctl drill run NAME (a lab runs at once; elsewhere add --confirm-site SITE)</source>
        <translation>Eseguine una con: hawanctl drill run NOME (un laboratorio parte subito; altrove aggiungi --confirm-site SITO)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>No drill has run yet (kept under %1).</source>
        <translation>Nessuna esercitazione eseguita finora (salvate sotto %1).</translation>
    </message>
    <message>
        <source>hawanctl: no drill run '%1' under %2 (hawanctl drill reports lists them)</source>
        <translation>hawanctl: nessuna esercitazione '%1' sotto %2 (hawanctl drill reports le elenca)</translation>
    </message>
    <message>
        <source>hawanctl: unknown drill '%1'; drills: %2</source>
        <translation>hawanctl: esercitazione sconosciuta '%1'; esercitazioni: %2</translation>
    </message>
    <message>
        <source>hawanctl: the drill did not run:</source>
        <translation>hawanctl: l'esercitazione non è stata eseguita:</translation>
    </message>
    <message>
        <source>  Expected to take about %1 s.</source>
        <translation>  Durata prevista: circa %1 s.</translation>
    </message>
    <message>
        <source>hawanctl: stopping the drill: repairing the fault and checking what it can (Ctrl+C again to leave at once; the next start repairs)</source>
        <translation>hawanctl: arresto dell'esercitazione: riparazione del guasto e verifica di ciò che può (Ctrl+C di nuovo per uscire subito; il prossimo avvio ripara)</translation>
    </message>
    <message>
        <source>drill: the host the fault hits (default: the one running the most VMs).</source>
        <translation>drill: l'host colpito dal guasto (predefinito: quello con più VM in esecuzione).</translation>
    </message>
    <message>
        <source>drill wan-cut-mid-migration: the VM to migrate (default: the smallest running at the link's first site).</source>
        <translation>drill wan-cut-mid-migration: la VM da migrare (predefinita: la più piccola in esecuzione al primo sito del collegamento).</translation>
    </message>
    <message>
        <source>drill: how long the fault lasts, in seconds (default: the drill's).</source>
        <translation>drill: quanto dura il guasto, in secondi (predefinito: quello dell'esercitazione).</translation>
    </message>
    <message>
        <source>drill lossy-wan: the packet loss in percent (default 3).</source>
        <translation>drill lossy-wan: la perdita di pacchetti in percentuale (predefinita 3).</translation>
    </message>
    <message>
        <source>drill: not a lab: the name of the site the fault hits, to confirm it.</source>
        <translation>drill: non un laboratorio: il nome del sito colpito dal guasto, per confermarlo.</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--loss PCT] [--confirm-site SITE] | reports | show ID [--csv FILE]</source>
        <translation>hawanctl: uso: hawanctl drill list | run NOME [--host H] [--site S] [--vm VM] [--hold SECONDI] [--loss PCT] [--confirm-site SITO] | reports | show ID [--csv FILE]</translation>
    </message>
    <message>
        <source>hawanctl: --hold takes 0 to 3600 seconds, --loss more than 0 and at most 100 percent</source>
        <translation>hawanctl: --hold accetta da 0 a 3600 secondi, --loss più di 0 e al massimo 100 percento</translation>
    </message>
    <message>
        <source>hawanctl: %1 has not ended %2 s after its time limit (a daemon does not answer the abort); where %3 runs is not known: see 'hawanctl status'</source>
        <translation>hawanctl: %1 non è terminata %2 s dopo il suo limite di tempo (un demone non risponde all'annullamento); non si sa dove sia in esecuzione %3: vedi 'hawanctl status'</translation>
    </message>
    <message numerus="yes">
        <source>HA watcher for %1: grace %2 s, leases in %3; %n policy(ies)</source>
        <translation><numerusform>Sorvegliante HA per %1: tolleranza %2 s, lease in %3; %n politica</numerusform><numerusform>Sorvegliante HA per %1: tolleranza %2 s, lease in %3; %n politiche</numerusform></translation>
    </message>
    <message>
        <source>hawanctl: no [[ha.policy]] in the configuration: no VM is restarted by the watcher; it only watches and raises alarms</source>
        <translation>hawanctl: nessuna [[ha.policy]] nella configurazione: il sorvegliante non riavvia alcuna VM; osserva soltanto e dà allarmi</translation>
    </message>
    <message>
        <source>hawanctl: stopping the watcher (Ctrl+C again to leave at once)</source>
        <translation>hawanctl: arresto del sorvegliante (Ctrl+C di nuovo per uscire subito)</translation>
    </message>
    <message>
        <source>No HA watcher acts (lease %1 free): a dead host's VMs come back only when an operator recovers it.</source>
        <translation>Nessun sorvegliante HA agisce (lease %1 libero): le VM di un host morto tornano solo quando un operatore lo ripristina.</translation>
    </message>
    <message>
        <source>HA watcher acting: %1; last heartbeat %2 UTC</source>
        <translation>Sorvegliante HA attivo: %1; ultimo battito %2 UTC</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl ha [status [--json]]</source>
        <translation>hawanctl: uso: hawanctl ha [status [--json]]</translation>
    </message>
    <message>
        <source>hawanctl: %1; the trail %2 cannot be verified without the key it was written with</source>
        <translation>hawanctl: %1; la traccia %2 non si può verificare senza la chiave con cui è stata scritta</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), key %2 (id %3)</source>
        <translation><numerusform>%1: %n record, chiave %2 (id %3)</numerusform><numerusform>%1: %n record, chiave %2 (id %3)</numerusform></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>riga %1: </translation>
    </message>
    <message>
        <source>trail: </source>
        <translation>traccia: </translation>
    </message>
    <message>
        <source>Intact: every record is authentic and in order, and none is missing at the end.</source>
        <translation>Integra: ogni record è autentico e in ordine, e non ne manca nessuno alla fine.</translation>
    </message>
    <message numerus="yes">
        <source>NOT intact: %n finding(s). Keep a copy of the file as it is; compare it with a backup to see what was changed.</source>
        <translation><numerusform>NON integra: %n rilievo. Conserva una copia del file com'è; confrontala con un backup per vedere cosa è stato cambiato.</numerusform><numerusform>NON integra: %n rilievi. Conserva una copia del file com'è; confrontala con un backup per vedere cosa è stato cambiato.</numerusform></translation>
    </message>
    <message>
        <source>hawanctl: --since takes a date (2026-12-05), a date and time (2026-12-05T14:00:00Z) or a duration back from now (30m, 12h, 7d)</source>
        <translation>hawanctl: --since accetta una data (2026-12-05), una data e ora (2026-12-05T14:00:00Z) o una durata a ritroso da adesso (30m, 12h, 7d)</translation>
    </message>
    <message>
        <source>hawanctl: %1: records are shown without being authenticated</source>
        <translation>hawanctl: %1: i record sono mostrati senza essere autenticati</translation>
    </message>
    <message>
        <source>hawanctl: no audit trail at %1 yet: nothing has been done from a console or hawanctl with this configuration</source>
        <translation>hawanctl: ancora nessuna traccia di audit in %1: nulla è stato fatto da una console o da hawanctl con questa configurazione</translation>
    </message>
    <message>
        <source> (why: %1)</source>
        <translation> (perché: %1)</translation>
    </message>
    <message>
        <source>  [NOT AUTHENTIC]</source>
        <translation>  [NON AUTENTICO]</translation>
    </message>
    <message numerus="yes">
        <source>No record matches (%n in the trail).</source>
        <translation><numerusform>Nessun record corrisponde (%n nella traccia).</numerusform><numerusform>Nessun record corrisponde (%n nella traccia).</numerusform></translation>
    </message>
    <message>
        <source>Change nothing: libvirt opened read-only, the journal only read; every action is refused (also for users listed in [access] viewers).</source>
        <translation>Non cambiare nulla: libvirt aperto in sola lettura, il journal solo letto; ogni azione è rifiutata (anche per gli utenti elencati in [access] viewers).</translation>
    </message>
    <message>
        <source>audit show: records since a date, a time or a duration back (30m, 12h, 7d).</source>
        <translation>audit show: i record da una data, un'ora o una durata a ritroso (30m, 12h, 7d).</translation>
    </message>
    <message>
        <source>audit show: records of this user.</source>
        <translation>audit show: i record di questo utente.</translation>
    </message>
    <message>
        <source>audit show: records of this action (migrate, recover, vm-force-off, maintenance-on…).</source>
        <translation>audit show: i record di questa azione (migrate, recover, vm-force-off, maintenance-on…).</translation>
    </message>
    <message>
        <source>audit show: records about this VM, host or site.</source>
        <translation>audit show: i record su questa VM, host o sito.</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl audit verify [--json] | hawanctl audit show [--since WHEN] [--user USER] [--what ACTION] [--subject NAME] [--json]</source>
        <translation>hawanctl: uso: hawanctl audit verify [--json] | hawanctl audit show [--since QUANDO] [--user UTENTE] [--what AZIONE] [--subject NOME] [--json]</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <source>No active alarm.</source>
        <translation>Nessun allarme attivo.</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>chiave: %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2</source>
        <translation>riconosciuto da %1 alle %2</translation>
    </message>
    <message>
        <source>acknowledged by %1 at %2: %3</source>
        <translation>riconosciuto da %1 alle %2: %3</translation>
    </message>
    <message>
        <source>shelved by %1 until %2</source>
        <translation>accantonato da %1 fino alle %2</translation>
    </message>
    <message>
        <source>no active alarm matches '%1' ('hawanctl alarms' lists them)</source>
        <translation>nessun allarme attivo corrisponde a '%1' ('hawanctl alarms' li elenca)</translation>
    </message>
    <message>
        <source>'%1' matches %2 alarms: %3</source>
        <translation>'%1' corrisponde a %2 allarmi: %3</translation>
    </message>
    <message>
        <source>hawanctl: usage: hawanctl alarms [list] [--json] | alarms ack KEY [--comment TEXT] | alarms shelve KEY --for 2h [--comment TEXT] | alarms unshelve KEY</source>
        <translation>hawanctl: uso: hawanctl alarms [list] [--json] | alarms ack CHIAVE [--comment TESTO] | alarms shelve CHIAVE --for 2h [--comment TESTO] | alarms unshelve CHIAVE</translation>
    </message>
    <message>
        <source>hawanctl: alarms shelve needs --for with a duration: 30m, 2h, 1d</source>
        <translation>hawanctl: alarms shelve richiede --for con una durata: 30m, 2h, 1d</translation>
    </message>
    <message>
        <source>the journal did not reach the disk within 10 s</source>
        <translation>il journal non ha raggiunto il disco entro 10 s</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Riconosciuto: %1</translation>
    </message>
    <message>
        <source>Shelved: %1</source>
        <translation>Accantonato: %1</translation>
    </message>
    <message>
        <source>Unshelved: %1</source>
        <translation>Ripristinato: %1</translation>
    </message>
    <message>
        <source>alarms ack/shelve: why, for the other consoles and the audit trail.</source>
        <translation>alarms ack/shelve: perché, per le altre console e la traccia di audit.</translation>
    </message>
    <message>
        <source>alarms shelve: how long (30m, 2h, 1d).</source>
        <translation>alarms shelve: per quanto (30m, 2h, 1d).</translation>
    </message>
    <message>
        <source>serve-metrics: the address and port to serve on (default 127.0.0.1:9477).</source>
        <translation>serve-metrics: indirizzo e porta su cui servire (predefinito 127.0.0.1:9477).</translation>
    </message>
    <message>
        <source>Hawan command line.

Commands:
  status         print sites, hosts and VMs (a table, or JSON with --json)
  check-config   validate the configuration and exit
  migrate VM HOST   live-migrate VM to HOST, printing progress (exit 0 when it succeeds)
  evacuate HOST | --site SITE [--dry-run]
                 put the host (or every host of the site) in maintenance and move its VMs
                 away per a plan (same site first, capacity, anti-affinity); --dry-run prints the plan
  recover HOST [--dry-run] [--fenced-by-hand HOW]
                 the host is down: fence it (its fence command), then restart the VMs that ran on it
                 on other hosts from their last known definitions
  return HOST [--dry-run]
                 the host is out of maintenance: move back the VMs its last evacuation took off it
  plans          list plans a crash or kill left open in the journal
  resume [ID]    reconcile and finish interrupted plans (all, or the one with ID)
  abort [ID]     reconcile in-flight moves of interrupted plans and drop the rest
  maintenance HOST on|off   mark a host in or out of maintenance (plans send it nothing); marking
                 it waits for the shared storage and stops when it is not in sync (--override-storage)
  storage        shared storage: bricks, heal backlog, quorum and risky settings (exit 1 when critical)
  probes [--seconds N] [--csv FILE]
                 measure the WAN round trip, each host's service round trip and the storage latency
                 for N seconds (default 10), print them, and record every reading to FILE
  experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N]
                 the study's stress tests (metadata, seq-write, seq-read, rand-rw) at every site with a
                 runner, over the emulated delays where the link can set them; the report is kept as JSON
  drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--confirm-site SITE] | reports | show ID
                 the resilience drills: inject one configured fault, watch, repair, and print the verdict
                 (every VM runs exactly once, no acknowledged write lost, no split-brain); kept as JSON
  audit verify | show [--since WHEN] [--user U] [--what ACTION] [--subject NAME]
                 the audit trail: verify says where a record was edited, removed, reordered or the file cut
                 short (exit 1); show prints who did what, when, why and how it ended
  alarms [list] | ack KEY [--comment TEXT] | shelve KEY --for 2h | unshelve KEY
                 the alarms a console raises now (exit 1 while a critical one is unacknowledged), with
                 the shift's acknowledgements; ack and shelve are shared with every console on the journal
  serve-metrics [--listen ADDR:PORT]
                 serve the fleet's metrics for Prometheus on http://ADDR:PORT/metrics (read-only; until stopped)
  ha [status]    the HA watcher: runs until stopped; a host silent for [ha] grace_s is fenced and its VMs
                 with a restart policy come back elsewhere; one watcher acts at a time (the others wait);
                 a whole site silent at once is a partition alarm; 'ha status' says who acts and what it did</source>
        <translation>Riga di comando di Hawan.

Comandi:
  status         stampa siti, host e VM (una tabella, o JSON con --json)
  check-config   verifica la configurazione ed esce
  migrate VM HOST   migra live la VM su HOST, mostrando l'avanzamento (esce con 0 se riesce)
  evacuate HOST | --site SITO [--dry-run]
                 mette l'host (o ogni host del sito) in manutenzione e ne sposta le VM
                 secondo un piano (prima lo stesso sito, capacità, anti-affinità); --dry-run stampa il piano
  recover HOST [--dry-run] [--fenced-by-hand COME]
                 l'host è giù: lo isola (il suo comando di fence), poi riavvia su altri host le VM che
                 vi giravano, dalle ultime definizioni note
  return HOST [--dry-run]
                 l'host è fuori manutenzione: riporta le VM che la sua ultima evacuazione ha spostato altrove
  plans          elenca i piani lasciati aperti nel journal da un crash o un kill
  resume [ID]    riconcilia e completa i piani interrotti (tutti, o quello con ID)
  abort [ID]     riconcilia gli spostamenti in transito dei piani interrotti e scarta il resto
  maintenance HOST on|off   mette un host in o fuori manutenzione (i piani non gli inviano nulla); per
                 metterlo attende lo storage condiviso e si ferma se non è allineato (--override-storage)
  storage        storage condiviso: brick, voci da guarire, quorum e impostazioni rischiose (esce con 1 se critico)
  probes [--seconds N] [--csv FILE]
                 misura l'andata e ritorno WAN, quella del servizio di ogni host e la latenza dello storage
                 per N secondi (predefinito 10), le stampa e registra ogni lettura in FILE
  experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N]
                 i test di stress dello studio (metadata, seq-write, seq-read, rand-rw) in ogni sito con un
                 runner, sui ritardi emulati dove il collegamento può impostarli; il rapporto è salvato in JSON
  drill list | run NOME [--host H] [--site S] [--vm VM] [--hold SECONDI] [--confirm-site SITO] | reports | show ID
                 le esercitazioni di resilienza: inietta un guasto configurato, osserva, ripara e stampa il verdetto
                 (ogni VM gira esattamente una volta, nessuna scrittura confermata persa, nessuno split-brain); salvate in JSON
  audit verify | show [--since QUANDO] [--user U] [--what AZIONE] [--subject NOME]
                 la traccia di audit: verify dice dove un record è stato modificato, rimosso, riordinato o il file
                 troncato (esce con 1); show stampa chi ha fatto cosa, quando, perché e com'è finita
  alarms [list] | ack CHIAVE [--comment TESTO] | shelve CHIAVE --for 2h | unshelve CHIAVE
                 gli allarmi che una console solleva ora (esce con 1 finché uno critico non è riconosciuto), con
                 i riconoscimenti del turno; ack e shelve sono condivisi con ogni console sullo stesso journal
  serve-metrics [--listen INDIRIZZO:PORTA]
                 espone le metriche della flotta per Prometheus su http://INDIRIZZO:PORTA/metrics (sola lettura; finché non lo si ferma)
  ha [status]    il sorvegliante HA: gira finché non lo si ferma; un host silenzioso per [ha] grace_s viene isolato e le
                 sue VM con una politica di riavvio tornano altrove; agisce un sorvegliante alla volta (gli altri attendono);
                 un intero sito silenzioso in un colpo è un allarme di partizione; 'ha status' dice chi agisce e cosa ha fatto</translation>
    </message>
    <message>
        <source>status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment, drill, audit, alarms, serve-metrics or ha</source>
        <translation>status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment, drill, audit, alarms, serve-metrics o ha</translation>
    </message>
    <message>
        <source>hawanctl: --listen takes ADDRESS:PORT, e.g. 127.0.0.1:9477 or [::1]:9477 (':9477' listens on every address)</source>
        <translation>hawanctl: --listen vuole INDIRIZZO:PORTA, es. 127.0.0.1:9477 o [::1]:9477 (':9477' ascolta su ogni indirizzo)</translation>
    </message>
    <message>
        <source>hawanctl: cannot listen on %1: the port is taken, or the address is not this machine's</source>
        <translation>hawanctl: impossibile ascoltare su %1: la porta è occupata, o l'indirizzo non è di questa macchina</translation>
    </message>
    <message>
        <source>Serving the metrics of %1 hosts on http://%2/metrics (Ctrl+C stops)</source>
        <translation>Servo le metriche di %1 host su http://%2/metrics (Ctrl+C per fermare)</translation>
    </message>
    <message>
        <source>hawanctl: %1 is marked %2 here, but Nova did not %3 its compute service: %4</source>
        <translation>hawanctl: %1 è segnato %2 qui, ma Nova non ha potuto %3 il suo servizio di calcolo: %4</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>in manutenzione</translation>
    </message>
    <message>
        <source>out of maintenance</source>
        <translation>fuori manutenzione</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disabilitare</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>abilitare</translation>
    </message>
</context>
<context>
    <name>hawanctl::JobLines</name>
    <message>
        <source>restart %1 on %2 (%3 fenced)</source>
        <translation>riavvio di %1 su %2 (%3 isolato)</translation>
    </message>
    <message>
        <source>start %1: %2 → %3</source>
        <translation>avvio %1: %2 → %3</translation>
    </message>
    <message>
        <source>  cap %1 MiB/s</source>
        <translation>  limite %1 MiB/s</translation>
    </message>
    <message>
        <source>  NOT CONVERGING</source>
        <translation>  NON CONVERGE</translation>
    </message>
    <message>
        <source>fencing %1: %2</source>
        <translation>isolamento di %1: %2</translation>
    </message>
    <message>
        <source>fenced %1: %2</source>
        <translation>%1 isolato: %2</translation>
    </message>
    <message>
        <source>fencing %1 failed: %2</source>
        <translation>isolamento di %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>iteration %1  </source>
        <translation>iterazione %1  </translation>
    </message>
    <message>
        <source>sent %1 MiB  remaining %2 MiB  %3 MiB/s%4%5</source>
        <translation>inviati %1 MiB  rimanenti %2 MiB  %3 MiB/s%4%5</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Hawan: reading the journal</source>
        <translation>Hawan: lettura del journal</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Reading the journal %1 (what plans ran, what is in maintenance)…</source>
        <translation>Lettura del journal %1 (quali piani sono stati eseguiti, cosa è in manutenzione)…</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 has not answered for %2 s. Hawan waits: nothing is done before the journal is read, so no plan is lost or run twice. Check that filesystem (a hung network mount?), or Quit.</source>
        <translation>Il disco che contiene il journal %1 non risponde da %2 s. Hawan attende: nulla viene fatto prima di aver letto il journal, così nessun piano va perso o eseguito due volte. Controlla quel filesystem (un mount di rete bloccato?), oppure Esci.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hawan: operations console for VMs across two sites joined by a layer-2 WAN.</source>
        <translation>Hawan: console operativa per VM su due siti uniti da una WAN di livello 2.</translation>
    </message>
    <message>
        <source>Configuration file (default: ~/.config/hawan/hawan.toml, else the bundled demo).</source>
        <translation>File di configurazione (predefinito: ~/.config/hawan/hawan.toml, altrimenti la demo inclusa).</translation>
    </message>
    <message>
        <source>light or dark (default: last used).</source>
        <translation>light o dark (predefinito: l'ultimo usato).</translation>
    </message>
    <message>
        <source>Start full screen.</source>
        <translation>Avvia a schermo intero.</translation>
    </message>
    <message>
        <source>Hawan: configuration not valid</source>
        <translation>Hawan: configurazione non valida</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s). Fix them and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI).</source>
        <translation><numerusform>%1 ha %n problema. Correggilo e riavvia Hawan (hawanctl check-config --config FILE verifica un file senza interfaccia).</numerusform><numerusform>%1 ha %n problemi. Correggili e riavvia Hawan (hawanctl check-config --config FILE verifica un file senza interfaccia).</numerusform></translation>
    </message>
    <message>
        <source>Why the lab could not start (shown with the demo).</source>
        <translation>Perché il laboratorio non è potuto partire (mostrato con la demo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo&lt;/b&gt;: simulated hosts (libvirt test driver), because the local lab could not start here: %1. Migration, evacuation and fault drills need the lab: as root, run &lt;tt&gt;lab/hawan-lab up&lt;/tt&gt;, then &lt;tt&gt;hawan --config /srv/hawan-lab/hawan.toml&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Demo&lt;/b&gt;: host simulati (driver di test di libvirt), perché il laboratorio locale non è potuto partire qui: %1. Migrazione, evacuazione e prove di guasto richiedono il laboratorio: da root, esegui &lt;tt&gt;lab/hawan-lab up&lt;/tt&gt;, poi &lt;tt&gt;hawan --config /srv/hawan-lab/hawan.toml&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Play the demo tour NAME on the lab with captions: wan, host, brick or all (Space: next step, Esc: stop and put everything back).</source>
        <translation>Esegue il giro dimostrativo NOME sul laboratorio con didascalie: wan, host, brick o all (Spazio: passo successivo, Esc: ferma e ripristina tutto).</translation>
    </message>
    <message>
        <source>The tour advances by itself this many seconds after each step ends.</source>
        <translation>Il giro avanza da solo questi secondi dopo la fine di ogni passo.</translation>
    </message>
    <message>
        <source>hawan: unknown tour '%1'; tours: %2</source>
        <translation>hawan: giro sconosciuto '%1'; giri: %2</translation>
    </message>
    <message>
        <source>hawan: the tour acts on the lab: not with --read-only or the demo</source>
        <translation>hawan: il giro agisce sul laboratorio: non con --read-only o la demo</translation>
    </message>
    <message>
        <source>Watch only: the console changes nothing (libvirt opened read-only, the journal only read); for wall screens and shift crews.</source>
        <translation>Solo osservazione: la console non cambia nulla (libvirt aperto in sola lettura, il journal solo letto); per schermi a parete e turnisti.</translation>
    </message>
    <message>
        <source>Only the wall view, full screen and read-only: for a control room's screen (Esc quits).</source>
        <translation>Solo la vista wall, a schermo intero e in sola lettura: per lo schermo di una sala controllo (Esc per uscire).</translation>
    </message>
</context>
</TS>