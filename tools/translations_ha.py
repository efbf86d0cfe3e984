# Italian for the HA watcher, the recovery leases, deadlines and the files written private
# (issue 15).
IT_HA = {
    "cannot make %1 private: %2": "impossibile rendere privato %1: %2",
}

PLURALS_HA = {
}
