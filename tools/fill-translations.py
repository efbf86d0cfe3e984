#!/usr/bin/env python3
"""Fills translations/hawan_it.ts (Italian) and the plural forms of hawan_en.ts after lupdate.

Run `ninja -C build hawan_resources_lupdate` first, then this script; it reports every source
text that still lacks a translation (exit 1), so none ships untranslated.
"""
import sys
import xml.etree.ElementTree as ET

from translations_jobs import IT_JOBS, PLURALS_JOBS
from translations_storage import IT_STORAGE, PLURALS_STORAGE
from translations_probes import IT_PROBES, PLURALS_PROBES
from translations_recovery import IT_RECOVERY, PLURALS_RECOVERY
from translations_drills import IT_DRILLS, PLURALS_DRILLS
from translations_ha import IT_HA, PLURALS_HA
from translations_audit import IT_AUDIT, PLURALS_AUDIT
from translations_alarms import IT_ALARMS, PLURALS_ALARMS
from translations_cloud import IT_CLOUD, PLURALS_CLOUD
from translations_scale import IT_SCALE, PLURALS_SCALE

IT = {
    # ConfigLoader
    "unknown key '%1'": "chiave sconosciuta '%1'",
    "; did you mean '%1'?": "; forse intendevi '%1'?",
    " Valid keys here: %1": " Chiavi valide qui: %1",
    "missing required key '%1' (%2)": "manca la chiave obbligatoria '%1' (%2)",
    "must be %1 (%2), found %3": "deve essere %1 (%2), trovato %3",
    "must be an array of tables: write [[%1]] (double brackets) for each entry, found %2":
        "deve essere un array di tabelle: scrivi [[%1]] (doppie parentesi) per ogni voce, trovato %2",
    "must be a table, found %1": "deve essere una tabella, trovato %1",
    "'%1' is not a libvirt URI; expected driver[+transport]://[host]/path, e.g. qemu+ssh://root@hv1.example.org/system or test:///abs/path/host.xml":
        "'%1' non è un URI libvirt; atteso driver[+trasporto]://[host]/percorso, ad es. qemu+ssh://root@hv1.example.org/system o test:///percorso/assoluto/host.xml",
    "unknown libvirt driver '%1'; valid drivers: %2": "driver libvirt sconosciuto '%1'; driver validi: %2",
    "unknown transport '%1'; valid transports: %2": "trasporto sconosciuto '%1'; trasporti validi: %2",
    "the test driver needs test:///default or an absolute path to a node XML file":
        "il driver di test richiede test:///default o il percorso assoluto di un file XML del nodo",
    "transport '%1' needs a host name, e.g. qemu+%1://hv1.example.org/system":
        "il trasporto '%1' richiede un nome host, ad es. qemu+%1://hv1.example.org/system",
    "no such file; pass an existing file with --config FILE": "file inesistente; indica un file esistente con --config FILE",
    "cannot read the file: %1": "impossibile leggere il file: %1",
    "TOML syntax error: %1": "errore di sintassi TOML: %1",
    "the console's window title": "il titolo della finestra della console",
    "console settings": "impostazioni della console",
    "milliseconds, 100 to 3600000": "millisecondi, da 100 a 3600000",
    "%1 is out of range; valid: 100 to 3600000 milliseconds": "%1 è fuori intervallo; validi: da 100 a 3600000 millisecondi",
    "the site's unique name": "il nome univoco del sito",
    "'%1' is not a valid name; use letters, digits, '.', '_' or '-' (at most 63)":
        "'%1' non è un nome valido; usa lettere, cifre, '.', '_' o '-' (al massimo 63)",
    "duplicate site name '%1'; site names must be unique": "nome di sito duplicato '%1'; i nomi dei siti devono essere univoci",
    "free text": "testo libero",
    "no site defined; add at least one [[site]] table with a name": "nessun sito definito; aggiungi almeno una tabella [[site]] con un nome",
    "no site is defined": "nessun sito è definito",
    "valid sites: %1": "siti validi: %1",
    "a label for the link": "un'etichetta per il collegamento",
    'the two sites it joins, e.g. ["Roma1", "Napoli"]': 'i due siti che unisce, ad es. ["Roma1", "Napoli"]',
    'must list exactly two site names as strings, e.g. ["Roma1", "Napoli"]': 'deve elencare esattamente due nomi di sito come stringhe, ad es. ["Roma1", "Napoli"]',
    "a link joins two different sites; both ends are '%1'": "un collegamento unisce due siti diversi; entrambi gli estremi sono '%1'",
    "unknown site '%1'; %2": "sito sconosciuto '%1'; %2",
    "a link between %1 and %2 is already defined; one link per pair of sites": "un collegamento tra %1 e %2 è già definito; un collegamento per coppia di siti",
    "nominal capacity in Mbit/s": "capacità nominale in Mbit/s",
    "must be a positive number of Mbit/s, found %1": "deve essere un numero positivo di Mbit/s, trovato %1",
    "round-trip limit in milliseconds": "limite di round-trip in millisecondi",
    "must be between 0 and 10000 milliseconds, found %1": "deve essere tra 0 e 10000 millisecondi, trovato %1",
    "the host's unique name": "il nome univoco dell'host",
    "duplicate host name '%1'; host names must be unique": "nome host duplicato '%1'; i nomi degli host devono essere univoci",
    "libvirt URI, e.g. qemu+ssh://root@hv1/system": "URI libvirt, ad es. qemu+ssh://root@hv1/system",
    "same URI as host '%1'; each host needs its own connection": "stesso URI dell'host '%1'; ogni host richiede una propria connessione",
    "a shell command that powers the host off": "un comando di shell che spegne l'host",
    "URI other hosts' daemons use to reach this one, e.g. qemu+tcp://10.77.2.11/system":
        "URI con cui i demoni degli altri host raggiungono questo, ad es. qemu+tcp://10.77.2.11/system",
    "one of %1": "uno tra %1",
    "unknown storage kind '%1'; valid kinds: %2": "tipo di storage sconosciuto '%1'; tipi validi: %2",
    "the volume name": "il nome del volume",
    "a label": "un'etichetta",
    "duplicate storage name '%1'; storage names must be unique": "nome di storage duplicato '%1'; i nomi degli storage devono essere univoci",
    'argv prefix of the CLI, e.g. ["gluster"]': 'prefisso argv della CLI, ad es. ["gluster"]',
    "every element must be a string, found %1": "ogni elemento deve essere una stringa, trovato %1",
    'must name a program, e.g. ["gluster"]': 'deve indicare un programma, ad es. ["gluster"]',
    # Event log
    "Time": "Ora", "Host": "Host", "Event": "Evento",
    "Filter events (host, VM or text)": "Filtra eventi (host, VM o testo)",
    "unknown host": "host sconosciuto",
    # Format
    "running": "in esecuzione", "blocked": "bloccata", "paused": "in pausa", "shutting down": "in spegnimento",
    "shut off": "spenta", "crashed": "guasta", "suspended": "sospesa", "unknown": "sconosciuto",
    "up": "attivo", "unreachable": "irraggiungibile", "connecting": "in connessione",
    "%1 GiB": "%1 GiB", "%1 MiB": "%1 MiB", "%1 KiB": "%1 KiB", "never": "mai",
    # Host panel
    "Select a host in the topology or a VM in the table to see the host's details here.":
        "Seleziona un host nella topologia o una VM nella tabella per vedere qui i dettagli dell'host.",
    "Site": "Sito", "Connection": "Connessione", "Last update": "Ultimo aggiornamento", "libvirt URI": "URI libvirt",
    "Hostname": "Nome host", "CPU": "CPU", "Memory": "Memoria", "Hypervisor": "Hypervisor", "libvirt": "libvirt",
    "VMs": "VM", "Fence command": "Comando di fencing", "not known yet": "non ancora noto",
    "%1 (%2)%3": "%1 (%2)%3", " — data shown is stale": " — i dati mostrati non sono aggiornati",
    "%1 × %2 MHz (%3)": "%1 × %2 MHz (%3)", "%1 used by VMs of %2": "%1 usati dalle VM su %2",
    "%1 running of %2": "%1 in esecuzione su %2", "none configured": "nessuno configurato",
    # Host session
    "Defined": "Definita", "Undefined": "Rimossa", "Started (incoming migration)": "Avviata (migrazione in arrivo)",
    "Started (restored)": "Avviata (ripristinata)", "Started (woken up)": "Avviata (risvegliata)", "Started": "Avviata",
    "Paused (migration)": "In pausa (migrazione)", "Paused (I/O error)": "In pausa (errore di I/O)",
    "Paused (watchdog)": "In pausa (watchdog)", "Paused": "In pausa", "Resumed": "Ripresa",
    "Stopped (shut down)": "Fermata (spenta)", "Stopped (forced off)": "Fermata (spegnimento forzato)",
    "Stopped (crashed)": "Fermata (guasto)", "Stopped (migrated away)": "Fermata (migrata altrove)",
    "Stopped (saved)": "Fermata (salvata)", "Stopped (host failure)": "Fermata (guasto dell'host)", "Stopped": "Fermata",
    "Shutting down": "In spegnimento", "Suspended (power management)": "Sospesa (gestione energetica)", "Crashed": "Guasta",
    "Event %1": "Evento %1", "Start": "Avvia", "Pause": "Metti in pausa", "Resume": "Riprendi", "Shut down": "Spegni",
    "Force off": "Forza lo spegnimento", "cannot connect": "impossibile connettersi", "statistics failed": "statistiche non riuscite",
    "statistics failed: %1": "statistiche non riuscite: %1", "connection error": "errore di connessione",
    "the daemon closed the connection": "il demone ha chiuso la connessione",
    "no keepalive answer: host or daemon not responding": "nessuna risposta keepalive: host o demone non rispondono",
    "connection closed": "connessione chiusa", "host is not connected": "l'host non è connesso", "%1 failed": "%1 non riuscito",
    # Inventory
    "Connected to %1 (%2 %3, libvirt %4)": "Connesso a %1 (%2 %3, libvirt %4)",
    "%1 unreachable: %2": "%1 irraggiungibile: %2", "%1: %2": "%1: %2", "%1 on %2: %3": "%1 su %2: %3",
    # Placement
    'Filter by name, host, site or state (e.g. "state:paused site:Napoli")  Ctrl+F':
        'Filtra per nome, host, sito o stato (ad es. "state:paused site:Napoli")  Ctrl+F',
    "Every word must match. Prefix a word with name:, host:, site: or state: to match one column only.":
        "Ogni parola deve corrispondere. Anteponi name:, host:, site: o state: per cercare in una sola colonna.",
    "%1 of %2 VMs": "%1 di %2 VM",
    "No VMs yet.\nHosts are being contacted; VMs appear as soon as a host answers.":
        "Ancora nessuna VM.\nGli host sono in fase di contatto; le VM compaiono appena un host risponde.",
    'No VM matches "%1".\nClear the filter (Esc) to see all %2 VMs.':
        'Nessuna VM corrisponde a "%1".\nCancella il filtro (Esc) per vedere tutte le %2 VM.',
    # Status report (hawanctl table)
    "SITE": "SITO", "HOST": "HOST", "STATE": "STATO", "VMS": "VM", "MEMORY": "MEMORIA", "REASON": "MOTIVO",
    "VM": "VM", "VCPUS": "VCPU", "DISKS": "DISCHI",
    # Topology
    "Unreachable: %1": "Irraggiungibile: %1", "Reconnecting (attempt %1)…": "Riconnessione (tentativo %1)…",
    "Connecting…": "Connessione…", "Stale: no update since %1": "Non aggiornato: nessun aggiornamento da %1",
    "Up": "Attivo", "Up · %1": "Attivo · %1",
    "This configuration defines no sites.\nAdd [[site]] and [[host]] tables to %1 (see docs/configuration.md), then restart Hawan.":
        "Questa configurazione non definisce siti.\nAggiungi tabelle [[site]] e [[host]] a %1 (vedi docs/configuration.md), poi riavvia Hawan.",
    "No hosts at this site": "Nessun host in questo sito", "%1 Gbit/s": "%1 Gbit/s", "%1 Mbit/s": "%1 Mbit/s",
    "RTT — (limit %1 ms)": "RTT — (limite %1 ms)", " · stale": " · non aggiornato", "Mem": "Mem",
    ", %1 running": ", %1 in esecuzione", "No VMs on this host": "Nessuna VM su questo host", "No VM data yet": "Ancora nessun dato sulle VM",
    "Read-only console": "Console in sola lettura",
    "<b>%1</b><br>%2 on %3<br>%4 vCPU · %5 · CPU %6": "<b>%1</b><br>%2 su %3<br>%4 vCPU · %5 · CPU %6",
    "Last known data (%1)": "Ultimi dati noti (%1)", "<b>%1</b><br>%2<br>%3<br>Updated %4": "<b>%1</b><br>%2<br>%3<br>Aggiornato %4",
    # VM table
    "%1 (stale)": "%1 (non aggiornato)", "Last known data: host %1 is %2 (updated %3)": "Ultimi dati noti: l'host %1 è %2 (aggiornato %3)",
    "%1 (%2)": "%1 (%2)", "State": "Stato", "vCPUs": "vCPU", "Disks": "Dischi",
    # Main window
    "Hawan": "Hawan", "Hawan — %1": "Hawan — %1", " (read-only)": " (sola lettura)",
    "<b>Demo</b>: simulated hosts (libvirt test driver). Migration, evacuation and fault drills need real libvirt daemons: as root, <tt>lab/hawan-lab up</tt> starts a local two-site lab (open it with <tt>--config /srv/hawan-lab/hawan.toml</tt>), or name your own hosts with <tt>--config FILE</tt> (see docs/configuration.md).":
        "<b>Demo</b>: host simulati (driver di test di libvirt). Migrazione, evacuazione e prove di guasto richiedono demoni libvirt reali: da root, <tt>lab/hawan-lab up</tt> avvia un laboratorio locale a due siti (aprilo con <tt>--config /srv/hawan-lab/hawan.toml</tt>), oppure indica i tuoi host con <tt>--config FILE</tt> (vedi docs/configuration.md).",
    "Why the lab could not start (shown with the demo).": "Perché il laboratorio non è potuto partire (mostrato con la demo).",
    "<b>Demo</b>: simulated hosts (libvirt test driver), because the local lab could not start here: %1. Migration, evacuation and fault drills need the lab: as root, run <tt>lab/hawan-lab up</tt>, then <tt>hawan --config /srv/hawan-lab/hawan.toml</tt>.":
        "<b>Demo</b>: host simulati (driver di test di libvirt), perché il laboratorio locale non è potuto partire qui: %1. Migrazione, evacuazione e prove di guasto richiedono il laboratorio: da root, esegui <tt>lab/hawan-lab up</tt>, poi <tt>hawan --config /srv/hawan-lab/hawan.toml</tt>.",
    "Event log": "Registro eventi", "&File": "&File", "&Quit": "&Esci",
    "Close Hawan; running jobs on the hosts continue": "Chiudi Hawan; i lavori in corso sugli host proseguono",
    "&View": "&Visualizza", "&Refresh now": "&Aggiorna ora", "Ask every host for fresh data now": "Chiedi subito dati aggiornati a ogni host",
    "&Find VM": "&Trova VM", "Filter the placement table": "Filtra la tabella di collocazione", "Zoom &in": "&Ingrandisci",
    "Larger topology, for projectors and wall screens": "Topologia più grande, per proiettori e schermi a parete",
    "Zoom &out": "&Riduci", "Smaller topology": "Topologia più piccola", "&Actual size": "Dimensione &reale",
    "Reset the topology zoom": "Ripristina lo zoom della topologia", "&Dark theme": "Tema &scuro",
    "Switch between light and dark palettes": "Passa tra tavolozza chiara e scura", "&Full screen": "&Schermo intero",
    "Full screen, for wall screens and demos": "Schermo intero, per schermi a parete e dimostrazioni", "&Help": "&Aiuto",
    "&Keyboard shortcuts": "Scorciatoie da &tastiera", "List the keyboard shortcuts": "Elenca le scorciatoie da tastiera",
    "&About Hawan": "&Informazioni su Hawan", "Version and purpose": "Versione e scopo", "About Hawan": "Informazioni su Hawan",
    "<h3>Hawan %1</h3><p>HA over WAN: an operations console for virtual machines on two sites joined by a layer-2 WAN, with shared replicated storage.</p><p>Configuration: %2</p>":
        "<h3>Hawan %1</h3><p>HA over WAN: una console operativa per macchine virtuali su due siti uniti da una WAN di livello 2, con storage condiviso replicato.</p><p>Configurazione: %2</p>",
    "Main": "Principale", "%1: %2 up": "%1: %2 attivi", ", %1 unreachable": ", %1 irraggiungibili", ", %1 connecting": ", %1 in connessione",
    " · read-only": " · sola lettura",
    "Force off %1 on %2?\n\nThis is like pulling the power cord: the guest loses unsaved data.":
        "Forzare lo spegnimento di %1 su %2?\n\nÈ come staccare la spina: il guest perde i dati non salvati.",
    "Shut down %1 on %2?\n\nThe guest is asked to power off cleanly.": "Spegnere %1 su %2?\n\nAl guest viene chiesto di spegnersi in modo ordinato.",
    "Pause %1 on %2?\n\nThe guest stops running until resumed; its services stop answering.":
        "Mettere in pausa %1 su %2?\n\nIl guest si ferma finché non viene ripreso; i suoi servizi smettono di rispondere.",
    "%1 %2 on %3…": "%1 %2 su %3…", "%1 requested for %2": "%1 richiesto per %2", "%1 %2: done": "%1 %2: fatto",
    "%1 %2 failed: %3": "%1 %2 non riuscito: %3", "%1 %2 failed": "%1 %2 non riuscito",
    "%1 of %2 on %3 failed.\n\nlibvirt said: %4\n\nCheck the VM's state in the table; if the host is unreachable, wait for it to reconnect and try again.":
        "%1 di %2 su %3 non riuscito.\n\nlibvirt ha risposto: %4\n\nControlla lo stato della VM nella tabella; se l'host è irraggiungibile, attendi che si riconnetta e riprova.",
    "Refresh every host now": "Aggiorna subito ogni host", "Clear the filter": "Cancella il filtro",
    "Zoom the topology in / out": "Ingrandisci / riduci la topologia", "Actual size": "Dimensione reale",
    "Toggle the dark theme": "Attiva o disattiva il tema scuro", "Full screen": "Schermo intero", "This list": "Questo elenco",
    "Quit": "Esci", "Right-click a VM (chip or table row) for its actions.": "Fai clic destro su una VM (chip o riga della tabella) per le sue azioni.",
    "Keyboard shortcuts": "Scorciatoie da tastiera",
    # hawanctl
    "Hawan command line.\n\nCommands:\n  status         print sites, hosts and VMs (a table, or JSON with --json)\n  check-config   validate the configuration and exit\n  migrate VM HOST   live-migrate VM to HOST, printing progress (exit 0 when it succeeds)\n"
    "  evacuate HOST | --site SITE [--dry-run]\n"
    "                 put the host (or every host of the site) in maintenance and move its VMs\n"
    "                 away per a plan (same site first, capacity, anti-affinity); --dry-run prints the plan\n"
    "  recover HOST [--dry-run] [--fenced-by-hand HOW]\n"
    "                 the host is down: fence it (its fence command), then restart the VMs that ran on it\n"
    "                 on other hosts from their last known definitions\n"
    "  return HOST [--dry-run]\n"
    "                 the host is out of maintenance: move back the VMs its last evacuation took off it\n"
    "  plans          list plans a crash or kill left open in the journal\n"
    "  resume [ID]    reconcile and finish interrupted plans (all, or the one with ID)\n"
    "  abort [ID]     reconcile in-flight moves of interrupted plans and drop the rest\n"
    "  maintenance HOST on|off   mark a host in or out of maintenance (plans send it nothing); marking\n"
    "                 it waits for the shared storage and stops when it is not in sync (--override-storage)\n"
    "  storage        shared storage: bricks, heal backlog, quorum and risky settings (exit 1 when critical)\n"
    "  probes [--seconds N] [--csv FILE]\n"
    "                 measure the WAN round trip, each host's service round trip and the storage latency\n"
    "                 for N seconds (default 10), print them, and record every reading to FILE\n"
    "  experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N]\n"
    "                 the study's stress tests (metadata, seq-write, seq-read, rand-rw) at every site with a\n"
    "                 runner, over the emulated delays where the link can set them; the report is kept as JSON\n"
    "  drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--confirm-site SITE] | reports | show ID\n"
    "                 the resilience drills: inject one configured fault, watch, repair, and print the verdict\n"
    "                 (every VM runs exactly once, no acknowledged write lost, no split-brain); kept as JSON\n"
    "  audit verify | show [--since WHEN] [--user U] [--what ACTION] [--subject NAME]\n"
    "                 the audit trail: verify says where a record was edited, removed, reordered or the file cut\n"
    "                 short (exit 1); show prints who did what, when, why and how it ended\n"
    "  alarms [list] | ack KEY [--comment TEXT] | shelve KEY --for 2h | unshelve KEY\n"
    "                 the alarms a console raises now (exit 1 while a critical one is unacknowledged), with\n"
    "                 the shift's acknowledgements; ack and shelve are shared with every console on the journal\n"
    "  serve-metrics [--listen ADDR:PORT]\n"
    "                 serve the fleet's metrics for Prometheus on http://ADDR:PORT/metrics (read-only; until stopped)\n"
    "  ha [status]    the HA watcher: runs until stopped; a host silent for [ha] grace_s is fenced and its VMs\n"
    "                 with a restart policy come back elsewhere; one watcher acts at a time (the others wait);\n"
    "                 a whole site silent at once is a partition alarm; 'ha status' says who acts and what it did":
        "Riga di comando di Hawan.\n\nComandi:\n  status         stampa siti, host e VM (una tabella, o JSON con --json)\n  check-config   verifica la configurazione ed esce\n  migrate VM HOST   migra live la VM su HOST, mostrando l'avanzamento (esce con 0 se riesce)\n"
        "  evacuate HOST | --site SITO [--dry-run]\n"
        "                 mette l'host (o ogni host del sito) in manutenzione e ne sposta le VM\n"
        "                 secondo un piano (prima lo stesso sito, capacità, anti-affinità); --dry-run stampa il piano\n"
        "  recover HOST [--dry-run] [--fenced-by-hand COME]\n"
        "                 l'host è giù: lo isola (il suo comando di fence), poi riavvia su altri host le VM che\n"
        "                 vi giravano, dalle ultime definizioni note\n"
        "  return HOST [--dry-run]\n"
        "                 l'host è fuori manutenzione: riporta le VM che la sua ultima evacuazione ha spostato altrove\n"
        "  plans          elenca i piani lasciati aperti nel journal da un crash o un kill\n"
        "  resume [ID]    riconcilia e completa i piani interrotti (tutti, o quello con ID)\n"
        "  abort [ID]     riconcilia gli spostamenti in transito dei piani interrotti e scarta il resto\n"
        "  maintenance HOST on|off   mette un host in o fuori manutenzione (i piani non gli inviano nulla); per\n"
        "                 metterlo attende lo storage condiviso e si ferma se non è allineato (--override-storage)\n"
        "  storage        storage condiviso: brick, voci da guarire, quorum e impostazioni rischiose (esce con 1 se critico)\n"
        "  probes [--seconds N] [--csv FILE]\n"
        "                 misura l'andata e ritorno WAN, quella del servizio di ogni host e la latenza dello storage\n"
        "                 per N secondi (predefinito 10), le stampa e registra ogni lettura in FILE\n"
        "  experiment run TEST... | all [--delays 0,5,10ms] [--repeats N] [--files N] [--size-mib N]\n"
        "                 i test di stress dello studio (metadata, seq-write, seq-read, rand-rw) in ogni sito con un\n"
        "                 runner, sui ritardi emulati dove il collegamento può impostarli; il rapporto è salvato in JSON\n"
        "  drill list | run NOME [--host H] [--site S] [--vm VM] [--hold SECONDI] [--confirm-site SITO] | reports | show ID\n"
        "                 le esercitazioni di resilienza: inietta un guasto configurato, osserva, ripara e stampa il verdetto\n"
        "                 (ogni VM gira esattamente una volta, nessuna scrittura confermata persa, nessuno split-brain); salvate in JSON\n"
        "  audit verify | show [--since QUANDO] [--user U] [--what AZIONE] [--subject NOME]\n"
        "                 la traccia di audit: verify dice dove un record è stato modificato, rimosso, riordinato o il file\n"
        "                 troncato (esce con 1); show stampa chi ha fatto cosa, quando, perché e com'è finita\n"
        "  alarms [list] | ack CHIAVE [--comment TESTO] | shelve CHIAVE --for 2h | unshelve CHIAVE\n"
        "                 gli allarmi che una console solleva ora (esce con 1 finché uno critico non è riconosciuto), con\n"
        "                 i riconoscimenti del turno; ack e shelve sono condivisi con ogni console sullo stesso journal\n"
        "  serve-metrics [--listen INDIRIZZO:PORTA]\n"
        "                 espone le metriche della flotta per Prometheus su http://INDIRIZZO:PORTA/metrics (sola lettura; finché non lo si ferma)\n"
        "  ha [status]    il sorvegliante HA: gira finché non lo si ferma; un host silenzioso per [ha] grace_s viene isolato e le\n"
        "                 sue VM con una politica di riavvio tornano altrove; agisce un sorvegliante alla volta (gli altri attendono);\n"
        "                 un intero sito silenzioso in un colpo è un allarme di partizione; 'ha status' dice chi agisce e cosa ha fatto",
    "migrate: bandwidth cap in MiB/s.": "migrate: limite di banda in MiB/s.",
    "migrate: slow the guest down if it does not converge.": "migrate: rallenta il guest se non converge.",
    "migrate: abort after this many seconds (default 600).": "migrate: interrompe dopo questi secondi (predefinito 600).",
    "status, check-config or migrate": "status, check-config o migrate",
    "hawanctl: usage: hawanctl migrate VM HOST": "hawanctl: uso: hawanctl migrate VM HOST",
    "hawanctl: unknown host '%1'; hosts: %2": "hawanctl: host sconosciuto '%1'; host: %2",
    "hawanctl: no VM named '%1' on any reachable host": "hawanctl: nessuna VM chiamata '%1' sugli host raggiungibili",
    "hawanctl: cannot migrate: %1": "hawanctl: impossibile migrare: %1",
    "Configuration file (default: ~/.config/hawan/hawan.toml, else the demo).": "File di configurazione (predefinito: ~/.config/hawan/hawan.toml, altrimenti la demo).",
    "Print JSON instead of a table.": "Stampa JSON invece di una tabella.",
    "Seconds to wait for every host to answer (default 15).": "Secondi di attesa della risposta di ogni host (predefinito 15).",
    "status or check-config": "status o check-config",
    "hawanctl: unknown command '%1'; try 'hawanctl --help'": "hawanctl: comando sconosciuto '%1'; prova 'hawanctl --help'",
    "hawanctl: no --config and no %1: using the bundled demo": "hawanctl: nessun --config e nessun %1: uso la demo inclusa",
    "%1: valid (%2 sites, %3 hosts)": "%1: valido (%2 siti, %3 host)",
    "hawanctl: --timeout needs a positive number of seconds": "hawanctl: --timeout richiede un numero positivo di secondi",
    # hawan main
    "Hawan: operations console for VMs across two sites joined by a layer-2 WAN.": "Hawan: console operativa per VM su due siti uniti da una WAN di livello 2.",
    "Configuration file (default: ~/.config/hawan/hawan.toml, else the bundled demo).": "File di configurazione (predefinito: ~/.config/hawan/hawan.toml, altrimenti la demo inclusa).",
    "Watch only: no VM actions (for wall screens).": "Sola osservazione: nessuna azione sulle VM (per schermi a parete).",
    "light or dark (default: last used).": "light o dark (predefinito: l'ultimo usato).",
    "Start full screen.": "Avvia a schermo intero.",
    "Hawan: configuration not valid": "Hawan: configurazione non valida",
    # Migration (issue 4)
    "the VM is already on %1": "la VM è già su %1",
    "%1 has no migration_uri: the source daemon needs an address to reach it (see docs/configuration.md)":
        "%1 non ha migration_uri: il demone di origine ha bisogno di un indirizzo per raggiungerlo (vedi docs/configuration.md)",
    "Migrate %1: %2 → %3": "Migra %1: %2 → %3",
    "cannot connect to %1": "impossibile connettersi a %1",
    "%1 is not on %2": "%1 non è su %2",
    "migration failed": "migrazione non riuscita",
    "did not finish within %1 s and was aborted; the VM keeps running on %2":
        "non si è conclusa entro %1 s ed è stata interrotta; la VM resta in esecuzione su %2",
    "%1/s": "%1/s",
    'No jobs yet. Drag a VM onto another host, or right-click a VM and choose "Migrate to", to start a live migration.':
        'Ancora nessun lavoro. Trascina una VM su un altro host, o fai clic destro su una VM e scegli "Migra su", per avviare una migrazione live.',
    "Done in %1 s · %2 sent · downtime %3": "Completata in %1 s · %2 inviati · fermo %3",
    "%1 ms": "%1 ms",
    "Cancelled: %1 keeps running on %2": "Annullata: %1 resta in esecuzione su %2",
    "Failed: %1. The VM stays on %2.": "Non riuscita: %1. La VM resta su %2.",
    "Iteration %1 · %2 sent · %3 remaining · %4 · memory dirtied at %5 · %6 s":
        "Iterazione %1 · %2 inviati · %3 rimanenti · %4 · memoria sporcata a %5 · %6 s",
    "Connecting to %1…": "Connessione a %1…", "Starting…": "Avvio…", "Cancel": "Annulla",
    "Abort the migration; the VM keeps running on the source.": "Interrompe la migrazione; la VM resta in esecuzione sull'origine.",
    "Cancelling…": "Annullamento…", "Jobs": "Lavori", "%1: started": "%1: avviata",
    "Cannot migrate": "Impossibile migrare", "The migration could not start: %1": "La migrazione non è potuta partire: %1",
    "Migrate %1": "Migra %1", " MiB/s": " MiB/s", "unlimited": "illimitata",
    "Cap the migration stream so it does not starve other traffic on the WAN.":
        "Limita il flusso di migrazione perché non soffochi l'altro traffico sulla WAN.",
    "Auto-converge (slow the guest's vCPUs if it dirties memory faster than the link carries)":
        "Auto-convergenza (rallenta le vCPU del guest se sporca la memoria più in fretta di quanto il collegamento trasporti)",
    " s": " s", "none": "nessuno",
    "Abort the migration if it takes longer; the VM then keeps running on the source.":
        "Interrompe la migrazione se dura di più; la VM resta allora in esecuzione sull'origine.",
    "VM:": "VM:", "Destination:": "Destinazione:", "Pre-checks:": "Verifiche preliminari:",
    "Bandwidth cap:": "Limite di banda:", "Time limit:": "Tempo massimo:", "Migrate": "Migra",
    "Live migration keeps the VM running: its memory is copied to the destination while it runs, then it pauses for a moment and resumes there. The source daemon drives it, so closing Hawan does not stop it.":
        "La migrazione live mantiene la VM in esecuzione: la sua memoria viene copiata sulla destinazione mentre gira, poi si ferma per un istante e riprende là. La guida il demone di origine, quindi chiudere Hawan non la interrompe.",
    "the VM is no longer on %1": "la VM non è più su %1",
    "the VM is %1: only a running or paused VM can migrate live": "la VM è %1: solo una VM in esecuzione o in pausa può migrare live",
    "the source %1 is not answering": "l'origine %1 non risponde",
    "the destination %1 is %2": "la destinazione %1 è %2",
    "destination is up": "la destinazione è attiva",
    "%1 has no migration_uri in the configuration": "%1 non ha migration_uri nella configurazione",
    "%1 has %2 free, the VM needs %3": "%1 ha %2 liberi, la VM richiede %3",
    "memory: %1 needed, %2 free": "memoria: %1 richiesti, %2 liberi",
    "the VM has %1 vCPUs, %2 has %3 CPUs": "la VM ha %1 vCPU, %2 ha %3 CPU",
    "%1, %2 Mbit/s, RTT limit %3 ms": "%1, %2 Mbit/s, limite RTT %3 ms",
    "no link between %1 and %2 is configured": "nessun collegamento configurato tra %1 e %2",
    "crosses the WAN (%1)": "attraversa la WAN (%1)",
    "disks: %1 (shared storage expected)": "dischi: %1 (storage condiviso atteso)",
    "Migrate to": "Migra su",
    "at least %1": "almeno %1",
    "Not converging: the guest dirties memory at %1, as fast as the link carries it (%2). Cancel and retry with auto-converge, or with a higher downtime allowance.":
        "Non converge: il guest sporca la memoria a %1, alla velocità con cui il collegamento la trasporta (%2). Annulla e riprova con l'auto-convergenza o con un fermo consentito più alto.",
}

