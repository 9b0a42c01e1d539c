namespace StencilBench.Frontend.Bytecode;

/// <summary>A place in a Python source file (line and column from 1).</summary>
public readonly record struct SourcePos(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
