// sb_loader: a process that hosts the StencilBench runtime and runs traces the harness sends it,
// so that code can be run (and counted, under valgrind) outside the .NET host.
//
// The runtime is linked into this executable (non-PIE, symbols exported with -rdynamic) and the
// loader reserves its code region at a fixed address, SB_LOADER_BASE, inaccessible until a run.
// The harness patches copy-and-patch code for those addresses (in its own process, in writable
// memory mapped at the same address, never executable there) and sends the bytes.
//
// Protocol: one request line on stdin, one reply line on stdout, tokens separated by spaces.
//   start-up      → "sbloader 1 <base hex> <capacity bytes>"
//   syms N NAME…  → "ok ADDR…"       the runtime's address of each symbol (hex)
//   descrs N      → "ok ADDR…"       sb_binary_op_extend_descr(0..N-1), 0 where there is none
//   consts K V…   → "ok ADDR…"       K new objects (the trace's constants), held for the next run
//   fver N        → "ok"             the function version (_CHECK_FUNCTION's) of every later run
//   run ENGINE NLOCALS CAPACITY SLOT… NSTACK V… NBYTES HEX
//                 → "outcome EXIT INSTR_PTR ERROR NLOCALS SLOT… NSTACK V… NCOUNTS COUNT… LEAKED"
//       ENGINE "cp": HEX is the code, entered at its first byte as int64_t (*)(SbFrame *, SbThreadState *);
//       ENGINE "interp": HEX is the SbUopInstruction array, run by sb_interp_run.
//       The frame holds NLOCALS locals (SLOT: a value, or U for unbound) then the stack.
//       COUNT: each slot's reference count, locals then stack; 0 unbound, -1 immortal.
//       LEAKED: live objects after the frame and the constants are freed, less before "consts".
//   quit          → the loader exits 0 (as at the end of stdin)
// Values (V): N None, T True, F False, i<decimal int64>, I NEG NDIGITS HEXDIGIT… (a big int,
//   32-bit digits least significant first), f<hex of the IEEE bits>, l N V… list, t N V… tuple,
//   r START STOP STEP range, R NEXT STEP LEFT range iterator, J INDEX V|x list iterator (x:
//   exhausted), B<name> a builtin function (abs, len, max); in replies also L (a list inside itself) and K INDEX (an iterator over one).
// A malformed request or a value that cannot be read back is one line on stderr, exit 2.
// Memory is never writable and executable at once: write, mprotect read+exec, flush the i-cache.
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <dlfcn.h>

#include "sb_runtime.h"
#include "sb_loader.h"

#define SB_LOADER_BASE ((uintptr_t)0x40000000)
#define SB_LOADER_CAPACITY ((size_t)64 << 20)
#define SB_MAX_CONSTS 65536

SB_EXPORT int64_t sb_interp_run(SbFrame *frame, SbThreadState *tstate, const SbUopInstruction *trace);

typedef struct {
    unsigned char *base;
    SbObject *consts[SB_MAX_CONSTS];
    int nconsts;
    int64_t live_before;
    int64_t func_version;
} Loader;

void sb_loader_fail(SbLoaderInput *in, const char *what) {
    fprintf(stderr, "sb_loader: request %ld: %s\n", in->number, what);
    exit(2);
}

const char *sb_loader_peek(SbLoaderInput *in) {
    char *p = in->cursor;
    while (*p == ' ') p++;
    return *p == '\0' ? NULL : p;
}

const char *sb_loader_token(SbLoaderInput *in, const char *what) {
    char *p = in->cursor;
    while (*p == ' ') p++;
    if (*p == '\0') {
        char message[160];
        snprintf(message, sizeof message, "the line ends where %s was expected", what);
        sb_loader_fail(in, message);
    }
    char *end = p;
    while (*end != ' ' && *end != '\0') end++;
    in->cursor = *end == '\0' ? end : end + 1;
    *end = '\0';
    return p;
}

int64_t sb_loader_parse_int(SbLoaderInput *in, const char *text, const char *what) {
    char *end;
    errno = 0;
    long long v = strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0') {
        char message[160];
        snprintf(message, sizeof message, "%s is not a 64-bit decimal integer", what);
        sb_loader_fail(in, message);
    }
    return v;
}

uint64_t sb_loader_parse_hex(SbLoaderInput *in, const char *text, const char *what) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(text, &end, 16);
    if (errno != 0 || end == text || *end != '\0') {
        char message[160];
        snprintf(message, sizeof message, "%s is not a 64-bit hex number", what);
        sb_loader_fail(in, message);
    }
    return v;
}

int64_t sb_loader_int(SbLoaderInput *in, const char *what) { return sb_loader_parse_int(in, sb_loader_token(in, what), what); }
uint64_t sb_loader_hex(SbLoaderInput *in, const char *what) { return sb_loader_parse_hex(in, sb_loader_token(in, what), what); }

