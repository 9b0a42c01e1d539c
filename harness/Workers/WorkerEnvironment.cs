namespace StencilBench.Harness.Workers;

/// <summary>
/// The .NET runtime settings a worker process starts with. In a timing worker tiered compilation
/// is off: every method is compiled optimized on its first call, so nothing is recompiled in the background
/// while codegen is being timed. With it on, a fresh worker's managed backends run tier-0 code
/// until call counting and a background compile promote them, which on a loaded machine takes
/// anywhere from under 400 ms to over a second of wall time: the template backend's codegen read
/// 657 µs after a 400 ms warm-up and 175 µs after 1,000 ms, and codegen ratios moved ±37–54%
/// between runs. A checking worker keeps tiering, which starts it sooner: with it off, checks
/// under load 35–43 outran their 20 s limit. A <c>DOTNET_TieredCompilation</c> set in the run's
/// own environment is passed on unchanged (to measure the tiered way on purpose).
/// </summary>
public static class WorkerEnvironment
{
    public const string Tiering = "DOTNET_TieredCompilation";

    public const string Pgo = "DOTNET_TieredPGO";

    /// <summary>The variables to set in a worker's environment, given the run's own.</summary>
    /// <param name="timing">The worker times codegen or execution (rather than checking a backend).</param>
    public static IReadOnlyDictionary<string, string> For(Func<string, string?> parent, bool timing)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["DOTNET_DbgEnableMiniDump"] = "0",
        };
        if (timing && parent(Tiering) is null)
        {
            env[Tiering] = "0";
        }
        return env;
    }

    /// <summary>
    /// How timing workers compile, for the run's settings: <c>timing_tiering=0</c> (the default),
    /// or the value the run's environment gave, with <c>DOTNET_TieredPGO</c> when set. Two runs that
    /// differ here differ in the template JIT's codegen by ~1.4× (README), so it must show.
    /// </summary>
    public static string Describe(Func<string, string?> parent)
    {
        string tiering = $"timing_tiering={parent(Tiering) ?? "0"}";
        return parent(Pgo) is string pgo ? $"{tiering};timing_pgo={pgo}" : tiering;
    }

}
