namespace StencilBench.Harness.Results;

/// <summary>What names one figure: kind, workload at its params, backend.</summary>
public sealed record FigureKey(string Kind, string Workload, string Params, string Backend)
{
    public override string ToString() => Params.Length == 0 ? $"{Kind} {Workload} {Backend}" : $"{Kind} {Workload}({Params}) {Backend}";
}
