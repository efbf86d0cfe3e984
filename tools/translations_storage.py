"""Italian for shared storage (GlusterFS health, gating) and the selection moves (merged by fill-translations.py)."""

IT_STORAGE = {
    'brick host = site, e.g. { "10.77.1.5" = "Roma1" }': 'host del brick = sito, ad es. { "10.77.1.5" = "Roma1" }',
    "must be a site name as a string, found %1": "deve essere il nome di un sito come stringa, trovato %1",
    "empty answer (no XML at all)": "risposta vuota (nessun XML)",
    "XML nested deeper than %1 levels at line %2": "XML annidato oltre %1 livelli alla riga %2",
    "XML with more than %1 elements": "XML con più di %1 elementi",
    "not valid XML at line %1, column %2: %3": "XML non valido alla riga %1, colonna %2: %3",
    "no <cliOutput> element: not an answer of gluster --xml": "nessun elemento <cliOutput>: non è una risposta di gluster --xml",
    "no <opRet> in the answer: it was cut short or is not from gluster": "nessun <opRet> nella risposta: è troncata o non viene da gluster",
    "<opRet> is not a number: '%1'": "<opRet> non è un numero: '%1'",
    "gluster failed (opRet %1, opErrno %2)": "gluster ha fallito (opRet %1, opErrno %2)",
    "gluster: %1": "gluster: %1",
    "the answer has no volume '%1'": "la risposta non contiene il volume '%1'",
    "a brick of '%1' has no name": "un brick di '%1' non ha nome",
    "volume '%1' lists no bricks": "il volume '%1' non elenca alcun brick",
    "volume '%1' says %2 bricks but lists %3": "il volume '%1' dichiara %2 brick ma ne elenca %3",
    "a node of '%1' has status '%2' (expected 0 or 1)": "un nodo di '%1' ha stato '%2' (atteso 0 o 1)",
    "a brick of '%1' has no hostname or path": "un brick di '%1' non ha host o percorso",
    "no <healInfo><bricks> in the answer": "nessun <healInfo><bricks> nella risposta",
    "a brick in the heal answer has no name": "un brick nella risposta di heal non ha nome",
    "brick %1 is connected but its entry count is missing or not a number": "il brick %1 è connesso ma il numero di voci manca o non è un numero",
    "no <volGetopts> in the answer": "nessun <volGetopts> nella risposta",
    "the answer lists no options": "la risposta non elenca opzioni",
    "no answer within the time limit; the command was stopped": "nessuna risposta entro il tempo limite; il comando è stato fermato",
    "cannot run '%1': %2": "impossibile eseguire '%1': %2",
    "no output (exit code %1)": "nessun output (codice di uscita %1)",
    "volume info: %1": "volume info: %1",
    "volume status: %1": "volume status: %1",
    "heal info: %1": "heal info: %1",
    "volume get: %1": "volume get: %1",
    "State unknown: %1": "Stato sconosciuto: %1",
    "Check that the storage command works: %1 --xml volume info %2": "Verifica che il comando dello storage funzioni: %1 --xml volume info %2",
    "Volume %1 is not started": "Il volume %1 non è avviato",
    "gluster volume start %1": "gluster volume start %1",
    "Brick %1:%2 is offline": "Il brick %1:%2 non è in linea",
    "Writes go to one copy only until it returns; bring it back (volume start force) once its host is up, then let it heal.":
        "Le scritture vanno su una sola copia finché non torna; riportalo su (volume start force) quando il suo host è attivo, poi lascialo guarire.",
    "%1 has %2 entries pending heal": "%1 ha %2 voci in attesa di guarigione",
    "Replicas differ until healed; trigger a heal (the self-heal daemon's own scan may wait minutes).":
        "Le repliche differiscono finché non guariscono; avvia una guarigione (la scansione del demone di self-heal può attendere minuti).",
    "%1 entries in split-brain": "%1 voci in split-brain",
    "Both copies changed independently; list the files and choose the good copy of each (gluster volume heal %1 split-brain ...).":
        "Entrambe le copie sono cambiate indipendentemente; elenca i file e scegli la copia buona di ciascuno (gluster volume heal %1 split-brain ...).",
    "The self-heal daemon is not running everywhere": "Il demone di self-heal non è in esecuzione ovunque",
    "Pending entries will not heal by themselves; restart glusterd on the node, or volume start force.":
        "Le voci in attesa non guariranno da sole; riavvia glusterd sul nodo, o volume start force.",
    "Replica 2 across two sites without an arbiter: if the link is cut, both sides may keep writing (split-brain) or, with quorum, one side stops":
        "Replica 2 su due siti senza arbitro: se il collegamento si interrompe, entrambi i lati possono continuare a scrivere (split-brain) o, con il quorum, un lato si ferma",
    "Replica 2 without an arbiter: split-brain risk when the bricks lose each other": "Replica 2 senza arbitro: rischio di split-brain quando i brick si perdono",
    "Add an arbiter brick at a third location (replica 3 arbiter 1), or set cluster.quorum-type to auto and accept that the first brick's side alone keeps writing.":
        "Aggiungi un brick arbitro in una terza sede (replica 3 arbiter 1), o imposta cluster.quorum-type ad auto e accetta che solo il lato del primo brick continui a scrivere.",
    "Quorum: none; on a link cut both sides keep writing": "Quorum: nessuno; se il collegamento si interrompe entrambi i lati continuano a scrivere",
    "Quorum: %1; on a link cut only the side holding a majority (or the first brick, with 'auto' and replica 2) keeps writing":
        "Quorum: %1; se il collegamento si interrompe continua a scrivere solo il lato con la maggioranza (o il primo brick, con 'auto' e replica 2)",
    "network.ping-timeout is %1 s: when a brick's site goes silent, writes freeze for that long":
        "network.ping-timeout è %1 s: quando il sito di un brick tace, le scritture si bloccano per tutto quel tempo",
    "For a stretched volume a few seconds is usual (gluster volume set %1 network.ping-timeout 5), traded against false disconnects.":
        "Per un volume esteso su due siti si usano pochi secondi (gluster volume set %1 network.ping-timeout 5), a costo di false disconnessioni.",
    "cluster.heal-timeout is %1 s: pending entries may wait that long before the self-heal daemon looks":
        "cluster.heal-timeout è %1 s: le voci in attesa possono aspettare tanto prima che il demone di self-heal le guardi",
    "Trigger a heal after an outage, or lower it (gluster volume set %1 cluster.heal-timeout 60).":
        "Avvia una guarigione dopo un'interruzione, o abbassalo (gluster volume set %1 cluster.heal-timeout 60).",
    "All bricks online, nothing pending heal": "Tutti i brick in linea, nulla in attesa di guarigione",
    "%1: its state is unknown (%2)": "%1: il suo stato è sconosciuto (%2)",
    "%1: no answer from the storage yet": "%1: ancora nessuna risposta dallo storage",
    "%1: brick %2:%3 is offline, so only one copy is current": "%1: il brick %2:%3 non è in linea, quindi una sola copia è aggiornata",
    "%1: at least %2 entries are pending heal (the copies differ)": "%1: almeno %2 voci sono in attesa di guarigione (le copie differiscono)",
    "%1: %2 entries are pending heal (the copies differ)": "%1: %2 voci sono in attesa di guarigione (le copie differiscono)",
    "%1: %2 entries are in split-brain": "%1: %2 voci sono in split-brain",
    "The selected VMs move off their hosts as below: same site first, then the other site, within each host's free memory and the anti-affinity groups. Nothing moves until you press Start. Change a destination in the <i>To</i> column.":
        "Le VM selezionate lasciano i loro host come indicato sotto: prima lo stesso sito, poi l'altro, entro la memoria libera di ogni host e i gruppi di anti-affinità. Nulla si muove finché non premi Avvia. Cambia una destinazione nella colonna <i>A</i>.",
    "Start moving": "Avvia lo spostamento",
    "Entries pending heal over the last hour (split-brain in red); a rising line means the copies drift apart":
        "Voci in attesa di guarigione nell'ultima ora (split-brain in rosso); una linea che sale significa che le copie si allontanano",
    "collecting the heal backlog…": "raccolta delle voci da guarire…",
    "pending heal: %1 now, %2 at most in the last %3": "in attesa di guarigione: %1 ora, al massimo %2 negli ultimi %3",
    "at least %1 (a brick cannot answer)": "almeno %1 (un brick non può rispondere)",
    " ago": " fa",
    "Storage": "Storage",
    "move": "sposta",
    "Cannot move": "Impossibile spostare",
    "Shared storage is not in sync": "Lo storage condiviso non è allineato",
    "<b>Stopped before anything moved.</b> Maintenance or an evacuation now could take down the only current copy of VM disks, or move VMs onto a stale one:":
        "<b>Fermato prima di spostare qualsiasi cosa.</b> Una manutenzione o un'evacuazione ora potrebbero spegnere l'unica copia aggiornata dei dischi delle VM, o spostare VM su una copia vecchia:",
    "<p>Wait until the Storage panel shows every brick online and nothing pending heal (<i>Heal now</i> starts the heal at once). If you must go ahead anyway, type <b>%1</b> below: the override is logged.</p>":
        "<p>Attendi che il pannello Storage mostri ogni brick in linea e nulla in attesa di guarigione (<i>Guarisci ora</i> avvia subito la guarigione). Se devi procedere comunque, scrivi <b>%1</b> qui sotto: la forzatura viene registrata.</p>",
    "Override and continue": "Forza e continua",
    "Storage check overridden by the operator for %1: %2": "Controllo dello storage forzato dall'operatore per %1: %2",
    "Plan where each goes (capacity, same site first, anti-affinity), check it, then run it with the bulk limits":
        "Pianifica dove va ciascuna (capacità, prima lo stesso sito, anti-affinità), verificalo, poi eseguilo con i limiti degli spostamenti in blocco",
    'No shared storage to watch. Add a [[storage]] table with kind = "glusterfs" and the command that runs its CLI (see docs/configuration.md).':
        'Nessuno storage condiviso da osservare. Aggiungi una tabella [[storage]] con kind = "glusterfs" e il comando che ne esegue la CLI (vedi docs/configuration.md).',
    "Brick": "Brick",
    "Port": "Porta",
    "PID": "PID",
    "Pending heal": "Da guarire",
    "Split-brain": "Split-brain",
    "Possibly healing": "Forse in guarigione",
    "Heal now": "Guarisci ora",
    "Ask the self-heal daemon to heal pending entries now instead of at its next scan (cluster.heal-timeout, 600 s by default)":
        "Chiedi al demone di self-heal di guarire ora le voci in attesa invece che alla prossima scansione (cluster.heal-timeout, 600 s predefiniti)",
    "Split-brain files…": "File in split-brain…",
    "List the files whose copies disagree": "Elenca i file le cui copie non concordano",
    "Bring bricks back…": "Riporta su i brick…",
    "gluster volume start VOLUME force: restarts brick processes that died; running ones are untouched":
        "gluster volume start VOLUME force: riavvia i processi dei brick terminati; quelli in esecuzione non vengono toccati",
    "%1: waiting for the first answer…": "%1: in attesa della prima risposta…",
    "%1: state unknown": "%1: stato sconosciuto",
    "%1 · %2, replica %3%4 · %5": "%1 · %2, replica %3%4 · %5",
    " with arbiter": " con arbitro",
    ", no arbiter": ", senza arbitro",
    "updated %1": "aggiornato %1",
    "STATE UNKNOWN since the last answer": "STATO SCONOSCIUTO dall'ultima risposta",
    "online": "in linea",
    "offline": "non in linea",
    "self-heal daemon on %1": "demone di self-heal su %1",
    "not running": "non in esecuzione",
    "Bring bricks back?": "Riportare su i brick?",
    "Runs 'gluster volume start %1 force': brick processes of %1 that are not running are started again; running ones are not touched. Do it once the brick's host and disk are healthy; the brick then heals from its peer.":
        "Esegue 'gluster volume start %1 force': i processi dei brick di %1 non in esecuzione vengono riavviati; quelli attivi non vengono toccati. Fallo quando host e disco del brick sono sani; il brick poi guarisce dal suo pari.",
    "Heal %1": "Guarisci %1",
    "Start %1 force": "Avvia %1 force",
    "Split-brain files of %1": "File in split-brain di %1",
    "Done. The gluster CLI said:": "Fatto. La CLI di gluster ha risposto:",
    "It failed. The gluster CLI said:": "Non riuscito. La CLI di gluster ha risposto:",
    "%1: brick offline": "%1: brick non in linea",
    "%1: %2 to heal": "%1: %2 da guarire",
    "%1: in sync": "%1: allineato",
    "brick offline": "brick non in linea",
    "state unknown": "stato sconosciuto",
    "to heal": "da guarire",
    "evacuate, recover, maintenance on: go ahead although the shared storage is not in sync; REASON is journaled.":
        "evacuate, recover, maintenance on: procedi anche se lo storage condiviso non è allineato; il MOTIVO viene scritto nel journal.",
    "hawanctl: the shared storage is not in sync, so %1 was not marked for maintenance:":
        "hawanctl: lo storage condiviso non è allineato, quindi %1 non è stato messo in manutenzione:",
    "storage check overridden for %1 (%2): %3": "controllo dello storage scavalcato per %1 (%2): %3",
    "status, check-config, migrate, evacuate, plans, resume, abort, maintenance or storage":
        "status, check-config, migrate, evacuate, plans, resume, abort, maintenance o storage",
    "hawanctl: the shared storage is not in sync, so nothing was moved:": "hawanctl: lo storage condiviso non è allineato, quindi non è stato spostato nulla:",
    'Wait for the heal to finish (hawanctl storage shows it), or, if you must, repeat with --override-storage "REASON" (the reason is written to the journal).':
        'Attendi la fine della guarigione (hawanctl storage la mostra), o, se devi, ripeti con --override-storage "MOTIVO" (il motivo viene scritto nel journal).',
    "hawanctl: going ahead despite unsynced storage (%1): %2": "hawanctl: si procede nonostante lo storage non allineato (%1): %2",
    "  storage not in sync (a real run stops here): %1": "  storage non allineato (un'esecuzione reale si ferma qui): %1",
    "storage check overridden (%1): %2": "controllo dello storage forzato (%1): %2",
    "No GlusterFS volume in the configuration.": "Nessun volume GlusterFS nella configurazione.",
    "Volume %1 (%2)": "Volume %1 (%2)",
    "no answer": "nessuna risposta",
    "OFFLINE": "NON IN LINEA",
    "  self-heal daemon: %1": "  demone di self-heal: %1",
    "NOT running everywhere": "NON in esecuzione ovunque",
    "running": "in esecuzione",
    "Storage pools": "Pool di storage",
    "its disks are in storage pools no eligible host has (%1)": "i suoi dischi sono in pool di storage che nessun host idoneo ha (%1)",
    "%1: %2 has no active storage pool holding its disks": "%1: %2 non ha un pool di storage attivo che contenga i suoi dischi",
    "%1 (%2, %3): %4 free of %5": "%1 (%2, %3): %4 liberi su %5",
    "%1 (%2): inactive": "%1 (%2): inattivo",
    "none defined (or not reported by this daemon)": "nessuno definito (o non riportato da questo demone)",
    "disk %1 is not a file path: check that %2 reaches it": "il disco %1 non è un percorso di file: verifica che %2 lo raggiunga",
    "disk %1: pool %2 on both hosts": "disco %1: pool %2 su entrambi gli host",
    "disk %1: pool %2 on %3 is not active, so %3 cannot see the disk; start the pool first":
        "disco %1: il pool %2 su %3 non è attivo, quindi %3 non vede il disco; avvia prima il pool",
    "disk %1 is in pool %2 here, but %3 has no pool at %4: if it cannot see the disk, the migration fails (the VM then stays here)":
        "il disco %1 è nel pool %2 qui, ma %3 non ha un pool in %4: se non vede il disco, la migrazione fallisce (la VM resta qui)",
    "disk %1: no storage pool holds it on either host, so whether the destination sees it cannot be checked (shared storage expected)":
        "disco %1: nessun pool lo contiene su nessuno dei due host, quindi non si può verificare se la destinazione lo vede (si presume storage condiviso)",
}

PLURALS_STORAGE = {
    "Move %n selected VM(s)…": (("Move %n selected VM…", "Move %n selected VMs…"), ("Sposta %n VM selezionata…", "Sposta %n VM selezionate…")),
}
