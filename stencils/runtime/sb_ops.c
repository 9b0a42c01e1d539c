// The generic slow paths: sb_binary_op (numbers with int/float promotion and
// bool as int, list/tuple + and *), sb_compare_op / sb_richcompare (numbers
// exactly, sequences lexicographically, ranges by value, identity otherwise),
// sb_is_true and sb_handle_periodic.
#include "sb_internal.h"

static int is_number(SbObject *o) { return sb_is_int_like(o) || Sb_IS_TYPE(o, SbFloat_Type); }

static int is_seq(SbObject *o) { return Sb_IS_TYPE(o, SbList_Type) || Sb_IS_TYPE(o, SbTuple_Type); }

static SbObject *type_error(SbThreadState *ts) {
    sb_set_error(ts, SB_ERR_TYPE);
    return NULL;
}

static SbObject *int_binop(SbThreadState *ts, int op, SbObject *a, SbObject *b) {
    switch (op) {
    case SB_NB_ADD: return sb_int_add(ts, a, b);
    case SB_NB_SUBTRACT: return sb_int_sub(ts, a, b);
    case SB_NB_MULTIPLY: return sb_int_mul(ts, a, b);
    case SB_NB_FLOOR_DIVIDE: return sb_int_floordiv(ts, a, b);
    case SB_NB_REMAINDER: return sb_int_mod(ts, a, b);
    case SB_NB_TRUE_DIVIDE: return sb_int_truediv(ts, a, b);
    case SB_NB_POWER: return sb_int_pow(ts, a, b);
    case SB_NB_LSHIFT: return sb_int_lshift(ts, a, b);
    case SB_NB_RSHIFT: return sb_int_rshift(ts, a, b);
    case SB_NB_AND:
    case SB_NB_OR:
    case SB_NB_XOR:
        if (Sb_IS_TYPE(a, SbBool_Type) && Sb_IS_TYPE(b, SbBool_Type)) { // bool op bool is bool
            int x = a == SB_TRUE, y = b == SB_TRUE;
            int r = op == SB_NB_AND ? x & y : op == SB_NB_OR ? x | y : x ^ y;
            return SB_BOOL(r); // the caller takes the reference
        }
        return sb_int_bitop(ts, op, a, b);
    default: return type_error(ts);
    }
}

SB_EXPORT SbObject *sb_binary_op(SbThreadState *ts, int oparg, SbObject *lhs, SbObject *rhs) {
    int op = oparg;
    if (op >= SB_NB_INPLACE_ADD && op <= SB_NB_INPLACE_OPS_END) op -= SB_NB_INPLACE_ADD;
    if (sb_is_int_like(lhs) && sb_is_int_like(rhs)) {
        SbObject *r = int_binop(ts, op, lhs, rhs);
        if (r == SB_TRUE || r == SB_FALSE) Sb_INCREF(r);
        return r;
    }
    if (is_number(lhs) && is_number(rhs)) {
        double a, b;
        if (Sb_IS_TYPE(lhs, SbFloat_Type)) a = SbFloat_AS_DOUBLE(lhs);
        else if (sb_int_to_double(ts, lhs, &a) < 0) return NULL;
        if (Sb_IS_TYPE(rhs, SbFloat_Type)) b = SbFloat_AS_DOUBLE(rhs);
        else if (sb_int_to_double(ts, rhs, &b) < 0) return NULL;
        return sb_float_binop(ts, op, a, b);
    }
    if (op == SB_NB_ADD && is_seq(lhs) && is_seq(rhs)) return sb_seq_concat(ts, lhs, rhs);
    if (op == SB_NB_MULTIPLY && is_seq(lhs) && sb_is_int_like(rhs))
        return sb_seq_repeat(ts, lhs, rhs);
    if (op == SB_NB_MULTIPLY && sb_is_int_like(lhs) && is_seq(rhs))
        return sb_seq_repeat(ts, rhs, lhs);
    return type_error(ts);
}

// Applies op (Py_LT..Py_GE) to a three-way result c (-1, 0, 1; 2 = unordered).
static int apply_op(int op, int c) {
    if (c == 2) return op == 3; // NaN: only != holds
    switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c == 0;
    case 3: return c != 0;
    case 4: return c > 0;
    default: return c >= 0;
    }
}

