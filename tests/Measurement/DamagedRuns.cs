using System.Text;

namespace StencilBench.Tests.Measurement;

/// <summary>Whether the data of a damaged run can still be reported.</summary>
public enum Usability
{
    /// <summary>Nothing a reader needs is lost (a cut last line, a missing samples file): the verbs succeed.</summary>
    Usable,

    /// <summary>A row cannot be read: the verbs exit non-zero with one line naming the file at fault.</summary>
    Unusable,

    /// <summary>Random damage that may land in a text field: either outcome, but a failure is one located line.</summary>
    Either,
}

/// <summary>One damaged copy of a real run: the text of each file, null for a file missing.</summary>
/// <param name="Culprit">The file at fault (summary.csv or samples.csv).</param>
public sealed record DamagedRun(string Name, string? Summary, string? Samples, string Culprit, Usability Expect);

/// <summary>
/// Damaged copies of a real run's CSV files (the shipped baseline, cut to three workloads so
/// each copy reports quickly): truncated lines, wrong column counts, bad numbers, binary
/// garbage, empty files, a missing header, stray quotes, huge fields and missing files.
/// Seeded, so the same copies every time.
/// </summary>
public static class DamagedRuns
{
    private const string SummaryFile = "summary.csv";
    private const string SamplesFile = "samples.csv";
    private static readonly string[] KeptWorkloads = ["fibonacci", "collatz", "random"];

    /// <summary>Columns (0-based) of summary.csv that hold numbers or booleans, and of samples.csv.</summary>
    private static readonly int[] SummaryNumbers = [3, 17, 18, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33];
    private static readonly int[] SampleNumbers = [5, 6, 7];

    public static IReadOnlyList<DamagedRun> All { get; } = Make();

    /// <summary>The same run undamaged.</summary>
    public static DamagedRun Intact { get; } = MakeIntact();

    private static DamagedRun MakeIntact()
    {
        var (summary, samples) = Baseline();
        return new DamagedRun("intact", Join(summary), Join(samples), SummaryFile, Usability.Usable);
    }

    private static (string[] Summary, string[] Samples) Baseline()
    {
        // The committed baseline of any machine: the damage, not the figures, is what is tested.
        string baseline = Directory.GetDirectories(Path.Combine(TestPaths.RepositoryRoot, "results", "baselines")).Order(StringComparer.Ordinal).First();
        return (Kept(File.ReadAllLines(Path.Combine(baseline, SummaryFile)), 15), Kept(File.ReadAllLines(Path.Combine(baseline, SamplesFile)), 3));
    }

