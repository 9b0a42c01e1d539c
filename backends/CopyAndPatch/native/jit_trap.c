// The trap stencil (CPython's _FATAL_ERROR): copied after a trace's last stencil, so that
// nothing runs past the end of the trace -- a jump or continuation out of it lands here and stops.
//
// A stencil rather than a byte the backend knows, so that each target gets its own trap
// instruction from clang (int3 on x86-64, brk on aarch64). __builtin_debugtrap, not
// __builtin_trap: on x86-64 it is the one-byte int3 rather than the two-byte ud2, so the trap
// costs a trace one byte as before. It takes no holes and no data.
__attribute__((preserve_none)) void _JIT_ENTRY(void)
{
    __builtin_debugtrap();
    __builtin_unreachable();
}
