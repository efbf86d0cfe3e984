#pragma once
// hawanctl audit verify | show: the audit trail (backend/audit) checked record by record and chain
// link by chain link, or printed with filters.
#include <QString>

namespace hawan::core { class Fleet; }

namespace hawanctl {

struct AuditFilter
{
    QString since;   // ISO 8601 date/time, or a duration back from now: 30m, 12h, 7d
    QString user, what, subject; // substrings, case-insensitive
    bool json = false;
};

int auditVerify(hawan::core::Fleet &fleet, bool json);
int auditShow(hawan::core::Fleet &fleet, const AuditFilter &filter);

} // namespace hawanctl
