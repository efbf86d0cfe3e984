"""Italian for the drills (backend/drills, widgets/drills, hawanctl drill)."""

IT_DRILLS = {
    "the resilience drills": "le esercitazioni di resilienza",
    "true for a disposable lab, where drills run without typing a site's name":
        "true per un laboratorio usa e getta, dove le esercitazioni partono senza digitare il nome di un sito",
    "10 to 10000 ms": "da 10 a 10000 ms",
    "%1 is out of range; valid: 10 to 10000 ms": "%1 è fuori intervallo; validi: da 10 a 10000 ms",
    "RUNNING": "IN CORSO", "PASSED": "SUPERATA", "CANCELLED": "ANNULLATA", "FAILED": "FALLITA",
    "DID NOT RUN": "NON ESEGUITA",
    "Host power loss": "Perdita di alimentazione di un host",
    "Powers a host off (its daemon and guests die at once). Expected: the console sees it unreachable, the recovery fences it and restarts its VMs on other hosts, each VM runs exactly once; the host is powered on again and its stale definitions removed.":
        "Spegne un host (il suo demone e i guest muoiono insieme). Atteso: la console lo vede irraggiungibile, il ripristino lo isola e riavvia le sue VM su altri host, ogni VM gira esattamente una volta; l'host viene riacceso e le sue definizioni obsolete rimosse.",
    "Hung hypervisor daemon": "Demone dell'hypervisor bloccato",
    "Stops a host's libvirtd (its guests keep running). Expected: the console marks the host unreachable, every other host keeps reporting, nothing is restarted (the VMs still run there); when the daemon resumes the console reconnects.":
        "Ferma il libvirtd di un host (i guest continuano a girare). Atteso: la console segna l'host irraggiungibile, ogni altro host continua a riferire, nulla viene riavviato (le VM girano ancora lì); quando il demone riprende la console si riconnette.",
    "WAN cut shorter than the storage's ping-timeout": "WAN interrotta per meno del ping-timeout dello storage",
    "Cuts the WAN for half the volume's network.ping-timeout. Expected: writes pause and go on, no brick is dropped, nothing is lost, no heal is needed or it drains at once.":
        "Interrompe la WAN per metà del network.ping-timeout del volume. Atteso: le scritture si fermano e riprendono, nessun brick viene escluso, nulla va perso, nessuna guarigione serve o si esaurisce subito.",
    "WAN cut longer than the storage's ping-timeout": "WAN interrotta per più del ping-timeout dello storage",
    "Cuts the WAN for twice the volume's network.ping-timeout and more. Expected: each site drops the other's brick and writes on after the timeout; after the link returns the self-heal drains and every acknowledged write is readable at both sites; split-brain only where both sites wrote one file.":
        "Interrompe la WAN per il doppio del network.ping-timeout del volume e oltre. Atteso: ogni sito esclude il brick dell'altro e scrive dopo il timeout; al ritorno del collegamento il self-heal si esaurisce e ogni scrittura confermata è leggibile in entrambi i siti; split-brain solo dove entrambi i siti hanno scritto uno stesso file.",
    "Lossy WAN": "WAN con perdite",
    "Makes the WAN lose packets (3 %). Expected: the link probes show the loss, writes slow but nothing is lost, hosts behind the WAN stay connected.":
        "Fa perdere pacchetti alla WAN (3 %). Atteso: le sonde del collegamento mostrano la perdita, le scritture rallentano ma nulla va perso, gli host oltre la WAN restano connessi.",
    "Round trip above the link's limit": "Andata e ritorno oltre il limite del collegamento",
    "Raises the WAN's delay so its round trip exceeds the link's rtt_limit_ms. Expected: the console shows the link over its limit, writes slow but nothing is lost; the delay is put back.":
        "Alza il ritardo della WAN in modo che l'andata e ritorno superi rtt_limit_ms del collegamento. Atteso: la console mostra il collegamento oltre il limite, le scritture rallentano ma nulla va perso; il ritardo viene ripristinato.",
    "Storage brick down and back": "Brick dello storage giù e di nuovo su",
    "Kills one site's brick process. Expected: the console shows the brick offline, writes go on on the other brick, the brick is restarted and the self-heal drains the entries written meanwhile.":
        "Termina il processo del brick di un sito. Atteso: la console mostra il brick offline, le scritture proseguono sull'altro brick, il brick viene riavviato e il self-heal esaurisce le voci scritte nel frattempo.",
    "Storage node lost": "Nodo di storage perso",
    "Takes one site's storage node away (brick and daemon). Expected: as a brick down, and the volume still answers from the other site; the node comes back and heals.":
        "Toglie il nodo di storage di un sito (brick e demone). Atteso: come un brick giù, e il volume risponde ancora dall'altro sito; il nodo torna e guarisce.",
    "WAN cut during a live migration": "WAN interrotta durante una migrazione live",
    "Slows the WAN, live-migrates a VM across it and cuts the link mid-copy. Expected: the migration ends (failed, within its time limit) and the VM runs on at its source, exactly once; the half-arrived copy is gone from the destination once the link returns.":
        "Rallenta la WAN, vi migra live una VM e interrompe il collegamento a metà copia. Atteso: la migrazione termina (fallita, entro il suo limite di tempo) e la VM continua a girare all'origine, esattamente una volta; la copia arrivata a metà sparisce dalla destinazione al ritorno del collegamento.",
    "Drill: %1": "Esercitazione: %1", "Drill: %1 (%2)": "Esercitazione: %1 (%2)",
    "%1 at %2": "%1 a %2",
    "put the loss of %1 back to 0 %": "riporta la perdita di %1 a 0 %",
    "restore %1": "ripristina %1", "take the rate limit off %1": "togli il limite di banda a %1",
    "No host to run the drill on.": "Nessun host su cui eseguire l'esercitazione.",
    "No host is named '%1'.": "Nessun host si chiama '%1'.",
    "The configuration has no WAN link ([[link]]).": "La configurazione non ha un collegamento WAN ([[link]]).",
    'The configuration has no GlusterFS volume ([[storage]] with kind = "glusterfs").':
        'La configurazione non ha un volume GlusterFS ([[storage]] con kind = "glusterfs").',
    "No site is named '%1'.": "Nessun sito si chiama '%1'.",
    "%1 has no '%2' fault command: add faults = { %2 = [...] } (see docs/configuration.md).":
        "%1 non ha un comando di guasto '%2': aggiungi faults = { %2 = [...] } (vedi docs/configuration.md).",
    "%1 has no fence command: the drill restarts VMs only after a fence.":
        "%1 non ha un comando di fence: l'esercitazione riavvia le VM solo dopo un fence.",
    "%1 has no emulate command: the drill reads the delay to put back with it.":
        "%1 non ha un comando emulate: l'esercitazione lo usa per leggere il ritardo da ripristinare.",
    "%1 has no 'degrade' fault command: the drill slows the link with it so the cut comes mid-copy.":
        "%1 non ha un comando di guasto 'degrade': l'esercitazione lo usa per rallentare il collegamento così che l'interruzione cada a metà copia.",
    "No VM runs at %1 to migrate.": "Nessuna VM gira a %1 da migrare.",
    "No running VM is named '%1'.": "Nessuna VM in esecuzione si chiama '%1'.",
    "No host at the other site answers to receive the VM.": "Nessun host dell'altro sito risponde per ricevere la VM.",
    "%1 does not answer: a drill starts from a whole system.": "%1 non risponde: un'esercitazione parte da un sistema integro.",
    "Storage: %1": "Storage: %1",
    "%1 (plan %2): let it finish or end it first.": "%1 (piano %2): lascialo finire o chiudilo prima.",
    "%1 has no runner and test_dir: the write witness cannot run there.":
        "%1 non ha runner e test_dir: il testimone di scrittura non può girare lì.",
    "This is not a lab ([drills] lab = true): type the name of the site the fault hits (%1) to confirm.":
        "Questo non è un laboratorio ([drills] lab = true): digita il nome del sito colpito dal guasto (%1) per confermare.",
    "Fault: %1": "Guasto: %1",
    "The fault lasts %1 s, then: %2": "Il guasto dura %1 s, poi: %2",
    "Repair once the recovery has ended: %1": "Riparazione a ripristino terminato: %1",
    "Migrates %1 to %2 over the link slowed to 40 Mbit/s.": "Migra %1 su %2 sul collegamento rallentato a 40 Mbit/s.",
    "A write witness writes numbered records at %1 under %2 during the drill; removed after.":
        "Un testimone di scrittura scrive record numerati a %1 sotto %2 durante l'esercitazione; rimossi dopo.",
    "alarm: %1": "allarme: %1",
    "The drill did not run.": "L'esercitazione non è stata eseguita.",
    "Could not read the link's delay to put back: %1": "Impossibile leggere il ritardo del collegamento da ripristinare: %1",
    "%1: %2%3": "%1: %2%3",
    "passed": "superato", "FAILED": "FALLITO",
    "What could not be repaired is tried again when Hawan next starts with this configuration.":
        "Ciò che non è stato possibile riparare viene ritentato al prossimo avvio di Hawan con questa configurazione.",
    "Could not record how to repair the fault (%1): the drill did not run.":
        "Impossibile registrare come riparare il guasto (%1): l'esercitazione non è stata eseguita.",
    "create %1 at %2": "crea %1 a %2",
    "Could not create the drill's directory: %1": "Impossibile creare la cartella dell'esercitazione: %1",
    "no acknowledgement in 30 s": "nessuna conferma in 30 s",
    "The write witnesses did not start (%1).": "I testimoni di scrittura non sono partiti (%1).",
    "write witnesses writing at every site": "testimoni di scrittura attivi in ogni sito",
    "slow %1 to 40 Mbit/s": "rallenta %1 a 40 Mbit/s",
    "Could not slow the link: %1": "Impossibile rallentare il collegamento: %1",
    "The VM to migrate is gone.": "La VM da migrare non c'è più.",
    "Could not start the migration: %1": "Impossibile avviare la migrazione: %1",
    "migrating %1 from %2 to %3": "migrazione di %1 da %2 a %3",
    "migration of %1 ended: %2%3": "migrazione di %1 terminata: %2%3",
    "The migration ended before the cut: nothing was cut mid-copy.":
        "La migrazione è terminata prima dell'interruzione: nulla è stato interrotto a metà copia.",
    "The migration copied nothing in 2 minutes.": "La migrazione non ha copiato nulla in 2 minuti.",
    "migration copying (%1 MiB so far)": "migrazione in copia (%1 MiB finora)",
    "fault: %1": "guasto: %1",
    "The fault command failed: %1": "Il comando di guasto non è riuscito: %1",
    "fault command done": "comando di guasto eseguito",
    "%1 seen unreachable": "%1 visto irraggiungibile",
    "link seen cut by the probes": "collegamento visto interrotto dalle sonde",
    "loss seen by the probes": "perdita vista dalle sonde",
    "round trip seen above the link's limit": "andata e ritorno vista oltre il limite del collegamento",
    "storage seen in trouble (a brick offline, or the volume not answering)":
        "storage visto in difficoltà (un brick offline, o il volume che non risponde)",
    "fault detected": "guasto rilevato",
    "not seen by the console (the fault lasted %1 s)": "non visto dalla console (il guasto è durato %1 s)",
    "after %1 s, once the %2 s fault was over": "dopo %1 s, a guasto di %2 s finito",
    "after %1 s": "dopo %1 s",
    "fault held %1 s": "guasto mantenuto %1 s",
    "other hosts kept reporting": "gli altri host hanno continuato a riferire",
    "stalled: %1": "fermi: %1",
    "%1 still answered after %2 s": "%1 rispondeva ancora dopo %2 s",
    "The recovery was refused: %1": "Il ripristino è stato rifiutato: %1",
    "The recovery did not start: %1": "Il ripristino non è partito: %1",
    "%1 fenced (%2)": "%1 isolato (%2)",
    "%1 running again on %2": "%1 di nuovo in esecuzione su %2",
    "fenced before any restart": "isolato prima di ogni riavvio",
    "%1 restarted before the fence was recorded": "%1 riavviata prima che il fence fosse registrato",
    "%1 not restarted: %2": "%1 non riavviata: %2",
    "recovery ended: %1 of %2 restarted": "ripristino terminato: %1 di %2 riavviate",
    "host fenced": "host isolato", "no fence recorded": "nessun fence registrato",
    "every VM of the host restarted": "ogni VM dell'host riavviata",
    "%1 of %2": "%1 di %2",
    "The recovery did not end within %1 s: aborted.": "Il ripristino non è terminato entro %1 s: interrotto.",
    "repair: loss back to 0 %": "riparazione: perdita di nuovo a 0 %",
    "repair: delay back to %1 ms": "riparazione: ritardo di nuovo a %1 ms",
    "repair: %1": "riparazione: %1",
    "repair: rate limit off": "riparazione: limite di banda tolto",
    "repaired": "riparato",
    "The repair '%1' failed: %2": "La riparazione '%1' non è riuscita: %2",
    "%1 answers again": "%1 risponde di nuovo",
    "%1 back to normal": "%1 di nuovo normale",
    "every brick online": "ogni brick online",
    "back after the repair": "di nuovo su dopo la riparazione",
    "not measured: no probe watches %1": "non misurato: nessuna sonda osserva %1",
    "%1 after %2 s": "%1 dopo %2 s",
    "not within %1 s": "non entro %1 s",
    "%1 out of maintenance": "%1 fuori manutenzione",
    "Could not take %1 out of maintenance: %2": "Impossibile togliere %1 dalla manutenzione: %2",
    "storage in sync": "storage allineato",
    "after %1 s; at most %2 entries to heal seen": "dopo %1 s; al massimo %2 voci da guarire viste",
    "still healing after %1 s": "ancora in guarigione dopo %1 s",
    "no split-brain entries": "nessuna voce in split-brain",
    "the arbiter keeps one side from writing on a cut": "l'arbitro impedisce a un lato di scrivere durante un'interruzione",
    "no arbiter: each site's witness writes its own file, so no file was written on both sides":
        "nessun arbitro: il testimone di ogni sito scrive il proprio file, quindi nessun file è stato scritto da entrambi i lati",
    "%1 seen: files written at both sites while they were apart%2": "%1 viste: file scritti in entrambi i siti mentre erano separati%2",
    " (no arbiter)": " (nessun arbitro)",
    "witness at %1: %2": "testimone a %1: %2",
    "still running": "ancora in esecuzione",
    "%1's acknowledged writes readable at %2": "scritture confermate di %1 leggibili a %2",
    "verify %1 at %2": "verifica %1 a %2",
    "%1 acknowledged, %2 records read": "%1 confermati, %2 record letti",
    "; %1 missing (first: %2)": "; %1 mancanti (primo: %2)",
    "; %1 damaged": "; %1 danneggiati",
    "every VM runs exactly once": "ogni VM gira esattamente una volta",
    "cannot tell: %1 did not answer": "impossibile dirlo: %1 non ha risposto",
    "running twice: %1": "in esecuzione due volte: %1",
    "defined nowhere: %1": "definite da nessuna parte: %1",
    "not running any more: %1": "non più in esecuzione: %1",
    "Defined on more than one host (one copy shut off): %1": "Definite su più di un host (una copia spenta): %1",
    "Not every stale definition was removed within a minute.": "Non tutte le definizioni obsolete sono state rimosse entro un minuto.",
    "the migration ended": "la migrazione è terminata",
    "%1 after %2 s; %3 runs on %4": "%1 dopo %2 s; %3 gira su %4",
    "no host": "nessun host",
    "Could not remove the drill's directory: %1": "Impossibile rimuovere la cartella dell'esercitazione: %1",
    "Alarms: %1": "Allarmi: %1",
    "did not run: %1": "non eseguita: %1",
    "Writer at %1": "Scrittore a %1",
    "%1; the writer died (killed with its host?)": "%1; lo scrittore è morto (terminato con il suo host?)",
    "%1; the writer exited with %2%3": "%1; lo scrittore è uscito con %2%3",
    "Export the verdict as one PDF: checks, the witnesses' graph, figures and timeline":
        "Esporta il verdetto in un PDF: verifiche, grafico dei testimoni, cifre e cronologia",
    "Export the checks, figures and events as CSV": "Esporta verifiche, cifre ed eventi in CSV",
    "Export the run as kept": "Esporta l'esecuzione come salvata",
    "Check": "Verifica", "Detail": "Dettaglio",
    "What must hold after the drill; a red row says what went wrong":
        "Ciò che deve valere dopo l'esercitazione; una riga rossa dice cosa è andato storto",
    "Records each site's write witness had acknowledged, against seconds since the fault; a flat stretch is writes held up":
        "Record confermati dal testimone di scrittura di ogni sito, rispetto ai secondi dal guasto; un tratto piatto sono scritture bloccate",
    "Figure": "Cifra", "Value": "Valore", "About": "Riguarda", "Since fault": "Dal guasto",
    "looking for hawan-writer": "ricerca di hawan-writer",
    "<b>Drill</b>": "<b>Esercitazione</b>",
    "The host the fault hits": "L'host colpito dal guasto",
    "the busiest host": "l'host più carico",
    "The site whose storage the fault hits": "Il sito il cui storage è colpito dal guasto",
    "the drill's own": "quella dell'esercitazione",
    "How long the fault lasts before the repair (a WAN cut's default follows the storage's ping-timeout)":
        "Quanto dura il guasto prima della riparazione (per un'interruzione WAN il predefinito segue il ping-timeout dello storage)",
    " %": " %",
    "The packets the WAN loses during the lossy-WAN drill": "I pacchetti che la WAN perde durante l'esercitazione WAN con perdite",
    "Host:": "Host:", "Site:": "Sito:", "Fault lasts:": "Il guasto dura:", "Loss:": "Perdita:",
    "Run drill…": "Esegui esercitazione…",
    "Injects the fault after saying what it will do (Ctrl+Return)": "Inietta il guasto dopo aver detto cosa farà (Ctrl+Invio)",
    "Stops the drill: repairs the fault, then verifies what it can (Esc)":
        "Ferma l'esercitazione: ripara il guasto, poi verifica ciò che può (Esc)",
    "Read-only console: drills cannot be run here; the runs kept are shown.":
        "Console in sola lettura: qui non si possono eseguire esercitazioni; sono mostrate quelle salvate.",
    "<b>Runs</b>": "<b>Esecuzioni</b>",
    "Drill not started": "Esercitazione non avviata",
    "<b>%1</b><p>Its precondition does not hold:</p><ul><li>%2</li></ul>":
        "<b>%1</b><p>La sua precondizione non vale:</p><ul><li>%2</li></ul>",
    "Run the drill?": "Eseguire l'esercitazione?",
    "<b>%1</b><ul>%2</ul><p>It takes about %3 s. Cancel (Esc) repairs the fault at any time.</p>":
        "<b>%1</b><ul>%2</ul><p>Dura circa %3 s. Annulla (Esc) ripara il guasto in qualsiasi momento.</p>",
    "Inject the fault": "Inietta il guasto",
    "Confirm the site": "Conferma il sito",
    "This is not a lab. Type the name of the site the fault hits (%1):":
        "Questo non è un laboratorio. Digita il nome del sito colpito dal guasto (%1):",
    "'%1' is not %2: the drill did not run.": "'%1' non è %2: l'esercitazione non è stata eseguita.",
    "%1 started": "%1 avviata",
    "Cancelling: repairing the fault, then verifying…": "Annullamento: riparazione del guasto, poi verifica…",
    "%1 (%2 s)": "%1 (%2 s)",
    "reading drill runs": "lettura delle esercitazioni",
    "No drill has run yet.\n\nChoose a drill on the left, then Run drill… (Ctrl+Return): it says what it will do and asks before it injects anything. Each drill ends with a verdict kept here.":
        "Nessuna esercitazione eseguita finora.\n\nScegli un'esercitazione a sinistra, poi Esegui esercitazione… (Ctrl+Invio): dice cosa farà e chiede prima di iniettare qualsiasi cosa. Ogni esercitazione termina con un verdetto salvato qui.",
    "No drill has run yet.": "Nessuna esercitazione eseguita finora.",
    "<b>%1</b> — %2<br>%3 · %4 checks, %5 failed · %6": "<b>%1</b> — %2<br>%3 · %4 verifiche, %5 fallite · %6",
    "%1's witness": "testimone di %1",
    "fault": "guasto", "repair": "riparazione",
    "seconds since the fault": "secondi dal guasto", "seconds": "secondi",
    "acknowledged records": "record confermati",
    "Export the drill": "Esporta l'esercitazione",
    "Timeline": "Cronologia",
    "Drill exported to %1": "Esercitazione esportata in %1",
    "Drills": "Esercitazioni",
    "Drills: inject one fault, watch, repair, and get a verdict (no VM twice, no acknowledged write lost)":
        "Esercitazioni: inietta un guasto, osserva, ripara e ottieni un verdetto (nessuna VM due volte, nessuna scrittura confermata persa)",
    "Show / hide the drills": "Mostra / nascondi le esercitazioni",
    "Drills: run the chosen drill (says what it will do, asks first)":
        "Esercitazioni: esegue l'esercitazione scelta (dice cosa farà, chiede prima)",
    "Drills: cancel the running drill (repairs the fault first)":
        "Esercitazioni: annulla l'esercitazione in corso (prima ripara il guasto)",
    "Verdict of %1 (%2, %3): %4": "Verdetto di %1 (%2, %3): %4",
    "Run one with: hawanctl drill run NAME (a lab runs at once; elsewhere add --confirm-site SITE)":
        "Eseguine una con: hawanctl drill run NOME (un laboratorio parte subito; altrove aggiungi --confirm-site SITO)",
    "No drill has run yet (kept under %1).": "Nessuna esercitazione eseguita finora (salvate sotto %1).",
    "hawanctl: no drill run '%1' under %2 (hawanctl drill reports lists them)":
        "hawanctl: nessuna esercitazione '%1' sotto %2 (hawanctl drill reports le elenca)",
    "hawanctl: unknown drill '%1'; drills: %2": "hawanctl: esercitazione sconosciuta '%1'; esercitazioni: %2",
    "hawanctl: the drill did not run:": "hawanctl: l'esercitazione non è stata eseguita:",
    "  Expected to take about %1 s.": "  Durata prevista: circa %1 s.",
    "hawanctl: stopping the drill: repairing the fault and checking what it can (Ctrl+C again to leave at once; the next start repairs)":
        "hawanctl: arresto dell'esercitazione: riparazione del guasto e verifica di ciò che può (Ctrl+C di nuovo per uscire subito; il prossimo avvio ripara)",
    "drill: the host the fault hits (default: the one running the most VMs).":
        "drill: l'host colpito dal guasto (predefinito: quello con più VM in esecuzione).",
    "drill wan-cut-mid-migration: the VM to migrate (default: the smallest running at the link's first site).":
        "drill wan-cut-mid-migration: la VM da migrare (predefinita: la più piccola in esecuzione al primo sito del collegamento).",
    "drill: how long the fault lasts, in seconds (default: the drill's).":
        "drill: quanto dura il guasto, in secondi (predefinito: quello dell'esercitazione).",
    "drill lossy-wan: the packet loss in percent (default 3).": "drill lossy-wan: la perdita di pacchetti in percentuale (predefinita 3).",
    "drill: not a lab: the name of the site the fault hits, to confirm it.":
        "drill: non un laboratorio: il nome del sito colpito dal guasto, per confermarlo.",
    "hawanctl: usage: hawanctl drill list | run NAME [--host H] [--site S] [--vm VM] [--hold SECONDS] [--loss PCT] [--confirm-site SITE] | reports | show ID [--csv FILE]":
        "hawanctl: uso: hawanctl drill list | run NOME [--host H] [--site S] [--vm VM] [--hold SECONDI] [--loss PCT] [--confirm-site SITO] | reports | show ID [--csv FILE]",
    "hawanctl: --hold takes 0 to 3600 seconds, --loss more than 0 and at most 100 percent":
        "hawanctl: --hold accetta da 0 a 3600 secondi, --loss più di 0 e al massimo 100 percento",
    "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment or drill":
        "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment o drill",
}

