#pragma once
// main() for Hawan's Qt tests: keeps Qt off GLib's default context (libvirt iterates it), starts
// libvirt's event loop, and isolates settings and caches in test mode.
#include "demo.h"
#include "libvirt/eventloop.h"

#include <QStandardPaths>
#include <QTest>

#define HAWAN_TEST_MAIN(TestClass, AppClass)                                   \
    int main(int argc, char **argv)                                            \
    {                                                                          \
        hawan::lv::prepareProcess();                                           \
        hawan::lv::ensureEventLoop();                                          \
        QStandardPaths::setTestModeEnabled(true);                              \
        AppClass app(argc, argv);                                              \
        app.setOrganizationName(QStringLiteral("hawan-tests"));                \
        app.setApplicationName(QStringLiteral(#TestClass));                    \
        hawan::resources::installTranslators();                                \
        TestClass tc;                                                          \
        return QTest::qExec(&tc, argc, argv);                                  \
    }
