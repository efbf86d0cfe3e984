#pragma once
// Opening the journal at start without freezing the console: the journal is read (and, when it
// has grown large, compacted) on a thread of its own, and a notice appears if that takes long.
#include "jobs/journal.h"

#include <memory>

namespace hawan::widgets {

// Opens `path` on another thread and hands the journal to the GUI thread. Events keep flowing
// meanwhile; after a second a notice says what Hawan waits for, and after ten that the disk does
// not answer, with a Quit button (a read stuck in a hung filesystem cannot be called back, so
// Quit ends the process). Nothing acts before the journal is read.
// `readOnlyRefusal` non-empty: a viewer's journal, opened for reading (jobs::Journal's second form).
std::unique_ptr<jobs::Journal> openJournalWithoutFreezing(const QString &path, const QString &readOnlyRefusal = {});

} // namespace hawan::widgets
