// Making freshly written machine code visible to instruction fetch.
//
// The C# side calls this after a backend writes code and before it runs it. On x86-64 the caches
// are coherent and the C# side skips the call; on aarch64, ppc64le and others the data cache must
// be cleaned and the instruction cache invalidated for the range, which this compiler builtin does
// (a system call or cache-maintenance instructions, as the target needs).
#include "sb_object.h"

#include <stddef.h>

SB_EXPORT void sb_flush_icache(void *start, size_t length)
{
    __builtin___clear_cache((char *)start, (char *)start + length);
}
