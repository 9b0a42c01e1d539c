namespace StencilBench.Harness.Reporting;

/// <summary>Which time a claim is about.</summary>
public enum ClaimMetric
{
    /// <summary>Codegen time: trace in, executable code out.</summary>
    Codegen,

    /// <summary>Execution time of the generated code.</summary>
    Execution,
}

/// <summary>
/// A claim of the talk or the copy-and-patch paper (Xu and Kjolstad 2021) about copy-and-patch
/// against another strategy, as a range of the ratio baseline time / copy-and-patch time
/// (above 1: copy-and-patch faster). "X% slower" is read as copy-and-patch time = (1+X) ×
/// baseline time, i.e. a ratio of 1/(1+X).
/// </summary>
public sealed record PaperClaim(string Baseline, string Stands, ClaimMetric Metric, string Talk, string Paper, double Low, double High);

/// <summary>The claims the report checks, in the talk's order.</summary>
public static class PaperClaims
{
    public const string Subject = "copy-and-patch";

    /// <summary>The claims against the other strategies and, last, the one against the reference backend (the interpreter).</summary>
    public static IReadOnlyList<PaperClaim> Against(string reference) =>
        [.. AgainstOthers, new(reference, "the uop interpreter", ClaimMetric.Execution, "faster (a JIT's reason to be)", "–", 1, double.PositiveInfinity)];

    /// <summary>The backend the paper's Liftoff claims are checked against first: the template JIT as Liftoff without its register cache.</summary>
    public const string LiftoffAnalog = "template-liftoff";

    /// <summary>
    /// The strong template, the second stated comparison for the Liftoff claims: the same templates,
    /// the stack pointer in a register with its updates deferred to where the code joins.
    /// </summary>
    private const string StrongerThanLiftoff = "Liftoff, second comparison (stack pointer in a register, updates deferred)";

    /// <summary>The claims about copy-and-patch against the other named strategies.</summary>
    public static IReadOnlyList<PaperClaim> AgainstOthers { get; } =
    [
        new(LiftoffAnalog, "Liftoff (stack pointer in the frame, no register cache)", ClaimMetric.Codegen, "5× faster", "4.9–6.5× faster", 4.9, 6.5),
        new(LiftoffAnalog, "Liftoff (stack pointer in the frame, no register cache)", ClaimMetric.Execution, "50% faster", "39–63% faster", 1.39, 1.63),
        new("template", StrongerThanLiftoff, ClaimMetric.Codegen, "5× faster", "4.9–6.5× faster", 4.9, 6.5),
        new("template", StrongerThanLiftoff, ClaimMetric.Execution, "50% faster", "39–63% faster", 1.39, 1.63),
        new("llvm-O0", "LLVM -O0", ClaimMetric.Codegen, "100× faster", "~100× faster (read as 50–200×)", 50, 200),
        new("llvm-O0", "LLVM -O0", ClaimMetric.Execution, "15% faster", "14% faster (read as 14–15%)", 1.14, 1.15),
        new("llvm-O2", "LLVM -O2", ClaimMetric.Codegen, "–", "1083–1435× faster", 1083, 1435),
        new("llvm-O2", "LLVM -O2", ClaimMetric.Execution, "–", "22–25% slower", 1 / 1.25, 1 / 1.22),
    ];
}
