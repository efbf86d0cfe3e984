#pragma once
// Every libvirt entry point that reaches a daemon (the host sessions, migration, restart, locating
// a VM), as one table of function pointers. Production uses libvirt's own functions; a test swaps single entries to make
// a call fail, hang or answer garbage, while every other call still goes to real libvirt (the test
// driver or real daemons), as multipass swaps entries of its backend's function table.
#include "libvirt/guard.h"

#include <libvirt/libvirt.h>

namespace hawan::lv {

struct Api
{
    decltype(&virConnectOpen) connectOpen = &virConnectOpen;
    decltype(&virConnectOpenReadOnly) connectOpenReadOnly = &virConnectOpenReadOnly;
    decltype(&virDomainLookupByUUIDString) domainLookupByUUIDString = &virDomainLookupByUUIDString;
    decltype(&virDomainIsActive) domainIsActive = &virDomainIsActive;
    decltype(&virDomainIsPersistent) domainIsPersistent = &virDomainIsPersistent;
    decltype(&virDomainGetState) domainGetState = &virDomainGetState;
    decltype(&virDomainGetJobInfo) domainGetJobInfo = &virDomainGetJobInfo;
    decltype(&virDomainGetJobStats) domainGetJobStats = &virDomainGetJobStats;
    decltype(&virDomainMigrateToURI3) domainMigrateToURI3 = &virDomainMigrateToURI3;
    decltype(&virDomainAbortJob) domainAbortJob = &virDomainAbortJob;
    decltype(&virDomainMigrateSetMaxSpeed) domainMigrateSetMaxSpeed = &virDomainMigrateSetMaxSpeed;
    decltype(&virDomainMigrateSetMaxDowntime) domainMigrateSetMaxDowntime = &virDomainMigrateSetMaxDowntime;
    decltype(&virDomainMigrateStartPostCopy) domainMigrateStartPostCopy = &virDomainMigrateStartPostCopy;
    decltype(&virDomainDefineXML) domainDefineXML = &virDomainDefineXML;
    decltype(&virDomainCreate) domainCreate = &virDomainCreate;
    decltype(&virDomainGetUUIDString) domainGetUUIDString = &virDomainGetUUIDString;
    // The host session (libvirt/hostsession.cpp): every call that goes to the daemon.
    decltype(&virNodeGetInfo) nodeGetInfo = &virNodeGetInfo;
    decltype(&virConnectGetHostname) connectGetHostname = &virConnectGetHostname;
    decltype(&virConnectGetVersion) connectGetVersion = &virConnectGetVersion;
    decltype(&virConnectGetLibVersion) connectGetLibVersion = &virConnectGetLibVersion;
    decltype(&virConnectIsAlive) connectIsAlive = &virConnectIsAlive;
    decltype(&virConnectGetAllDomainStats) connectGetAllDomainStats = &virConnectGetAllDomainStats;
    decltype(&virDomainGetXMLDesc) domainGetXMLDesc = &virDomainGetXMLDesc;
    decltype(&virConnectListAllStoragePools) connectListAllStoragePools = &virConnectListAllStoragePools;
    decltype(&virStoragePoolGetInfo) storagePoolGetInfo = &virStoragePoolGetInfo;
    decltype(&virStoragePoolGetXMLDesc) storagePoolGetXMLDesc = &virStoragePoolGetXMLDesc;
    decltype(&virDomainSuspend) domainSuspend = &virDomainSuspend;
    decltype(&virDomainResume) domainResume = &virDomainResume;
    decltype(&virDomainShutdown) domainShutdown = &virDomainShutdown;
    decltype(&virDomainDestroy) domainDestroy = &virDomainDestroy;
    decltype(&virDomainUndefine) domainUndefine = &virDomainUndefine;
};

// The table in force. Read on any thread; change entries only while no job runs (tests).
Api &api();

// Restores the whole table when it goes out of scope: a test's faults never leak into the next.
class ApiOverride
{
public:
    ApiOverride() : m_saved(api()) {}
    ~ApiOverride() { api() = m_saved; }
    ApiOverride(const ApiOverride &) = delete;
    ApiOverride &operator=(const ApiOverride &) = delete;

private:
    Api m_saved;
};

} // namespace hawan::lv
