// The words uop bodies use that are the same in every backend. A backend defines, before
// including this: CURRENT_OPARG(), CURRENT_OPERAND0(), CURRENT_TARGET(),
// JUMP_TO_JUMP_TARGET(), JUMP_TO_ERROR() and GOTO_TIER_ONE(kind).
#ifndef SB_UOP_COMMON_H
#define SB_UOP_COMMON_H

#include "sb_runtime.h"
#include "uop_ids.h"

#define DEOPT_IF(cond)           \
    if (__builtin_expect((cond), 0)) { \
        JUMP_TO_JUMP_TARGET();   \
    }
#define EXIT_IF(cond) DEOPT_IF(cond)

// The generator turns ERROR_IF(cond) into SB_ERROR_IF(pops, cond): on error the inputs,
// already released by the body, leave the stack.
#define SB_ERROR_IF(pops, cond)       \
    if (__builtin_expect((cond), 0)) { \
        stack_pointer -= (pops);      \
        JUMP_TO_ERROR();              \
    }

#endif
