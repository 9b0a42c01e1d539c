// The runtime's Microsoft-x64-ABI face: how stencils built for x86_64-pc-windows-msvc run in a
// process of an x86-64 SysV host (Linux) against this same runtime.
//
// A Windows stencil calls the runtime with the Microsoft convention (arguments in rcx, rdx, r8,
// r9, 32 bytes of shadow space, rsi/rdi/xmm6-15 callee-saved) and is entered by its shim with it.
// The runtime speaks SysV. So each function a stencil may call gets an ms_abi wrapper here, found
// by name with sb_msabi_symbol (which gives a data symbol's own address: data needs no bridge),
// and sb_msabi_enter is the entry thunk, SysV to Microsoft, that the host calls a trace through.
// On real Windows none of this exists: every function is already Microsoft-ABI.
//
// Only x86-64 has both conventions; elsewhere this file is empty.
#include <string.h>

#include "sb_internal.h"

#if defined(__x86_64__) && !defined(_WIN32)

#define SB_MS __attribute__((ms_abi))

// Every runtime function a stencil may call: return type, name, parameters, arguments.
#define SB_MSABI_FUNCTIONS(X)                                                                        \
    X(void, sb_dealloc, (SbObject * o), (o))                                                         \
    X(SbObject *, sb_int_from_i64, (int64_t v), (v))                                                 \
    X(SbObject *, sb_int_from_digits, (int negative, const uint32_t *digits, int32_t n), (negative, digits, n)) \
    X(SbObject *, sb_int_add, (SbThreadState * ts, SbObject * a, SbObject * b), (ts, a, b))          \
    X(SbObject *, sb_int_sub, (SbThreadState * ts, SbObject * a, SbObject * b), (ts, a, b))          \
    X(SbObject *, sb_int_mul, (SbThreadState * ts, SbObject * a, SbObject * b), (ts, a, b))          \
    X(int, sb_int_compare, (SbObject * a, SbObject * b), (a, b))                                     \
    X(SbObject *, sb_float_from_double, (double v), (v))                                             \
    X(SbObject *, sb_list_new, (int64_t size), (size))                                               \
    X(void, sb_list_set_item, (SbObject * l, int64_t i, SbObject * v), (l, i, v))                    \
    X(SbObject *, sb_tuple_new, (int64_t size), (size))                                              \
    X(void, sb_tuple_set_item, (SbObject * t, int64_t i, SbObject * v), (t, i, v))                   \
    X(SbObject *, sb_range_new, (int64_t start, int64_t stop, int64_t step), (start, stop, step))    \
    X(SbObject *, sb_get_iter, (SbThreadState * ts, SbObject * o), (ts, o))                          \
    X(SbObject *, sb_binary_op, (SbThreadState * ts, int op, SbObject * l, SbObject * r), (ts, op, l, r)) \
    X(SbObject *, sb_compare_op, (SbThreadState * ts, int op, SbObject * l, SbObject * r), (ts, op, l, r)) \
    X(int, sb_is_true, (SbThreadState * ts, SbObject * o), (ts, o))                                  \
    X(int, sb_handle_periodic, (SbThreadState * ts), (ts))                                        \
    X(SbObject *, sb_call_builtin, (SbThreadState * ts, SbObject * c, SbObject *const *a, int64_t n), (ts, c, a, n)) \
    X(int64_t, sb_length, (SbThreadState * ts, SbObject * o), (ts, o))

#define SB_MSABI_WRAPPER(RET, NAME, PARAMS, ARGS) \
    static SB_MS RET msabi_##NAME PARAMS { return NAME ARGS; }
SB_MSABI_FUNCTIONS(SB_MSABI_WRAPPER)

typedef struct {
    const char *name;
    void *address;
} SbMsAbiEntry;

#define SB_MSABI_ENTRY(RET, NAME, PARAMS, ARGS) {#NAME, (void *)msabi_##NAME},
#define SB_MSABI_DATA(NAME) {#NAME, (void *)&NAME},
static const SbMsAbiEntry entries[] = {
    SB_MSABI_FUNCTIONS(SB_MSABI_ENTRY)
    SB_MSABI_DATA(_SbNone) SB_MSABI_DATA(_SbTrue) SB_MSABI_DATA(_SbFalse)
    SB_MSABI_DATA(SbNone_Type) SB_MSABI_DATA(SbBool_Type) SB_MSABI_DATA(SbInt_Type)
    SB_MSABI_DATA(SbFloat_Type) SB_MSABI_DATA(SbList_Type) SB_MSABI_DATA(SbTuple_Type)
    SB_MSABI_DATA(SbRange_Type) SB_MSABI_DATA(SbRangeIter_Type) SB_MSABI_DATA(SbListIter_Type)
    SB_MSABI_DATA(_SbSmallInts) SB_MSABI_DATA(SbBuiltin_Type)
};

// What a Windows stencil's symbol NAME is patched with here: a function's ms_abi wrapper, a
// datum's own address; NULL when the runtime has no such symbol for Windows stencils.
SB_EXPORT void *sb_msabi_symbol(const char *name) {
    for (size_t i = 0; i < sizeof(entries) / sizeof(entries[0]); i++) {
        if (strcmp(entries[i].name, name) == 0) return entries[i].address;
    }
    return NULL;
}

// The entry thunk: calls a Windows trace's shim (int64_t shim(SbFrame *, SbThreadState *), Microsoft
// convention) from SysV code, giving it the shadow space and the callee-saved registers it expects.
typedef SB_MS int64_t (*SbMsAbiTrace)(SbFrame *frame, SbThreadState *ts);
SB_EXPORT int64_t sb_msabi_enter(void *shim, SbFrame *frame, SbThreadState *ts) {
    return ((SbMsAbiTrace)shim)(frame, ts);
}

#endif
