namespace StencilBench.Backends.CopyAndPatch;

/// <summary>What a hole's value is the address (or the number) of, before its addend.</summary>
public enum HoleValue
{
    /// <summary>This stencil's code.</summary>
    Code,

    /// <summary>This stencil's data.</summary>
    Data,

    /// <summary>The next uop's code (<c>_JIT_CONTINUE</c>).</summary>
    Continue,

    /// <summary>The code of the uop at the instruction's jump target (<c>_JIT_JUMP_TARGET</c>).</summary>
    JumpTarget,

    /// <summary>The code of the uop at the instruction's error target (<c>_JIT_ERROR_TARGET</c>).</summary>
    ErrorTarget,

    /// <summary>The instruction's oparg (<c>_JIT_OPARG</c>).</summary>
    Oparg,

    /// <summary>The instruction's 64-bit operand (<c>_JIT_OPERAND0</c>).</summary>
    Operand0,

    /// <summary>The instruction's target, the bytecode offset an exit resumes at (<c>_JIT_TARGET</c>).</summary>
    Target,

    /// <summary>A runtime symbol: <see cref="Hole.Symbol"/> indexes <see cref="StencilSet.Symbols"/>.</summary>
    Symbol,

    /// <summary>The trace's instruction record table (<c>_JIT_RECORDS</c>, noburnin flavour: native/jit_record.h).</summary>
    Records,

    /// <summary>This stencil's cold part (hot/cold flavour), laid out after every hot part.</summary>
    ColdCode,
}
