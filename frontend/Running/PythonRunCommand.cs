using StencilBench.Core.Backends;
using StencilBench.Frontend.Tier1;
using StencilBench.Workloads.Optimizing;

namespace StencilBench.Frontend.Running;

/// <summary>
/// <c>run F.py:fn(args)</c>: tier 1 alone, then tier 1 with tier 2 on each backend, each result
/// checked against python3. Returns the exit code: 0 when every tier agrees with python3.
/// </summary>
public static class PythonRunCommand
{
    /// <summary><see cref="Run"/>, with a bad call turned into the caller's one-line error.</summary>
    public static int RunOrExplain(string callText, IReadOnlyList<IBackend> backends, int threshold, TextWriter output, Func<string, Exception> error)
    {
        try
        {
            return Run(callText, backends, threshold, output);
        }
        catch (FormatException e)
        {
            throw error(e.Message);
        }
    }

    /// <exception cref="FormatException">A bad call, file, function or arguments (one line).</exception>
    public static int Run(string callText, IReadOnlyList<IBackend> backends, int threshold, TextWriter output)
    {
        var call = PythonCallSpec.Parse(callText);
        var code = FunctionLoader.Load(call);
        string oracle = PythonOracle.Call(call, out string? problem);
        if (problem is not null)
        {
            throw new FormatException($"{callText}: the oracle failed: {problem}");
        }
        var pipeline = new PythonPipeline(code, call.Args, ThresholdCounter(threshold));
        output.Write(PythonRunReport.Header(call, oracle));
        // Every tier is called twice and the second call reported: the first pays .NET's own JIT.
        pipeline.Tier1Only();
        PipelineRun tier1 = pipeline.Tier1Only();
        output.Write(PythonRunReport.Row(tier1, tier1, oracle));
        bool allAgree = tier1.Result.Text == oracle;
        foreach (IBackend backend in backends)
        {
            if (backend.Unavailable is string why)
            {
                output.WriteLine($"  {backend.Name,-12} skipped: {why}");
                continue;
            }
            pipeline.WithTraces(backend, TraceOptimizer.Default);
            PipelineRun run = pipeline.WithTraces(backend, TraceOptimizer.Default);
            output.Write(PythonRunReport.Row(run, tier1, oracle));
            allAgree &= run.Result.Text == oracle;
        }
        output.WriteLine("  (each the second of two calls; 'in trace' includes building and reading back the frame;");
        output.WriteLine("   tier 1 is C#, the trace native code: the speed-ups are this harness's, not CPython's)");
        return allAgree ? 0 : 1;
    }

    /// <summary>A JUMP_BACKWARD counter that triggers after <paramref name="threshold"/> backward jumps (4096: CPython 3.14's).</summary>
    public static AdaptiveCounter ThresholdCounter(int threshold) =>
        threshold is < 1 or > 4096 ? throw new FormatException($"--threshold {threshold}: expected 1..4096")
        : new AdaptiveCounter(threshold - 1, AdaptiveCounter.MaxBackoff);
}
