// The StencilBench object model: CPython's in miniature.
//
// Every value is a reference-counted SbObject with a type pointer. None, True,
// False and the small ints -5..256 are immortal statics (their count starts so
// high it never reaches zero). Everything else is malloc'd and counted in a
// per-thread live-object counter, so a test can prove a run leaks nothing and
// frees nothing twice.
//
// C# mirrors these structs (backends/Core/Native/NativeLayout.cs) and
// constants (ObjectKind, ExitKind, ErrorKind); sb_layout.c exports their
// layout and values, and tests/Core/NativeLayoutTests.cs checks every mirror.
//
// This header is freestanding (no libc headers): the stencil templates include
// it and must compile for any target triple.
#ifndef SB_OBJECT_H
#define SB_OBJECT_H

typedef __INT64_TYPE__ int64_t;
typedef __UINT64_TYPE__ uint64_t;
typedef __INT32_TYPE__ int32_t;
typedef __UINT32_TYPE__ uint32_t;
typedef __UINT16_TYPE__ uint16_t;
typedef __UINT8_TYPE__ uint8_t;
typedef __INTPTR_TYPE__ intptr_t;
typedef __UINTPTR_TYPE__ uintptr_t;
#ifndef NULL
#define NULL ((void *)0)
#endif

// SB_EXPORT marks the runtime's functions and data where they are defined and declared. A
// stencil built for Windows (SB_JIT_GOT_HOLES) imports them instead: each reference then goes
// through an __imp_ pointer, a GOT slot in the stencil's data, so the runtime may lie anywhere.
// SB_DATA marks the runtime's data in declarations (dllimport for such stencils, else nothing).
#if defined(_WIN32) && defined(SB_JIT_GOT_HOLES)
#define SB_WINDOWS_STENCIL 1
#define SB_EXPORT __declspec(dllimport)
#define SB_DATA __declspec(dllimport)
#elif defined(_WIN32)
#define SB_EXPORT __declspec(dllexport)
#define SB_DATA
#else
#define SB_EXPORT __attribute__((visibility("default")))
#define SB_DATA
#endif

typedef struct SbObject SbObject;
typedef struct SbType SbType;

// Type kinds: stable numbers shared with C# (backends/Core/Native/ObjectKind.cs).
enum {
    SB_KIND_NONE = 0,
    SB_KIND_BOOL = 1,
    SB_KIND_INT = 2,
    SB_KIND_FLOAT = 3,
    SB_KIND_LIST = 4,
    SB_KIND_TUPLE = 5,
    SB_KIND_RANGE = 6,
    SB_KIND_RANGE_ITER = 7,
    SB_KIND_LIST_ITER = 8,
    SB_KIND_BUILTIN = 9,
};

struct SbType {
    const char *name;
    int64_t kind;
};

struct SbObject {
    int64_t ob_refcnt;
    const SbType *ob_type;
};

#define SB_IMMORTAL_REFCNT ((int64_t)1 << 60)

// int: "compact" when ndigits == 0 and the value is in `value` (the fast
// path every JIT inlines); otherwise sign-magnitude with 32-bit digits,
// least significant first, and `value` unused.
typedef struct {
    SbObject ob_base;
    int64_t value;
    int32_t ndigits;
    int32_t negative;
    uint32_t digits[];
} SbIntObject;

typedef struct {
    SbObject ob_base;
    double value;
} SbFloatObject;

typedef struct {
    SbObject ob_base;
    int64_t size;
    int64_t allocated;
    SbObject **items;
} SbListObject;

typedef struct {
    SbObject ob_base;
    int64_t size;
    SbObject *items[];
} SbTupleObject;

typedef struct {
    SbObject ob_base;
    int64_t start, stop, step, length;
} SbRangeObject;

// As CPython's _PyRangeIterObject: the next value, the step, and how many
// values are left.
typedef struct {
    SbObject ob_base;
    int64_t start;
    int64_t step;
    int64_t len;
} SbRangeIterObject;

