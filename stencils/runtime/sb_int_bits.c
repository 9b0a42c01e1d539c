// int shifts and bitwise and/or/xor, for all sizes. Python semantics: right
// shift floors (-5 >> 1 == -3), bitwise ops act on infinite two's complement.
// Negative shift counts are SB_ERR_VALUE; a left shift by a count that is not
// compact (or would need more than 2^31 digits) is SB_ERR_OVERFLOW.
#include <stdlib.h>
#include <string.h>
#include "sb_internal.h"

SbObject *sb_int_lshift(SbThreadState *ts, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    if (sb_int_compare(b, sb_bool_as_int(SB_FALSE)) < 0) {
        sb_set_error(ts, SB_ERR_VALUE);
        return NULL;
    }
    if (sb_int_is_zero(a)) return sb_int_from_i64(0);
    if (!SbInt_IS_COMPACT(b) || SbInt_COMPACT_VALUE(b) > ((int64_t)1 << 35)) {
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    int64_t n = SbInt_COMPACT_VALUE(b);
    if (SbInt_IS_COMPACT(a) && n < 63) {
        int64_t x = SbInt_COMPACT_VALUE(a);
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x) return sb_int_from_i64(r);
    }
    SbIntView va;
    sb_int_view(a, &va);
    if (sb_int_too_big(ts, (int64_t)va.n + n / 32 + 1)) return NULL;
    SbIntObject *r = sb_int_alloc(va.n + (int32_t)(n / 32) + 1);
    sb_mag_shl(va.d, va.n, n, r->digits);
    r->negative = va.negative;
    return sb_int_finish(r);
}

SbObject *sb_int_rshift(SbThreadState *ts, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    if (sb_int_compare(b, sb_bool_as_int(SB_FALSE)) < 0) {
        sb_set_error(ts, SB_ERR_VALUE);
        return NULL;
    }
    SbIntView va;
    sb_int_view(a, &va);
    if (!SbInt_IS_COMPACT(b)) return sb_int_from_i64(va.negative ? -1 : 0);
    int64_t n = SbInt_COMPACT_VALUE(b);
    if (SbInt_IS_COMPACT(a)) {
        int64_t x = SbInt_COMPACT_VALUE(a);
        return sb_int_from_i64(n >= 64 ? (x < 0 ? -1 : 0) : x >> n); // arithmetic shift
    }
    SbIntObject *r = sb_int_alloc(va.n + 1);
    if (!va.negative) {
        sb_mag_shr(va.d, va.n, n, r->digits);
        return sb_int_finish(r);
    }
    // a < 0: a >> n == -(((|a| - 1) >> n) + 1)
    uint32_t *t = sb_xmalloc((size_t)va.n * sizeof(uint32_t));
    memcpy(t, va.d, (size_t)va.n * sizeof(uint32_t));
    sb_mag_dec(t, va.n);
    sb_mag_shr(t, va.n, n, r->digits);
    free(t);
    sb_mag_inc(r->digits, r->ndigits);
    r->negative = 1;
    return sb_int_finish(r);
}

// Two's complement of v in exactly w digits (w > v->n, so the top digit is the sign).
static void to_twos(const SbIntView *v, uint32_t *out, int32_t w) {
    memset(out, 0, (size_t)w * sizeof(uint32_t));
    memcpy(out, v->d, (size_t)v->n * sizeof(uint32_t));
    if (v->negative) {
        for (int32_t i = 0; i < w; i++) out[i] = ~out[i];
        sb_mag_inc(out, w);
    }
}

SbObject *sb_int_bitop(SbThreadState *ts, int op, SbObject *a, SbObject *b) {
    a = sb_bool_as_int(a);
    b = sb_bool_as_int(b);
    if (SbInt_IS_COMPACT(a) && SbInt_IS_COMPACT(b)) {
        int64_t x = SbInt_COMPACT_VALUE(a), y = SbInt_COMPACT_VALUE(b);
        switch (op) {
        case SB_NB_AND: return sb_int_from_i64(x & y);
        case SB_NB_OR: return sb_int_from_i64(x | y);
        case SB_NB_XOR: return sb_int_from_i64(x ^ y);
        }
        sb_set_error(ts, SB_ERR_TYPE);
        return NULL;
    }
    SbIntView va, vb;
    sb_int_view(a, &va);
    sb_int_view(b, &vb);
    int32_t w = (va.n > vb.n ? va.n : vb.n) + 1;
    uint32_t *x = sb_xmalloc((size_t)w * sizeof(uint32_t));
    uint32_t *y = sb_xmalloc((size_t)w * sizeof(uint32_t));
    to_twos(&va, x, w);
    to_twos(&vb, y, w);
    SbIntObject *r = sb_int_alloc(w);
    for (int32_t i = 0; i < w; i++)
        r->digits[i] = op == SB_NB_AND ? x[i] & y[i] : op == SB_NB_OR ? x[i] | y[i] : x[i] ^ y[i];
    free(x);
    free(y);
    if (r->digits[w - 1] & 0x80000000u) { // negative: back to sign-magnitude
        for (int32_t i = 0; i < w; i++) r->digits[i] = ~r->digits[i];
        sb_mag_inc(r->digits, w);
        r->negative = 1;
    }
    return sb_int_finish(r);
}