static int number_cmp(SbObject *a, SbObject *b) {
    int af = Sb_IS_TYPE(a, SbFloat_Type), bf = Sb_IS_TYPE(b, SbFloat_Type);
    if (af && bf) {
        double x = SbFloat_AS_DOUBLE(a), y = SbFloat_AS_DOUBLE(b);
        if (x != x || y != y) return 2;
        return (x > y) - (x < y);
    }
    if (af) {
        int c = sb_int_float_cmp(b, SbFloat_AS_DOUBLE(a));
        return c == 2 ? 2 : -c;
    }
    if (bf) return sb_int_float_cmp(a, SbFloat_AS_DOUBLE(b));
    return sb_int_compare(a, b);
}

static int seq_compare(SbThreadState *ts, SbObject *a, SbObject *b, int op) {
    int64_t na, nb;
    SbObject **ia, **ib;
    if (Sb_IS_TYPE(a, SbList_Type)) {
        na = ((SbListObject *)a)->size, ia = ((SbListObject *)a)->items;
        nb = ((SbListObject *)b)->size, ib = ((SbListObject *)b)->items;
    } else {
        na = ((SbTupleObject *)a)->size, ia = ((SbTupleObject *)a)->items;
        nb = ((SbTupleObject *)b)->size, ib = ((SbTupleObject *)b)->items;
    }
    if (na != nb && (op == 2 || op == 3)) return op == 3;
    int64_t n = na < nb ? na : nb, i;
    for (i = 0; i < n; i++) {
        if (ia[i] == ib[i]) continue;
        if (ia[i] == NULL || ib[i] == NULL) break;
        int eq = sb_richcompare(ts, ia[i], ib[i], 2);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i == n) return apply_op(op, (na > nb) - (na < nb));
    if (op == 2) return 0;
    if (op == 3) return 1;
    if (ia[i] == NULL || ib[i] == NULL) return (sb_set_error(ts, SB_ERR_TYPE), -1);
    return sb_richcompare(ts, ia[i], ib[i], op);
}

static int range_equal(SbRangeObject *a, SbRangeObject *b) {
    if (a->length != b->length) return 0;
    if (a->length == 0) return 1;
    if (a->start != b->start) return 0;
    return a->length == 1 || a->step == b->step;
}

int sb_richcompare(SbThreadState *ts, SbObject *a, SbObject *b, int op) {
    if (op < 0 || op > 5) return (sb_set_error(ts, SB_ERR_TYPE), -1);
    if (is_number(a) && is_number(b)) return apply_op(op, number_cmp(a, b));
    if (Sb_TYPE(a) == Sb_TYPE(b) && is_seq(a)) return seq_compare(ts, a, b, op);
    if (op == 2 || op == 3) {
        int eq = a == b;
        if (!eq && Sb_IS_TYPE(a, SbRange_Type) && Sb_IS_TYPE(b, SbRange_Type))
            eq = range_equal((SbRangeObject *)a, (SbRangeObject *)b);
        return op == 2 ? eq : !eq;
    }
    sb_set_error(ts, SB_ERR_TYPE); // ordering between unrelated types
    return -1;
}

SB_EXPORT SbObject *sb_compare_op(SbThreadState *ts, int oparg, SbObject *lhs, SbObject *rhs) {
    int r = sb_richcompare(ts, lhs, rhs, oparg >> 5);
    if (r < 0) return NULL;
    SbObject *res = SB_BOOL(r);
    Sb_INCREF(res);
    return res;
}

SB_EXPORT int sb_is_true(SbThreadState *ts, SbObject *o) {
    (void)ts;
    switch (o->ob_type->kind) {
    case SB_KIND_NONE: return 0;
    case SB_KIND_BOOL: return o == SB_TRUE;
    case SB_KIND_INT: return !sb_int_is_zero(o);
    case SB_KIND_FLOAT: return SbFloat_AS_DOUBLE(o) != 0.0;
    case SB_KIND_LIST: return ((SbListObject *)o)->size != 0;
    case SB_KIND_TUPLE: return ((SbTupleObject *)o)->size != 0;
    case SB_KIND_RANGE: return ((SbRangeObject *)o)->length != 0;
    default: return 1; // iterators
    }
}

SB_EXPORT int sb_handle_periodic(SbThreadState *ts) {
    ts->periodic_calls++;
    if (ts->interrupt_after == 0) {
        ts->eval_breaker = 0;
        return 0;
    }
    if (ts->periodic_calls < ts->interrupt_after) return 0;
    sb_set_error(ts, SB_ERR_INTERRUPT);
    return -1;
}
