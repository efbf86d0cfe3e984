# Italian for roles (viewers, read-only in the backend) and the audit trail (issue 16).
IT_AUDIT = {
    "who may change things": "chi può cambiare le cose",
    'user names that are always read-only, e.g. ["shift"]': 'nomi utente sempre in sola lettura, es. ["shift"]',
    "every element must be a user name": "ogni elemento deve essere un nome utente",
    "the audit trail and its key": "la traccia di audit e la sua chiave",
    "an absolute path ({config_dir} allowed)": "un percorso assoluto ({config_dir} ammesso)",
    "cannot create the folder %1 for the audit key": "impossibile creare la cartella %1 per la chiave di audit",
    "cannot make an audit key: the system's random source failed": "impossibile creare una chiave di audit: la sorgente casuale del sistema ha fallito",
    "cannot create the audit key %1: %2": "impossibile creare la chiave di audit %1: %2",
    "cannot write the audit key %1: %2": "impossibile scrivere la chiave di audit %1: %2",
    "cannot read the audit key %1: %2": "impossibile leggere la chiave di audit %1: %2",
    "the audit key %1 is not a regular file": "la chiave di audit %1 non è un file regolare",
    "the audit key %1 may be read or written by others (mode %2): a key others may read authenticates nothing. Run: chmod 600 %1":
        "la chiave di audit %1 può essere letta o scritta da altri (modo %2): una chiave che altri possono leggere non autentica nulla. Esegui: chmod 600 %1",
    "the audit key %1 is not a key (expected at least 32 hex characters)": "la chiave di audit %1 non è una chiave (attesi almeno 32 caratteri esadecimali)",
    "a sealed secret of the definition does not open with the audit key (another key, or edited)":
        "un segreto sigillato della definizione non si apre con la chiave di audit (un'altra chiave, o modificato)",
    "cannot open the audit trail %1: %2": "impossibile aprire la traccia di audit %1: %2",
    "cannot lock the audit trail %1: %2": "impossibile bloccare la traccia di audit %1: %2",
    "cannot write the audit trail %1: %2": "impossibile scrivere la traccia di audit %1: %2",
    "cannot write the audit trail's head %1": "impossibile scrivere la testa della traccia di audit %1",
    "%1 does not exist": "%1 non esiste",
    "the key %1 (id %2) wrote none of these %3 records (they name key %4): the key was replaced, or it is another trail's key":
        "la chiave %1 (id %2) non ha scritto nessuno di questi %3 record (nominano la chiave %4): la chiave è stata sostituita, o è quella di un'altra traccia",
    "not a record: edited, or cut in the middle of a line": "non è un record: modificato, o troncato a metà riga",
    "record %1 names another key (%2): written with another key, or edited": "il record %1 nomina un'altra chiave (%2): scritto con un'altra chiave, o modificato",
    "record %1 was edited: its content does not match its MAC": "il record %1 è stato modificato: il suo contenuto non corrisponde al suo MAC",
    "record %1 does not follow the record before it: record %2 was replaced": "il record %1 non segue il record precedente: il record %2 è stato sostituito",
    "record %1 comes later, at line %2": "il record %1 viene dopo, alla riga %2",
    "records out of order before record %1: %2": "record fuori ordine prima del record %1: %2",
    "record %1 is missing before this line: removed": "il record %1 manca prima di questa riga: rimosso",
    "records %1 to %2 are missing before this line: removed": "i record da %1 a %2 mancano prima di questa riga: rimossi",
    "record %1 is out of order: it comes after record %2 (moved or copied)": "il record %1 è fuori ordine: viene dopo il record %2 (spostato o copiato)",
    "no head beside the key (%1): whether the trail was cut short cannot be told":
        "nessuna testa accanto alla chiave (%1): non si può dire se la traccia sia stata troncata",
    "the head %1 was edited: it does not match its MAC": "la testa %1 è stata modificata: non corrisponde al suo MAC",
    "cut short: record %1, the last written, is missing at the end": "troncata: il record %1, l'ultimo scritto, manca alla fine",
    "cut short: records %1 to %2 (the last written) are missing at the end": "troncata: i record da %1 a %2 (l'ultimo scritto) mancano alla fine",
    "the last record (%1) is not the one written last": "l'ultimo record (%1) non è quello scritto per ultimo",
    "the head names record %1 but the trail goes on to %2: the head was put back from an older copy":
        "la testa nomina il record %1 ma la traccia prosegue fino a %2: la testa è stata ripristinata da una copia più vecchia",
    "user '%1' is listed in [access] viewers of %2": "l'utente '%1' è elencato in [access] viewers di %2",
    "started read-only": "avviata in sola lettura",
    "refused: this console is read-only (%1); nothing was changed. Act from an operator's console, or with hawanctl as an operator":
        "rifiutato: questa console è in sola lettura (%1); non è stato cambiato nulla. Agisci da una console di un operatore, o con hawanctl come operatore",
    "%1. Actions go on, but are no longer recorded in the audit trail: free the disk, then restart the console.":
        "%1. Le azioni proseguono, ma non sono più registrate nella traccia di audit: libera il disco, poi riavvia la console.",
    "No audit key (%1): actions are not recorded in the audit trail, and the journal's records and saved definitions are not authenticated. See docs/audit.md.":
        "Nessuna chiave di audit (%1): le azioni non sono registrate nella traccia di audit, e i record del journal e le definizioni salvate non sono autenticati. Vedi docs/audit.md.",
    "No audit key (%1): the journal's records are shown without being authenticated.":
        "Nessuna chiave di audit (%1): i record del journal sono mostrati senza essere autenticati.",
    "%1 is back with a stale definition of %2 (restarted on %3 by plan %4): left for an operator's console to remove (this one is read-only)":
        "%1 è tornato con una definizione obsoleta di %2 (riavviata su %3 dal piano %4): lasciata da rimuovere a una console di un operatore (questa è in sola lettura)",
    "not authenticated: its MAC does not match its content (edited, or signed with another key than %1); ignored":
        "non autenticato: il suo MAC non corrisponde al contenuto (modificato, o firmato con una chiave diversa da %1); ignorato",
    "not authenticated: it carries no MAC (written by hand, or before the audit key existed); ignored":
        "non autenticato: non ha un MAC (scritto a mano, o prima che esistesse la chiave di audit); ignorato",
    "a record from another console: %1": "un record da un'altra console: %1",
    "The saved snapshot of this host was refused, so nothing of it is shown or used for a recovery: %1":
        "L'istantanea salvata di questo host è stata rifiutata, quindi nulla di essa è mostrato o usato per un ripristino: %1",
    "not authenticated: its MAC does not match its content (edited, or saved with another key than %1); its VMs and definitions are not used":
        "non autenticata: il suo MAC non corrisponde al contenuto (modificata, o salvata con una chiave diversa da %1); le sue VM e definizioni non sono usate",
    "not authenticated: it carries no MAC (saved before the audit key existed, or written by hand); its VMs and definitions are not used":
        "non autenticata: non ha un MAC (salvata prima che esistesse la chiave di audit, o scritta a mano); le sue VM e definizioni non sono usate",
    "Filter: user, action, VM or host…": "Filtro: utente, azione, VM o host…",
    "Shows the records whose user, action, subject or text contain these words": "Mostra i record il cui utente, azione, oggetto o testo contengono queste parole",
    "Refresh": "Aggiorna",
    "Read the trail again (F5); it is also read every 10 s while shown": "Rileggi la traccia (F5); viene riletta anche ogni 10 s mentre è visibile",
    "Verify": "Verifica",
    "Check every record and the chain between them: says where a record was edited, removed or reordered, or the trail cut short (as 'hawanctl audit verify' does)":
        "Controlla ogni record e la catena tra di essi: dice dove un record è stato modificato, rimosso o riordinato, o la traccia troncata (come 'hawanctl audit verify')",
    "Who": "Chi",
    "Action": "Azione",
    "Subject": "Oggetto",
    "Outcome": "Esito",
    "What happened": "Cosa è successo",
    "No record yet. What operators do with this configuration (from a console, hawanctl or the HA watcher) is recorded here: who, when, what, why and how it ended.":
        "Ancora nessun record. Ciò che gli operatori fanno con questa configurazione (da una console, hawanctl o il sorvegliante HA) è registrato qui: chi, quando, cosa, perché e com'è finita.",
    "Trail %1": "Traccia %1",
    "No audit key (%1): records are shown without being authenticated, and Verify is not possible.":
        "Nessuna chiave di audit (%1): i record sono mostrati senza essere autenticati, e la verifica non è possibile.",
    "%1, pid %2": "%1, pid %2",
    " — why: %1": " — perché: %1",
    "Line %1 is not authentic: edited, or written with another key. Verify tells more.":
        "La riga %1 non è autentica: modificata, o scritta con un'altra chiave. Verifica dice di più.",
    "Verifying %1…": "Verifica di %1…",
    "Audit": "Audit",
    "Audit trail: who did what, when, why and how it ended; Verify checks it was not edited":
        "Traccia di audit: chi ha fatto cosa, quando, perché e com'è finita; Verifica controlla che non sia stata modificata",
    "Read-only: this console changes nothing.": "Sola lettura: questa console non cambia nulla.",
    "Read-only (%1): this console changes nothing; libvirt is opened read-only and the journal only read. Act from an operator's console.":
        "Sola lettura (%1): questa console non cambia nulla; libvirt è aperto in sola lettura e il journal solo letto. Agisci da una console di un operatore.",
    "hawanctl: %1; the trail %2 cannot be verified without the key it was written with":
        "hawanctl: %1; la traccia %2 non si può verificare senza la chiave con cui è stata scritta",
    "line %1: ": "riga %1: ",
    "trail: ": "traccia: ",
    "Intact: every record is authentic and in order, and none is missing at the end.":
        "Integra: ogni record è autentico e in ordine, e non ne manca nessuno alla fine.",
    "hawanctl: --since takes a date (2026-12-05), a date and time (2026-12-05T14:00:00Z) or a duration back from now (30m, 12h, 7d)":
        "hawanctl: --since accetta una data (2026-12-05), una data e ora (2026-12-05T14:00:00Z) o una durata a ritroso da adesso (30m, 12h, 7d)",
    "hawanctl: %1: records are shown without being authenticated": "hawanctl: %1: i record sono mostrati senza essere autenticati",
    "hawanctl: no audit trail at %1 yet: nothing has been done from a console or hawanctl with this configuration":
        "hawanctl: ancora nessuna traccia di audit in %1: nulla è stato fatto da una console o da hawanctl con questa configurazione",
    " (why: %1)": " (perché: %1)",
    "  [NOT AUTHENTIC]": "  [NON AUTENTICO]",
    "Change nothing: libvirt opened read-only, the journal only read; every action is refused (also for users listed in [access] viewers).":
        "Non cambiare nulla: libvirt aperto in sola lettura, il journal solo letto; ogni azione è rifiutata (anche per gli utenti elencati in [access] viewers).",
    "audit show: records since a date, a time or a duration back (30m, 12h, 7d).": "audit show: i record da una data, un'ora o una durata a ritroso (30m, 12h, 7d).",
    "audit show: records of this user.": "audit show: i record di questo utente.",
    "audit show: records of this action (migrate, recover, vm-force-off, maintenance-on…).": "audit show: i record di questa azione (migrate, recover, vm-force-off, maintenance-on…).",
    "audit show: records about this VM, host or site.": "audit show: i record su questa VM, host o sito.",
    "hawanctl: usage: hawanctl audit verify [--json] | hawanctl audit show [--since WHEN] [--user USER] [--what ACTION] [--subject NAME] [--json]":
        "hawanctl: uso: hawanctl audit verify [--json] | hawanctl audit show [--since QUANDO] [--user UTENTE] [--what AZIONE] [--subject NOME] [--json]",
    "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment, drill, audit or ha":
        "status, check-config, migrate, evacuate, recover, return, plans, resume, abort, maintenance, storage, probes, experiment, drill, audit o ha",
    "refused: %1": "rifiutato: %1",
    "host off: %1": "host spento: %1",
    "Watch only: the console changes nothing (libvirt opened read-only, the journal only read); for wall screens and shift crews.":
        "Solo osservazione: la console non cambia nulla (libvirt aperto in sola lettura, il journal solo letto); per schermi a parete e turnisti.",
}

