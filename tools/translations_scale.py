# Italian for the national-network overview and the scale work (issue 18).
IT_SCALE = {
    "%1/%2 hosts up": "%1/%2 host attivi",
    "%1 unreachable": "%1 irraggiungibili",
    "%1 connecting": "%1 in connessione",
    "%1 in maintenance": "%1 in manutenzione",
    "%1/%2 VMs running": "%1/%2 VM in esecuzione",
    "%1 unknown": "%1 sconosciute",
    "%1 crashed": "%1 andate in crash",
    "%1 → %2: %3": "%1 → %2: %3",
    "%1, host %2": "%1, host %2",
    "Open %1": "Apri %1",
    "Show the site's hosts and VMs (Enter); Esc comes back to all sites":
        "Mostra gli host e le VM del sito (Invio); Esc torna a tutti i siti",
    "Click (or Enter) to see its hosts and VMs.": "Clic (o Invio) per vederne gli host e le VM.",
    "Find “%1”: %2 (Enter opens it, Esc clears)": "Trova «%1»: %2 (Invio lo apre, Esc cancella)",
    "Find “%1”: no site, host or VM has it in its name (Backspace, Esc clears)":
        "Trova «%1»: nessun sito, host o VM lo ha nel nome (Backspace, Esc cancella)",
    "cut": "interrotto",
    "degraded": "degradato",
    "healthy": "in salute",
    "fault": "guasto",
    "cut off": "isolato",
    "measuring": "in misura",
    "no probe": "nessuna sonda",
    "probe error": "errore della sonda",
    "%1 ms": "%1 ms",
    "◐ %1 → %2 · finishing (the next move sets up meanwhile)": "◐ %1 → %2 · in chiusura (intanto si prepara lo spostamento successivo)",
}

PLURALS_SCALE = {
    "%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms.":
        (("%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms.",
          "%n more not listed here: acknowledge or shelve those above, or list them all with hawanctl alarms."),
         ("%n altro non elencato qui: riconosci o accantona quelli sopra, o elencali tutti con hawanctl alarms.",
          "%n altri non elencati qui: riconosci o accantona quelli sopra, o elencali tutti con hawanctl alarms.")),
    "%n sites. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM.":
        (("%n site. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM.",
          "%n sites. Click a site, or move with the arrow keys and press Enter, to see its hosts. Type to find a site, host or VM."),
         ("%n sito. Fai clic su un sito, o spostati con le frecce e premi Invio, per vederne gli host. Digita per trovare un sito, un host o una VM.",
          "%n siti. Fai clic su un sito, o spostati con le frecce e premi Invio, per vederne gli host. Digita per trovare un sito, un host o una VM.")),
    "◀  All %n sites (Esc)":
        (("◀  All %n site (Esc)", "◀  All %n sites (Esc)"),
         ("◀  Tutti i %n siti (Esc)", "◀  Tutti i %n siti (Esc)")),
}
