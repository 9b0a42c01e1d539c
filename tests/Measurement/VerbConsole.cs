using System.CommandLine;
using StencilBench.Harness.Cli;

namespace StencilBench.Tests.Measurement;

/// <summary>What a verb run in this process printed on stderr, and its exit code (stdout dropped).</summary>
public sealed record VerbResult(int ExitCode, string[] Errors);

/// <summary>Runs a verb through the command-line entry point, as the tool would, capturing stderr.</summary>
public static class VerbConsole
{
    public static VerbResult Run(Command verb, params string[] args)
    {
        var stdout = Console.Out;
        var stderr = Console.Error;
        var errors = new StringWriter();
        try
        {
            Console.SetOut(TextWriter.Null);
            Console.SetError(errors);
            int code = CliApp.Run(args, [verb]);
            return new VerbResult(code, errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }
}
