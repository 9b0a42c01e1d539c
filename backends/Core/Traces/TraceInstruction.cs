using StencilBench.Core.Uops;
namespace StencilBench.Core.Traces;

/// <summary>One uop of a trace, as the runtime's SbUopInstruction before loading.</summary>
/// <param name="Uop">The uop.</param>
/// <param name="Oparg">Its oparg; for a replicated spelling (<c>_LOAD_FAST_3</c>) the fixed value.</param>
/// <param name="Target">The bytecode offset an exit, deopt or error leaves with.</param>
/// <param name="JumpTarget">The uop index a failed guard or a jump goes to, or -1.</param>
/// <param name="ErrorTarget">The uop index an error goes to, or -1.</param>
/// <param name="Operand">Its operand0.</param>
/// <param name="Where">Where the uop was written, if it came from a file.</param>
public sealed record TraceInstruction(
    UopInfo Uop,
    int Oparg,
    uint Target,
    int JumpTarget,
    int ErrorTarget,
    Operand Operand,
    SourceLocation? Where)
{
    public override string ToString()
    {
        var parts = new List<string> { Uop.Name };
        if (Uop.Has(UopFlags.UsesOparg) && Uop.FixedOparg is null)
        {
            parts.Add(Oparg.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        parts.Add($"target={Target}");
        if (JumpTarget >= 0)
        {
            parts.Add($"jump={JumpTarget}");
        }
        if (ErrorTarget >= 0)
        {
            parts.Add($"error={ErrorTarget}");
        }
        if (Operand is not RawOperand { Value: 0 })
        {
            parts.Add($"operand={Operand}");
        }
        return string.Join(' ', parts);
    }
}
