// The copy-and-patch entry shim: a stencil too, copied in front of every trace.
//
// The trace is entered from C (through C#'s unmanaged function pointer) with the platform's C
// calling convention; the stencils use preserve_none. This one C function, compiled by clang for
// the same target as the stencils, converts: it saves the callee-saved registers the C
// convention promises to keep, loads the stack pointer from the frame, and calls the first uop.
// Being a stencil, it needs nothing from the runtime library (which another compiler may build,
// and gcc has no preserve_none), and its call to the first uop is a short PC-relative one.
//
// Without burn-in (-DSB_JIT_NO_BURN_IN) it also hands the first uop the trace's record table
// (jit_record.h), whose address is the shim's one hole besides the first uop.
#include "sb_runtime.h"

#ifndef SB_JIT_NO_BURN_IN
extern __attribute__((preserve_none)) int64_t _JIT_CONTINUE(SbFrame *, SbObject **, SbThreadState *)
    __attribute__((visibility("hidden")));

int64_t _JIT_ENTRY(SbFrame *frame, SbThreadState *tstate)
{
    return _JIT_CONTINUE(frame, frame->stackpointer, tstate);
}
#else
#include "jit_record.h"

extern __attribute__((preserve_none)) int64_t _JIT_CONTINUE(SbFrame *, SbObject **, SbThreadState *, SB_JIT_RECORD_PARAMS)
    __attribute__((visibility("hidden")));
extern const SbJitRecord _JIT_RECORDS[] __attribute__((visibility("hidden")));

int64_t _JIT_ENTRY(SbFrame *frame, SbThreadState *tstate)
{
    return _JIT_CONTINUE(frame, frame->stackpointer, tstate, _JIT_RECORDS, _JIT_RECORDS);
}
#endif
