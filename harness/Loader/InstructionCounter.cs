using System.Globalization;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;

namespace StencilBench.Harness.Loader;

/// <summary>What one counted run executed: the instructions under sb_loader_execute, and the run's result.</summary>
public sealed record InstructionCount(long Instructions, RunResult Result);

/// <summary>
/// Executed instructions of one run of a trace, counted by valgrind's callgrind on the native loader:
/// only what runs under <c>sb_loader_execute</c> (the trace's code, or the interpreter, and the
/// runtime it calls), so the frame's setup and the protocol are not counted. Deterministic: the
/// same code on the same input executes the same instructions, however loaded the machine is.
/// </summary>
/// <param name="plan">Rewrites a trace for <paramref name="stencils"/> first (top-of-stack variants), or null.</param>
public sealed class InstructionCounter(StencilSet stencils, string? valgrind = null, Func<StencilBench.Core.Native.NativeTrace, StencilBench.Core.Native.NativeTrace>? plan = null)
{
    /// <summary>The valgrind on PATH, or null.</summary>
    public static string? FindValgrind() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "valgrind")).FirstOrDefault(File.Exists);

    public InstructionCount Count(Trace trace, LoaderEngine engine)
    {
        string tool = valgrind ?? FindValgrind() ?? throw new LoaderException("valgrind is not on PATH: run ./run-all.sh setup (installs it)");
        string output = Path.Combine(Path.GetTempPath(), $"sb-callgrind-{Environment.ProcessId}-{Guid.NewGuid():N}.out");
        try
        {
            RunResult result;
            using (var loader = new LoaderProcess([tool, "--tool=callgrind", "-q", "--toggle-collect=sb_loader_execute",
                "--smc-check=all", "--dump-instr=no", $"--callgrind-out-file={output}"]))
            {
                result = new LoaderRunner(loader, stencils, plan).Run(trace, engine);
                string errors = loader.Quit().Trim();
                if (errors.Length > 0)
                {
                    throw new LoaderException($"{trace.Name}: valgrind reported: {errors.Split('\n')[0]}");
                }
            }
            return new InstructionCount(Totals(output), result);
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The <c>totals:</c> (or <c>summary:</c>) line of a callgrind output file: instructions collected.</summary>
    public static long Totals(string callgrindOut)
    {
        if (!File.Exists(callgrindOut))
        {
            throw new LoaderException($"callgrind wrote no output file {callgrindOut}");
        }
        foreach (string prefix in new[] { "totals:", "summary:" })
        {
            string? line = File.ReadLines(callgrindOut).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (line is not null)
            {
                string first = line[prefix.Length..].Trim().Split(' ')[0];
                return long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out long n)
                    ? n
                    : throw new LoaderException($"{callgrindOut}: '{line}' is not a count of instructions");
            }
        }
        throw new LoaderException($"{callgrindOut}: no totals or summary line");
    }
}
