// Containers: list, tuple, range, their iterators and sb_get_iter, plus
// sequence concatenation and repetition for sb_binary_op.
//
// Iterating a tuple: sb_get_iter copies the tuple's items into a fresh list
// and returns a list iterator over that copy (a tuple is immutable, so this
// yields exactly the tuple's values and the list-iterator uops apply).
#include <stdlib.h>
#include <string.h>
#include "sb_internal.h"

SB_EXPORT SbObject *sb_list_new(int64_t size) {
    if (size < 0) size = 0;
    SbListObject *l = (SbListObject *)sb_object_alloc(&SbList_Type, sizeof(SbListObject));
    l->items = size ? sb_xcalloc((size_t)size, sizeof(SbObject *)) : NULL;
    l->size = size;
    l->allocated = size;
    return &l->ob_base;
}

SB_EXPORT void sb_list_set_item(SbObject *o, int64_t i, SbObject *v) {
    SbListObject *l = (SbListObject *)o;
    if (i < 0 || i >= l->size) { // out of range: drop the stolen reference
        Sb_XDECREF(v);
        return;
    }
    SbObject *old = l->items[i];
    l->items[i] = v;
    Sb_XDECREF(old);
}

void sb_list_dealloc(SbObject *o) {
    SbListObject *l = (SbListObject *)o;
    SbObject **items = l->items;
    int64_t n = l->size;
    l->items = NULL;
    l->size = l->allocated = 0;
    for (int64_t i = 0; i < n; i++) Sb_XDECREF(items[i]);
    free(items);
}

SB_EXPORT SbObject *sb_tuple_new(int64_t size) {
    if (size < 0) size = 0;
    SbTupleObject *t = (SbTupleObject *)sb_object_alloc(
        &SbTuple_Type, sizeof(SbTupleObject) + (size_t)size * sizeof(SbObject *));
    t->size = size;
    return &t->ob_base;
}

SB_EXPORT void sb_tuple_set_item(SbObject *o, int64_t i, SbObject *v) {
    SbTupleObject *t = (SbTupleObject *)o;
    if (i < 0 || i >= t->size) {
        Sb_XDECREF(v);
        return;
    }
    SbObject *old = t->items[i];
    t->items[i] = v;
    Sb_XDECREF(old);
}

void sb_tuple_dealloc(SbObject *o) {
    SbTupleObject *t = (SbTupleObject *)o;
    for (int64_t i = 0; i < t->size; i++) {
        SbObject *v = t->items[i];
        t->items[i] = NULL;
        Sb_XDECREF(v);
    }
}

// Python's len(range(...)); step 0 is Python's ValueError: returns NULL.
SB_EXPORT SbObject *sb_range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) return NULL;
    uint64_t len = 0;
    if (step > 0 && start < stop)
        len = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop)
        len = ((uint64_t)start - (uint64_t)stop - 1) / (~(uint64_t)step + 1) + 1;
    if (len > (uint64_t)INT64_MAX) len = INT64_MAX; // only range(INT64_MIN, INT64_MAX)
    SbRangeObject *r = (SbRangeObject *)sb_object_alloc(&SbRange_Type, sizeof(SbRangeObject));
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = (int64_t)len;
    return &r->ob_base;
}

static SbObject *list_iter_new(SbListObject *l) { // steals l
    SbListIterObject *it =
        (SbListIterObject *)sb_object_alloc(&SbListIter_Type, sizeof(SbListIterObject));
    it->index = 0;
    it->seq = l;
    return &it->ob_base;
}

SB_EXPORT SbObject *sb_get_iter(SbThreadState *ts, SbObject *o) {
    switch (o->ob_type->kind) {
    case SB_KIND_RANGE: {
        SbRangeObject *r = (SbRangeObject *)o;
        SbRangeIterObject *it =
            (SbRangeIterObject *)sb_object_alloc(&SbRangeIter_Type, sizeof(SbRangeIterObject));
        it->start = r->start;
        it->step = r->step;
        it->len = r->length;
        return &it->ob_base;
    }
    case SB_KIND_LIST:
        Sb_INCREF(o);
        return list_iter_new((SbListObject *)o);
    case SB_KIND_TUPLE: {
        SbTupleObject *t = (SbTupleObject *)o;
        SbListObject *copy = (SbListObject *)sb_list_new(t->size);
        for (int64_t i = 0; i < t->size; i++) {
            if (t->items[i]) Sb_INCREF(t->items[i]);
            copy->items[i] = t->items[i];
        }
        return list_iter_new(copy);
    }
    case SB_KIND_RANGE_ITER:
    case SB_KIND_LIST_ITER:
        Sb_INCREF(o);
        return o;
    default:
        sb_set_error(ts, SB_ERR_TYPE);
        return NULL;
    }
}

