using StencilBench.Core.Traces;
using StencilBench.Workloads.Expressions;

namespace StencilBench.Workloads.Format;

/// <summary>
/// One <c>trace:</c> or <c>trace @OFFSET:</c> section being read: its uops and its labels (each
/// section has its own; uop indices and jumps count within it).
/// </summary>
internal sealed class ExecutorSection(long? offset, SourceLocation where)
{
    public long? Offset { get; } = offset;

    public SourceLocation Where { get; } = where;

    public List<RawUop> Uops { get; } = [];

    public Dictionary<string, (int Index, SourceLocation Where)> Labels { get; } = [];

    /// <summary>
    /// After <c>trace</c>: an optional <c>@OFFSET</c> (an even byte offset, as
    /// <c>_opcode.get_executor</c> takes it), then <c>:</c> and the end of the line.
    /// </summary>
    public static long? ParseHeading(TokenCursor c)
    {
        long? offset = null;
        if (c.Accept("@"))
        {
            Token n = c.Next();
            if (n.Kind != TokenKind.Int || n.Int < 0 || n.Int > int.MaxValue || !n.Int.IsEven)
            {
                throw new TraceException(n.Where, $"an executor's offset must be an even bytecode offset in bytes, not '{n.Text}'");
            }
            offset = (long)n.Int;
        }
        c.Expect(":");
        c.ExpectEnd();
        return offset;
    }
}
