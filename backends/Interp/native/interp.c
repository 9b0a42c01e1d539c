// The `interp` backend: CPython's tier-two uop interpreter in miniature. A switch loop over
// the trace; the cases are generated from uops.def (executor_cases.c.h), so this file holds
// only the dispatch and the meaning of the control words.
#include "sb_runtime.h"

#define CURRENT_OPARG() (this_uop->oparg)
#define CURRENT_OPERAND0() (this_uop->operand0)
#define CURRENT_TARGET() (this_uop->target)
#define JUMP_TO_JUMP_TARGET() goto jump_to_jump_target
#define JUMP_TO_ERROR() goto jump_to_error_target

#include "uop_common.h"

SB_EXPORT int64_t sb_interp_run(SbFrame *frame, SbThreadState *tstate, const SbUopInstruction *trace)
{
    SbObject **stack_pointer = frame->stackpointer;
    const SbUopInstruction *next_uop = trace;
    const SbUopInstruction *this_uop;
    for (;;) {
        this_uop = next_uop++;
        switch (this_uop->opcode) {
#include "executor_cases.c.h"
        default:
            __builtin_unreachable();
        }
        continue;
    jump_to_jump_target:
        next_uop = trace + this_uop->jump_target;
        continue;
    jump_to_error_target:
        next_uop = trace + this_uop->error_target;
        continue;
    }
}
