using StencilBench.Harness.Results;

namespace StencilBench.Tests.Measurement;

/// <summary>samples.csv's process column, and files written before it existed.</summary>
public sealed class ProcessColumnTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sb-process-column-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly FigureKey Key = new(Kinds.Execution, "w", "", "b");

    [Fact]
    public void A_samples_file_without_the_process_column_reads_as_one_process()
    {
        File.WriteAllText(Path.Combine(_dir, ResultsDirectory.SummaryFile), "");
        string path = Path.Combine(_dir, ResultsDirectory.SamplesFile);
        File.WriteAllText(path, "run_id,kind,workload,params,backend,rep,value,batch\nr,execution,w,,b,0,2.5,1\nr,execution,w,,b,1,3.5,1\n");
        var samples = RowReader.Read<SampleRow>(path);
        var set = new ResultSet(path, [], samples);
        Assert.Equal([0, 0], samples.Select(s => s.Process));
        Assert.Equal([2.5, 3.5], Assert.Single(set.SamplesByProcess(Key)));
    }

    [Fact]
    public void Samples_are_split_by_process_each_in_repetition_order()
    {
        using (var recorder = new RunRecorder(_dir, TinyRun.Metadata("t", "")))
        {
            recorder.Write(new SummaryRow { Kind = Key.Kind, Workload = Key.Workload, Backend = Key.Backend });
            recorder.WriteSamples(Key, [1, 2], 1, process: 1);
            recorder.WriteSamples(Key, [3, 4], 1, process: 0);
        }
        var set = ResultSet.Load(_dir);
        Assert.Equal([[3.0, 4], [1.0, 2]], set.SamplesByProcess(Key).Select(p => p.ToArray()));
        Assert.Equal([3.0, 4, 1, 2], set.Samples(Key));
    }
}
