// _BINARY_OP_EXTEND's descriptor table, in the spirit of CPython 3.14's
// binary_op_extend_descrs: each entry pairs a guard (1 when both operand types
// fit) with an action that cannot fail (new reference; arguments not stolen).
// "compact int" means an exact int (not bool) with ndigits == 0.
//
//   index  oparg           guard                          action
//   0      NB_ADD          compact int, float             (double)l + r
//   1      NB_ADD          float, compact int             l + (double)r
//   2      NB_SUBTRACT     compact int, float             (double)l - r
//   3      NB_SUBTRACT     float, compact int             l - (double)r
//   4      NB_MULTIPLY     compact int, float             (double)l * r
//   5      NB_MULTIPLY     float, compact int             l * (double)r
//   6      NB_TRUE_DIVIDE  compact int, nonzero float     (double)l / r
//   7      NB_TRUE_DIVIDE  float, nonzero compact int     l / (double)r
//   8      NB_OR           compact int, compact int       l | r
//   9      NB_AND          compact int, compact int       l & r
//   10     NB_XOR          compact int, compact int       l ^ r
#include "sb_internal.h"

static int compact_int(SbObject *o) { return Sb_IS_TYPE(o, SbInt_Type) && SbInt_IS_COMPACT(o); }
static int is_float(SbObject *o) { return Sb_IS_TYPE(o, SbFloat_Type); }

static int g_int_float(SbObject *l, SbObject *r) { return compact_int(l) && is_float(r); }
static int g_float_int(SbObject *l, SbObject *r) { return is_float(l) && compact_int(r); }
static int g_int_nzfloat(SbObject *l, SbObject *r) {
    return g_int_float(l, r) && SbFloat_AS_DOUBLE(r) != 0.0;
}
static int g_float_nzint(SbObject *l, SbObject *r) {
    return g_float_int(l, r) && SbInt_COMPACT_VALUE(r) != 0;
}
static int g_int_int(SbObject *l, SbObject *r) { return compact_int(l) && compact_int(r); }

#define IV(o) ((double)SbInt_COMPACT_VALUE(o))
#define FV(o) SbFloat_AS_DOUBLE(o)
static SbObject *a_int_add_float(SbObject *l, SbObject *r) { return sb_float_from_double(IV(l) + FV(r)); }
static SbObject *a_float_add_int(SbObject *l, SbObject *r) { return sb_float_from_double(FV(l) + IV(r)); }
static SbObject *a_int_sub_float(SbObject *l, SbObject *r) { return sb_float_from_double(IV(l) - FV(r)); }
static SbObject *a_float_sub_int(SbObject *l, SbObject *r) { return sb_float_from_double(FV(l) - IV(r)); }
static SbObject *a_int_mul_float(SbObject *l, SbObject *r) { return sb_float_from_double(IV(l) * FV(r)); }
static SbObject *a_float_mul_int(SbObject *l, SbObject *r) { return sb_float_from_double(FV(l) * IV(r)); }
static SbObject *a_int_div_float(SbObject *l, SbObject *r) { return sb_float_from_double(IV(l) / FV(r)); }
static SbObject *a_float_div_int(SbObject *l, SbObject *r) { return sb_float_from_double(FV(l) / IV(r)); }
static SbObject *a_or(SbObject *l, SbObject *r) {
    return sb_int_from_i64(SbInt_COMPACT_VALUE(l) | SbInt_COMPACT_VALUE(r));
}
static SbObject *a_and(SbObject *l, SbObject *r) {
    return sb_int_from_i64(SbInt_COMPACT_VALUE(l) & SbInt_COMPACT_VALUE(r));
}
static SbObject *a_xor(SbObject *l, SbObject *r) {
    return sb_int_from_i64(SbInt_COMPACT_VALUE(l) ^ SbInt_COMPACT_VALUE(r));
}

// The Microsoft-x64 face of each guard and action (sb_msabi.c), for stencils built for Windows
// running on this SysV host; on other architectures the functions themselves.
#if defined(__x86_64__) && !defined(_WIN32)
#define SB_MSABI_GUARD(G) \
    static __attribute__((ms_abi)) int msabi_##G(SbObject *l, SbObject *r) { return G(l, r); }
#define SB_MSABI_ACTION(A) \
    static __attribute__((ms_abi)) SbObject *msabi_##A(SbObject *l, SbObject *r) { return A(l, r); }
#define SB_MSABI(F) ((void *)msabi_##F)
#else
#define SB_MSABI_GUARD(G)
#define SB_MSABI_ACTION(A)
#define SB_MSABI(F) ((void *)F)
#endif
SB_MSABI_GUARD(g_int_float) SB_MSABI_GUARD(g_float_int) SB_MSABI_GUARD(g_int_nzfloat)
SB_MSABI_GUARD(g_float_nzint) SB_MSABI_GUARD(g_int_int)
SB_MSABI_ACTION(a_int_add_float) SB_MSABI_ACTION(a_float_add_int) SB_MSABI_ACTION(a_int_sub_float)
SB_MSABI_ACTION(a_float_sub_int) SB_MSABI_ACTION(a_int_mul_float) SB_MSABI_ACTION(a_float_mul_int)
SB_MSABI_ACTION(a_int_div_float) SB_MSABI_ACTION(a_float_div_int) SB_MSABI_ACTION(a_or)
SB_MSABI_ACTION(a_and) SB_MSABI_ACTION(a_xor)

#define SB_DESCR(OP, G, A) {OP, G, A, SB_MSABI(G), SB_MSABI(A)}
static const SbBinaryOpDescr descrs[] = {
    SB_DESCR(SB_NB_ADD, g_int_float, a_int_add_float),
    SB_DESCR(SB_NB_ADD, g_float_int, a_float_add_int),
    SB_DESCR(SB_NB_SUBTRACT, g_int_float, a_int_sub_float),
    SB_DESCR(SB_NB_SUBTRACT, g_float_int, a_float_sub_int),
    SB_DESCR(SB_NB_MULTIPLY, g_int_float, a_int_mul_float),
    SB_DESCR(SB_NB_MULTIPLY, g_float_int, a_float_mul_int),
    SB_DESCR(SB_NB_TRUE_DIVIDE, g_int_nzfloat, a_int_div_float),
    SB_DESCR(SB_NB_TRUE_DIVIDE, g_float_nzint, a_float_div_int),
    SB_DESCR(SB_NB_OR, g_int_int, a_or),
    SB_DESCR(SB_NB_AND, g_int_int, a_and),
    SB_DESCR(SB_NB_XOR, g_int_int, a_xor),
};

SB_EXPORT const SbBinaryOpDescr *sb_binary_op_extend_descr(int index) {
    if (index < 0 || index >= (int)(sizeof(descrs) / sizeof(descrs[0]))) return NULL;
    return &descrs[index];
}