# Plural sources: (English singular, English plural), (Italian singular, Italian plural).
PLURALS = {
    "%n s ago": (("%n s ago", "%n s ago"), ("%n s fa", "%n s fa")),
    "%n min ago": (("%n min ago", "%n min ago"), ("%n min fa", "%n min fa")),
    "%n h ago": (("%n h ago", "%n h ago"), ("%n h fa", "%n h fa")),
    "%n d ago": (("%n day ago", "%n days ago"), ("%n giorno fa", "%n giorni fa")),
    " (next attempt in %n s)": ((" (next attempt in %n s)",) * 2, (" (prossimo tentativo tra %n s)",) * 2),
    "%n VM(s)": (("%n VM", "%n VMs"), ("%n VM", "%n VM")),
    " · retry in %n s": ((" · retry in %n s",) * 2, (" · nuovo tentativo tra %n s",) * 2),
    "%n host(s) up": (("%n host up", "%n hosts up"), ("%n host attivo", "%n host attivi")),
    " · %n unreachable": ((" · %n unreachable",) * 2, (" · %n irraggiungibile", " · %n irraggiungibili")),
    " · %1 of %n VM(s) running": ((" · %1 of %n VM running", " · %1 of %n VMs running"),
                                  (" · %1 di %n VM in esecuzione", " · %1 di %n VM in esecuzione")),
    " · %n VM(s) running": ((" · %n VM running", " · %n VMs running"), (" · %n VM in esecuzione",) * 2),
    "%n VM(s) on %1 host(s)": (("%n VM on %1 hosts", "%n VMs on %1 hosts"), ("%n VM su %1 host",) * 2),
    "hawanctl: the configuration is not valid (%n problem(s)):": (
        ("hawanctl: the configuration is not valid (%n problem):", "hawanctl: the configuration is not valid (%n problems):"),
        ("hawanctl: la configurazione non è valida (%n problema):", "hawanctl: la configurazione non è valida (%n problemi):")),
    "%1 has %n problem(s). Fix them and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI).": (
        ("%1 has %n problem. Fix it and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI).",
         "%1 has %n problems. Fix them and start Hawan again (hawanctl check-config --config FILE checks a file without the GUI)."),
        ("%1 ha %n problema. Correggilo e riavvia Hawan (hawanctl check-config --config FILE verifica un file senza interfaccia).",
         "%1 ha %n problemi. Correggili e riavvia Hawan (hawanctl check-config --config FILE verifica un file senza interfaccia).")),
}

