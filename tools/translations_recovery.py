"""Italian for crash recovery (fencing, restarts, saved host state) and the journal's writer thread
(merged by fill-translations.py)."""

IT_RECOVERY = {
    "Hawan: reading the journal": "Hawan: lettura del journal",
    "Reading the journal %1 (what plans ran, what is in maintenance)…": "Lettura del journal %1 (quali piani sono stati eseguiti, cosa è in manutenzione)…",
    "The disk holding the journal %1 has not answered for %2 s. Hawan waits: nothing is done before the journal is read, so no plan is lost or run twice. Check that filesystem (a hung network mount?), or Quit.":
        "Il disco che contiene il journal %1 non risponde da %2 s. Hawan attende: nulla viene fatto prima di aver letto il journal, così nessun piano va perso o eseguito due volte. Controlla quel filesystem (un mount di rete bloccato?), oppure Esci.",
    "Bring VMs back to %1": "Riporta le VM su %1",
    "its disks are in storage pools %1 does not have (%2)": "i suoi dischi sono in pool di storage che %1 non ha (%2)",
    "anti-affinity with %1, now on %2": "anti-affinità con %1, ora su %2",
    "needs %1 of memory; %2 has %3 left": "servono %1 di memoria; a %2 ne restano %3",
    # Bringing evacuated VMs back, choosers
    "back where it ran before: %1": "di nuovo dove girava prima: %1",
    "back where it ran before its evacuation": "di nuovo dove girava prima dell'evacuazione",
    "The VMs the last evacuation moved off <b>%1</b> move back to it as below (those that cannot, and why, are listed apart). Nothing moves until you press Start. Change a destination in the <i>To</i> column.":
        "Le VM che l'ultima evacuazione ha spostato da <b>%1</b> vi tornano come sotto (quelle che non possono, e perché, sono elencate a parte). Nulla si sposta finché non premi Avvia. Cambia una destinazione nella colonna <i>A</i>.",
    "Bring them back": "Riportale indietro",
    "Evacuate which host?": "Evacuare quale host?",
    "Evacuate which site?": "Evacuare quale sito?",
    "Toggle maintenance of which host?": "Cambiare la manutenzione di quale host?",
    "&Bring back evacuated VMs…": "&Riporta le VM evacuate…",
    "The selected host is out of maintenance: move back the VMs its last evacuation took off it":
        "L'host selezionato è fuori manutenzione: riporta le VM che la sua ultima evacuazione ha spostato altrove",
    "Bring VMs back to which host?": "Riportare le VM su quale host?",
    "No host has evacuated VMs to bring back.": "Nessun host ha VM evacuate da riportare.",
    "Recover which host?": "Recuperare quale host?",
    "Every host answers: none to recover.": "Ogni host risponde: nessuno da recuperare.",
    "Bring back evacuated VMs": "Riporta le VM evacuate",
    "Nothing to bring back to %1: no finished evacuation moved VMs off it that still run where it put them.":
        "Niente da riportare su %1: nessuna evacuazione conclusa ne ha spostato VM che girino ancora dove le ha messe.",
    "%1 is in maintenance: take it out first (Hosts ▸ Toggle maintenance, or its card's menu), then bring its VMs back.":
        "%1 è in manutenzione: toglilo prima (Host ▸ Attiva/disattiva manutenzione, o il menu della sua scheda), poi riporta le sue VM.",
    "not answering": "non risponde",
    "in maintenance": "in manutenzione",
    "Plan bringing them back…": "Pianifica il ritorno…",
    "Not now": "Non ora",
    "Take %1 out of maintenance first": "Prima togli %1 dalla manutenzione",
    "Plan moving back the VMs the last evacuation took off %1": "Pianifica il ritorno delle VM che l'ultima evacuazione ha spostato da %1",
    "hawanctl: usage: hawanctl return HOST [--dry-run]": "hawanctl: uso: hawanctl return HOST [--dry-run]",
    "hawanctl: %1 is in maintenance; take it out first ('hawanctl maintenance %1 off'), then bring its VMs back":
        "hawanctl: %1 è in manutenzione; toglilo prima ('hawanctl maintenance %1 off'), poi riporta le sue VM",
    "It was started by a console on <b>%1</b>. Hawan cannot tell from here whether that console still runs it: close it (or make sure it is gone) before resuming here.":
        "È stato avviato da una console su <b>%1</b>. Da qui Hawan non può sapere se quella console lo sta ancora eseguendo: chiudila (o assicurati che non ci sia più) prima di riprenderlo qui.",
    "Abort a plan of another machine": "Interrompi un piano di un'altra macchina",
    "Resume a plan of another machine": "Riprendi un piano di un'altra macchina",
    "This plan was started by a console on %1. If that console still runs it, both would act on the same VMs. Is it closed?":
        "Questo piano è stato avviato da una console su %1. Se quella console lo sta ancora eseguendo, entrambe agirebbero sulle stesse VM. È chiusa?",
    "  started by a console on %1: make sure it is closed before resuming here":
        "  avviato da una console su %1: assicurati che sia chiusa prima di riprenderlo qui",
    "hawanctl: left %1 (%2) alone: a console on %3 started it and may still run it; once it is closed, name the plan: 'hawanctl %4 %1'":
        "hawanctl: %1 (%2) lasciato com'è: l'ha avviato una console su %3 e potrebbe ancora eseguirlo; quando sarà chiusa, indica il piano: 'hawanctl %4 %1'",
    "Could not remove %1: %2": "Impossibile rimuovere %1: %2",
    "Removed %1": "Rimossa %1",
    "%1. Running plans are paused and nothing new starts; free the disk, then restart the console: it resumes from what the journal holds.":
        "%1. I piani in corso sono in pausa e non parte nulla di nuovo; libera il disco, poi riavvia la console: riprende da ciò che il journal contiene.",
    "no fence command is configured for this host": "per questo host non è configurato alcun comando di fence",
    "the fence command did not finish within 2 minutes or was killed%1": "il comando di fence non è terminato entro 2 minuti o è stato ucciso%1",
    "the fence command exited with %1%2": "il comando di fence è uscito con %1%2",
    "the fence command could not start: %1": "il comando di fence non è partito: %1",
    "Fencing: %1": "Fence: %1",
    "%1 runs on both %2 and %3 (recovered there by plan %4): force off the copy on %2; the one on %3 is current":
        "%1 gira sia su %2 sia su %3 (recuperata lì dal piano %4): spegni forzatamente la copia su %2; quella su %3 è quella attuale",
    "%1 is back: removing its stale definition of %2 (restarted on %3 by plan %4)":
        "%1 è tornato: rimozione della sua definizione superata di %2 (riavviata su %3 dal piano %4)",
    "the stale definition of %1 on %2 (it runs on %3)": "la definizione superata di %1 su %2 (gira su %3)",
    "Restart %1 on %2 (recovered from %3)": "Riavvio di %1 su %2 (recuperata da %3)",
    "cancelled before it started": "annullata prima di partire",
    "already running on %1": "già in esecuzione su %1",
    "cannot define %1 on %2": "impossibile definire %1 su %2",
    "defined on %1, not started": "definita su %1, non avviata",
    "cannot start": "impossibile avviare",
    "defined on %1 but not started: %2. Start it there once the cause is fixed.":
        "definita su %1 ma non avviata: %2. Avviala lì dopo averne rimosso la causa.",
    "in flight when the console stopped: checked again": "in corso quando la console si è fermata: verificata di nuovo",
    "not started: the journal could not record it": "non avviata: il journal non ha potuto registrarla",
    "%1 answers again: not restarted elsewhere (migrate or evacuate instead)":
        "%1 risponde di nuovo: non riavviata altrove (migra o evacua invece)",
    "fencing %1: nothing restarts before it is powered off": "fence di %1: nulla si riavvia prima che sia spento",
    "fencing %1 failed: %2. Nothing was restarted (its VMs may still run there). Fix the fence command or power the host off by hand, then Resume; or Abort.":
        "fence di %1 non riuscito: %2. Nulla è stato riavviato (le sue VM potrebbero girare ancora lì). Correggi il comando di fence o spegni l'host a mano, poi Riprendi; oppure Interrompi.",
    "Fencing %1 failed": "Fence di %1 non riuscito",
    "the fence command exited 0": "il comando di fence è uscito con 0",
    "%1 fenced (%2): restarting its VMs elsewhere": "%1 isolato (%2): riavvio delle sue VM altrove",
    "Fenced %1": "%1 isolato",
    "%1 was powered off by its fence command (%2); its VMs restart elsewhere.":
        "%1 è stato spento dal suo comando di fence (%2); le sue VM si riavviano altrove.",
    "Recover host %1": "Recupera l'host %1",
    "while starting it": "durante l'avvio",
    "while defining it": "durante la definizione",
    "while connecting": "durante la connessione",
    "no answer from %1 after %2 s %3: its daemon, or the storage it waits on, may be stuck. %4 may still start there: check %1 (virsh domstate %4) before starting it anywhere else.":
        "nessuna risposta da %1 dopo %2 s %3: il suo demone, o lo storage che attende, potrebbe essere bloccato. %4 potrebbe ancora avviarsi lì: controlla %1 (virsh domstate %4) prima di avviarla altrove.",
    "%1 (on %2)": "%1 (su %2)",
    "Already running on another host, not restarted: %1.": "Già in esecuzione su un altro host, non riavviate: %1.",
    "client.event-threads is %1: several VMs starting at once on one host (a crash recovery) can wedge that host's FUSE mount":
        "client.event-threads è %1: più VM che si avviano insieme su un host (un recupero dopo un crash) possono bloccare il mount FUSE di quell'host",
    "Each guest's image lock may hold one client thread until none is left (GlusterFS issue #4371); give the clients more (gluster volume set %1 client.event-threads 8).":
        "Il lock sull'immagine di ogni guest può trattenere un thread del client finché non ne resta nessuno (GlusterFS issue #4371); dai più thread ai client (gluster volume set %1 client.event-threads 8).",
    "Stopped by the fence of %1; not restarted elsewhere yet. If its restart failed, recover %1 again.":
        "Fermata dal fence di %1; non ancora riavviata altrove. Se il riavvio non è riuscito, recupera di nuovo %1.",
    "%1 answers: its VMs may still run there. Recovery is for a host that is down; migrate or evacuate instead.":
        "%1 risponde: le sue VM potrebbero girare ancora lì. Il recupero è per un host giù; migra o evacua invece.",
    "restart at the other site: %1": "riavvio nell'altro sito: %1",
    "restart at the same site": "riavvio nello stesso sito",
    "the console never read its definition while %1 was up: define it on another host from your own copy":
        "la console non ne ha mai letto la definizione mentre %1 era attivo: definiscila su un altro host dalla tua copia",
    "Shut off, left defined on %1 only: %2.": "Spente, restano definite solo su %1: %2.",
    "Remove stale definition": "Rimuovi definizione superata",
    "it is active here: not removed": "è attiva qui: non rimossa",
    "cannot write %1: %2": "impossibile scrivere %1: %2",
    "not a saved snapshot (%1)": "non è uno stato salvato (%1)",
    "not a saved snapshot (no time or VM list)": "non è uno stato salvato (manca l'ora o l'elenco delle VM)",
    "a VM without uuid or name": "una VM senza uuid o nome",
    "<b>%1</b> does not answer (%2). The VMs that ran on it are restarted on other hosts from the definitions Hawan saved while it was up: a cold boot, what was in their memory is lost. First %3 Nothing restarts unless that succeeds, so no VM can run twice on the same disks.":
        "<b>%1</b> non risponde (%2). Le VM che vi giravano vengono riavviate su altri host dalle definizioni che Hawan ha salvato mentre era attivo: un avvio a freddo, ciò che avevano in memoria va perso. Prima %3 Nulla si riavvia se questo non riesce, così nessuna VM può girare due volte sugli stessi dischi.",
    "confirm below that you powered it off: it has no fence command in the configuration.":
        "conferma qui sotto di averlo spento: nella configurazione non ha un comando di fence.",
    "Hawan fences it (powers it off) with <code>%1</code>.": "Hawan lo isola (lo spegne) con <code>%1</code>.",
    "Restarts at once per host:": "Riavvii contemporanei per host:",
    "VMs a destination starts at once.": "VM che una destinazione avvia contemporaneamente.",
    "Type the host's name once it is powered off (or its VMs are killed). This is journaled.":
        "Scrivi il nome dell'host quando è spento (o le sue VM sono state uccise). Viene registrato nel journal.",
    "I powered %1 off; type its name:": "Ho spento %1; scrivine il nome:",
    "Restart VMs": "Riavvia le VM",
    "Fence and restart VMs": "Isola e riavvia le VM",
    "Power %1 off, then type its name: nothing restarts before that.": "Spegni %1, poi scrivine il nome: prima nulla si riavvia.",
    "Recording in the journal…": "Registrazione nel journal…",
    "Defining it on %1…": "Definizione su %1…",
    "Starting it on %1…": "Avvio su %1…",
    "Running on %1 (restarted in %2 s)": "In esecuzione su %1 (riavviata in %2 s)",
    "Running on %1 (%2)": "In esecuzione su %1 (%2)",
    "Cancelled: not restarted": "Annullato: non riavviata",
    "Failed: %1": "Non riuscito: %1",
    "&Recover crashed host…": "&Recupera host caduto…",
    "The selected host is down: fence it, then restart its VMs on other hosts":
        "L'host selezionato è giù: isolalo, poi riavvia le sue VM su altri host",
    "Recover crashed host": "Recupera host caduto",
    "Select the host that is down first: click its card.": "Seleziona prima l'host giù: fai clic sulla sua scheda.",
    "%1 answers, so its VMs may be running there: restarting them elsewhere would run them twice. Use Evacuate host to move them live.":
        "%1 risponde, quindi le sue VM potrebbero girare lì: riavviarle altrove le farebbe girare due volte. Usa Evacua host per spostarle live.",
    "Cannot recover": "Impossibile recuperare",
    "Nothing was restarted: %1": "Nulla è stato riavviato: %1",
    "powered off by hand, confirmed in the console: %1": "spento a mano, confermato nella console: %1",
    "Recover the VMs of the selected host when it is down": "Recupera le VM dell'host selezionato quando è giù",
    "No VMs when last seen": "Nessuna VM all'ultimo contatto",
    "Recover VMs of crashed host…": "Recupera le VM dell'host caduto…",
    "Fence %1 (power it off), then restart the VMs that ran on it on other hosts":
        "Isola %1 (spegnilo), poi riavvia su altri host le VM che vi giravano",
    "Only for a host that is down: %1 answers, so evacuate it instead": "Solo per un host giù: %1 risponde, quindi evacualo invece",
    "recover: the host has no fence command and was powered off by hand; HOW (who, how) is journaled.":
        "recover: l'host non ha un comando di fence ed è stato spento a mano; COME (chi, come) viene registrato nel journal.",
    "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage or probes":
        "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage o probes",
    "hawanctl: usage: hawanctl recover HOST [--dry-run] [--fenced-by-hand HOW]":
        "hawanctl: uso: hawanctl recover HOST [--dry-run] [--fenced-by-hand COME]",
    "restarted in %1 s": "riavviata in %1 s",
    "hawanctl: %1 has no fence command in the configuration, so Hawan cannot make sure it is off. Power it off by hand (or add 'fence = \"...\"' to its [[host]]), then repeat with --fenced-by-hand \"WHO/HOW\"; that is written to the journal.":
        "hawanctl: %1 non ha un comando di fence nella configurazione, quindi Hawan non può assicurarsi che sia spento. Spegnilo a mano (o aggiungi 'fence = \"...\"' al suo [[host]]), poi ripeti con --fenced-by-hand \"CHI/COME\"; viene scritto nel journal.",
    "hawanctl: %1 answers, so its VMs may be running: recovery is for a host that is down. Use 'hawanctl evacuate %1' to move its VMs live.":
        "hawanctl: %1 risponde, quindi le sue VM potrebbero girare: il recupero è per un host giù. Usa 'hawanctl evacuate %1' per spostarne le VM live.",
    "powered off by hand: %1": "spento a mano: %1",
    "In maintenance (set by another console): receives no new VMs": "In manutenzione (impostata da un'altra console): non riceve nuove VM",
    "Out of maintenance (set by another console)": "Fuori manutenzione (impostato da un'altra console)",
    "Another console (%1) started: %2": "Un'altra console (%1) ha avviato: %2",
    "a record from another console is not a JSON object (%1); skipped": "un record di un'altra console non è un oggetto JSON (%1); saltato",
    "Quorum: none; on a link cut both sides keep writing, and the copies diverge (split-brain)":
        "Quorum: nessuno; se il collegamento si interrompe entrambi i lati continuano a scrivere e le copie divergono (split-brain)",
    "Set cluster.quorum-type to auto (gluster volume set %1 cluster.quorum-type auto), with an arbiter to keep both sites writable.":
        "Imposta cluster.quorum-type ad auto (gluster volume set %1 cluster.quorum-type auto), con un arbitro per mantenere scrivibili entrambi i siti.",
    "<b>Stopped before anything restarted.</b> The copies of the VM disks differ: restarting the VMs now could boot them on a stale copy and lose what was written to the other:":
        "<b>Fermato prima di riavviare qualsiasi cosa.</b> Le copie dei dischi delle VM differiscono: riavviare ora le VM potrebbe avviarle su una copia superata e perdere ciò che è stato scritto sull'altra:",
    "%1: %2 in split-brain": "%1: %2 in split-brain",
    "Export failed: %1": "Esportazione non riuscita: %1",
    "could not encode the image": "impossibile codificare l'immagine",
    "Exporting to %1…": "Esportazione in %1…",
}