PLURALS_DRILLS = {
    "census: %n VM(s) running": (("census: %n VM running", "census: %n VMs running"),
                                 ("censimento: %n VM in esecuzione", "censimento: %n VM in esecuzione")),
    ", %n defined": ((", %n defined", ", %n defined"), (", %n definita", ", %n definite")),
    "recovery plan %1 started: %n VM(s) to restart": (("recovery plan %1 started: %n VM to restart", "recovery plan %1 started: %n VMs to restart"),
                                                      ("piano di ripristino %1 avviato: %n VM da riavviare", "piano di ripristino %1 avviato: %n VM da riavviare")),
    "%n VM(s) asked of every daemon": (("%n VM asked of every daemon", "%n VMs asked of every daemon"),
                                       ("%n VM chiesta a ogni demone", "%n VM chieste a ogni demone")),
    "passed: %n check(s)": (("passed: %n check", "passed: %n checks"), ("superata: %n verifica", "superata: %n verifiche")),
    "FAILED: %1 of %n check(s)": (("FAILED: %1 of %n check", "FAILED: %1 of %n checks"),
                                  ("FALLITA: %1 di %n verifica", "FALLITA: %1 di %n verifiche")),
    "%n record(s) acknowledged": (("%n record acknowledged", "%n records acknowledged"), ("%n record confermato", "%n record confermati")),
}

