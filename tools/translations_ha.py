# Italian for the HA watcher, the recovery leases, deadlines and the files written private
# (issue 15).
IT_HA = {
    "cannot make %1 private: %2": "impossibile rendere privato %1: %2",
    "automatic recovery": "ripristino automatico",
    "a directory every console and watcher reaches (on the shared volume)": "una directory raggiungibile da ogni console e sorvegliante (sul volume condiviso)",
    "must be an absolute path": "deve essere un percorso assoluto",
    "3 to 600 seconds": "da 3 a 600 secondi",
    "%1 is out of range; valid: 3 to 600 seconds": "%1 è fuori intervallo; validi: da 3 a 600 secondi",
    "a command that exits 0 when this side may act for a silent site": "un comando che esce con 0 quando questo lato può agire per un sito silenzioso",
    'a VM name or a pattern such as "web-*"': 'un nome di VM o un modello come "web-*"',
    "-1000 to 1000; higher first": "da -1000 a 1000; prima i più alti",
    "%1 is out of range; valid: -1000 to 1000": "%1 è fuori intervallo; validi: da -1000 a 1000",
    'host names, e.g. ["napoli-hv2"]': 'nomi di host, ad es. ["napoli-hv2"]',
    "every element must be a host name": "ogni elemento deve essere un nome di host",
    "unknown host '%1'": "host '%1' sconosciuto",
    "the fence command did not finish within 2 minutes or was killed, with everything it started: the host's power state is unknown (it may still be on); check it at its power controller before restarting its VMs anywhere%1":
        "il comando di fencing non è terminato entro 2 minuti o è stato ucciso, con tutto ciò che aveva avviato: lo stato di alimentazione dell'host è sconosciuto (potrebbe essere ancora acceso); verificalo al suo controller di alimentazione prima di riavviare le sue VM altrove%1",
    "a process that has not said who it is": "un processo che non ha detto chi è",
    "%1 (pid %2 on %3": "%1 (pid %2 su %3",
    " since %1 UTC": " dalle %1 UTC",
    "cannot create the lease directory %1": "impossibile creare la directory dei lease %1",
    "cannot open %1: %2": "impossibile aprire %1: %2",
    "cannot lock %1: %2": "impossibile bloccare %1: %2",
    "cannot test the lock of %1: %2": "impossibile verificare il blocco di %1: %2",
    "cannot write the lease: %1": "impossibile scrivere il lease: %1",
    "Take the lease of %1": "Prendi il lease di %1",
    "taking the lease": "presa del lease",
    "the lease directory %1 did not answer within %2 s: nothing was done": "la directory dei lease %1 non ha risposto entro %2 s: non è stato fatto nulla",
    "held": "tenuto",
    "the recovery of %1 is held by %2": "il ripristino di %1 è tenuto da %2",
    "cannot take the lease of %1: %2": "impossibile prendere il lease di %1: %2",
    "%1; nothing was done": "%1; non è stato fatto nulla",
    "hawanctl: %1 has not ended %2 s after its time limit (a daemon does not answer the abort); where %3 runs is not known: see 'hawanctl status'":
        "hawanctl: %1 non è terminata %2 s dopo il suo limite di tempo (un demone non risponde all'annullamento); non si sa dove sia in esecuzione %3: vedi 'hawanctl status'",
}

PLURALS_HA = {
}
