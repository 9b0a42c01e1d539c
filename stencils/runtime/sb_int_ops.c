// int division and power with Python semantics: floor division and modulo
// (quotient rounded toward -inf, remainder takes the divisor's sign), true
// division (correctly rounded to double in the normal range) and power
// (square-and-multiply; a negative exponent gives a float).
#include <math.h>
#include <stdlib.h>
#include "sb_internal.h"

// Python divmod on any ints; either output may be NULL. b must be nonzero.
static void int_divmod(SbObject *a, SbObject *b, SbObject **q, SbObject **r) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b) &&
        !(SbInt_COMPACT_VALUE(a) == INT64_MIN && SbInt_COMPACT_VALUE(b) == -1)) {
        int64_t x = SbInt_COMPACT_VALUE(a), y = SbInt_COMPACT_VALUE(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq -= 1;
            rr += y;
        }
        if (q) *q = sb_int_from_i64(qq);
        if (r) *r = sb_int_from_i64(rr);
        return;
    }
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    int diff = va.negative != vb.negative;
    SbIntObject *qo, *ro;
    if (va.n < vb.n) { // |a| < |b|: quotient 0, remainder |a|
        qo = sb_int_alloc(1);
        ro = sb_int_alloc(va.n + 1);
        for (int32_t i = 0; i < va.n; i++) ro->digits[i] = va.d[i];
    } else {
        qo = sb_int_alloc(va.n - vb.n + 2); // one spare digit for the +1 below
        ro = sb_int_alloc(vb.n);
        sb_mag_divmod(va.d, va.n, vb.d, vb.n, qo->digits, ro->digits);
    }
    int rzero = sb_mag_normlen(ro->digits, ro->ndigits) == 0;
    if (diff && !rzero) { // round the quotient down: |q| + 1, r = |b| - r
        sb_mag_inc(qo->digits, qo->ndigits);
        SbIntObject *r2 = sb_int_alloc(vb.n);
        sb_mag_sub(vb.d, vb.n, ro->digits, sb_mag_normlen(ro->digits, ro->ndigits), r2->digits);
        sb_object_free(&ro->ob_base);
        ro = r2;
    }
    qo->negative = diff;
    ro->negative = vb.negative;
    if (q) *q = sb_int_finish(qo);
    else sb_object_free(&qo->ob_base);
    if (r) *r = sb_int_finish(ro);
    else sb_object_free(&ro->ob_base);
}

SbObject *sb_int_floordiv(SbThreadState *ts, SbObject *a, SbObject *b) {
    if (sb_int_is_zero(b)) {
        sb_set_error(ts, SB_ERR_ZERO_DIVISION);
        return NULL;
    }
    SbObject *q;
    int_divmod(a, b, &q, NULL);
    return q;
}

SbObject *sb_int_mod(SbThreadState *ts, SbObject *a, SbObject *b) {
    if (sb_int_is_zero(b)) {
        sb_set_error(ts, SB_ERR_ZERO_DIVISION);
        return NULL;
    }
    SbObject *r;
    int_divmod(a, b, NULL, &r);
    return r;
}

