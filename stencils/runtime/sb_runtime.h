// The runtime's functions and data: what every backend calls. Freestanding.
//
// Uop bodies (stencils/uops.def) use only what is declared here. In a stencil
// each of these becomes a hole patched with the runtime's address.
#ifndef SB_RUNTIME_H
#define SB_RUNTIME_H

#include "sb_object.h"

// Immortal singletons and types.
extern SB_DATA SbObject _SbNone, _SbTrue, _SbFalse;
extern SB_DATA const SbType SbNone_Type, SbBool_Type, SbInt_Type, SbFloat_Type, SbList_Type,
    SbTuple_Type, SbRange_Type, SbRangeIter_Type, SbListIter_Type, SbBuiltin_Type;
#define SB_NONE (&_SbNone)
#define SB_TRUE (&_SbTrue)
#define SB_FALSE (&_SbFalse)
#define SB_BOOL(b) ((b) ? SB_TRUE : SB_FALSE)

#define SB_SMALL_INT_MIN (-5)
#define SB_SMALL_INT_MAX 256
extern SB_DATA SbIntObject _SbSmallInts[SB_SMALL_INT_MAX - SB_SMALL_INT_MIN + 1];

// Objects.
SB_EXPORT void sb_dealloc(SbObject *o);
SB_EXPORT int64_t sb_live_objects(void);
// The largest single allocation this thread's runtime may make (0: no limit); for tests.
SB_EXPORT void sb_set_allocation_limit(int64_t bytes);

static inline void Sb_INCREF(SbObject *o) { o->ob_refcnt++; }
static inline void Sb_DECREF(SbObject *o) {
    if (--o->ob_refcnt == 0) sb_dealloc(o);
}
static inline void Sb_XDECREF(SbObject *o) {
    if (o != NULL) Sb_DECREF(o);
}
#define Sb_TYPE(o) (((SbObject *)(o))->ob_type)
#define Sb_IS_TYPE(o, t) (Sb_TYPE(o) == &(t))

// int. A compact int holds its value in `value`; these are the fast-path tests.
#define SbInt_IS_COMPACT(o) (((SbIntObject *)(o))->ndigits == 0)
#define SbInt_COMPACT_VALUE(o) (((SbIntObject *)(o))->value)
// CPython's compact int (_PyLong_IsCompact): at most one 30-bit digit, |v| < 2**30. Its
// specialized uops guard on this, so traces leave where CPython's would (unsigned: no overflow).
#define SbInt_IS_CPYTHON_COMPACT(o) \
    (SbInt_IS_COMPACT(o) && (uint64_t)SbInt_COMPACT_VALUE(o) + ((1u << 30) - 1) <= (1ull << 31) - 2)
#define SbInt_IS_NONNEGATIVE_CPYTHON_COMPACT(o) \
    (SbInt_IS_COMPACT(o) && (uint64_t)SbInt_COMPACT_VALUE(o) < (1ull << 30))
SB_EXPORT SbObject *sb_int_from_i64(int64_t v);
SB_EXPORT SbObject *sb_int_from_digits(int negative, const uint32_t *digits, int32_t ndigits);
// Past SB_MAX_INT_DIGITS (sb_internal.h) these return NULL with SB_ERR_MEMORY.
SB_EXPORT SbObject *sb_int_add(SbThreadState *ts, SbObject *a, SbObject *b);
SB_EXPORT SbObject *sb_int_sub(SbThreadState *ts, SbObject *a, SbObject *b);
SB_EXPORT SbObject *sb_int_mul(SbThreadState *ts, SbObject *a, SbObject *b);
SB_EXPORT int sb_int_compare(SbObject *a, SbObject *b); // -1, 0, 1
// Digits for C#: returns ndigits (0 for compact: then *value holds it).
SB_EXPORT int32_t sb_int_read(SbObject *o, int64_t *value, int32_t *negative,
                              uint32_t *digits, int32_t capacity);

// float
SB_EXPORT SbObject *sb_float_from_double(double v);
#define SbFloat_AS_DOUBLE(o) (((SbFloatObject *)(o))->value)

// Containers.
SB_EXPORT SbObject *sb_list_new(int64_t size);       // items NULL until set
SB_EXPORT void sb_list_set_item(SbObject *l, int64_t i, SbObject *v); // steals v
SB_EXPORT SbObject *sb_tuple_new(int64_t size);      // items NULL until set
SB_EXPORT void sb_tuple_set_item(SbObject *t, int64_t i, SbObject *v); // steals v
SB_EXPORT SbObject *sb_range_new(int64_t start, int64_t stop, int64_t step);
SB_EXPORT SbObject *sb_get_iter(SbThreadState *ts, SbObject *iterable); // new ref or NULL

