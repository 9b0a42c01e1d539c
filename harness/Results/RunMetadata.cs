namespace StencilBench.Harness.Results;

/// <summary>What every result row carries: where, when, on what, built from what, with which settings.</summary>
/// <param name="System">The system checks made when the run started (run.json keeps them); empty for a worker.</param>
public sealed record RunMetadata(
    string RunId,
    DateTime TimestampUtc,
    string Commit,
    bool Dirty,
    string Machine,
    string Cpu,
    string Os,
    string Dotnet,
    string Clang,
    string Llvm,
    string Target,
    string Mode,
    string Settings,
    IReadOnlyList<SystemCheck>? System = null);
