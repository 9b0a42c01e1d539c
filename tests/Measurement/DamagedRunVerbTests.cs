using System.Text.RegularExpressions;
using StencilBench.Harness.Cli;
using StencilBench.Harness.Results;
using StencilBench.Harness.Verbs;

namespace StencilBench.Tests.Measurement;

/// <summary>
/// report and compare on damaged copies of a real run (<see cref="DamagedRuns"/>): never an
/// unhandled exception; unusable data is exit 2 with one line naming the file and line at fault;
/// usable data (a cut last line, a missing samples file) is reported.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class DamagedRunVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-damaged-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Names => [.. DamagedRuns.All.Select(r => r.Name)];

    private static DamagedRun Find(string name) => DamagedRuns.All.Single(r => r.Name == name);

    private string Write(string folder, DamagedRun run)
    {
        string dir = Path.Combine(_dir, folder);
        Directory.CreateDirectory(dir);
        foreach (var (file, text) in new[] { (ResultsDirectory.SummaryFile, run.Summary), (ResultsDirectory.SamplesFile, run.Samples) })
        {
            if (text is not null)
            {
                File.WriteAllText(Path.Combine(dir, file), text, System.Text.Encoding.Latin1);
            }
        }
        return dir;
    }

    private string Damaged(DamagedRun run) => Write("damaged", run);

    private string Intact() => Write("intact", DamagedRuns.Intact);

    [GeneratedRegex(@"^stencilbench: (?<file>[^:]+):(?<line>\d+): ")]
    private static partial Regex Located();

    /// <summary>Checks the verb's result against what the damage allows; returns why it is wrong, or null.</summary>
    private static string? Judge(DamagedRun run, string dir, VerbResult result, params int[] usableCodes)
    {
        if (result.ExitCode == CliApp.UsageError)
        {
            var lines = result.Errors.Where(e => e.StartsWith("stencilbench:", StringComparison.Ordinal)).ToList();
            if (lines.Count != 1)
            {
                return $"exit 2 with {lines.Count} error lines: {string.Join(" | ", result.Errors)}";
            }
            string line = lines[0];
            string culprit = Path.Combine(dir, run.Culprit);
            bool named = run.Summary is null ? line.Contains(dir, StringComparison.Ordinal)
                : run.Samples is null && run.Culprit == ResultsDirectory.SamplesFile ? false
                : Located().Match(line) is { Success: true } m && m.Groups["file"].Value == culprit;
            if (!named || line.Length > 1000 || line.Any(char.IsControl))
            {
                return $"the error line does not name {culprit}:LINE in one short clean line: {line[..Math.Min(line.Length, 300)]}";
            }
            return null;
        }
        if (run.Expect == Usability.Unusable)
        {
            return $"exit {result.ExitCode} where the data is unusable; stderr: {string.Join(" | ", result.Errors)}";
        }
        return usableCodes.Contains(result.ExitCode) ? null : $"exit {result.ExitCode}; stderr: {string.Join(" | ", result.Errors)}";
    }

    [Fact]
    public void There_are_at_least_150_damaged_runs() => Assert.True(DamagedRuns.All.Count >= 150, $"{DamagedRuns.All.Count} damaged runs");

    [Theory]
    [MemberData(nameof(Names))]
    public void Report_of_a_damaged_run_is_reported_or_one_line_naming_the_file_and_line(string name)
    {
        var run = Find(name);
        string dir = Damaged(run);
        var result = VerbConsole.Run(ReportVerb.Create(), "report", dir);
        Assert.Null(Judge(run, dir, result, 0));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Compare_with_a_damaged_run_is_compared_or_one_line_naming_the_file_and_line(string name)
    {
        var run = Find(name);
        string dir = Damaged(run);
        var result = VerbConsole.Run(CompareVerb.Create(), "compare", Intact(), dir);
        Assert.Null(Judge(run, dir, result, 0, 1));
    }
}
