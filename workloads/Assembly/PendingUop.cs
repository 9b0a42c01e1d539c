using StencilBench.Core.Uops;
using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Assembly;

/// <summary>
/// A uop as written, before the defaults are filled in: a null target means the uop's own index,
/// a null jump or error target means an appended exit stub (or uop 0 for <c>_JUMP_TO_TOP</c>).
/// </summary>
public sealed record PendingUop(
    UopInfo Uop,
    int Oparg,
    uint? Target = null,
    int? Jump = null,
    int? Error = null,
    Operand? Operand = null,
    SourceLocation? Where = null);
