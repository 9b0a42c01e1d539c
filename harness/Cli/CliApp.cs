using System.CommandLine;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;

namespace StencilBench.Harness.Cli;

/// <summary>
/// Runs the root command. Every failure the user can cause (bad arguments, unknown names,
/// missing files, malformed traces, a missing toolchain) ends as one line on stderr, exit 2.
/// </summary>
public static class CliApp
{
    public const int UsageError = 2;

    /// <summary>The width tables are drawn at when stdout is not a terminal.</summary>
    public const int WidthWhenRedirected = 240;

    public static int Run(string[] args, IReadOnlyList<Command> verbs)
    {
        var root = new RootCommand("StencilBench: interpreter, copy-and-patch, template and LLVM JITs on CPython uop traces");
        foreach (var verb in verbs)
        {
            root.Subcommands.Add(verb);
        }
        if (Console.IsOutputRedirected)
        {
            // Written to a file or a pipe, Spectre would squeeze every table into 80 columns and
            // break each cell over many lines: a log or CI output needs whole rows.
            Spectre.Console.AnsiConsole.Profile.Width = WidthWhenRedirected;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"stencilbench: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (IsUserFacing(e))
        {
            Console.Error.WriteLine($"stencilbench: {OneLine.Of(e.Message)}");
            return UsageError;
        }
    }

    private static bool IsUserFacing(Exception e) =>
        e is UserError or Results.ResultsFileException or TraceException or DllNotFoundException or EntryPointNotFoundException
            or FileNotFoundException or DirectoryNotFoundException or ArgumentException or KeyNotFoundException;
}
