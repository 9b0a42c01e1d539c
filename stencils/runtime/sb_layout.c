// The runtime's layout, as the C compiler sees it, for C# to check its mirrors
// against (tests/Core/NativeLayoutTests.cs): every struct C# mirrors with its
// sizeof, each field's offsetof and sizeof, and every constant C# shares. The
// table's own rows are in it too, since C# mirrors them to read it.
// Written with offsetof/sizeof, so it cannot drift from sb_object.h.
#include "sb_internal.h"

typedef struct {
    const char *name;
    int64_t size;
} SbLayoutStruct;

// A trailing array member (digits[], items[], localsplus[]) has no sizeof of its
// own: its size is its element's, and trailing is 1.
typedef struct {
    const char *struct_name;
    const char *field;
    int64_t offset;
    int64_t size;
    int64_t trailing;
} SbLayoutField;

typedef struct {
    const char *name;
    int64_t value;
} SbLayoutConstant;

#define SB_STRUCT(T) {#T, sizeof(T)}
#define SB_FIELD(T, f) {#T, #f, offsetof(T, f), sizeof(((T *)0)->f), 0}
#define SB_TRAILING(T, f) {#T, #f, offsetof(T, f), sizeof(((T *)0)->f[0]), 1}
#define SB_CONSTANT(c) {#c, c}
#define SB_COUNT(a) ((int32_t)(sizeof(a) / sizeof((a)[0])))

static const SbLayoutStruct structs[] = {
    SB_STRUCT(SbObject),          SB_STRUCT(SbIntObject),      SB_STRUCT(SbFloatObject),
    SB_STRUCT(SbListObject),      SB_STRUCT(SbTupleObject),    SB_STRUCT(SbRangeObject),
    SB_STRUCT(SbRangeIterObject), SB_STRUCT(SbListIterObject), SB_STRUCT(SbFrame),
    SB_STRUCT(SbThreadState),     SB_STRUCT(SbUopInstruction), SB_STRUCT(SbBinaryOpDescr),
    SB_STRUCT(SbBuiltinObject),
    SB_STRUCT(SbLayoutStruct),    SB_STRUCT(SbLayoutField),    SB_STRUCT(SbLayoutConstant),
};

static const SbLayoutField fields[] = {
    SB_FIELD(SbObject, ob_refcnt),
    SB_FIELD(SbObject, ob_type),

    SB_FIELD(SbIntObject, ob_base),
    SB_FIELD(SbIntObject, value),
    SB_FIELD(SbIntObject, ndigits),
    SB_FIELD(SbIntObject, negative),
    SB_TRAILING(SbIntObject, digits),

    SB_FIELD(SbFloatObject, ob_base),
    SB_FIELD(SbFloatObject, value),

    SB_FIELD(SbListObject, ob_base),
    SB_FIELD(SbListObject, size),
    SB_FIELD(SbListObject, allocated),
    SB_FIELD(SbListObject, items),

    SB_FIELD(SbTupleObject, ob_base),
    SB_FIELD(SbTupleObject, size),
    SB_TRAILING(SbTupleObject, items),

    SB_FIELD(SbRangeObject, ob_base),
    SB_FIELD(SbRangeObject, start),
    SB_FIELD(SbRangeObject, stop),
    SB_FIELD(SbRangeObject, step),
    SB_FIELD(SbRangeObject, length),

    SB_FIELD(SbRangeIterObject, ob_base),
    SB_FIELD(SbRangeIterObject, start),
    SB_FIELD(SbRangeIterObject, step),
    SB_FIELD(SbRangeIterObject, len),

    SB_FIELD(SbListIterObject, ob_base),
    SB_FIELD(SbListIterObject, index),
    SB_FIELD(SbListIterObject, seq),

    SB_FIELD(SbFrame, stackpointer),
    SB_FIELD(SbFrame, instr_ptr),
    SB_FIELD(SbFrame, nlocals),
    SB_FIELD(SbFrame, capacity),
    SB_TRAILING(SbFrame, localsplus),

    SB_FIELD(SbThreadState, eval_breaker),
    SB_FIELD(SbThreadState, executor_valid),
    SB_FIELD(SbThreadState, error_kind),
    SB_FIELD(SbThreadState, periodic_calls),
    SB_FIELD(SbThreadState, interrupt_after),
    SB_FIELD(SbThreadState, func_version),

    SB_FIELD(SbBuiltinObject, ob_base),
    SB_FIELD(SbBuiltinObject, name),
    SB_FIELD(SbBuiltinObject, flags),
    SB_FIELD(SbBuiltinObject, function),

    SB_FIELD(SbUopInstruction, opcode),
    SB_FIELD(SbUopInstruction, oparg),
    SB_FIELD(SbUopInstruction, target),
    SB_FIELD(SbUopInstruction, jump_target),
    SB_FIELD(SbUopInstruction, error_target),
    SB_FIELD(SbUopInstruction, reserved),
    SB_FIELD(SbUopInstruction, operand0),

    SB_FIELD(SbBinaryOpDescr, oparg),
    SB_FIELD(SbBinaryOpDescr, guard),
    SB_FIELD(SbBinaryOpDescr, action),
    SB_FIELD(SbBinaryOpDescr, msabi_guard),
    SB_FIELD(SbBinaryOpDescr, msabi_action),

    SB_FIELD(SbLayoutStruct, name),
    SB_FIELD(SbLayoutStruct, size),

    SB_FIELD(SbLayoutField, struct_name),
    SB_FIELD(SbLayoutField, field),
    SB_FIELD(SbLayoutField, offset),
    SB_FIELD(SbLayoutField, size),
    SB_FIELD(SbLayoutField, trailing),

    SB_FIELD(SbLayoutConstant, name),
    SB_FIELD(SbLayoutConstant, value),
};

