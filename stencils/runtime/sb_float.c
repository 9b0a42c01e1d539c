// float objects and float arithmetic with Python semantics (floor division
// and modulo follow the divisor's sign, ZeroDivisionError on x/0.0, x//0.0,
// x%0.0 and 0.0**-n), plus the exact comparison of an int with a float.
#include <math.h>
#include "sb_internal.h"

SB_EXPORT SbObject *sb_float_from_double(double v) {
    SbFloatObject *f = (SbFloatObject *)sb_object_alloc(&SbFloat_Type, sizeof(SbFloatObject));
    f->value = v;
    return &f->ob_base;
}

static SbObject *zero_division(SbThreadState *ts) {
    sb_set_error(ts, SB_ERR_ZERO_DIVISION);
    return NULL;
}

// Python's float divmod: mod takes the divisor's sign, div is rounded to the
// nearest integer of the exact (a - mod) / b.
static void float_divmod(double a, double b, double *div, double *mod) {
    double m = fmod(a, b);
    double d = (a - m) / b;
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) {
            m += b;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    if (d != 0.0) {
        double fl = floor(d);
        if (d - fl > 0.5) fl += 1.0;
        d = fl;
    } else {
        d = copysign(0.0, a / b);
    }
    *div = d;
    *mod = m;
}

static SbObject *float_pow(SbThreadState *ts, double a, double b) {
    if (b == 0.0) return sb_float_from_double(1.0);
    if (a == 0.0 && b < 0.0 && isfinite(b)) return zero_division(ts);
    if (a < 0.0 && isfinite(a) && isfinite(b) && floor(b) != b) {
        sb_set_error(ts, SB_ERR_VALUE); // Python would return a complex number
        return NULL;
    }
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    return sb_float_from_double(r);
}

SbObject *sb_float_binop(SbThreadState *ts, int op, double a, double b) {
    double div, mod;
    switch (op) {
    case SB_NB_ADD: return sb_float_from_double(a + b);
    case SB_NB_SUBTRACT: return sb_float_from_double(a - b);
    case SB_NB_MULTIPLY: return sb_float_from_double(a * b);
    case SB_NB_TRUE_DIVIDE:
        if (b == 0.0) return zero_division(ts);
        return sb_float_from_double(a / b);
    case SB_NB_FLOOR_DIVIDE:
        if (b == 0.0) return zero_division(ts);
        float_divmod(a, b, &div, &mod);
        return sb_float_from_double(div);
    case SB_NB_REMAINDER:
        if (b == 0.0) return zero_division(ts);
        float_divmod(a, b, &div, &mod);
        return sb_float_from_double(mod);
    case SB_NB_POWER: return float_pow(ts, a, b);
    default:
        sb_set_error(ts, SB_ERR_TYPE);
        return NULL;
    }
}

// Exact int-vs-float ordering: rounding is monotonic, so if the int rounds to
// a different double the order is already known; if it rounds to f itself,
// f is integral (or the int is small and exact) and an int comparison decides.
int sb_int_float_cmp(SbObject *i, double f) {
    if (isnan(f)) return 2;
    if (isinf(f)) return f > 0 ? -1 : 1;
    double d;
    if (sb_int_to_double(NULL, i, &d) < 0) { // beyond double range: sign decides
        SbIntView v;
        sb_int_view(i, &v);
        return v.negative ? -1 : 1;
    }
    if (d != f) return d < f ? -1 : 1;
    if (floor(f) != f) return d < f ? -1 : 1; // unreachable for exact small ints
    SbObject *fi = sb_int_from_double_exact(f);
    int c = sb_int_compare(i, fi);
    Sb_DECREF(fi);
    return c;
}
