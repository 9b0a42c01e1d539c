// The 32-bit loader hosts stencils compiled for i686-pc-windows-msvc, which read the runtime's
// structs at MSVC's offsets: int64_t and double members on 8-byte boundaries (i386 Linux puts them
// on 4, so SbObject would be 12 bytes, not 16). The loader's build passes -malign-double for that;
// these assertions stop a build without it, naming the struct. Empty in every other build.
#include <stddef.h>

#include "sb_runtime.h"

#if defined(__i386__)
#define SB_MSVC(T, f, offset) _Static_assert(offsetof(T, f) == (offset), #T "." #f ": not at MSVC's i686 offset " #offset " (build the 32-bit runtime with -malign-double)")
#define SB_MSVC_SIZE(T, size) _Static_assert(sizeof(T) == (size), "sizeof " #T ": not MSVC's i686 size " #size " (build the 32-bit runtime with -malign-double)")
SB_MSVC_SIZE(SbObject, 16);
SB_MSVC(SbObject, ob_type, 8);
SB_MSVC(SbType, kind, 8);
SB_MSVC(SbIntObject, value, 16);
SB_MSVC(SbIntObject, ndigits, 24);
SB_MSVC(SbIntObject, digits, 32);
SB_MSVC(SbFloatObject, value, 16);
SB_MSVC(SbListObject, size, 16);
SB_MSVC(SbListObject, items, 32);
SB_MSVC(SbTupleObject, items, 24);
SB_MSVC(SbRangeObject, length, 40);
SB_MSVC(SbRangeIterObject, len, 32);
SB_MSVC(SbListIterObject, seq, 24);
SB_MSVC(SbFrame, instr_ptr, 8);
SB_MSVC(SbFrame, nlocals, 16);
SB_MSVC(SbFrame, localsplus, 24);
SB_MSVC_SIZE(SbThreadState, 48);
SB_MSVC(SbBuiltinObject, flags, 24);
SB_MSVC(SbUopInstruction, operand0, 16);
SB_MSVC_SIZE(SbUopInstruction, 24);
SB_MSVC(SbBinaryOpDescr, msabi_guard, 12);
SB_MSVC(SbBinaryOpDescr, msabi_action, 16);
#endif

// ISO C wants a translation unit to declare something.
typedef int sb_loader_msvc_layout_unit;