static const SbLayoutConstant constants[] = {
    SB_CONSTANT(SB_KIND_NONE),
    SB_CONSTANT(SB_KIND_BOOL),
    SB_CONSTANT(SB_KIND_INT),
    SB_CONSTANT(SB_KIND_FLOAT),
    SB_CONSTANT(SB_KIND_LIST),
    SB_CONSTANT(SB_KIND_TUPLE),
    SB_CONSTANT(SB_KIND_RANGE),
    SB_CONSTANT(SB_KIND_RANGE_ITER),
    SB_CONSTANT(SB_KIND_LIST_ITER),
    SB_CONSTANT(SB_KIND_BUILTIN),
    SB_CONSTANT(SB_METH_O),
    SB_CONSTANT(SB_METH_FASTCALL_KEYWORDS),

    SB_CONSTANT(SB_EXIT_NONE),
    SB_CONSTANT(SB_EXIT_EXIT),
    SB_CONSTANT(SB_EXIT_DEOPT),
    SB_CONSTANT(SB_EXIT_ERROR),

    SB_CONSTANT(SB_ERR_NONE),
    SB_CONSTANT(SB_ERR_ZERO_DIVISION),
    SB_CONSTANT(SB_ERR_TYPE),
    SB_CONSTANT(SB_ERR_INDEX),
    SB_CONSTANT(SB_ERR_OVERFLOW),
    SB_CONSTANT(SB_ERR_MEMORY),
    SB_CONSTANT(SB_ERR_VALUE),
    SB_CONSTANT(SB_ERR_INTERRUPT),

    SB_CONSTANT(SB_SMALL_INT_MIN),
    SB_CONSTANT(SB_SMALL_INT_MAX),

    SB_CONSTANT(SB_COMPARISON_UNORDERED),
    SB_CONSTANT(SB_COMPARISON_LESS_THAN),
    SB_CONSTANT(SB_COMPARISON_GREATER_THAN),
    SB_CONSTANT(SB_COMPARISON_EQUALS),
};

SB_EXPORT const SbLayoutStruct *sb_layout_structs(int32_t *count) {
    *count = SB_COUNT(structs);
    return structs;
}

SB_EXPORT const SbLayoutField *sb_layout_fields(int32_t *count) {
    *count = SB_COUNT(fields);
    return fields;
}

SB_EXPORT const SbLayoutConstant *sb_layout_constants(int32_t *count) {
    *count = SB_COUNT(constants);
    return constants;
}
