# Italian for the OpenStack source (issue 17).
IT_CLOUD = {
    "the name of a [[cloud]] this host is a compute host of": "il nome di un [[cloud]] di cui questo host è un host di calcolo",
    'no [[cloud]] named \'%1\': add one (kind = "openstack", cloud = "<clouds.yaml entry>")':
        'nessun [[cloud]] di nome \'%1\': aggiungine uno (kind = "openstack", cloud = "<voce di clouds.yaml>")',
    "no [[cloud]] named '%1'; clouds: %2": "nessun [[cloud]] di nome '%1'; cloud: %2",
    'the name its hosts give as cloud = "..."': 'il nome che i suoi host indicano come cloud = "..."',
    "duplicate cloud name '%1'": "nome di cloud duplicato '%1'",
    'unknown cloud kind \'%1\'; the one kind is "openstack"': 'tipo di cloud sconosciuto \'%1\'; l\'unico tipo è "openstack"',
    "the entry of clouds.yaml with its auth, as for 'openstack --os-cloud'":
        "la voce di clouds.yaml con le sue credenziali, come per 'openstack --os-cloud'",
    "a clouds.yaml file; default: the places openstack looks": "un file clouds.yaml; predefinito: dove lo cerca openstack",
    "region name; default: the entry's region_name": "nome della regione; predefinito: il region_name della voce",
    "'%1' is not an endpoint interface; use public, internal or admin": "'%1' non è un'interfaccia di endpoint; usa public, internal o admin",
    'site = "availability zone", e.g. { Roma1 = "roma1" }': 'sito = "zona di disponibilità", ad es. { Roma1 = "roma1" }',
    "must be an availability zone's name": "deve essere il nome di una zona di disponibilità",
    "line %1: a tab in the indentation (YAML indents with spaces)": "riga %1: una tabulazione nel rientro (YAML rientra con spazi)",
    "line %1: expected 'key: value'": "riga %1: atteso 'chiave: valore'",
    "line %1: '%2' uses YAML that Hawan does not read (flow mappings, anchors, block scalars); write 'key: value' lines":
        "riga %1: '%2' usa YAML che Hawan non legge (mappe in linea, ancore, scalari a blocco); scrivi righe 'chiave: valore'",
    "%1 has no cloud '%2'%3": "%1 non ha il cloud '%2'%3",
    " (no 'clouds:' mapping)": " (nessuna mappa 'clouds:')",
    "; it has: %1": "; ha: %1",
    "%1, cloud '%2': no auth.auth_url": "%1, cloud '%2': manca auth.auth_url",
    "%1, cloud '%2': auth_type '%3' is not supported (password or v3applicationcredential)":
        "%1, cloud '%2': auth_type '%3' non è supportato (password o v3applicationcredential)",
    "%1, cloud '%2': an application credential needs application_credential_id (or _name) and application_credential_secret":
        "%1, cloud '%2': una credenziale applicativa richiede application_credential_id (o _name) e application_credential_secret",
    "%1, cloud '%2': password auth needs auth.username and auth.password (or use an application credential)":
        "%1, cloud '%2': l'accesso con password richiede auth.username e auth.password (oppure usa una credenziale applicativa)",
    "%1, cloud '%2': no auth.project_name (a token without a project has no service catalog)":
        "%1, cloud '%2': manca auth.project_name (un token senza progetto non ha catalogo dei servizi)",
    "cannot read %1: %2": "impossibile leggere %1: %2",
    "no clouds.yaml found (looked at %1): give clouds_yaml in [[cloud]]": "nessun clouds.yaml trovato (cercato in %1): indica clouds_yaml in [[cloud]]",
    "not JSON (%1 at byte %2)": "non è JSON (%1 al byte %2)",
    "not a JSON object": "non è un oggetto JSON",
    'no "%1" list in the answer': 'nessuna lista "%1" nella risposta',
    "Keystone answered without a token (no X-Subject-Token header)": "Keystone ha risposto senza token (nessuna intestazione X-Subject-Token)",
    "Keystone's token answer: %1": "risposta di Keystone al token: %1",
    'Keystone\'s token answer has no "token"': 'la risposta di Keystone al token non ha "token"',
    "Keystone's token has no service catalog: scope it to a project (project_name in clouds.yaml)":
        "il token di Keystone non ha catalogo dei servizi: limitalo a un progetto (project_name in clouds.yaml)",
    "Nova's server list: %1": "elenco dei server di Nova: %1",
    "Nova's server: %1": "server di Nova: %1",
    "Nova's answer has no server": "la risposta di Nova non contiene il server",
    "Nova's compute services: %1": "servizi di calcolo di Nova: %1",
    "Nova's hypervisors: %1": "hypervisor di Nova: %1",
    "Nova's migrations: %1": "migrazioni di Nova: %1",
    "%1 failed (Nova's logs say why)": "%1 non riuscito (i log di Nova dicono perché)",
    "HTTP %1": "HTTP %1",
    "%1 (HTTP %2)": "%1 (HTTP %2)",
    "Cloud '%1': Nova lists only this project's servers to these credentials (not an admin): other projects' VMs are not shown":
        "Cloud '%1': con queste credenziali (non di amministratore) Nova elenca solo i server di questo progetto: le VM degli altri progetti non sono mostrate",
    "cloud '%1' does not answer: %2": "il cloud '%1' non risponde: %2",
    "cloud '%1' has no compute service on a host named '%2' (openstack compute service list)":
        "il cloud '%1' non ha un servizio di calcolo su un host di nome '%2' (openstack compute service list)",
    "Nova: compute service forced down (its host was fenced)": "Nova: servizio di calcolo forzato giù (il suo host è stato isolato)",
    "Nova: compute service down (no heartbeat since %1)": "Nova: servizio di calcolo giù (nessun heartbeat dalle %1)",
    "Nova: compute service disabled (no new servers placed here)": "Nova: servizio di calcolo disabilitato (nessun nuovo server collocato qui)",
    "Nova: compute service disabled: %1": "Nova: servizio di calcolo disabilitato: %1",
    "compute service in zone %1": "servizio di calcolo nella zona %1",
    'Cloud \'%1\': compute host \'%2\' (zone %3) is on no site: add a [[host]] with cloud = "%1"':
        'Cloud \'%1\': l\'host di calcolo \'%2\' (zona %3) non è in alcun sito: aggiungi un [[host]] con cloud = "%1"',
    'Cloud \'%1\': compute host \'%2\' of zone %3 (site %4) is not in the configuration: add a [[host]] with site = "%4" and cloud = "%1"':
        'Cloud \'%1\': l\'host di calcolo \'%2\' della zona %3 (sito %4) non è nella configurazione: aggiungi un [[host]] con site = "%4" e cloud = "%1"',
    "cloud '%1' has no compute service on '%2'": "il cloud '%1' non ha un servizio di calcolo su '%2'",
    "Nova refused: %1": "Nova ha rifiutato: %1",
    "%1 is back (its compute service reports again): clearing Nova's forced-down; it stays disabled until brought back":
        "%1 è tornato (il suo servizio di calcolo risponde di nuovo): tolgo il forzato giù in Nova; resta disabilitato finché non viene riportato in servizio",
    "%1: clearing forced-down failed, tried again at the next heartbeat: %2":
        "%1: togliere il forzato giù non è riuscito, si riprova al prossimo heartbeat: %2",
    "the cloud source is gone": "la sorgente cloud non c'è più",
    "Nova manages this VM: create and delete its servers through OpenStack (openstack server create/delete), not here":
        "Nova gestisce questa VM: crea ed elimina i suoi server tramite OpenStack (openstack server create/delete), non qui",
    "accepted by Nova": "accettato da Nova",
    "Keystone at %1 did not answer: %2": "Keystone su %1 non ha risposto: %2",
    "Keystone refused the credentials of cloud '%1' (%2): %3": "Keystone ha rifiutato le credenziali del cloud '%1' (%2): %3",
    "the service catalog has no %1 compute endpoint%2": "il catalogo dei servizi non ha un endpoint compute %1%2",
    " in region %1": " nella regione %1",
    "Evacuate %1 from %2 (through Nova, scheduler's choice)": "Evacua %1 da %2 (tramite Nova, a scelta dello scheduler)",
    "Evacuate %1 from %2 to %3 (through Nova)": "Evacua %1 da %2 a %3 (tramite Nova)",
    "no cloud source for this host": "nessuna sorgente cloud per questo host",
    "forcing %1's compute service down": "forzo giù il servizio di calcolo di %1",
    "could not force %1's compute service down, nothing evacuated: %2": "impossibile forzare giù il servizio di calcolo di %1, nulla evacuato: %2",
    "cancelled before Nova was asked; %1 stays on %2": "annullato prima di chiedere a Nova; %1 resta su %2",
    "asking Nova to evacuate": "chiedo a Nova di evacuare",
    "Nova refused the evacuation: %1": "Nova ha rifiutato l'evacuazione: %1",
    "rebuilding": "ricostruzione",
    "Nova has not finished rebuilding %1 after %2 s: see 'openstack server show %3'":
        "Nova non ha finito di ricostruire %1 dopo %2 s: vedi 'openstack server show %3'",
    "Nova put %1 in ERROR: %2": "Nova ha messo %1 in ERROR: %2",
    "no fault given": "nessun errore indicato",
    "rebuilt by Nova, ACTIVE on %1": "ricostruito da Nova, ACTIVE su %1",
    "Nova's evacuation of %1 ended '%2'%3: see 'openstack server event list %4'":
        "l'evacuazione di %1 da parte di Nova è finita '%2'%3: vedi 'openstack server event list %4'",
    " (no destination found)": " (nessuna destinazione trovata)",
    " on %1": " su %1",
    "Migrate %1 from %2 (through Nova, scheduler's choice)": "Migra %1 da %2 (tramite Nova, a scelta dello scheduler)",
    "Migrate %1 from %2 to %3 (through Nova)": "Migra %1 da %2 a %3 (tramite Nova)",
    "Nova refused the live migration: %1": "Nova ha rifiutato la migrazione live: %1",
    "abort refused by Nova: %1": "interruzione rifiutata da Nova: %1",
    "Nova no longer knows this server (deleted while it migrated?)": "Nova non conosce più questo server (eliminato durante la migrazione?)",
    "Nova completed it before the abort took effect; now on %1": "Nova l'ha completata prima che l'interruzione avesse effetto; ora su %1",
    "now on %1 (Nova's record)": "ora su %1 (secondo Nova)",
    "aborted in Nova; still on %1": "interrotta in Nova; ancora su %1",
    "Nova ended the live migration with the server still on %1": "Nova ha concluso la migrazione live con il server ancora su %1",
    "Nova's scheduler found no valid destination (status '%1'): the target must be up, enabled, have room, and be in the server's availability zone if it was created in one":
        "lo scheduler di Nova non ha trovato una destinazione valida (stato '%1'): la destinazione deve essere attiva, abilitata, avere spazio ed essere nella zona di disponibilità del server se è stato creato in una",
    "Nova's live migration to %1 ended '%2'; the server stays on %3 (nova-compute's log on %3 says why)":
        "la migrazione live di Nova verso %1 è finita '%2'; il server resta su %3 (il log di nova-compute su %3 dice perché)",
    "%1: compute service disabled in Nova": "%1: servizio di calcolo disabilitato in Nova",
    "%1: compute service enabled in Nova": "%1: servizio di calcolo abilitato in Nova",
    "%1: Nova did not %2 its compute service: %3": "%1: Nova non ha potuto %2 il suo servizio di calcolo: %3",
    "disable": "disabilitare",
    "enable": "abilitare",
    "%1 is a compute host of cloud '%2': only its servers go there, through Nova": "%1 è un host di calcolo del cloud '%2': vi vanno solo i suoi server, tramite Nova",
    "%1 is not a compute host of cloud '%2': Nova moves its servers only between its own hosts":
        "%1 non è un host di calcolo del cloud '%2': Nova sposta i suoi server solo tra i propri host",
    "a cloud's server is recovered by Nova's evacuate, not restarted from a domain definition":
        "un server di un cloud si recupera con l'evacuate di Nova, non riavviandolo da una definizione di dominio",
    "no cloud source for cloud '%1'": "nessuna sorgente per il cloud '%1'",
    "%1 is up (%2, %3)": "%1 è attivo (%2, %3)",
    "hawanctl: %1 is marked %2 here, but Nova did not %3 its compute service: %4":
        "hawanctl: %1 è segnato %2 qui, ma Nova non ha potuto %3 il suo servizio di calcolo: %4",
    "out of maintenance": "fuori manutenzione",
    "%1 vCPUs (%2)": "%1 vCPU (%2)",
    "not read: cloud '%1' reports this host": "non letto: questo host lo riporta il cloud '%1'",
    "Live migration keeps the VM running. Cloud '%1' carries it out through Nova (os-migrateLive), with Nova's own stream settings; closing Hawan does not stop it, and Nova keeps its record of where the server runs.":
        "La migrazione live mantiene la VM in esecuzione. Il cloud '%1' la esegue tramite Nova (os-migrateLive), con le impostazioni di flusso di Nova; chiudere Hawan non la ferma, e Nova tiene traccia di dove gira il server.",
    "; a live migration of %1 from it is in flight: its nova-compute may only be busy in it, check before recovering":
        "; è in corso una migrazione live di %1 da questo host: il suo nova-compute potrebbe essere solo occupato in essa, verificare prima di recuperare",
    "Nova's answer was not understood: %1": "risposta di Nova non compresa: %1",
    "Nova reports the server in ERROR on %1": "Nova riporta il server in ERROR su %1",
    "Nova reports the server in ERROR on %1: %2": "Nova riporta il server in ERROR su %1: %2",
    "Nova has it on %1, neither %2 nor %3": "Nova lo ha su %1, né su %2 né su %3",
    "asking Nova": "richiesta a Nova",
    "Nova: %1": "Nova: %1",
    "reading %1's migration on %2": "lettura della migrazione di %1 su %2",
    "%1: Nova counts its compute service down while it live-migrates %2; not recovered while that runs (recover by hand if the host is really dead)":
        "%1: Nova considera giù il suo servizio di calcolo mentre migra live %2; non recuperato finché questa è in corso (recuperare a mano se l'host è davvero morto)",
    "%1 runs on %2; %3's daemon never answered the migrate call (the job ended on where the VM runs)":
        "%1 gira su %2; il demone di %3 non ha mai risposto alla chiamata di migrazione (il job si è concluso in base a dove gira la VM)",
    "%1 still runs on %2 and not on %3; %2's daemon ended the migration without answering the migrate call":
        "%1 gira ancora su %2 e non su %3; il demone di %2 ha chiuso la migrazione senza rispondere alla chiamata di migrazione",
    "Iteration %1 · ": "Iterazione %1 · ",
    "%1 sent · %2 remaining · %3": "%1 inviati · %2 rimanenti · %3",
    " · memory dirtied at %1": " · memoria sporcata a %1",
    " · %1 s": " · %1 s",
    "iteration %1  ": "iterazione %1  ",
    "sent %1 MiB  remaining %2 MiB  %3 MiB/s%4%5": "inviati %1 MiB  rimanenti %2 MiB  %3 MiB/s%4%5",
    "%1 (Nova: %2)": "%1 (Nova: %2)",
}
PLURALS_CLOUD = {}
