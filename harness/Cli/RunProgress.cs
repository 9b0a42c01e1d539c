using System.Diagnostics;
using Spectre.Console;

namespace StencilBench.Harness.Cli;

/// <summary>
/// Shows the progress of stepped work on stderr, never on stdout: a bar with the time left
/// (Spectre.Console) when stderr is a terminal, <see cref="PlainProgress"/> lines otherwise.
/// </summary>
public static class RunProgress
{
    /// <param name="work">Does the work, told a status callback and a step-done callback.</param>
    public static T Run<T>(int steps, Func<Action<string>, Action, T> work)
    {
        steps = Math.Max(1, steps);
        if (Console.IsErrorRedirected)
        {
            var clock = Stopwatch.StartNew();
            var plain = new PlainProgress(steps, Console.Error, () => clock.Elapsed);
            return work(plain.Status, plain.StepDone);
        }
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return stderr.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("measuring", maxValue: steps);
                return work(s => task.Description = Markup.Escape(s), () => task.Increment(1));
            });
    }
}