PLURALS_RECOVERY = {
    "%1 is out of maintenance. Its evacuation moved %n VM(s) off it that still run where they went. Bring them back now? (Later: Hosts ▸ Bring back evacuated VMs.)": (
        ("%1 is out of maintenance. Its evacuation moved %n VM off it that still runs where it went. Bring it back now? (Later: Hosts ▸ Bring back evacuated VMs.)",
         "%1 is out of maintenance. Its evacuation moved %n VMs off it that still run where they went. Bring them back now? (Later: Hosts ▸ Bring back evacuated VMs.)"),
        ("%1 è fuori manutenzione. La sua evacuazione ha spostato %n VM che gira ancora dove è andata. Riportarla ora? (Più tardi: Host ▸ Riporta le VM evacuate.)",
         "%1 è fuori manutenzione. La sua evacuazione ha spostato %n VM che girano ancora dove sono andate. Riportarle ora? (Più tardi: Host ▸ Riporta le VM evacuate.)")),
    "Bring back %n evacuated VM(s)…": (
        ("Bring back %n evacuated VM…", "Bring back %n evacuated VMs…"),
        ("Riporta %n VM evacuata…", "Riporta %n VM evacuate…")),
    "%n entries in split-brain (listed by each brick holding a copy)": (
        ["%n entry in split-brain (listed by each brick holding a copy)", "%n entries in split-brain (listed by each brick holding a copy)"],
        ["%n voce in split-brain (elencata da ogni brick che ne ha una copia)", "%n voci in split-brain (elencate da ogni brick che ne ha una copia)"]),
    "%1: %n entries are in split-brain": (
        ["%1: %n entry is in split-brain", "%1: %n entries are in split-brain"],
        ["%1: %n voce è in split-brain", "%1: %n voci sono in split-brain"]),
    "%n VM(s) to restart; every destination has room and the anti-affinity groups hold.": (
        ["%n VM to restart; every destination has room and the anti-affinity groups hold.",
         "%n VMs to restart; every destination has room and the anti-affinity groups hold."],
        ["%n VM da riavviare; ogni destinazione ha spazio e i gruppi di anti-affinità sono rispettati.",
         "%n VM da riavviare; ogni destinazione ha spazio e i gruppi di anti-affinità sono rispettati."]),
}
