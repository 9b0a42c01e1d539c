// The copy-and-patch entry shim: a stencil too, copied in front of every trace.
//
// The trace is entered from C (through C#'s unmanaged function pointer) with the platform's C
// calling convention; the stencils use preserve_none. This one C function, compiled by clang for
// the same target as the stencils, converts: it saves the callee-saved registers the C
// convention promises to keep, loads the stack pointer from the frame, and calls the first uop.
// Being a stencil, it needs nothing from the runtime library (which another compiler may build,
// and gcc has no preserve_none), and its call to the first uop is a short PC-relative one.
#include "sb_runtime.h"

extern __attribute__((preserve_none)) int64_t _JIT_CONTINUE(SbFrame *, SbObject **, SbThreadState *)
    __attribute__((visibility("hidden")));

int64_t _JIT_ENTRY(SbFrame *frame, SbThreadState *tstate)
{
    return _JIT_CONTINUE(frame, frame->stackpointer, tstate);
}
