// The words uop bodies use that are the same in every backend. A backend defines, before
// including this: CURRENT_OPARG(), CURRENT_OPERAND0(), CURRENT_TARGET(),
// JUMP_TO_JUMP_TARGET() and JUMP_TO_ERROR().
#ifndef SB_UOP_COMMON_H
#define SB_UOP_COMMON_H

#include "sb_runtime.h"
#include "uop_ids.h"

#define DEOPT_IF(cond)           \
    if (__builtin_expect((cond), 0)) { \
        JUMP_TO_JUMP_TARGET();   \
    }
#define EXIT_IF(cond) DEOPT_IF(cond)

// Leaves the trace, in every backend alike: the stack pointer and the instruction's target go
// into the frame, and the exit kind (SB_EXIT_*) is returned to whoever entered the trace.
#define GOTO_TIER_ONE(kind)                           \
    do {                                              \
        frame->stackpointer = stack_pointer;          \
        frame->instr_ptr = (int64_t)CURRENT_TARGET(); \
        return (kind);                                \
    } while (0)

// The generator turns ERROR_IF(cond) into SB_ERROR_IF(pops, cond): on error the inputs,
// already released by the body, leave the stack.
#define SB_ERROR_IF(pops, cond)       \
    if (__builtin_expect((cond), 0)) { \
        stack_pointer -= (pops);      \
        JUMP_TO_ERROR();              \
    }

#endif
