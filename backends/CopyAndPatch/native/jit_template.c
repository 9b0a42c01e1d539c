// The copy-and-patch stencil template (CPython's Tools/jit/template.c, in miniature).
//
// Compiled once per uop, the uop chosen with -D_JIT_OPCODE=<id>: the switch below keeps only
// that uop's case. Every value known only when a trace is compiled is the address of an extern
// symbol, so clang leaves a relocation -- a hole -- that the copy-and-patch backend fills in:
//   _JIT_OPARG, _JIT_TARGET        the instruction's 16/32-bit fields, burned in as immediates
//   _JIT_OPERAND0                  its 64-bit operand, burned in as an immediate
//   _JIT_CONTINUE                  the next uop's code (a tail call; dropped when it falls through)
//   _JIT_JUMP_TARGET               the code of the uop a failed guard or a jump goes to
//   _JIT_ERROR_TARGET              the code of the uop an error goes to
// The runtime's functions and data (sb_int_add, _SbSmallInts, SbInt_Type...) are holes too.
//
// Each stencil is a preserve_none function: frame, stack_pointer and tstate stay in registers
// from one uop to the next, and no uop saves registers it does not use itself.
//
// Built with -DSB_JIT_NO_BURN_IN (the noburnin flavour), nothing of the instruction is burned in:
// oparg, operand, target and the jump and error targets are read from its record (jit_record.h),
// and only the continuation and the runtime's symbols remain holes.
#include "sb_runtime.h"

// Holes whose value always fits 32 bits are declared one byte long, so that the target's
// code model (see the target's flags, e.g. -mlarge-data-threshold on x86-64) reaches them with a
// 32-bit immediate; every other symbol has an unknown or larger size and gets a full-width one.
// Not const: the operand may be an object the uop writes to (its reference count), and clang
// would drop a store through a pointer to a const object.
// Hidden visibility makes them absolute immediates on x86-64 ELF only; elsewhere it would make
// them PC-relative (the value would have to lie near the code), so targets that define
// SB_JIT_GOT_HOLES (see the target's flags) read each value from a GOT slot in the data instead.
// On Windows the GOT slot is an import's: dllimport reads the value through __imp_<name>.
#if defined(SB_JIT_GOT_HOLES) && defined(_WIN32)
#define SB_JIT_HOLE __attribute__((dllimport))
#elif defined(SB_JIT_GOT_HOLES)
#define SB_JIT_HOLE
#else
#define SB_JIT_HOLE __attribute__((visibility("hidden")))
#endif
extern char _JIT_OPARG[1] SB_JIT_HOLE;
extern char _JIT_TARGET[1] SB_JIT_HOLE;
extern char _JIT_OPERAND0[] SB_JIT_HOLE;

#define SB_JIT_CC __attribute__((preserve_none))

#ifndef SB_JIT_NO_BURN_IN
#define SB_JIT_PARAMS SbFrame *frame, SbObject **stack_pointer, SbThreadState *tstate
#define SB_JIT_ARGS frame, stack_pointer, tstate
#else
#include "jit_record.h"
#define SB_JIT_PARAMS SbFrame *frame, SbObject **stack_pointer, SbThreadState *tstate, SB_JIT_RECORD_PARAMS
#define SB_JIT_ARGS frame, stack_pointer, tstate, sb_jit_record + 1, sb_jit_records
#endif

// A continuation: a tail call that keeps frame, stack_pointer and tstate where they are.
// Hidden visibility makes it a direct, PC-relative jump (no GOT) the backend can patch or drop.
#define PATCH_JUMP(ALIAS)                                                                      \
    do {                                                                                       \
        extern SB_JIT_CC int64_t ALIAS(SB_JIT_PARAMS) __attribute__((visibility("hidden")));   \
        __attribute__((musttail)) return ALIAS(SB_JIT_ARGS);                                   \
    } while (0)

#ifndef SB_JIT_NO_BURN_IN
#define CURRENT_OPARG() ((uint16_t)(uintptr_t)_JIT_OPARG)
#define CURRENT_OPERAND0() ((uint64_t)(uintptr_t)_JIT_OPERAND0)
#define CURRENT_TARGET() ((uint32_t)(uintptr_t)_JIT_TARGET)
#define JUMP_TO_JUMP_TARGET() PATCH_JUMP(_JIT_JUMP_TARGET)
#define JUMP_TO_ERROR() PATCH_JUMP(_JIT_ERROR_TARGET)
#else
#define CURRENT_OPARG() (sb_jit_record->instruction.oparg)
#define CURRENT_OPERAND0() (sb_jit_record->instruction.operand0)
#define CURRENT_TARGET() (sb_jit_record->instruction.target)
// A jump to uop i: record i's code, entered with record i.
#define JUMP_TO_RECORD(INDEX)                                                                  \
    do {                                                                                       \
        const SbJitRecord *sb_jit_to = &sb_jit_records[(INDEX)];                               \
        __attribute__((musttail)) return ((SbJitCode)sb_jit_to->code)(                         \
            frame, stack_pointer, tstate, sb_jit_to, sb_jit_records);                          \
    } while (0)
#define JUMP_TO_JUMP_TARGET() JUMP_TO_RECORD(sb_jit_record->instruction.jump_target)
#define JUMP_TO_ERROR() JUMP_TO_RECORD(sb_jit_record->instruction.error_target)
#endif

#include "uop_common.h"

SB_JIT_CC int64_t _JIT_ENTRY(SB_JIT_PARAMS)
{
    switch (_JIT_OPCODE) {
#include "executor_cases.c.h"
    default:
        __builtin_unreachable();
    }
    PATCH_JUMP(_JIT_CONTINUE);
}
