using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text;
using System.Text.RegularExpressions;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;
using Xunit.Abstractions;

namespace StencilBench.Tests.Workloads;

/// <summary>
/// The nine traces, mutated 10,000 times with a fixed seed (byte flips, duplicated and deleted lines,
/// inflated digits), parsed, instantiated (verified) and, when they verify, run on the interpreter
/// with an interrupt budget. Nothing but a one-line <see cref="TraceException"/> with file:line:col
/// may come out of loading; a run may exit, deopt, raise or be interrupted, and must leak nothing.
/// A crash kills the test host (that is the check); a run past <see cref="HangLimit"/> is a hang.
/// </summary>
public partial class TraceFuzzTests(ITestOutputHelper output)
{
    private const int Mutations = 10_000;
    private const int Seed = 20_261_201;

    /// <summary>Periodic checks a run may pass before it is interrupted: every loop passes one.</summary>
    private const long PeriodicBudget = 1_000;

    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10); // the slowest run takes ~30 ms

    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: error: [^\r\n]+$")]
    private static partial Regex OneLocatedLine();

    [Fact]
    public void Mutated_traces_fail_to_load_with_one_located_line_or_run_to_an_end()
    {
        string[] texts = WorkloadCatalog.Load().All.Where(d => d.Group != "cpython").Select(d => File.ReadAllText(Path.Combine(WorkloadCatalog.DefaultDirectory, "traces", Path.GetFileName(d.File)))).ToArray();
        var random = new Random(Seed);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var bad = new List<string>();
        var interp = new InterpBackend();
        TimeSpan slowest = TimeSpan.Zero, running = TimeSpan.Zero;
        for (int n = 0; n < Mutations; n++)
        {
            string text = Mutate(texts[random.Next(texts.Length)], random);
            string stage = "parse error";
            try
            {
                WorkloadDefinition d = TraceFileParser.Parse(text, "fuzz.uops");
                stage = "verify error";
                Trace trace = d.Instantiate().Trace;
                stage = "run";
                var clock = Stopwatch.StartNew();
                RunResult result = BudgetedRun.Run(interp, trace, PeriodicBudget);
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
                running += clock.Elapsed;
                stage = OutcomeClass(result.Outcome);
                if (clock.Elapsed > HangLimit)
                {
                    bad.Add($"mutation {n}: hang: the run took {clock.Elapsed.TotalSeconds:F1} s");
                }
                if (result.LeakedObjects != 0)
                {
                    bad.Add($"mutation {n}: {stage} leaked {result.LeakedObjects} objects");
                }
                Count(counts, stage);
            }
            catch (TraceException e) when (stage != "run")
            {
                Count(counts, stage);
                if (!OneLocatedLine().IsMatch(e.Message))
                {
                    bad.Add($"mutation {n}: not one located line: {e.Message}");
                }
            }
#pragma warning disable CA1031 // the point is to catch whatever else escapes
            catch (Exception e)
#pragma warning restore CA1031
            {
                bad.Add($"mutation {n} ({stage}): {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}"))
            + $"; runs took {running.TotalSeconds:F1} s in all, the slowest {slowest.TotalMilliseconds:F0} ms");
        Assert.Empty(bad);
        Assert.Equal(Mutations, counts.Values.Sum());
        Assert.All(new[] { "parse error", "verify error", "ran: exit", "ran: interrupted" }, k => Assert.True(counts.ContainsKey(k), string.Join(", ", counts)));
    }

    private static string OutcomeClass(Outcome o) => o.Exit switch
    {
        ExitKind.Error when o.Error == ErrorKind.Interrupt => "ran: interrupted",
        ExitKind.Error => $"ran: error ({o.Error}Error)",
        _ => $"ran: {o.Exit.ToString().ToLowerInvariant()}",
    };

    private static void Count(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Mutate(string text, Random random)
    {
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        int line = random.Next(lines.Length);
        switch (random.Next(4))
        {
            case 0:
                var sb = new StringBuilder(text);
                for (int flips = random.Next(1, 4); flips > 0; flips--)
                {
                    sb[random.Next(sb.Length)] = (char)random.Next(0, 128);
                }
                return sb.ToString();
            case 1:
                return string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 2:
                return string.Join('\n', lines.Where((_, i) => i != line));
            default:
                int[] digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToArray();
                int at = digits[random.Next(digits.Length)];
                return text.Insert(at, new string(text[at], random.Next(1, 5) * random.Next(1, 1500)));
        }
    }
}
