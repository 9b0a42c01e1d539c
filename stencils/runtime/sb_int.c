// int objects: construction (compact / small-int / big), normalisation (a
// value that fits in int64 is always compact), sign-magnitude views, add,
// subtract, multiply, negate, compare, conversion to and from double, and
// sb_int_read for C#.
#include <math.h>
#include <string.h>
#include "sb_internal.h"

SB_EXPORT SbObject *sb_int_from_i64(int64_t v) {
    if (v >= SB_SMALL_INT_MIN && v <= SB_SMALL_INT_MAX) {
        SbObject *o = &_SbSmallInts[v - SB_SMALL_INT_MIN].ob_base;
        Sb_INCREF(o);
        return o;
    }
    SbIntObject *r = (SbIntObject *)sb_object_alloc(&SbInt_Type, sizeof(SbIntObject));
    r->value = v;
    return &r->ob_base;
}

SbIntObject *sb_int_alloc(int32_t ndigits) {
    if (ndigits < 1) ndigits = 1;
    SbIntObject *r = (SbIntObject *)sb_object_alloc(
        &SbInt_Type, sizeof(SbIntObject) + (size_t)ndigits * sizeof(uint32_t));
    r->ndigits = ndigits;
    return r;
}

SbObject *sb_int_finish(SbIntObject *r) {
    int32_t n = sb_mag_normlen(r->digits, r->ndigits);
    if (n <= 2) {
        uint64_t mag = n == 0 ? 0 : r->digits[0];
        if (n == 2) mag |= (uint64_t)r->digits[1] << 32;
        int neg = r->negative;
        if (mag <= (uint64_t)INT64_MAX || (neg && mag == (uint64_t)1 << 63)) {
            int64_t v = neg ? (int64_t)(~mag + 1) : (int64_t)mag;
            sb_object_free(&r->ob_base);
            return sb_int_from_i64(v);
        }
    }
    r->ndigits = n;
    r->value = 0;
    return &r->ob_base;
}

SB_EXPORT SbObject *sb_int_from_digits(int negative, const uint32_t *digits, int32_t ndigits) {
    if (ndigits <= 0 || digits == NULL) return sb_int_from_i64(0);
    SbIntObject *r = sb_int_alloc(ndigits);
    memcpy(r->digits, digits, (size_t)ndigits * sizeof(uint32_t));
    r->negative = negative != 0;
    return sb_int_finish(r);
}

void sb_int_view(SbObject *o, SbIntView *v) {
    o = sb_bool_as_int(o);
    SbIntObject *i = (SbIntObject *)o;
    if (i->ndigits == 0) {
        int64_t x = i->value;
        uint64_t mag = x < 0 ? ~(uint64_t)x + 1 : (uint64_t)x;
        v->negative = x < 0;
        v->buf[0] = (uint32_t)mag;
        v->buf[1] = (uint32_t)(mag >> 32);
        v->n = v->buf[1] ? 2 : v->buf[0] ? 1 : 0;
        v->d = v->buf;
    } else {
        v->negative = i->negative;
        v->n = i->ndigits;
        v->d = i->digits;
    }
}

int sb_int_is_zero(SbObject *a) {
    a = sb_bool_as_int(a);
    return SbInt_IS_COMPACT(a) && SbInt_COMPACT_VALUE(a) == 0;
}

int sb_int_too_big(SbThreadState *ts, int64_t ndigits) {
    if (ndigits <= SB_MAX_INT_DIGITS) return 0;
    sb_set_error(ts, SB_ERR_MEMORY);
    return 1;
}

// a + b, with b's sign taken as bneg (so subtraction is addition of -b).
static SbObject *add_views(const SbIntView *a, const SbIntView *b, int bneg) {
    SbIntObject *r;
    if (a->negative == bneg) {
        r = sb_int_alloc((a->n > b->n ? a->n : b->n) + 1);
        sb_mag_add(a->d, a->n, b->d, b->n, r->digits);
        r->negative = bneg;
    } else if (sb_mag_cmp(a->d, a->n, b->d, b->n) >= 0) {
        r = sb_int_alloc(a->n);
        sb_mag_sub(a->d, a->n, b->d, b->n, r->digits);
        r->negative = a->negative;
    } else {
        r = sb_int_alloc(b->n);
        sb_mag_sub(b->d, b->n, a->d, a->n, r->digits);
        r->negative = bneg;
    }
    return sb_int_finish(r);
}

SB_EXPORT SbObject *sb_int_add(SbThreadState *ts, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    int64_t r;
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b) &&
        !__builtin_add_overflow(SbInt_COMPACT_VALUE(a), SbInt_COMPACT_VALUE(b), &r))
        return sb_int_from_i64(r);
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    if (sb_int_too_big(ts, (int64_t)(va.n > vb.n ? va.n : vb.n) + 1)) return NULL;
    return add_views(&va, &vb, vb.negative);
}