PLURALS_AUDIT = {
    "<b>Intact</b>: %n record(s), every one authentic and in order, none missing at the end (verified %1).":
        (("<b>Intact</b>: %n record, authentic and in order, none missing at the end (verified %1).",
          "<b>Intact</b>: %n records, every one authentic and in order, none missing at the end (verified %1)."),
         ("<b>Integra</b>: %n record, autentico e in ordine, nessuno mancante alla fine (verificata alle %1).",
          "<b>Integra</b>: %n record, tutti autentici e in ordine, nessuno mancante alla fine (verificata alle %1).")),
    "<span style='color:%1'><b>NOT intact</b></span> (%n finding(s)):<br>%2<br>Keep a copy of the file as it is and compare it with a backup.":
        (("<span style='color:%1'><b>NOT intact</b></span> (%n finding):<br>%2<br>Keep a copy of the file as it is and compare it with a backup.",
          "<span style='color:%1'><b>NOT intact</b></span> (%n findings):<br>%2<br>Keep a copy of the file as it is and compare it with a backup."),
         ("<span style='color:%1'><b>NON integra</b></span> (%n rilievo):<br>%2<br>Conserva una copia del file com'è e confrontala con un backup.",
          "<span style='color:%1'><b>NON integra</b></span> (%n rilievi):<br>%2<br>Conserva una copia del file com'è e confrontala con un backup.")),
    "%1: %n record(s), key %2 (id %3)":
        (("%1: %n record, key %2 (id %3)", "%1: %n records, key %2 (id %3)"),
         ("%1: %n record, chiave %2 (id %3)", "%1: %n record, chiave %2 (id %3)")),
    "NOT intact: %n finding(s). Keep a copy of the file as it is; compare it with a backup to see what was changed.":
        (("NOT intact: %n finding. Keep a copy of the file as it is; compare it with a backup to see what was changed.",
          "NOT intact: %n findings. Keep a copy of the file as it is; compare it with a backup to see what was changed."),
         ("NON integra: %n rilievo. Conserva una copia del file com'è; confrontala con un backup per vedere cosa è stato cambiato.",
          "NON integra: %n rilievi. Conserva una copia del file com'è; confrontala con un backup per vedere cosa è stato cambiato.")),
    "No record matches (%n in the trail).":
        (("No record matches (%n in the trail).", "No record matches (%n in the trail)."),
         ("Nessun record corrisponde (%n nella traccia).", "Nessun record corrisponde (%n nella traccia).")),
}
