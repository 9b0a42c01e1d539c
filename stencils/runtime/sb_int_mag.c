// Unsigned magnitude arithmetic on arrays of 32-bit digits (least significant
// first): compare, add, subtract, schoolbook multiply, long division (Knuth's
// algorithm D), shifts. No objects and no signs here; sb_int*.c build on it.
#include <stdlib.h>
#include <string.h>
#include "sb_internal.h"

int32_t sb_mag_normlen(const uint32_t *a, int32_t n) {
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

int sb_mag_cmp(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb) {
    na = sb_mag_normlen(a, na);
    nb = sb_mag_normlen(b, nb);
    if (na != nb) return na < nb ? -1 : 1;
    for (int32_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

void sb_mag_add(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    if (na < nb) {
        const uint32_t *t = a; a = b; b = t;
        int32_t tn = na; na = nb; nb = tn;
    }
    uint64_t carry = 0;
    int32_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
    out[na] = (uint32_t)carry;
}

void sb_mag_sub(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    int64_t borrow = 0;
    for (int32_t i = 0; i < na; i++) {
        int64_t t = (int64_t)a[i] - (i < nb ? (int64_t)b[i] : 0) - borrow;
        out[i] = (uint32_t)t;
        borrow = t < 0;
    }
}

void sb_mag_mul(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out) {
    memset(out, 0, (size_t)(na + nb) * sizeof(uint32_t));
    for (int32_t i = 0; i < na; i++) {
        uint64_t carry = 0, ai = a[i];
        if (ai == 0) continue;
        for (int32_t j = 0; j < nb; j++) {
            carry += ai * b[j] + out[i + j]; // < 2^64: (2^32-1)^2 + 2*(2^32-1)
            out[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        out[i + nb] = (uint32_t)carry;
    }
}

void sb_mag_inc(uint32_t *a, int32_t n) {
    for (int32_t i = 0; i < n; i++)
        if (++a[i] != 0) return;
}

void sb_mag_dec(uint32_t *a, int32_t n) {
    for (int32_t i = 0; i < n; i++)
        if (a[i]-- != 0) return;
}

int64_t sb_mag_bitlen(const uint32_t *a, int32_t n) {
    if (n == 0) return 0;
    return (int64_t)(n - 1) * 32 + (32 - __builtin_clz(a[n - 1]));
}

void sb_mag_shl(const uint32_t *a, int32_t na, int64_t shift, uint32_t *out) {
    int64_t w = shift / 32;
    int s = (int)(shift % 32);
    memset(out, 0, (size_t)w * sizeof(uint32_t));
    uint32_t carry = 0;
    for (int32_t i = 0; i < na; i++) {
        out[w + i] = s ? (a[i] << s) | carry : a[i];
        carry = s ? a[i] >> (32 - s) : 0;
    }
    out[w + na] = carry;
}

int32_t sb_mag_shr(const uint32_t *a, int32_t na, int64_t shift, uint32_t *out) {
    int64_t w = shift / 32;
    int s = (int)(shift % 32);
    if (w >= na) return 0;
    int32_t n = na - (int32_t)w;
    for (int32_t i = 0; i < n; i++) {
        uint32_t lo = a[w + i] >> s;
        uint32_t hi = (s && i + 1 < n) ? a[w + i + 1] << (32 - s) : 0;
        out[i] = lo | hi;
    }
    return n;
}

// Long division. Divisor and the dividend are shifted so the divisor's top
// digit has its high bit set; then each quotient digit is estimated from the
// top two dividend digits, corrected at most twice, and multiplied back.
void sb_mag_divmod(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb,
                   uint32_t *q, uint32_t *r) {
    if (nb == 1) {
        uint64_t rem = 0, d = b[0];
        for (int32_t i = na - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | a[i];
            q[i] = (uint32_t)(cur / d);
            rem = cur % d;
        }
        r[0] = (uint32_t)rem;
        return;
    }
    int s = __builtin_clz(b[nb - 1]);
    uint32_t *v = sb_xmalloc((size_t)nb * sizeof(uint32_t));
    uint32_t *u = sb_xmalloc((size_t)(na + 1) * sizeof(uint32_t));
    for (int32_t i = nb - 1; i > 0; i--)
        v[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    v[0] = b[0] << s;
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (int32_t i = na - 1; i > 0; i--)
        u[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    u[0] = a[0] << s;

    const uint64_t base = (uint64_t)1 << 32;
    for (int32_t j = na - nb; j >= 0; j--) {
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = num / v[nb - 1];
        uint64_t rhat = num % v[nb - 1];
        while (qhat >= base || qhat * v[nb - 2] > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += v[nb - 1];
            if (rhat >= base) break;
        }
        // u[j .. j+nb] -= qhat * v
        int64_t borrow = 0, t;
        for (int32_t i = 0; i < nb; i++) {
            uint64_t p = qhat * v[i];
            t = (int64_t)u[i + j] - borrow - (int64_t)(p & 0xFFFFFFFFu);
            u[i + j] = (uint32_t)t;
            borrow = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)u[j + nb] - borrow;
        u[j + nb] = (uint32_t)t;
        if (t < 0) { // estimate was one too big: add v back
            qhat--;
            uint64_t carry = 0;
            for (int32_t i = 0; i < nb; i++) {
                carry += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)carry;
                carry >>= 32;
            }
            u[j + nb] += (uint32_t)carry;
        }
        q[j] = (uint32_t)qhat;
    }
    for (int32_t i = 0; i < nb; i++)
        r[i] = s ? (u[i] >> s) | (u[i + 1] << (32 - s)) : u[i];
    free(u);
    free(v);
}