    private static IReadOnlyList<DamagedRun> Make()
    {
        var (summary, samples) = Baseline();
        var runs = new List<DamagedRun>();
        var random = new Random(11);
        foreach (var (file, lines, numbers) in new[] { (SummaryFile, summary, SummaryNumbers), (SamplesFile, samples, SampleNumbers) })
        {
            string text = Join(lines);
            string other = Join(file == SummaryFile ? samples : summary);
            void Add(string name, string? damaged, Usability expect) =>
                runs.Add(file == SummaryFile
                    ? new DamagedRun($"{runs.Count + 1:000} {file}: {name}", damaged, other, file, expect)
                    : new DamagedRun($"{runs.Count + 1:000} {file}: {name}", other, damaged, file, expect));

            for (int i = 0; i < 10; i++)
            {
                int cut = text.Length - 2 - random.Next(Math.Min(text.Length - 2, lines[^1].Length));
                Add($"last line cut at {cut}", text[..cut], Usability.Usable);
            }
            for (int i = 0; i < 6; i++)
            {
                int line = 2 + random.Next(lines.Length - 2);
                int cut = lines[line - 1].Length / 2;
                Add($"line {line} cut short mid-file", Replace(lines, line, lines[line - 1][..cut]), Usability.Unusable);
            }
            for (int i = 0; i < 8; i++)
            {
                int line = 2 + random.Next(lines.Length - 1);
                Add($"line {line} lacks its last column", Replace(lines, line, lines[line - 1][..lines[line - 1].LastIndexOf(',')]), Usability.Unusable);
            }
            for (int i = 0; i < 4; i++)
            {
                int line = 2 + random.Next(lines.Length - 1);
                Add($"line {line} has an extra column", Replace(lines, line, lines[line - 1] + ",extra"), Usability.Either);
            }
            foreach (string bad in new[] { "1.5x", "abc", "--1", "0x10", "1e99999999", "99999999999999999999999", "", " ", "∞", "1,5" })
            {
                int line = 2 + random.Next(lines.Length - 1);
                int column = numbers[random.Next(numbers.Length)];
                Add($"line {line} column {column + 1} is '{bad}'", Replace(lines, line, SetField(lines[line - 1], column, bad)), bad is "" or "1e99999999" ? Usability.Either : Usability.Unusable);
            }
            for (int i = 0; i < 16; i++)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                int at = random.Next(bytes.Length), length = 1 + random.Next(64);
                for (int j = at; j < Math.Min(bytes.Length, at + length); j++)
                {
                    bytes[j] = (byte)random.Next(256);
                }
                Add($"{length} random bytes at {at}", Encoding.Latin1.GetString(bytes), Usability.Either);
            }
            Add("all binary", new string([.. Enumerable.Range(0, 4096).Select(_ => (char)random.Next(256))]), Usability.Unusable);
            Add("all NUL bytes", new string('\0', 1000), Usability.Unusable);
            Add("empty", "", Usability.Unusable);
            Add("header only", lines[0] + "\n", file == SummaryFile ? Usability.Unusable : Usability.Usable);
            Add("no header", Join(lines[1..]), Usability.Unusable);
            Add("header renamed", Replace(lines, 1, lines[0].Replace("backend", "back_end", StringComparison.Ordinal)), Usability.Unusable);
            Add("header with a column missing", Replace(lines, 1, lines[0][..lines[0].LastIndexOf(',')]), Usability.Unusable);
            Add("header twice", Join([.. lines[..3], lines[0], .. lines[3..]]), Usability.Unusable);
            Add("CRLF line ends", text.ReplaceLineEndings("\r\n"), Usability.Usable);
            Add("missing", null, file == SummaryFile ? Usability.Unusable : Usability.Usable);
            for (int i = 0; i < 4; i++)
            {
                int line = 2 + random.Next(lines.Length - 1);
                Add($"line {line} opens a quote it never closes", Replace(lines, line, lines[line - 1].Replace(",", ",\"", StringComparison.Ordinal)[..(lines[line - 1].Length / 2)]), Usability.Unusable);
                Add($"line {line} has a quote inside a field", Replace(lines, line, SetField(lines[line - 1], 2, "a\"b")), Usability.Either);
            }
            int huge = 2 + random.Next(lines.Length - 1);
            Add($"line {huge} has a 2 MB text field", Replace(lines, huge, SetField(lines[huge - 1], file == SummaryFile ? 20 : 2, new string('x', 2_000_000))), Usability.Either);
            Add($"line {huge} has a 2 MB number", Replace(lines, huge, SetField(lines[huge - 1], numbers[0], new string('7', 2_000_000))), Usability.Unusable);
            Add($"line {huge} has a 2 MB quoted field with newlines", Replace(lines, huge, SetField(lines[huge - 1], 1, "\"" + string.Concat(Enumerable.Repeat("line\n", 400_000)) + "\"")), Usability.Either);
            Add($"line {huge} has control characters", Replace(lines, huge, SetField(lines[huge - 1], numbers[0], "\u0007\u001b[31m1")), Usability.Unusable);
        }
        return runs;
    }

    private static string[] Kept(string[] lines, int workloadColumn) =>
        [lines[0], .. lines.Skip(1).Where(l => KeptWorkloads.Contains(l.Split(',')[workloadColumn - 1]))];

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    private static string Replace(string[] lines, int line, string replacement)
    {
        string[] copy = [.. lines];
        copy[line - 1] = replacement;
        return Join(copy);
    }

    private static string SetField(string line, int column, string value)
    {
        string[] fields = line.Split(',');
        fields[column] = value;
        return string.Join(',', fields);
    }
}
