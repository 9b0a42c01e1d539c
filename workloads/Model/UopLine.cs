using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Model;

/// <summary>
/// One uop line of a trace file, labels resolved. The operand stays an expression until the
/// workload is instantiated (a constant may use the params).
/// </summary>
public sealed record UopLine(
    UopInfo Uop,
    int Oparg,
    uint? Target,
    int? Jump,
    int? Error,
    Expr? Operand,
    SourceLocation Where);
