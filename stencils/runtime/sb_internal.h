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
// Out of memory where no error can be raised (an object for a uop without an error exit, a
// frame, a scratch buffer): sb_xmalloc and sb_xcalloc print one line to stderr,
// "stencilbench: runtime out of memory allocating N bytes in <what>", and end the process with
// SB_EXIT_CODE_OUT_OF_MEMORY, so the harness's worker names the failure instead of a bare abort.
// Where a uop can raise, the caller uses sb_try_calloc and raises SB_ERR_MEMORY instead.
#define SB_EXIT_CODE_OUT_OF_MEMORY 86
extern _Thread_local int64_t sb_live_count;
void *sb_xmalloc_in(size_t n, const char *what);              // never NULL: out of memory
void *sb_xcalloc_in(size_t n, size_t size, const char *what); // ends the process (above)
#define sb_xmalloc(n) sb_xmalloc_in((n), __func__)
#define sb_xcalloc(n, size) sb_xcalloc_in((n), (size), __func__)
void *sb_try_calloc(size_t n, size_t size); // NULL when out of memory or past the test limit
SbObject *sb_object_alloc(const SbType *type, size_t size); // zeroed, refcnt 1, counted
SbObject *sb_object_try_alloc(const SbType *type, size_t size); // the same, or NULL
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
// The most 32-bit digits a run-time int may have: 10,400 digits hold the 100,000 decimal digits
// of TraceLimits.MaxIntDigits, and a schoolbook product of two of them takes ~0.1 s. An
// operation whose result could be larger raises SB_ERR_MEMORY (Python's MemoryError) up front.
#define SB_MAX_INT_DIGITS 10400
int sb_int_too_big(SbThreadState *ts, int64_t ndigits); // 1 (error set) past the limit, else 0
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
