// Private to the runtime's .c files (not freestanding: uses libc). Shared
// allocation helpers, the live-object counter, and the internal entry points
// that one runtime file offers another (int magnitudes, int/float arithmetic,
// container helpers). Nothing here is exported from the shared library.
#ifndef SB_INTERNAL_H
#define SB_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "sb_runtime.h"

// ---- Objects (sb_object.c) ------------------------------------------------------------------
extern _Thread_local int64_t sb_live_count;
void *sb_xmalloc(size_t n);                 // aborts on out-of-memory
void *sb_xcalloc(size_t n, size_t size);    // aborts on out-of-memory
SbObject *sb_object_alloc(const SbType *type, size_t size); // zeroed, refcnt 1, counted
void sb_object_free(SbObject *o);           // uncounts and frees the block only
void sb_set_error(SbThreadState *ts, int kind);
static inline int sb_is_int_like(SbObject *o) {
    return Sb_IS_TYPE(o, SbInt_Type) || Sb_IS_TYPE(o, SbBool_Type);
}
// True/False as the immortal small ints 1/0; any other object unchanged (borrowed).
SbObject *sb_bool_as_int(SbObject *o);

// ---- Digit arrays (sb_int_mag.c): unsigned magnitudes, least significant first ---------------
int sb_mag_cmp(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb);
int32_t sb_mag_normlen(const uint32_t *a, int32_t n);               // n without leading zeros
void sb_mag_add(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out);
                                                                   // out: max(na,nb)+1 digits
void sb_mag_sub(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out);
                                                                   // a >= b; out: na digits
void sb_mag_mul(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb, uint32_t *out);
                                                                   // out: na+nb digits
void sb_mag_divmod(const uint32_t *a, int32_t na, const uint32_t *b, int32_t nb,
                   uint32_t *q, uint32_t *r);  // na >= nb >= 1, b normalised;
                                               // q: na-nb+1 digits, r: nb digits
void sb_mag_shl(const uint32_t *a, int32_t na, int64_t shift, uint32_t *out);
                                               // out: na + shift/32 + 1 digits
int32_t sb_mag_shr(const uint32_t *a, int32_t na, int64_t shift, uint32_t *out);
                                               // out: na - shift/32 digits (if > 0); returns it
int64_t sb_mag_bitlen(const uint32_t *a, int32_t n);                // n normalised
void sb_mag_inc(uint32_t *a, int32_t n);       // a += 1 (caller leaves room for a carry)
void sb_mag_dec(uint32_t *a, int32_t n);       // a -= 1 (a > 0)

// ---- int objects (sb_int.c) -------------------------------------------------------------------
// A read-only sign-magnitude view of any int (or bool); for compact values the
// digits live in buf, so a view must not be copied.
typedef struct {
    int negative;
    int32_t n;
    const uint32_t *d;
    uint32_t buf[2];
} SbIntView;
void sb_int_view(SbObject *o, SbIntView *v);
SbIntObject *sb_int_alloc(int32_t ndigits);    // digits zeroed, sign positive, counted
SbObject *sb_int_finish(SbIntObject *r);       // normalise (may free r and return compact)
SbObject *sb_int_neg(SbThreadState *ts, SbObject *a);
int sb_int_is_zero(SbObject *a);
int sb_int_to_double(SbThreadState *ts, SbObject *a, double *out); // 0, or -1 (OVERFLOW)
SbObject *sb_int_from_double_exact(double f);  // f finite and integral

// ---- int division, power (sb_int_ops.c), bits (sb_int_bits.c) ----------------------------------
SbObject *sb_int_floordiv(SbThreadState *ts, SbObject *a, SbObject *b);
SbObject *sb_int_mod(SbThreadState *ts, SbObject *a, SbObject *b);
SbObject *sb_int_truediv(SbThreadState *ts, SbObject *a, SbObject *b);
SbObject *sb_int_pow(SbThreadState *ts, SbObject *a, SbObject *b);
SbObject *sb_int_lshift(SbThreadState *ts, SbObject *a, SbObject *b);
SbObject *sb_int_rshift(SbThreadState *ts, SbObject *a, SbObject *b);
SbObject *sb_int_bitop(SbThreadState *ts, int op, SbObject *a, SbObject *b); // SB_NB_AND/OR/XOR

// ---- float (sb_float.c) ----------------------------------------------------------------------
SbObject *sb_float_binop(SbThreadState *ts, int op, double a, double b); // NULL if unsupported op
                                                                        // (error TYPE) or error
int sb_int_float_cmp(SbObject *i, double f);   // -1, 0, 1, or 2 if f is NaN

// ---- containers (sb_containers.c) -----------------------------------------------------------
SbObject *sb_seq_concat(SbThreadState *ts, SbObject *a, SbObject *b);    // list+list, tuple+tuple
SbObject *sb_seq_repeat(SbThreadState *ts, SbObject *seq, SbObject *n);  // list/tuple * int
void sb_list_dealloc(SbObject *o);
void sb_tuple_dealloc(SbObject *o);

// ---- comparison (sb_ops.c) ----------------------------------------------------------------------
int sb_richcompare(SbThreadState *ts, SbObject *a, SbObject *b, int op); // 1, 0, -1 error

#endif
