// The builtin functions a trace can call (abs, len, max), as CPython's PyCFunctionObjects:
// immortal statics with their calling convention (METH_O, METH_FASTCALL | METH_KEYWORDS) and a
// C function. The call uops check the convention in line and call sb_call_builtin, which calls
// through the pointer: a stencil never does, so Windows stencils need no second pointer.
#include <math.h>
#include <string.h>
#include "sb_internal.h"

SB_EXPORT const SbType SbBuiltin_Type = {"builtin_function_or_method", SB_KIND_BUILTIN};

static int is_negative_int(SbObject *o) {
    SbIntObject *i = (SbIntObject *)o;
    return i->ndigits == 0 ? i->value < 0 : i->negative != 0;
}

// abs(x): CPython's PyNumber_Absolute for the numbers this runtime has.
static SbObject *builtin_abs(SbThreadState *ts, SbObject *const *args, int64_t nargs) {
    (void)nargs;
    SbObject *x = args[0];
    if (Sb_IS_TYPE(x, SbBool_Type)) x = sb_bool_as_int(x);
    if (Sb_IS_TYPE(x, SbInt_Type)) {
        if (is_negative_int(x)) return sb_int_neg(ts, x);
        Sb_INCREF(x);
        return x;
    }
    if (Sb_IS_TYPE(x, SbFloat_Type)) return sb_float_from_double(fabs(SbFloat_AS_DOUBLE(x)));
    sb_set_error(ts, SB_ERR_TYPE); // bad operand type for abs()
    return NULL;
}

// len(o): a list's, tuple's or range's length; anything else has none (TypeError).
SB_EXPORT int64_t sb_length(SbThreadState *ts, SbObject *o) {
    switch (o->ob_type->kind) {
    case SB_KIND_LIST: return ((SbListObject *)o)->size;
    case SB_KIND_TUPLE: return ((SbTupleObject *)o)->size;
    case SB_KIND_RANGE: return ((SbRangeObject *)o)->length;
    default: sb_set_error(ts, SB_ERR_TYPE); return -1;
    }
}

static SbObject *builtin_len(SbThreadState *ts, SbObject *const *args, int64_t nargs) {
    (void)nargs;
    int64_t n = sb_length(ts, args[0]);
    return n < 0 ? NULL : sb_int_from_i64(n);
}

// max(a, b, ...): as CPython's min_max, the first of the largest (a later item replaces the
// best only when it compares greater). One argument would be an iterable: not offered here.
static SbObject *builtin_max(SbThreadState *ts, SbObject *const *args, int64_t nargs) {
    if (nargs < 2) {
        sb_set_error(ts, SB_ERR_TYPE);
        return NULL;
    }
    SbObject *best = args[0];
    for (int64_t i = 1; i < nargs; i++) {
        int greater = sb_richcompare(ts, args[i], best, 4 /* Py_GT */);
        if (greater < 0) return NULL;
        if (greater) best = args[i];
    }
    Sb_INCREF(best);
    return best;
}

#define SB_BUILTIN(name, flags, fn) {{SB_IMMORTAL_REFCNT, &SbBuiltin_Type}, name, flags, fn}
SB_EXPORT SbBuiltinObject _SbBuiltinAbs = SB_BUILTIN("abs", SB_METH_O, builtin_abs);
SB_EXPORT SbBuiltinObject _SbBuiltinLen = SB_BUILTIN("len", SB_METH_O, builtin_len);
SB_EXPORT SbBuiltinObject _SbBuiltinMax = SB_BUILTIN("max", SB_METH_FASTCALL_KEYWORDS, builtin_max);

SB_EXPORT SbObject *sb_call_builtin(SbThreadState *ts, SbObject *callable, SbObject *const *args, int64_t nargs) {
    SbBuiltinObject *b = (SbBuiltinObject *)callable;
    if (b->flags == SB_METH_O && nargs != 1) {
        sb_set_error(ts, SB_ERR_TYPE); // takes exactly one argument
        return NULL;
    }
    return b->function(ts, args, nargs);
}
