// The object core: type objects, the immortal singletons (None, True, False,
// small ints -5..256), heap allocation and the per-thread live-object counter,
// sb_dealloc, frames, thread states and introspection for C#.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sb_internal.h"

SB_EXPORT const SbType SbNone_Type = {"NoneType", SB_KIND_NONE};
SB_EXPORT const SbType SbBool_Type = {"bool", SB_KIND_BOOL};
SB_EXPORT const SbType SbInt_Type = {"int", SB_KIND_INT};
SB_EXPORT const SbType SbFloat_Type = {"float", SB_KIND_FLOAT};
SB_EXPORT const SbType SbList_Type = {"list", SB_KIND_LIST};
SB_EXPORT const SbType SbTuple_Type = {"tuple", SB_KIND_TUPLE};
SB_EXPORT const SbType SbRange_Type = {"range", SB_KIND_RANGE};
SB_EXPORT const SbType SbRangeIter_Type = {"range_iterator", SB_KIND_RANGE_ITER};
SB_EXPORT const SbType SbListIter_Type = {"list_iterator", SB_KIND_LIST_ITER};

SB_EXPORT SbObject _SbNone = {SB_IMMORTAL_REFCNT, &SbNone_Type};
SB_EXPORT SbObject _SbTrue = {SB_IMMORTAL_REFCNT, &SbBool_Type};
SB_EXPORT SbObject _SbFalse = {SB_IMMORTAL_REFCNT, &SbBool_Type};

// The small-int table, built by the preprocessor: entry i holds i + SB_SMALL_INT_MIN.
#define SB_SI(v) {{SB_IMMORTAL_REFCNT, &SbInt_Type}, (v), 0, 0}
#define SB_SI4(v) SB_SI(v), SB_SI((v) + 1), SB_SI((v) + 2), SB_SI((v) + 3)
#define SB_SI16(v) SB_SI4(v), SB_SI4((v) + 4), SB_SI4((v) + 8), SB_SI4((v) + 12)
#define SB_SI64(v) SB_SI16(v), SB_SI16((v) + 16), SB_SI16((v) + 32), SB_SI16((v) + 48)
#define SB_SI256(v) SB_SI64(v), SB_SI64((v) + 64), SB_SI64((v) + 128), SB_SI64((v) + 192)
SB_EXPORT SbIntObject _SbSmallInts[SB_SMALL_INT_MAX - SB_SMALL_INT_MIN + 1] = {
    SB_SI256(SB_SMALL_INT_MIN), SB_SI4(251), SB_SI(255), SB_SI(256)};
_Static_assert(SB_SMALL_INT_MAX - SB_SMALL_INT_MIN + 1 == 256 + 4 + 2, "small-int table size");

_Thread_local int64_t sb_live_count;

// The largest single allocation the runtime may make, in bytes (0: no limit but the machine's).
// Tests lower it (sb_set_allocation_limit) to reach out-of-memory without using the memory.
static _Thread_local int64_t sb_allocation_limit;

SB_EXPORT void sb_set_allocation_limit(int64_t bytes) { sb_allocation_limit = bytes < 0 ? 0 : bytes; }

static void *sb_allocate(size_t n, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(n ? n : 1, size ? size : 1, &total)) return NULL;
    if (sb_allocation_limit > 0 && total > (uint64_t)sb_allocation_limit) return NULL;
    return calloc(1, total);
}

static _Noreturn void sb_out_of_memory(size_t n, size_t size, const char *what) {
    fprintf(stderr, "stencilbench: runtime out of memory allocating %zu bytes in %s\n",
            n * size, what);
    fflush(stderr);
    _Exit(SB_EXIT_CODE_OUT_OF_MEMORY);
}

void *sb_try_calloc(size_t n, size_t size) { return sb_allocate(n, size); }

void *sb_xmalloc_in(size_t n, const char *what) {
    void *p = sb_allocate(n, 1);
    if (p == NULL) sb_out_of_memory(n, 1, what);
    return p;
}

void *sb_xcalloc_in(size_t n, size_t size, const char *what) {
    void *p = sb_allocate(n, size);
    if (p == NULL) sb_out_of_memory(n, size, what);
    return p;
}

// A per-thread free list of small blocks, as CPython keeps for floats and ints: the boxed
// results of int and float arithmetic are allocated and freed once per uop, and malloc would
// otherwise dominate every backend's execution time alike. Every block on it came from
// malloc and holds at least SB_SMALL_BLOCK bytes.
#define SB_SMALL_BLOCK 32
#define SB_FREELIST_MAX 1024
static _Thread_local void *sb_freelist;
static _Thread_local int sb_freelist_len;

