using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>A damaged summary.csv is one clear line naming file:line, or a note for a truncated last line; never a stack trace.</summary>
public sealed class DamagedCsvTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-damaged-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Summary => Path.Combine(_dir, ResultsDirectory.SummaryFile);

    /// <summary>A summary with a header and three rows; returns its lines.</summary>
    private string[] WriteThreeRows()
    {
        var metadata = TinyRun.Metadata("r", "s");
        using (var recorder = new RunRecorder(_dir, metadata))
        {
            foreach (string b in new[] { "interp", "template", "llvm-O2" })
            {
                recorder.Write(new SummaryRow { Kind = Kinds.Execution, Workload = "w", Backend = b, Status = "ok", N = 3, Median = 1.5 });
            }
        }
        return File.ReadAllLines(Summary);
    }

    private void Damage(int line, Func<string, string> change)
    {
        var lines = WriteThreeRows();
        lines[line - 1] = change(lines[line - 1]);
        File.WriteAllText(Summary, string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void A_truncated_last_line_is_skipped_with_a_note()
    {
        string text = string.Join('\n', WriteThreeRows());
        File.WriteAllText(Summary, text[..^10]);
        var set = ResultSet.Load(_dir);
        Assert.Equal(2, set.Rows.Count);
        Assert.Equal($"{Summary}:4: truncated last line skipped (the run was cut short)", Assert.Single(set.Notes));
    }

    [Fact]
    public void A_row_with_a_column_missing_names_its_file_and_line()
    {
        Damage(3, l => l[..l.LastIndexOf(',')]);
        var e = Assert.Throws<ResultsFileException>(() => ResultSet.Load(_dir));
        Assert.StartsWith($"{Summary}:3:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_names_its_file_and_line()
    {
        Damage(2, l => l.Replace(",1.5,", ",1.5x,", StringComparison.Ordinal));
        var e = Assert.Throws<ResultsFileException>(() => ResultSet.Load(_dir));
        Assert.StartsWith($"{Summary}:2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cut_of_a_summary_loads_or_is_one_line_naming_the_file()
    {
        string text = string.Join('\n', WriteThreeRows()) + "\n";
        for (int cut = 0; cut < text.Length; cut += 5)
        {
            File.WriteAllText(Summary, text[..cut] + "garbage,\"x\n" + text[cut..]);
            try
            {
                ResultSet.Load(_dir);
            }
            catch (ResultsFileException e)
            {
                Assert.StartsWith(Summary + ":", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain('\n', e.Message);
            }
        }
    }
}
