namespace StencilBench.Core.Traces;

/// <summary>A place in a trace file (line and column from 1).</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
