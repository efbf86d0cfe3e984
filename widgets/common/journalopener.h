#pragma once
// Opening the journal at start without freezing the console: the journal is read (and, when it
// has grown large, compacted) on a thread of its own, and a notice appears if that takes long.
#include "jobs/journal.h"

#include <functional>
#include <memory>

namespace hawan::widgets {

// Opens `path` on another thread and hands the journal to the GUI thread. Events keep flowing
// meanwhile; after a second a notice says what Hawan waits for, and after ten that the disk does
// not answer, with a Quit button (a read stuck in a hung filesystem cannot be called back, so
// Quit ends the process). Nothing acts before the journal is read.
// `open` opens it (core::Fleet::openJournal: with the audit key, read-only for a viewer); by
// default a plain journal at `path`. `path` names it in the notice.
std::unique_ptr<jobs::Journal> openJournalWithoutFreezing(const QString &path,
                                                          std::function<std::unique_ptr<jobs::Journal>()> open = {});

} // namespace hawan::widgets
