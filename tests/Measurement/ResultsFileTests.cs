using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

public sealed class ResultsFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-results-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static RunMetadata Metadata => new("run-1", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), "abc", false, "m", "cpu, with comma", "os",
        ".NET 10", "clang 19", "19.1", "x86_64-unknown-linux-gnu", "quick", "codegen_reps=9;x=1");

    private ResultSet WriteAndRead(SummaryRow row, double[] samples)
    {
        using (var recorder = new RunRecorder(_dir, Metadata))
        {
            recorder.Write(row);
            recorder.WriteSamples(row.Key, samples, 7);
        }
        return ResultSet.Load(_dir);
    }

    [Fact]
    public void Summary_row_round_trips_through_csv()
    {
        var row = new SummaryRow { Kind = Kinds.Codegen, Workload = "w", Params = "n=1 k=2", Backend = "b", Uops = 3, Median = 1.25, CiLow = 1, CiHigh = 2, Phases = "copy=1.5;protect=2", CodeBytes = 42, Unstable = true };
        var back = WriteAndRead(row, [1, 2]).Rows.Single();
        Assert.Equal((row.Kind, row.Params, row.Median, row.Phases, row.CodeBytes, row.Unstable), (back.Kind, back.Params, back.Median, back.Phases, back.CodeBytes, back.Unstable));
    }

    [Fact]
    public void Metadata_is_stamped_on_every_row() =>
        Assert.Equal("cpu, with comma", WriteAndRead(new SummaryRow { Kind = Kinds.Codegen }, [1]).Rows.Single().Cpu);

    [Fact]
    public void Nan_round_trips() =>
        Assert.True(double.IsNaN(WriteAndRead(new SummaryRow { Kind = Kinds.Codegen }, [1]).Rows.Single().SpeedupVsInterp));

    [Fact]
    public void Samples_round_trip_in_order()
    {
        var row = new SummaryRow { Kind = Kinds.Execution, Workload = "w", Backend = "b" };
        Assert.Equal([3.5, 1.25, 2], WriteAndRead(row, [3.5, 1.25, 2]).Samples(row.Key));
    }

    [Fact]
    public void Rows_are_on_disk_before_the_recorder_is_closed()
    {
        using var recorder = new RunRecorder(_dir, Metadata);
        recorder.Write(new SummaryRow { Kind = Kinds.Codegen, Workload = "w" });
        using var shared = new FileStream(Path.Combine(_dir, ResultsDirectory.SummaryFile), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        Assert.Equal(2, new StreamReader(shared).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Latest_points_at_the_newest_run()
    {
        ResultsDirectory.Create(_dir, "run-a");
        ResultsDirectory.MarkLatest(_dir, "run-a");
        ResultsDirectory.Create(_dir, "run-b");
        ResultsDirectory.MarkLatest(_dir, "run-b");
        Assert.Equal("run-b", new DirectoryInfo(Path.Combine(_dir, ResultsDirectory.Latest)).LinkTarget);
    }
}