static int64_t count(SbLoaderInput *in, const char *what, int64_t max) {
    int64_t n = sb_loader_int(in, what);
    if (n < 0 || n > max) sb_loader_fail(in, "a count out of range");
    return n;
}

static void reply_addresses(FILE *out, void **addresses, int64_t n) {
    fputs("ok", out);
    for (int64_t i = 0; i < n; i++) fprintf(out, " %" PRIxPTR, (uintptr_t)addresses[i]);
}

static void syms(SbLoaderInput *in, FILE *out) {
    int64_t n = count(in, "symbol count", 4096);
    fputs("ok", out);
    for (int64_t i = 0; i < n; i++) {
        const char *name = sb_loader_token(in, "symbol name");
        void *address = dlsym(RTLD_DEFAULT, name);
        if (address == NULL) sb_loader_fail(in, "a symbol the runtime does not export");
        fprintf(out, " %" PRIxPTR, (uintptr_t)address);
    }
}

static void descrs(SbLoaderInput *in, FILE *out) {
    int64_t n = count(in, "descriptor count", 4096);
    fputs("ok", out);
    for (int64_t i = 0; i < n; i++) fprintf(out, " %" PRIxPTR, (uintptr_t)sb_binary_op_extend_descr((int)i));
}

static void drop_consts(Loader *l) {
    for (int i = 0; i < l->nconsts; i++) Sb_DECREF(l->consts[i]);
    l->nconsts = 0;
}

static void consts(Loader *l, SbLoaderInput *in, FILE *out) {
    drop_consts(l);
    l->live_before = sb_live_objects();
    int64_t n = count(in, "constant count", SB_MAX_CONSTS);
    SbThreadState *ts = sb_threadstate_new();
    for (int64_t i = 0; i < n; i++) l->consts[l->nconsts++] = sb_loader_read_value(in, ts, 0);
    sb_threadstate_free(ts);
    reply_addresses(out, (void **)l->consts, n);
}

static unsigned char *read_bytes(SbLoaderInput *in, size_t *length) {
    int64_t n = count(in, "byte count", (int64_t)SB_LOADER_CAPACITY);
    const char *hex = sb_loader_token(in, "code bytes");
    if ((int64_t)strlen(hex) != 2 * n) sb_loader_fail(in, "the hex bytes do not match their count");
    unsigned char *bytes = aligned_alloc(64, (size_t)n + 64);
    if (bytes == NULL) sb_loader_fail(in, "out of memory for the bytes");
    for (int64_t i = 0; i < n; i++) {
        unsigned int b;
        if (sscanf(hex + 2 * i, "%2x", &b) != 1) sb_loader_fail(in, "a byte is not hex");
        bytes[i] = (unsigned char)b;
    }
    *length = (size_t)n;
    return bytes;
}

typedef int64_t (*Entry)(SbFrame *, SbThreadState *);

// The one call that runs a trace: valgrind counts the instructions under it (--toggle-collect).
__attribute__((noinline)) int64_t sb_loader_execute(Entry entry, const SbUopInstruction *uops, SbFrame *frame, SbThreadState *ts) {
    return entry != NULL ? entry(frame, ts) : sb_interp_run(frame, ts, uops);
}

static int64_t run_code(Loader *l, SbLoaderInput *in, const unsigned char *code, size_t n, SbFrame *frame, SbThreadState *ts) {
    size_t pages = (n + 4095) & ~(size_t)4095;
    if (pages == 0) sb_loader_fail(in, "no code");
    if (mprotect(l->base, pages, PROT_READ | PROT_WRITE) != 0) sb_loader_fail(in, "mprotect read+write failed");
    memcpy(l->base, code, n);
    if (mprotect(l->base, pages, PROT_READ | PROT_EXEC) != 0) sb_loader_fail(in, "mprotect read+exec failed");
    __builtin___clear_cache((char *)l->base, (char *)l->base + n);
    int64_t exit_kind = sb_loader_execute((Entry)(void *)l->base, NULL, frame, ts);
    if (mprotect(l->base, pages, PROT_NONE) != 0) sb_loader_fail(in, "mprotect none failed");
    return exit_kind;
}

static void write_or_fail(SbLoaderInput *in, FILE *out, SbObject *o) {
    if (sb_loader_write_value(out, o) != 0) sb_loader_fail(in, "the run left a value too deep or unknown to read back");
}