IT_DRILLS.update({
    "Console killed mid-evacuation": "Console terminata durante un'evacuazione",
    "Starts an evacuation of a host with hawanctl (one slowed migration at a time) and kills it (SIGKILL) while a migration is in flight. Expected: the plan is left open in the journal, resuming it reconciles the move in flight (never starts it twice) and finishes; every VM runs exactly once. The VMs are then brought back and the host taken out of maintenance.":
        "Avvia con hawanctl l'evacuazione di un host (una migrazione rallentata alla volta) e lo termina (SIGKILL) mentre una migrazione è in corso. Atteso: il piano resta aperto nel journal, riprenderlo riconcilia lo spostamento in corso (senza mai avviarlo due volte) e lo completa; ogni VM gira esattamente una volta. Poi le VM vengono riportate e l'host tolto dalla manutenzione.",
    "No VM runs on %1: there is nothing to evacuate.": "Nessuna VM gira su %1: non c'è nulla da evacuare.",
    "Fault: %1 evacuate %2 --bandwidth 5 --max-per-host 1, killed 3 s after its first migration starts":
        "Guasto: %1 evacuate %2 --bandwidth 5 --max-per-host 1, terminato 3 s dopo l'avvio della sua prima migrazione",
    "Repair: hawanctl resume (the plan), hawanctl maintenance %1 off, hawanctl return %1":
        "Riparazione: hawanctl resume (il piano), hawanctl maintenance %1 off, hawanctl return %1",
    "hawanctl evacuating %1: plan %2": "hawanctl evacua %1: piano %2",
    "a migration of the plan started": "una migrazione del piano è partita",
    "hawanctl killed (SIGKILL) with a migration in flight": "hawanctl terminato (SIGKILL) con una migrazione in corso",
    "hawanctl ended (exit %1) before it could be killed mid-migration: %2":
        "hawanctl è terminato (uscita %1) prima di poter essere ucciso a metà migrazione: %2",
    "No migration of the evacuation started within 2 minutes.": "Nessuna migrazione dell'evacuazione è partita entro 2 minuti.",
    "list open plans": "elenca i piani aperti",
    "the plan is left open in the journal": "il piano resta aperto nel journal",
    "hawanctl plans does not list plan %1": "hawanctl plans non elenca il piano %1",
    "repair: hawanctl resume %1": "riparazione: hawanctl resume %1",
    "resume plan %1": "riprendi il piano %1",
    "the interrupted plan resumed and finished": "il piano interrotto è ripreso e terminato",
    "resumed: %1": "ripreso: %1",
    "maintenance off": "manutenzione disattivata",
    "repair: hawanctl return %1": "riparazione: hawanctl return %1",
    "bring the VMs back": "riporta le VM",
    "The VMs were not all brought back: %1": "Non tutte le VM sono state riportate: %1",
    "returned: %1": "riportate: %1",
    "Tour over": "Giro finito",
    "This caption closes in 10 s.": "Questa didascalia si chiude tra 10 s.",
    "Tour": "Giro",
    "Waiting for every host and the storage to answer…": "In attesa che ogni host e lo storage rispondano…",
    "Space: start · Esc: end the tour": "Spazio: inizia · Esc: termina il giro",
    "%1/%2  %3": "%1/%2  %3",
    "Stopping: putting back what the tour changed…": "Arresto: ripristino di ciò che il giro ha cambiato…",
    "Running… (Esc: stop and put everything back)": "In corso… (Esc: ferma e ripristina tutto)",
    "Space: next step · Esc: end the tour": "Spazio: passo successivo · Esc: termina il giro",
    "Space: close": "Spazio: chiudi",
    "the WAN degrades and a live migration across it slows, then it recovers":
        "la WAN peggiora e una migrazione live attraverso di essa rallenta, poi si riprende",
    "a host loses power: it is detected, fenced, and its VMs come back":
        "un host perde l'alimentazione: viene rilevato, isolato, e le sue VM tornano",
    "a storage brick fails and heals while both sites keep writing":
        "un brick dello storage si guasta e guarisce mentre entrambi i siti continuano a scrivere",
    "the three stories, one after the other": "le tre storie, una dopo l'altra",
    "Two sites, one network, one volume": "Due siti, una rete, un volume",
    "%1 and %2 share one layer-2 network across the WAN and one GlusterFS volume replicated at both sites: a VM can move between the sites while it runs, and restart at the other site when its host dies.":
        "%1 e %2 condividono una rete layer-2 attraverso la WAN e un volume GlusterFS replicato in entrambi i siti: una VM può spostarsi tra i siti mentre gira, e ripartire nell'altro sito quando il suo host muore.",
    "A host loses power": "Un host perde l'alimentazione",
    "The busiest host goes dark. The console notices when its keepalive goes unanswered, fences the host, and restarts each of its VMs on another host; then it checks that every VM runs exactly once and that no acknowledged write was lost (the Drills panel shows the verdict as it forms).":
        "L'host più carico si spegne. La console se ne accorge quando il keepalive resta senza risposta, isola l'host e riavvia ciascuna delle sue VM su un altro host; poi verifica che ogni VM giri esattamente una volta e che nessuna scrittura confermata sia andata persa (il pannello Esercitazioni mostra il verdetto mentre si forma).",
    "A storage brick fails": "Un brick dello storage si guasta",
    "%1's brick of the volume dies. Writes go on to the other copy at both sites (the witnesses' graph keeps climbing); the brick is restarted and the self-heal copies what it missed.":
        "Il brick del volume a %1 muore. Le scritture proseguono sull'altra copia in entrambi i siti (il grafico dei testimoni continua a salire); il brick viene riavviato e il self-heal copia ciò che ha perso.",
    "That was the tour": "Questo era il giro",
    "Everything it changed is back as it was. Every step is an ordinary job of the console: the same migrations, recoveries and drills an operator runs, with their reports kept in the Drills panel.":
        "Tutto ciò che ha cambiato è tornato com'era. Ogni passo è un normale lavoro della console: le stesse migrazioni, ripristini ed esercitazioni che esegue un operatore, con i loro rapporti salvati nel pannello Esercitazioni.",
    "The WAN degrades": "La WAN peggiora",
    "This configuration's link has no emulate command: this part of the tour needs the lab.":
        "Il collegamento di questa configurazione non ha un comando emulate: questa parte del giro richiede il laboratorio.",
    "The one-way delay on %1 goes up to 20 ms: the round trip in the WAN box climbs past the link's limit, as on the latency graph (Ctrl+G).":
        "Il ritardo di sola andata su %1 sale a 20 ms: l'andata e ritorno nel riquadro WAN supera il limite del collegamento, come nel grafico delle latenze (Ctrl+G).",
    "Degrade %1": "Peggiora %1",
    "read the delay": "leggi il ritardo",
    "put the delay back": "ripristina il ritardo",
    "delay 20 ms": "ritardo 20 ms",
    "A live migration across the slow WAN": "Una migrazione live attraverso la WAN lenta",
    "A running VM moves to the other site while it runs. Its memory crosses the WAN; every page the guest writes meanwhile is sent again, and each round trip now costs 40 ms: the Jobs panel shows the copy's progress and rate.":
        "Una VM in esecuzione si sposta nell'altro sito mentre gira. La sua memoria attraversa la WAN; ogni pagina che il guest scrive nel frattempo viene rinviata, e ogni andata e ritorno ora costa 40 ms: il pannello Lavori mostra avanzamento e velocità della copia.",
    "no running VM to move, or no host to receive it": "nessuna VM in esecuzione da spostare, o nessun host per riceverla",
    "The WAN recovers": "La WAN si riprende",
    "The delay goes back to what it was; the WAN box turns green again.": "Il ritardo torna com'era; il riquadro WAN torna verde.",
    "Back home": "Ritorno a casa",
    "The VM moves back to its own host, over the healthy WAN: much faster.": "La VM torna al suo host, sulla WAN sana: molto più veloce.",
    "The tour ended.": "Il giro è terminato.",
    "The tour was stopped; what it changed is back as it was.": "Il giro è stato fermato; ciò che aveva cambiato è tornato com'era.",
    "Play the demo tour NAME on the lab with captions: wan, host, brick or all (Space: next step, Esc: stop and put everything back).":
        "Esegue il giro dimostrativo NOME sul laboratorio con didascalie: wan, host, brick o all (Spazio: passo successivo, Esc: ferma e ripristina tutto).",
    "The tour advances by itself this many seconds after each step ends.": "Il giro avanza da solo questi secondi dopo la fine di ogni passo.",
    "hawan: unknown tour '%1'; tours: %2": "hawan: giro sconosciuto '%1'; giri: %2",
    "hawan: the tour acts on the lab: not with --read-only or the demo": "hawan: il giro agisce sul laboratorio: non con --read-only o la demo",
})
IT_DRILLS["no answer for %1 s from the storage CLI"] = "nessuna risposta da %1 s dalla CLI dello storage"