// As CPython's list iterator: `seq` becomes NULL once exhausted.
typedef struct {
    SbObject ob_base;
    int64_t index;
    SbListObject *seq;
} SbListIterObject;

// A builtin function, as CPython's PyCFunctionObject: its name, its calling convention as
// CPython's METH_* flags (which the call uops check), and the C function sb_call_builtin calls.
typedef struct SbThreadState SbThreadState;
typedef SbObject *(*SbCFunction)(SbThreadState *ts, SbObject *const *args, int64_t nargs);
typedef struct {
    SbObject ob_base;
    const char *name;
    int64_t flags;
    SbCFunction function;
} SbBuiltinObject;

// CPython's METH_O and METH_FASTCALL | METH_KEYWORDS (Include/methodobject.h).
enum {
    SB_METH_O = 0x0008,
    SB_METH_FASTCALL_KEYWORDS = 0x0080 | 0x0002,
};

// The frame: locals, then the value stack, in one array (CPython's
// localsplus). `stackpointer` and `instr_ptr` are written when a trace leaves.
typedef struct {
    SbObject **stackpointer;
    int64_t instr_ptr;
    int32_t nlocals;
    int32_t capacity;
    SbObject *localsplus[];
} SbFrame;

// Error kinds raised by runtime helpers (stable numbers shared with C#:
// backends/Core/Traces/ErrorKind.cs).
enum {
    SB_ERR_NONE = 0,
    SB_ERR_ZERO_DIVISION = 1,
    SB_ERR_TYPE = 2,
    SB_ERR_INDEX = 3,
    SB_ERR_OVERFLOW = 4,
    SB_ERR_MEMORY = 5,
    SB_ERR_VALUE = 6,
    SB_ERR_INTERRUPT = 7, // the host's interrupt: a spent periodic budget (CPython's KeyboardInterrupt)
};

struct SbThreadState {
    int64_t eval_breaker;   // non-zero: _CHECK_PERIODIC calls sb_handle_periodic
    int64_t executor_valid; // zero: _CHECK_VALIDITY deopts
    int64_t error_kind;     // SB_ERR_*, set by a helper that fails
    int64_t periodic_calls; // how often sb_handle_periodic ran
    // The eval breaker's budget, as CPython's signal handler asks the eval loop to stop: 0 for
    // none; otherwise the periodic call that raises SB_ERR_INTERRUPT (1: the next one). While a
    // budget is set, sb_handle_periodic leaves eval_breaker set, so a host that sets both bounds
    // every loop a verified trace can make (the verifier puts a _CHECK_PERIODIC on every cycle).
    int64_t interrupt_after;
    // The version of the function the frame runs (CPython's frame->f_funcobj->func_version), which
    // _CHECK_FUNCTION compares with its operand. It lives here, not in the frame, because a run has
    // one frame and one function, and a frame field would move localsplus and so every stencil's
    // local offsets; the trace's `function_version:` header sets it (0 when it has none).
    int64_t func_version;
};

// How a trace leaves: the value every backend returns (backends/Core/Traces/ExitKind.cs).
enum {
    SB_EXIT_NONE = 0,
    SB_EXIT_EXIT = 1,   // _EXIT_TRACE: a side exit
    SB_EXIT_DEOPT = 2,  // _DEOPT: back to the tier-one interpreter
    SB_EXIT_ERROR = 3,  // _ERROR_POP_N: an exception is set
};

// One uop of a trace, as CPython's _PyUOpInstruction (24 bytes).
typedef struct {
    uint16_t opcode;
    uint16_t oparg;
    uint32_t target;       // the bytecode offset a deopt or exit resumes at
    uint16_t jump_target;  // uop index a failed guard or a jump goes to
    uint16_t error_target; // uop index an error goes to
    uint32_t reserved;
    uint64_t operand0;
} SbUopInstruction;

#endif