static void run(Loader *l, SbLoaderInput *in, FILE *out) {
    const char *engine = sb_loader_token(in, "engine");
    int is_cp = strcmp(engine, "cp") == 0;
    if (!is_cp && strcmp(engine, "interp") != 0) sb_loader_fail(in, "the engine is neither cp nor interp");
    int64_t nlocals = count(in, "local count", 1 << 16);
    int64_t capacity = count(in, "frame capacity", 1 << 20);
    SbThreadState *ts = sb_threadstate_new();
    ts->func_version = l->func_version;
    SbFrame *frame = sb_frame_new((int32_t)nlocals, (int32_t)capacity);
    for (int64_t i = 0; i < nlocals; i++) {
        const char *p = sb_loader_peek(in);
        if (p != NULL && p[0] == 'U' && (p[1] == ' ' || p[1] == '\0')) sb_loader_token(in, "unbound");
        else frame->localsplus[i] = sb_loader_read_value(in, ts, 0);
    }
    int64_t nstack = count(in, "stack count", capacity - nlocals);
    SbObject **sp = frame->localsplus + nlocals;
    for (int64_t i = 0; i < nstack; i++) *sp++ = sb_loader_read_value(in, ts, 0);
    frame->stackpointer = sp;
    size_t n;
    unsigned char *bytes = read_bytes(in, &n);
    int64_t exit_kind = is_cp ? run_code(l, in, bytes, n, frame, ts)
                              : sb_loader_execute(NULL, (const SbUopInstruction *)bytes, frame, ts);
    free(bytes);
    fprintf(out, "outcome %" PRId64 " %" PRId64 " %" PRId64 " %" PRId64, exit_kind, frame->instr_ptr, ts->error_kind, nlocals);
    for (int64_t i = 0; i < nlocals; i++) {
        if (frame->localsplus[i] == NULL) fputs(" U", out);
        else write_or_fail(in, out, frame->localsplus[i]);
    }
    SbObject **stack = frame->localsplus + nlocals;
    fprintf(out, " %td", frame->stackpointer - stack);
    for (SbObject **p = stack; p < frame->stackpointer; p++) write_or_fail(in, out, *p);
    fprintf(out, " %td", frame->stackpointer - frame->localsplus);
    for (SbObject **p = frame->localsplus; p < frame->stackpointer; p++)
        fprintf(out, " %" PRId64, *p == NULL ? 0 : (*p)->ob_refcnt >= ((int64_t)1 << 59) ? -1 : (*p)->ob_refcnt);
    sb_frame_free(frame);
    sb_threadstate_free(ts);
    drop_consts(l);
    fprintf(out, " %" PRId64, sb_live_objects() - l->live_before);
}

// One request: its reply is built whole in memory, then written, so a failure writes nothing.
static int serve(Loader *l, SbLoaderInput *in) {
    char *reply = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&reply, &size);
    if (out == NULL) sb_loader_fail(in, "open_memstream failed");
    const char *verb = sb_loader_token(in, "a request");
    int more = 1;
    if (strcmp(verb, "syms") == 0) syms(in, out);
    else if (strcmp(verb, "descrs") == 0) descrs(in, out);
    else if (strcmp(verb, "consts") == 0) consts(l, in, out);
    else if (strcmp(verb, "run") == 0) run(l, in, out);
    else if (strcmp(verb, "fver") == 0) {
        l->func_version = sb_loader_int(in, "function version");
        fputs("ok", out);
    }
    else if (strcmp(verb, "quit") == 0) more = 0;
    else sb_loader_fail(in, "unknown request");
    if (more && sb_loader_peek(in) != NULL) sb_loader_fail(in, "tokens left after the request");
    fclose(out);
    if (more) {
        fwrite(reply, 1, size, stdout);
        fputc('\n', stdout);
        fflush(stdout);
    }
    free(reply);
    return more;
}

int main(void) {
#if defined(__i386__)
    // MSVC's C runtime starts a 32-bit program with the x87 unit rounding to double precision
    // (53 bits); Linux leaves it at extended (64). i686 Windows stencils do their float arithmetic
    // on the x87 unit, so set it as their Windows process would have it.
    unsigned short control;
    __asm__ volatile("fnstcw %0" : "=m"(control));
    control = (unsigned short)((control & ~0x300u) | 0x200u);
    __asm__ volatile("fldcw %0" : : "m"(control));
#endif
    Loader *loader = calloc(1, sizeof *loader);
    if (loader == NULL) return 86;
    loader->base = mmap((void *)SB_LOADER_BASE, SB_LOADER_CAPACITY, PROT_NONE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
    if (loader->base == MAP_FAILED || (uintptr_t)loader->base != SB_LOADER_BASE) {
        fprintf(stderr, "sb_loader: cannot reserve the code region at 0x%" PRIxPTR ": %s\n", SB_LOADER_BASE, strerror(errno));
        return 2;
    }
    printf("sbloader 1 %" PRIxPTR " %zu\n", SB_LOADER_BASE, SB_LOADER_CAPACITY);
    fflush(stdout);
    SbLoaderInput in = {0};
    size_t capacity = 0;
    ssize_t length;
    while ((length = getline(&in.line, &capacity, stdin)) > 0) {
        in.number++;
        if (in.line[length - 1] == '\n') in.line[length - 1] = '\0';
        in.cursor = in.line;
        if (!serve(loader, &in)) break;
    }
    free(in.line);
    drop_consts(loader);
    free(loader);
    return 0;
}
