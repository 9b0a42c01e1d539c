// The loader's value codec: runtime objects to and from the protocol's value tokens (see
// sb_loader.c for the grammar). Values are trees, as the trace files write them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <inttypes.h>

#include "sb_runtime.h"
#include "sb_loader.h"

enum { MAX_DEPTH = 200, MAX_DIGITS = 1 << 20 };

static SbObject *incref(SbObject *o) {
    Sb_INCREF(o);
    return o;
}

static SbObject *read_sequence(SbLoaderInput *in, SbThreadState *ts, int is_list, int depth) {
    int64_t n = sb_loader_int(in, "sequence length");
    if (n < 0 || n > SB_LOADER_MAX_ITEMS) sb_loader_fail(in, "sequence length out of range");
    SbObject *seq = is_list ? sb_list_new(n) : sb_tuple_new(n);
    for (int64_t i = 0; i < n; i++) {
        SbObject *item = sb_loader_read_value(in, ts, depth + 1);
        if (is_list) sb_list_set_item(seq, i, item);
        else sb_tuple_set_item(seq, i, item);
    }
    return seq;
}

static SbObject *read_big_int(SbLoaderInput *in) {
    int64_t negative = sb_loader_int(in, "int sign");
    int64_t n = sb_loader_int(in, "int digit count");
    if (n < 1 || n > MAX_DIGITS) sb_loader_fail(in, "int digit count out of range");
    uint32_t *digits = malloc((size_t)n * sizeof *digits);
    if (digits == NULL) sb_loader_fail(in, "out of memory for int digits");
    for (int64_t i = 0; i < n; i++) digits[i] = (uint32_t)sb_loader_hex(in, "int digit");
    SbObject *o = sb_int_from_digits(negative != 0, digits, (int32_t)n);
    free(digits);
    return o;
}

static SbObject *read_range_iter(SbLoaderInput *in, SbThreadState *ts) {
    int64_t next = sb_loader_int(in, "range iterator start");
    int64_t step = sb_loader_int(in, "range iterator step");
    int64_t len = sb_loader_int(in, "range iterator length");
    SbObject *range = sb_range_new(next, next + len * step, step == 0 ? 1 : step);
    SbObject *it = sb_get_iter(ts, range);
    Sb_DECREF(range);
    SbRangeIterObject *ri = (SbRangeIterObject *)it;
    ri->start = next;
    ri->step = step;
    ri->len = len;
    return it;
}

static SbObject *read_list_iter(SbLoaderInput *in, SbThreadState *ts, int depth) {
    int64_t index = sb_loader_int(in, "list iterator index");
    const char *seq = sb_loader_peek(in);
    int exhausted = seq != NULL && strcmp(seq, "x") == 0;
    SbObject *list;
    if (exhausted) {
        sb_loader_token(in, "exhausted mark");
        list = sb_list_new(0);
    } else {
        list = sb_loader_read_value(in, ts, depth + 1);
        if (!Sb_IS_TYPE(list, SbList_Type)) sb_loader_fail(in, "a list iterator over something not a list");
    }
    SbObject *it = sb_get_iter(ts, list);
    Sb_DECREF(list);
    SbListIterObject *li = (SbListIterObject *)it;
    li->index = index;
    if (exhausted) {
        Sb_DECREF((SbObject *)li->seq);
        li->seq = NULL;
    }
    return it;
}

static SbObject *read_builtin(SbLoaderInput *in, const char *name) {
    SbBuiltinObject *builtins[] = {&_SbBuiltinAbs, &_SbBuiltinLen, &_SbBuiltinMax};
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        if (strcmp(builtins[i]->name, name) == 0) return incref((SbObject *)builtins[i]);
    sb_loader_fail(in, "unknown builtin");
    return NULL;
}

SbObject *sb_loader_read_value(SbLoaderInput *in, SbThreadState *ts, int depth) {
    if (depth > MAX_DEPTH) sb_loader_fail(in, "value nested too deep");
    const char *t = sb_loader_token(in, "value");
    switch (t[0]) {
    case 'N': return incref(SB_NONE);
    case 'T': return incref(SB_TRUE);
    case 'F': return incref(SB_FALSE);
    case 'i': return sb_int_from_i64(sb_loader_parse_int(in, t + 1, "int"));
    case 'I': return read_big_int(in);
    case 'f': {
        uint64_t bits = sb_loader_parse_hex(in, t + 1, "float bits");
        double d;
        memcpy(&d, &bits, sizeof d);
        return sb_float_from_double(d);
    }
    case 'l': return read_sequence(in, ts, 1, depth);
    case 't': return read_sequence(in, ts, 0, depth);
    case 'r': {
        int64_t start = sb_loader_int(in, "range start");
        int64_t stop = sb_loader_int(in, "range stop");
        int64_t step = sb_loader_int(in, "range step");
        if (step == 0) sb_loader_fail(in, "range step 0");
        return sb_range_new(start, stop, step);
    }
    case 'B': return read_builtin(in, t + 1);
    case 'R': return read_range_iter(in, ts);
    case 'J': return read_list_iter(in, ts, depth);
    default: sb_loader_fail(in, "unknown value token"); return NULL;
    }
}

