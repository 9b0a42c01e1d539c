// The instruction record a stencil built without burn-in (-DSB_JIT_NO_BURN_IN) reads at run time.
//
// With burn-in, oparg, operand, target and the jump and error targets are immediates patched into
// the code. Without it, the code is the same for every instruction of a uop: each stencil gets a
// pointer to its instruction's record in a register (a preserve_none argument, advanced by one
// record per uop as a continuation falls through) and the base of the trace's record table in
// another; a jump to uop i loads record i's code address and jumps there indirectly. The backend
// writes the table after the trace's code (RecordTableWriter.cs mirrors this layout).
#ifndef SB_JIT_RECORD_H
#define SB_JIT_RECORD_H

#include "sb_runtime.h"

typedef struct SbJitRecord {
    SbUopInstruction instruction; // jump_target and error_target clamped to the trace's length
    const void *code;             // this uop's code; record n (one past the last uop) holds the trap's
} SbJitRecord;

_Static_assert(sizeof(SbJitRecord) == 32, "RecordTableWriter.cs writes 32-byte records");
_Static_assert(__builtin_offsetof(SbJitRecord, code) == 24, "RecordTableWriter.cs writes the code address at 24");

#define SB_JIT_RECORD_PARAMS const SbJitRecord *sb_jit_record, const SbJitRecord *sb_jit_records

typedef __attribute__((preserve_none)) int64_t (*SbJitCode)(SbFrame *, SbObject **, SbThreadState *, SB_JIT_RECORD_PARAMS);

#endif
