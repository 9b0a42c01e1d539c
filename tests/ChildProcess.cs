using StencilBench.Harness.Cli;

namespace StencilBench.Tests;

/// <summary>A tool run to its end by a test from the repository root (<see cref="ToolProcess"/>): exit code and everything it printed, killed (and the test failed) past a limit.</summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/> from the repository root.</summary>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="limit"/>.</exception>
    public static (int ExitCode, string Output) Run(string tool, IEnumerable<string> args, TimeSpan limit, IReadOnlyDictionary<string, string>? environment = null) =>
        ToolProcess.Run(tool, args, TestPaths.RepositoryRoot, limit, environment);
}
