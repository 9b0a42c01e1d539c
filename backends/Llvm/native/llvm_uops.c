// The uop bodies for the LLVM backends (llvm-O0, llvm-O2), compiled to LLVM bitcode at build
// time (stencils/build/Bitcode.targets -> sb_uops.bc beside the assemblies).
//
// Scheme: one external function per uop, `sb_uop<NAME>` (sb_uop_LOAD_FAST, ...), with the
// signature
//     int64_t sb_uop_X(SbFrame *frame, SbObject ***sp, SbThreadState *tstate,
//                      uint16_t oparg, uint64_t operand0, uint32_t target)
// `*sp` is the value stack's top, read on entry and written back before returning. The result
// says where control goes next:
//     SB_LLVM_CONTINUE (-1)  the next uop
//     SB_LLVM_JUMP     (-2)  the instruction's jump target (DEOPT_IF, EXIT_IF, _JUMP_TO_TOP)
//     SB_LLVM_ERROR    (-3)  the instruction's error target (ERROR_IF, inputs popped)
//     >= 0                   leave the trace with this SB_EXIT_* kind (GOTO_TIER_ONE has stored
//                            the stack pointer and the target into the frame)
// Each function is the generated case of executor_cases.c.h in a switch on a constant opcode;
// clang -O2 at build time folds the switch, so every function holds one optimised body, as a
// stencil does. The functions are always_inline: at run time the backend builds one function
// per trace that calls them in trace order with oparg, operand0 and target as constants, makes
// them internal and lets the pass pipeline inline them (the O0 pipeline runs the always-
// inliner too), then branches on the constant-folded (O2) or computed (O0) result.
// sb_llvm_enter gives the frame's stack pointer on entry.
#include "sb_runtime.h"
#include "uop_list.h"

#define SB_LLVM_CONTINUE (-1)
#define SB_LLVM_JUMP (-2)
#define SB_LLVM_ERROR (-3)

#define CURRENT_OPARG() (oparg_in)
#define CURRENT_OPERAND0() (operand0_in)
#define CURRENT_TARGET() (target_in)
#define JUMP_TO_JUMP_TARGET()   \
    do {                        \
        *sp = stack_pointer;    \
        return SB_LLVM_JUMP;    \
    } while (0)
#define JUMP_TO_ERROR()         \
    do {                        \
        *sp = stack_pointer;    \
        return SB_LLVM_ERROR;   \
    } while (0)

#include "uop_common.h"

#define SB_LLVM_INLINE __attribute__((always_inline)) SB_EXPORT

static inline __attribute__((always_inline)) int64_t
sb_llvm_body(int opcode, SbFrame *frame, SbObject ***sp, SbThreadState *tstate,
             uint16_t oparg_in, uint64_t operand0_in, uint32_t target_in)
{
    SbObject **stack_pointer = *sp;
    switch (opcode) {
#include "executor_cases.c.h"
    default:
        __builtin_unreachable();
    }
    *sp = stack_pointer;
    return SB_LLVM_CONTINUE;
}

SB_LLVM_INLINE void sb_llvm_enter(SbFrame *frame, SbObject ***sp)
{
    *sp = frame->stackpointer;
}

#define SB_UOP(NAME)                                                                      \
    SB_LLVM_INLINE int64_t sb_uop##NAME(SbFrame *frame, SbObject ***sp,                   \
                                        SbThreadState *tstate, uint16_t oparg,            \
                                        uint64_t operand0, uint32_t target)               \
    {                                                                                     \
        return sb_llvm_body(NAME, frame, sp, tstate, oparg, operand0, target);            \
    }
SB_UOP_LIST(SB_UOP)
