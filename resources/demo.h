#pragma once
// The bundled demo topology (libvirt test-driver hosts) and the icon set, compiled into the
// binaries as Qt resources.
#include <QString>

namespace hawan::resources {

void init(); // registers the resources of this static library; idempotent
// Installs Qt's and Hawan's catalogues for the user's locale; English (with its plural forms)
// when the locale has none. Call once, after the application object exists.
void installTranslators();
// Copies the demo's config and host files to `dir` and returns the config's path ("" on error).
QString extractDemo(const QString &dir, QString *error = nullptr);

} // namespace hawan::resources