// ---- Sequence + and * ----------------------------------------------------------------------

static int64_t seq_size(SbObject *o) {
    return Sb_IS_TYPE(o, SbList_Type) ? ((SbListObject *)o)->size : ((SbTupleObject *)o)->size;
}

static SbObject **seq_items(SbObject *o) {
    return Sb_IS_TYPE(o, SbList_Type) ? ((SbListObject *)o)->items : ((SbTupleObject *)o)->items;
}

// The most items a list or tuple made by + or * may hold: TraceLimits.MaxElements (80 MB of
// pointers). Past it the operation raises SB_ERR_MEMORY (Python's MemoryError) before allocating.
#define SB_MAX_SEQUENCE_ITEMS ((int64_t)10000000)

// A new list or tuple of o's type with size NULL items, or NULL with SB_ERR_MEMORY.
static SbObject *seq_try_new_like(SbThreadState *ts, SbObject *o, int64_t size) {
    SbObject *r = NULL;
    if (Sb_IS_TYPE(o, SbList_Type)) {
        SbObject **items = size ? sb_try_calloc((size_t)size, sizeof(SbObject *)) : NULL;
        if (size == 0 || items != NULL) r = sb_object_try_alloc(&SbList_Type, sizeof(SbListObject));
        if (r == NULL) {
            free(items);
        } else {
            SbListObject *l = (SbListObject *)r;
            l->items = items;
            l->size = l->allocated = size;
        }
    } else {
        r = sb_object_try_alloc(&SbTuple_Type, sizeof(SbTupleObject) + (size_t)size * sizeof(SbObject *));
        if (r != NULL) ((SbTupleObject *)r)->size = size;
    }
    if (r == NULL) sb_set_error(ts, SB_ERR_MEMORY);
    return r;
}

// Copies `count` repetitions of a[0..na) then b[0..nb) into a new sequence of like's type.
static SbObject *seq_fill(SbThreadState *ts, SbObject *like, SbObject **a, int64_t na,
                          SbObject **b, int64_t nb, int64_t count) {
    SbObject *r = seq_try_new_like(ts, like, (na + nb) * count);
    if (r == NULL) return NULL;
    SbObject **out = seq_items(r);
    for (int64_t c = 0; c < count; c++) {
        for (int64_t i = 0; i < na; i++) {
            if (a[i]) Sb_INCREF(a[i]);
            *out++ = a[i];
        }
        for (int64_t i = 0; i < nb; i++) {
            if (b[i]) Sb_INCREF(b[i]);
            *out++ = b[i];
        }
    }
    return r;
}

SbObject *sb_seq_concat(SbThreadState *ts, SbObject *a, SbObject *b) {
    if (Sb_TYPE(a) != Sb_TYPE(b) ||
        !(Sb_IS_TYPE(a, SbList_Type) || Sb_IS_TYPE(a, SbTuple_Type))) {
        sb_set_error(ts, SB_ERR_TYPE);
        return NULL;
    }
    if (seq_size(a) + seq_size(b) > SB_MAX_SEQUENCE_ITEMS) { // each size is at most the limit
        sb_set_error(ts, SB_ERR_MEMORY);
        return NULL;
    }
    return seq_fill(ts, a, seq_items(a), seq_size(a), seq_items(b), seq_size(b), 1);
}

SbObject *sb_seq_repeat(SbThreadState *ts, SbObject *seq, SbObject *n) {
    n = sb_bool_as_int(n);
    int64_t count;
    if (!SbInt_IS_COMPACT(n)) {
        SbIntView v;
        sb_int_view(n, &v);
        if (!v.negative && seq_size(seq) > 0) {
            sb_set_error(ts, SB_ERR_OVERFLOW);
            return NULL;
        }
        count = 0;
    } else {
        count = SbInt_COMPACT_VALUE(n) < 0 ? 0 : SbInt_COMPACT_VALUE(n);
    }
    int64_t size = seq_size(seq), total;
    if (__builtin_mul_overflow(size, count, &total) || total > ((int64_t)1 << 40)) {
        sb_set_error(ts, SB_ERR_OVERFLOW);
        return NULL;
    }
    if (total > SB_MAX_SEQUENCE_ITEMS) {
        sb_set_error(ts, SB_ERR_MEMORY);
        return NULL;
    }
    return seq_fill(ts, seq, seq_items(seq), size, NULL, 0, count);
}
