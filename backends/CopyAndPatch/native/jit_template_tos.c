// The top-of-stack cached stencil template (CPython 3.15's stack caching, in miniature).
//
// Compiled once per variant of stencils/generated/executor_cases_tos.c.h, chosen with
// -D_JIT_VARIANT=<id>: up to three values from the top of the stack travel in registers, as
// the preserve_none arguments tos0..tos2 of every stencil (r15, rdi, rsi on x86-64), so that
// a uop whose inputs are cached reads no stack memory. A variant's input depth is fixed at build
// time; the backend's planner picks the variant of each uop along the trace and puts a spill
// where the trace needs the whole stack in memory (at its start, at every jump or error target,
// before a uop that uses the stack itself). Exits and errors spill here, before they leave.
// A uop that uses the stack itself is compiled with -D_JIT_PLAIN -D_JIT_OPCODE=<uop> from its
// own case (executor_cases.c.h), at depth 0. Holes are those of jit_template.c.
#include "sb_runtime.h"

#ifdef SB_JIT_GOT_HOLES
#define SB_JIT_HOLE
#else
#define SB_JIT_HOLE __attribute__((visibility("hidden")))
#endif
extern char _JIT_OPARG[1] SB_JIT_HOLE;
extern char _JIT_TARGET[1] SB_JIT_HOLE;
extern char _JIT_OPERAND0[] SB_JIT_HOLE;

#define SB_JIT_CC __attribute__((preserve_none))

// A continuation with the three cache registers (values not cached are passed along untouched).
#define SB_TOS_JUMP(ALIAS, T0, T1, T2)                                                         \
    do {                                                                                       \
        extern SB_JIT_CC int64_t ALIAS(SbFrame *, SbObject **, SbThreadState *, SbObject *,    \
                                       SbObject *, SbObject *) __attribute__((visibility("hidden"))); \
        __attribute__((musttail)) return ALIAS(frame, stack_pointer, tstate, T0, T1, T2);      \
    } while (0)

#define SB_TOS_CONTINUE(T0, T1, T2) SB_TOS_JUMP(_JIT_CONTINUE, T0, T1, T2)

// Writes the N deepest cached values to the stack (the cache is always its top).
#define SB_TOS_SPILL(N)                     \
    do {                                    \
        if ((N) > 0) stack_pointer[0] = tos0; \
        if ((N) > 1) stack_pointer[1] = tos1; \
        if ((N) > 2) stack_pointer[2] = tos2; \
        stack_pointer += (N);               \
    } while (0)

#define CURRENT_OPARG() ((uint16_t)(uintptr_t)_JIT_OPARG)
#define CURRENT_OPERAND0() ((uint64_t)(uintptr_t)_JIT_OPERAND0)
#define CURRENT_TARGET() ((uint32_t)(uintptr_t)_JIT_TARGET)

#ifdef _JIT_PLAIN
// The uop's own case, at depth 0: the registers carry nothing.
#define JUMP_TO_JUMP_TARGET() SB_TOS_JUMP(_JIT_JUMP_TARGET, tos0, tos1, tos2)
#define JUMP_TO_ERROR() SB_TOS_JUMP(_JIT_ERROR_TARGET, tos0, tos1, tos2)
#include "uop_common.h"
#else
// A jump leaves with the stack as the uop found it (or, after SYNC_SP(), with the inputs popped);
// an error with the inputs popped: either way in memory, as a target expects it at depth 0.
#define JUMP_TO_JUMP_TARGET()                                   \
    do {                                                        \
        SB_TOS_SPILL(sb_synced ? (int)sb_keep : (int)sb_depth); \
        SB_TOS_JUMP(_JIT_JUMP_TARGET, tos0, tos1, tos2);        \
    } while (0)
#define JUMP_TO_ERROR() SB_TOS_JUMP(_JIT_ERROR_TARGET, tos0, tos1, tos2)
#include "uop_common.h"
#undef SB_ERROR_IF
#define SB_ERROR_IF(pops, cond)                \
    if (__builtin_expect((cond), 0)) {         \
        if (!sb_synced) {                      \
            stack_pointer -= sb_mem_pops;      \
        }                                      \
        SB_TOS_SPILL((int)sb_keep);            \
        JUMP_TO_ERROR();                       \
    }
#endif

SB_JIT_CC int64_t _JIT_ENTRY(SbFrame *frame, SbObject **stack_pointer, SbThreadState *tstate,
                             SbObject *tos0, SbObject *tos1, SbObject *tos2)
{
#ifdef _JIT_PLAIN
    switch (_JIT_OPCODE) {
#include "executor_cases.c.h"
    default:
        __builtin_unreachable();
    }
    SB_TOS_CONTINUE(tos0, tos1, tos2);
#else
    switch (_JIT_VARIANT) {
#include "executor_cases_tos.c.h"
    default:
        __builtin_unreachable();
    }
#endif
}