// Writing back: lists being written (outermost first), to write a list met inside itself as L.
typedef struct {
    SbObject *open[MAX_DEPTH + 2];
    int nopen;
} Open;

static int is_open(const Open *o, SbObject *x) {
    for (int i = 0; i < o->nopen; i++)
        if (o->open[i] == x) return 1;
    return 0;
}

static int write_value(FILE *out, SbObject *o, Open *open, int depth);

static int write_items(FILE *out, SbObject **items, int64_t n, Open *open, int depth) {
    fprintf(out, " %" PRId64, n);
    for (int64_t i = 0; i < n; i++)
        if (write_value(out, items[i], open, depth + 1) != 0) return -1;
    return 0;
}

static void write_int(FILE *out, SbObject *o) {
    int64_t value;
    int32_t negative;
    int32_t n = sb_int_read(o, &value, &negative, NULL, 0);
    if (n == 0) {
        fprintf(out, " i%" PRId64, value);
        return;
    }
    uint32_t *digits = malloc((size_t)n * sizeof *digits);
    if (digits == NULL) {
        fputs("sb_loader: out of memory writing an int\n", stderr);
        exit(86);
    }
    sb_int_read(o, &value, &negative, digits, n);
    fprintf(out, " I %d %d", negative != 0, n);
    for (int32_t i = 0; i < n; i++) fprintf(out, " %" PRIx32, digits[i]);
    free(digits);
}

static int write_value(FILE *out, SbObject *o, Open *open, int depth) {
    if (depth > MAX_DEPTH) return -1;
    switch (sb_kind(o)) {
    case SB_KIND_NONE: fputs(" N", out); return 0;
    case SB_KIND_BOOL: fputs(o == SB_TRUE ? " T" : " F", out); return 0;
    case SB_KIND_INT: write_int(out, o); return 0;
    case SB_KIND_FLOAT: {
        uint64_t bits;
        memcpy(&bits, &((SbFloatObject *)o)->value, sizeof bits);
        fprintf(out, " f%" PRIx64, bits);
        return 0;
    }
    case SB_KIND_LIST: {
        if (is_open(open, o)) {
            fputs(" L", out);
            return 0;
        }
        SbListObject *l = (SbListObject *)o;
        open->open[open->nopen++] = o;
        fputs(" l", out);
        int r = write_items(out, l->items, l->size, open, depth);
        open->nopen--;
        return r;
    }
    case SB_KIND_TUPLE: {
        SbTupleObject *t = (SbTupleObject *)o;
        fputs(" t", out);
        return write_items(out, t->items, t->size, open, depth);
    }
    case SB_KIND_RANGE: {
        SbRangeObject *r = (SbRangeObject *)o;
        fprintf(out, " r %" PRId64 " %" PRId64 " %" PRId64, r->start, r->stop, r->step);
        return 0;
    }
    case SB_KIND_BUILTIN: fprintf(out, " B%s", ((SbBuiltinObject *)o)->name); return 0;
    case SB_KIND_RANGE_ITER: {
        SbRangeIterObject *r = (SbRangeIterObject *)o;
        fprintf(out, " R %" PRId64 " %" PRId64 " %" PRId64, r->start, r->step, r->len);
        return 0;
    }
    case SB_KIND_LIST_ITER: {
        SbListIterObject *li = (SbListIterObject *)o;
        if (li->seq != NULL && is_open(open, (SbObject *)li->seq)) {
            fprintf(out, " K %" PRId64, li->index);
            return 0;
        }
        fprintf(out, " J %" PRId64, li->index);
        if (li->seq == NULL) {
            fputs(" x", out);
            return 0;
        }
        return write_value(out, (SbObject *)li->seq, open, depth + 1);
    }
    default: return -1;
    }
}

int sb_loader_write_value(FILE *out, SbObject *o) {
    Open open = {.nopen = 0};
    return write_value(out, o, &open, 0);
}
