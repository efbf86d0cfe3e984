#pragma once
// Included first by every header of backend/libvirt/ that pulls in libvirt's own headers. The
// front ends' targets define HAWAN_NO_LIBVIRT_HEADERS (CMake): should one of their files reach
// such a header, directly or through another backend header, the build stops here.
#ifdef HAWAN_NO_LIBVIRT_HEADERS
#error "libvirt headers are private to backend/libvirt/: widgets and front ends see value types only (model/)"
#endif