// The bytes an object needs now; never more than it was allocated with.
static size_t sb_object_size(SbObject *o) {
    switch (o->ob_type->kind) {
    case SB_KIND_INT: return sizeof(SbIntObject) + (size_t)((SbIntObject *)o)->ndigits * sizeof(uint32_t);
    case SB_KIND_FLOAT: return sizeof(SbFloatObject);
    case SB_KIND_LIST: return sizeof(SbListObject);
    case SB_KIND_TUPLE: return sizeof(SbTupleObject) + (size_t)((SbTupleObject *)o)->size * sizeof(SbObject *);
    case SB_KIND_RANGE: return sizeof(SbRangeObject);
    case SB_KIND_RANGE_ITER: return sizeof(SbRangeIterObject);
    case SB_KIND_LIST_ITER: return sizeof(SbListIterObject);
    default: return SIZE_MAX;
    }
}

SbObject *sb_object_try_alloc(const SbType *type, size_t size) {
    SbObject *o;
    if (size <= SB_SMALL_BLOCK && sb_freelist != NULL) {
        o = sb_freelist;
        sb_freelist = *(void **)o;
        sb_freelist_len--;
        memset(o, 0, SB_SMALL_BLOCK);
    } else {
        o = sb_allocate(1, size <= SB_SMALL_BLOCK ? SB_SMALL_BLOCK : size);
        if (o == NULL) return NULL;
    }
    o->ob_refcnt = 1;
    o->ob_type = type;
    sb_live_count++;
    return o;
}

SbObject *sb_object_alloc(const SbType *type, size_t size) {
    SbObject *o = sb_object_try_alloc(type, size);
    if (o == NULL) sb_out_of_memory(size, 1, type->name);
    return o;
}

void sb_object_free(SbObject *o) {
    sb_live_count--;
    if (sb_object_size(o) <= SB_SMALL_BLOCK && sb_freelist_len < SB_FREELIST_MAX) {
        *(void **)o = sb_freelist;
        sb_freelist = o;
        sb_freelist_len++;
        return;
    }
    free(o);
}

void sb_set_error(SbThreadState *ts, int kind) {
    if (ts != NULL) ts->error_kind = kind;
}

SbObject *sb_bool_as_int(SbObject *o) {
    if (o == SB_TRUE) return (SbObject *)&_SbSmallInts[1 - SB_SMALL_INT_MIN];
    if (o == SB_FALSE) return (SbObject *)&_SbSmallInts[0 - SB_SMALL_INT_MIN];
    return o;
}

SB_EXPORT int64_t sb_live_objects(void) { return sb_live_count; }

SB_EXPORT void sb_dealloc(SbObject *o) {
    switch (o->ob_type->kind) {
    case SB_KIND_NONE:
    case SB_KIND_BOOL:
    case SB_KIND_BUILTIN:
        return; // immortal: never freed
    case SB_KIND_INT:
        if (o >= &_SbSmallInts[0].ob_base &&
            o <= &_SbSmallInts[SB_SMALL_INT_MAX - SB_SMALL_INT_MIN].ob_base)
            return; // immortal
        break;
    case SB_KIND_LIST:
        sb_list_dealloc(o);
        break;
    case SB_KIND_TUPLE:
        sb_tuple_dealloc(o);
        break;
    case SB_KIND_LIST_ITER: {
        SbListIterObject *it = (SbListIterObject *)o;
        SbObject *seq = (SbObject *)it->seq;
        it->seq = NULL;
        Sb_XDECREF(seq);
        break;
    }
    default: // float, range, range iterator: no references held
        break;
    }
    sb_object_free(o);
}

// ---- Frames and thread states -------------------------------------------------------------------

SB_EXPORT SbFrame *sb_frame_new(int32_t nlocals, int32_t capacity) {
    if (capacity < nlocals) capacity = nlocals;
    if (nlocals < 0) nlocals = 0;
    SbFrame *f = sb_xcalloc(1, sizeof(SbFrame) + (size_t)capacity * sizeof(SbObject *));
    f->nlocals = nlocals;
    f->capacity = capacity;
    f->instr_ptr = 0;
    f->stackpointer = &f->localsplus[nlocals];
    return f;
}

SB_EXPORT void sb_frame_free(SbFrame *f) {
    if (f == NULL) return;
    for (SbObject **p = f->localsplus; p < f->stackpointer; p++) {
        SbObject *o = *p;
        *p = NULL;
        Sb_XDECREF(o);
    }
    free(f);
}

SB_EXPORT SbThreadState *sb_threadstate_new(void) {
    SbThreadState *ts = sb_xcalloc(1, sizeof(SbThreadState));
    ts->executor_valid = 1;
    return ts;
}

SB_EXPORT void sb_threadstate_free(SbThreadState *ts) { free(ts); }

// ---- Introspection -------------------------------------------------------------------------------

SB_EXPORT int64_t sb_kind(SbObject *o) { return o->ob_type->kind; }
SB_EXPORT int64_t sb_refcnt(SbObject *o) { return o->ob_refcnt; }