// Generic operations (the slow paths). New reference, or NULL with ts->error_kind set.
SB_EXPORT SbObject *sb_binary_op(SbThreadState *ts, int oparg, SbObject *lhs, SbObject *rhs);
SB_EXPORT SbObject *sb_compare_op(SbThreadState *ts, int oparg, SbObject *lhs, SbObject *rhs);
SB_EXPORT int sb_is_true(SbThreadState *ts, SbObject *o); // 1, 0, or -1 on error
SB_EXPORT int sb_handle_periodic(SbThreadState *ts);     // 0, or -1 on error

// CPython's NB_* oparg values for BINARY_OP.
enum {
    SB_NB_ADD = 0, SB_NB_AND = 1, SB_NB_FLOOR_DIVIDE = 2, SB_NB_LSHIFT = 3,
    SB_NB_MATRIX_MULTIPLY = 4, SB_NB_MULTIPLY = 5, SB_NB_REMAINDER = 6, SB_NB_OR = 7,
    SB_NB_POWER = 8, SB_NB_RSHIFT = 9, SB_NB_SUBTRACT = 10, SB_NB_TRUE_DIVIDE = 11,
    SB_NB_XOR = 12, SB_NB_INPLACE_ADD = 13, SB_NB_INPLACE_OPS_END = 25,
};

// CPython 3.13's comparison mask: COMPARE_OP's oparg is (op << 5) | (16 if the
// result is coerced to bool) | the mask of outcomes that make it true.
#define SB_COMPARISON_UNORDERED 1
#define SB_COMPARISON_LESS_THAN 2
#define SB_COMPARISON_GREATER_THAN 4
#define SB_COMPARISON_EQUALS 8
#define SB_COMPARISON_BIT(x, y) (1 << (2 * ((x) >= (y)) + ((x) <= (y))))

// _BINARY_OP_EXTEND's descriptor (operand0): a guard and an action on two
// operands, as CPython 3.14's _PyBinaryOpSpecializationDescr.
typedef int (*SbBinaryOpGuard)(SbObject *lhs, SbObject *rhs);
typedef SbObject *(*SbBinaryOpAction)(SbObject *lhs, SbObject *rhs);
// Each pair twice: the runtime's own, then the same functions with the Microsoft x64 convention
// (sb_msabi.c), which stencils built for Windows call when they run on a SysV host; a Windows
// stencil names the second pair guard and action. Elsewhere both pairs are the same functions.
typedef struct {
    int oparg;
#ifdef SB_WINDOWS_STENCIL
    void *host_guard, *host_action;
#endif
    SbBinaryOpGuard guard;
    SbBinaryOpAction action;
#ifndef SB_WINDOWS_STENCIL
    void *msabi_guard, *msabi_action;
#endif
} SbBinaryOpDescr;
SB_EXPORT const SbBinaryOpDescr *sb_binary_op_extend_descr(int index);

// Builtin functions (sb_builtins.c): immortal, as CPython's are in effect.
extern SB_DATA SbBuiltinObject _SbBuiltinAbs, _SbBuiltinLen, _SbBuiltinMax;
// callable(args[0..nargs)): a new reference, or NULL with ts->error_kind set. callable must be
// a builtin function (the call uops check its type and convention first).
SB_EXPORT SbObject *sb_call_builtin(SbThreadState *ts, SbObject *callable, SbObject *const *args, int64_t nargs);
// len(o) for a list, tuple or range; -1 with SB_ERR_TYPE for anything else.
SB_EXPORT int64_t sb_length(SbThreadState *ts, SbObject *o);

// Frames (for C#): a frame with capacity slots, all NULL; freeing it drops
// every reference it still holds.
SB_EXPORT SbFrame *sb_frame_new(int32_t nlocals, int32_t capacity);
SB_EXPORT void sb_frame_free(SbFrame *f);
SB_EXPORT SbThreadState *sb_threadstate_new(void);
SB_EXPORT void sb_threadstate_free(SbThreadState *ts);

// Introspection for C#.
SB_EXPORT int64_t sb_kind(SbObject *o);
SB_EXPORT int64_t sb_refcnt(SbObject *o);

#endif
