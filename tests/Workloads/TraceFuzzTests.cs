using System.Text;
using System.Text.RegularExpressions;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;
using StencilBench.Workloads.Model;
using Xunit.Abstractions;

namespace StencilBench.Tests.Workloads;

/// <summary>
/// The nine traces, mutated 10,000 times with a fixed seed (byte flips, duplicated and deleted lines,
/// inflated digits), parsed and instantiated (verified, not run): nothing but a one-line
/// <see cref="TraceException"/> with file:line:col may come out.
/// </summary>
public partial class TraceFuzzTests(ITestOutputHelper output)
{
    private const int Mutations = 10_000;
    private const int Seed = 20_261_201;

    [GeneratedRegex(@"^[^:\n]+:\d+:\d+: error: [^\r\n]+$")]
    private static partial Regex OneLocatedLine();

    [Fact]
    public void Mutated_traces_fail_only_with_one_located_line()
    {
        string[] texts = WorkloadCatalog.Load().All.Select(d => File.ReadAllText(Path.Combine(WorkloadCatalog.DefaultDirectory, "traces", Path.GetFileName(d.File)))).ToArray();
        var random = new Random(Seed);
        var counts = new Dictionary<string, int> { ["loaded"] = 0, ["parse error"] = 0, ["instantiate error"] = 0 };
        var bad = new List<string>();
        for (int n = 0; n < Mutations; n++)
        {
            string text = Mutate(texts[random.Next(texts.Length)], random);
            string stage = "parse error";
            try
            {
                WorkloadDefinition d = TraceFileParser.Parse(text, "fuzz.uops");
                stage = "instantiate error";
                d.Instantiate();
                counts["loaded"]++;
            }
            catch (TraceException e)
            {
                counts[stage]++;
                if (!OneLocatedLine().IsMatch(e.Message))
                {
                    bad.Add($"mutation {n}: not one located line: {e.Message}");
                }
            }
#pragma warning disable CA1031 // the point is to catch whatever else escapes
            catch (Exception e)
#pragma warning restore CA1031
            {
                bad.Add($"mutation {n}: {e.GetType().Name}: {e.Message}");
            }
        }
        output.WriteLine(string.Join(", ", counts.Select(c => $"{c.Key}: {c.Value}")));
        Assert.Empty(bad);
        Assert.Equal(Mutations, counts.Values.Sum());
        Assert.All(counts.Values, c => Assert.True(c > 0, string.Join(", ", counts)));
    }

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