// a / b: scale so the integer quotient has 55..56 bits, fold the remainder
// into a sticky bit, and let the uint64 -> double conversion round once.
SbObject *sb_int_truediv(SbThreadState *ts, SbObject *a, SbObject *b) {
    if (sb_int_is_zero(b)) {
        sb_set_error(ts, SB_ERR_ZERO_DIVISION);
        return NULL;
    }
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    const int64_t exact = (int64_t)1 << 53;
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b) && SbInt_COMPACT_VALUE(a) <= exact &&
        SbInt_COMPACT_VALUE(a) >= -exact && SbInt_COMPACT_VALUE(b) <= exact &&
        SbInt_COMPACT_VALUE(b) >= -exact)
        return sb_float_from_double((double)SbInt_COMPACT_VALUE(a) /
                                    (double)SbInt_COMPACT_VALUE(b));
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    int neg = va.negative != vb.negative;
    if (va.n == 0) return sb_float_from_double(neg ? -0.0 : 0.0);
    int64_t la = sb_mag_bitlen(va.d, va.n), lb = sb_mag_bitlen(vb.d, vb.n);
    int64_t s = 55 - (la - lb);
    if (la - lb > 1100) {
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    if (la - lb < -1200) return sb_float_from_double(neg ? -0.0 : 0.0);
    int32_t na = va.n, nb = vb.n;
    uint32_t *A, *B;
    if (s >= 0) {
        A = sb_xmalloc(((size_t)na + s / 32 + 1) * sizeof(uint32_t));
        sb_mag_shl(va.d, va.n, s, A);
        na = sb_mag_normlen(A, na + (int32_t)(s / 32) + 1);
        B = sb_xmalloc((size_t)nb * sizeof(uint32_t));
        for (int32_t i = 0; i < nb; i++) B[i] = vb.d[i];
    } else {
        B = sb_xmalloc(((size_t)nb + (-s) / 32 + 1) * sizeof(uint32_t));
        sb_mag_shl(vb.d, vb.n, -s, B);
        nb = sb_mag_normlen(B, nb + (int32_t)((-s) / 32) + 1);
        A = sb_xmalloc((size_t)na * sizeof(uint32_t));
        for (int32_t i = 0; i < na; i++) A[i] = va.d[i];
    }
    uint32_t *q = sb_xmalloc(((size_t)na - nb + 1) * sizeof(uint32_t));
    uint32_t *r = sb_xmalloc((size_t)nb * sizeof(uint32_t));
    sb_mag_divmod(A, na, B, nb, q, r); // na >= nb: the quotient is >= 2^55
    int32_t nq = sb_mag_normlen(q, na - nb + 1);
    uint64_t qv = (uint64_t)q[0] | (nq > 1 ? (uint64_t)q[1] << 32 : 0);
    int sticky = sb_mag_normlen(r, nb) != 0;
    free(A); free(B); free(q); free(r);
    double d = ldexp((double)(qv | (uint64_t)sticky), (int)-s);
    if (isinf(d)) {
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    return sb_float_from_double(neg ? -d : d);
}

SbObject *sb_int_pow(SbThreadState *ts, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    SbIntView vb;
    sb_int_view(b, &vb);
    if (vb.negative) { // int ** -n is a float, as in Python
        double x, y;
        if (sb_int_is_zero(a)) {
            sb_set_error(ts, SB_ERR_ZERO_DIVISION);
            return NULL;
        }
        if (sb_int_to_double(ts, a, &x) < 0) return NULL;
        if (sb_int_to_double(ts, b, &y) < 0) y = -INFINITY;
        return sb_float_binop(ts, SB_NB_POWER, x, y);
    }
    if (!SbInt_IS_COMPACT(b)) { // huge exponent: only 0, 1 and -1 stay representable
        if (SbInt_IS_COMPACT(a) && SbInt_COMPACT_VALUE(a) >= -1 && SbInt_COMPACT_VALUE(a) <= 1) {
            int64_t base = SbInt_COMPACT_VALUE(a);
            return sb_int_from_i64(base == -1 ? ((vb.d[0] & 1) ? -1 : 1) : base);
        }
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    uint64_t e = (uint64_t)SbInt_COMPACT_VALUE(b);
    SbIntView va;
    sb_int_view(a, &va);
    int64_t bits = sb_mag_bitlen(va.d, va.n);
    if (bits > 1 && (double)(bits - 1) * (double)e > 4e9) { // > 500 MB of digits
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    if (bits > 1 && sb_int_too_big(ts, (int64_t)((double)(bits - 1) * (double)e / 32))) return NULL;
    SbObject *result = sb_int_from_i64(1);
    SbObject *base = a;
    Sb_INCREF(base);
    while (e) {
        if (e & 1) {
            SbObject *t = sb_int_mul(ts, result, base);
            Sb_DECREF(result);
            result = t;
            if (result == NULL) break;
        }
        e >>= 1;
        if (e) {
            SbObject *t = sb_int_mul(ts, base, base);
            Sb_DECREF(base);
            base = t;
            if (base == NULL) { // the exponent's last squaring could not fit: neither can the result
                Sb_DECREF(result);
                return NULL;
            }
        }
    }
    Sb_DECREF(base);
    return result;
}