SB_EXPORT SbObject *sb_int_sub(SbThreadState *ts, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    int64_t r;
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b) &&
        !__builtin_sub_overflow(SbInt_COMPACT_VALUE(a), SbInt_COMPACT_VALUE(b), &r))
        return sb_int_from_i64(r);
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    if (sb_int_too_big(ts, (int64_t)(va.n > vb.n ? va.n : vb.n) + 1)) return NULL;
    return add_views(&va, &vb, vb.n ? !vb.negative : 0);
}

SB_EXPORT SbObject *sb_int_mul(SbThreadState *ts, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    int64_t r;
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b) &&
        !__builtin_mul_overflow(SbInt_COMPACT_VALUE(a), SbInt_COMPACT_VALUE(b), &r))
        return sb_int_from_i64(r);
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    if (va.n == 0 || vb.n == 0) return sb_int_from_i64(0);
    if (sb_int_too_big(ts, (int64_t)va.n + vb.n)) return NULL;
    SbIntObject *res = sb_int_alloc(va.n + vb.n);
    sb_mag_mul(va.d, va.n, vb.d, vb.n, res->digits);
    res->negative = va.negative != vb.negative;
    return sb_int_finish(res);
}

SbObject *sb_int_neg(SbThreadState *ts, SbObject *a) {
    (void)ts;
    a = sb_bool_as_int(a);
    if (SbInt_IS_COMPACT(a) && SbInt_COMPACT_VALUE(a) != INT64_MIN)
        return sb_int_from_i64(-SbInt_COMPACT_VALUE(a));
    SbIntView va;
    sb_int_view(a, &va);
    return sb_int_from_digits(!va.negative, va.d, va.n);
}

SB_EXPORT int sb_int_compare(SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b)) {
        int64_t x = SbInt_COMPACT_VALUE(a), y = SbInt_COMPACT_VALUE(b);
        return (x > y) - (x < y);
    }
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    if (va.negative != vb.negative) return va.negative ? -1 : 1;
    int c = sb_mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.negative ? -c : c;
}

SB_EXPORT int32_t sb_int_read(SbObject *o, int64_t *value, int32_t *negative,
                              uint32_t *digits, int32_t capacity) {
    o = sb_bool_as_int(o);
    SbIntObject *i = (SbIntObject *)o;
    if (i->ndigits == 0) {
        if (value) *value = i->value;
        if (negative) *negative = i->value < 0;
        return 0;
    }
    if (value) *value = 0;
    if (negative) *negative = i->negative;
    if (digits != NULL && capacity > 0) {
        int32_t n = capacity < i->ndigits ? capacity : i->ndigits;
        memcpy(digits, i->digits, (size_t)n * sizeof(uint32_t));
    }
    return i->ndigits;
}

// Correctly rounded: the top 64 bits with a sticky bit for everything below
// convert exactly-once-rounded, then ldexp scales without further rounding.
int sb_int_to_double(SbThreadState *ts, SbObject *a, double *out) {
    a = sb_bool_as_int(a);
    if (SbInt_IS_COMPACT(a)) {
        *out = (double)SbInt_COMPACT_VALUE(a);
        return 0;
    }
    SbIntView v;
    sb_int_view(a, &v);
    int64_t len = sb_mag_bitlen(v.d, v.n);
    if (len > 1024) goto overflow;
    double d;
    if (len <= 64) {
        d = (double)((uint64_t)v.d[0] | (v.n > 1 ? (uint64_t)v.d[1] << 32 : 0));
    } else {
        int64_t off = len - 64;
        uint32_t top[3] = {0, 0, 0};
        sb_mag_shr(v.d, v.n, off, top); // at most 3 digits: len - off = 64 bits
        uint64_t t = (uint64_t)top[0] | (uint64_t)top[1] << 32;
        int sticky = 0;
        int64_t w = off / 32;
        for (int64_t i = 0; i < w && !sticky; i++) sticky = v.d[i] != 0;
        if (!sticky && (off % 32)) sticky = (v.d[w] & ((1u << (off % 32)) - 1)) != 0;
        d = ldexp((double)(t | (uint64_t)sticky), (int)off);
    }
    if (isinf(d)) goto overflow;
    *out = v.negative ? -d : d;
    return 0;
overflow:
    sb_set_error(ts, SB_ERR_OVERFLOW);
    return -1;
}

SbObject *sb_int_from_double_exact(double f) {
    if (f >= -9223372036854775808.0 && f < 9223372036854775808.0) return sb_int_from_i64((int64_t)f);
    int e;
    double m = frexp(fabs(f), &e); // |f| = m * 2^e, 0.5 <= m < 1, e > 63
    uint64_t mant = (uint64_t)ldexp(m, 64);    // exact: 53 significant bits
    uint32_t md[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    int64_t shift = e - 64; // >= 0 because e > 63
    SbIntObject *r = sb_int_alloc(2 + (int32_t)(shift / 32) + 1);
    sb_mag_shl(md, 2, shift, r->digits);
    r->negative = f < 0;
    return sb_int_finish(r);
}