IT.update(IT_JOBS)
IT.update(IT_DRILLS)
IT.update(IT_HA)
IT.update(IT_AUDIT)
IT.update(IT_ALARMS)
IT.update(IT_CLOUD)
IT.update(IT_SCALE)
IT.update(IT_STORAGE)
IT.update(IT_PROBES)
IT.update(IT_RECOVERY)
PLURALS.update(PLURALS_JOBS)
PLURALS.update(PLURALS_DRILLS)
PLURALS.update(PLURALS_HA)
PLURALS.update(PLURALS_AUDIT)
PLURALS.update(PLURALS_ALARMS)
PLURALS.update(PLURALS_CLOUD)
PLURALS.update(PLURALS_SCALE)
PLURALS.update(PLURALS_STORAGE)
PLURALS.update(PLURALS_PROBES)
PLURALS.update(PLURALS_RECOVERY)


def fill(path, lang):
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":
            forms = PLURALS.get(src)
            if not forms:
                missing.append(src)
                tr.set("type", "unfinished")
                continue
            for f in forms[0 if lang == "en" else 1]:
                ET.SubElement(tr, "numerusform").text = f
        elif lang == "it":
            if src in IT:
                tr.text = IT[src]
            else:
                missing.append(src)
                tr.set("type", "unfinished")
        else:
            # English needs no translation for singular texts: the source is shown.
            tr.set("type", "unfinished")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:  # keep lupdate's DOCTYPE so Linguist opens it
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0); f.write(text); f.truncate()
    return missing


if __name__ == "__main__":
    bad = fill("translations/hawan_it.ts", "it") + fill("translations/hawan_en.ts", "en")
    for m in bad:
        print("untranslated:", repr(m))
    sys.exit(1 if bad else 0)
