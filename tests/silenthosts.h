#pragma once
// Makes test-driver hosts stop answering, through the libvirt function table: their statistics
// fail on a connection that is no longer alive, and new connections are refused, as when a daemon
// or its network dies. Every other call goes to the real test driver. Construct once per test;
// the table is restored when it goes.
#include "libvirt/api.h"

#include <QString>
#include <QStringList>

#include <libvirt/libvirt.h>

#include <mutex>

namespace hawan::test {

class SilentHosts
{
public:
    SilentHosts()
    {
        set({});
        api().connectGetAllDomainStats = &stats;
        api().connectIsAlive = &alive;
        api().connectOpen = &open;
    }
    // Hosts by fixture file name ("napoli-hv1"); empty: every host answers again.
    static void set(const QStringList &hosts)
    {
        std::lock_guard lock(mutex());
        silent() = hosts;
    }

private:
    static lv::Api &api() { return lv::api(); }
    static std::mutex &mutex()
    {
        static std::mutex m;
        return m;
    }
    static QStringList &silent()
    {
        static QStringList s;
        return s;
    }
    static bool isSilent(const QString &uri)
    {
        std::lock_guard lock(mutex());
        for (const QString &h : std::as_const(silent()))
            if (uri.contains(h + QLatin1String(".xml")))
                return true;
        return false;
    }
    static bool isSilent(virConnectPtr conn)
    {
        char *uri = virConnectGetURI(conn);
        const bool s = isSilent(QString::fromUtf8(uri ? uri : ""));
        free(uri);
        return s;
    }
    static int stats(virConnectPtr conn, unsigned int groups, virDomainStatsRecordPtr **records, unsigned int flags)
    {
        return isSilent(conn) ? -1 : virConnectGetAllDomainStats(conn, groups, records, flags);
    }
    static int alive(virConnectPtr conn) { return isSilent(conn) ? 0 : virConnectIsAlive(conn); }
    static virConnectPtr open(const char *uri) { return isSilent(QString::fromUtf8(uri)) ? nullptr : virConnectOpen(uri); }

    lv::ApiOverride m_restore;
};

} // namespace hawan::test
