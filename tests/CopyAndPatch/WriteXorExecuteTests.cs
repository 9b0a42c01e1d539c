using StencilBench.Core.Backends;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>No page of the process is ever writable and executable at once while copy-and-patch compiles and runs traces.</summary>
public class WriteXorExecuteTests
{
    [Fact]
    public void No_page_is_writable_and_executable_while_traces_compile_and_run()
    {
        var backend = new CopyAndPatchBackend();
        var traces = WorkloadCatalog.Load().All.Select(w => w.Instantiate().Trace).ToList();
        var seen = new List<string>();
        using var done = new ManualResetEventSlim();
        var watcher = new Thread(() =>
        {
            do
            {
                seen.AddRange(File.ReadAllLines("/proc/self/maps").Where(IsWritableAndExecutable));
            }
            while (!done.IsSet);
        });
        watcher.Start();
        for (int round = 0; round < 5; round++)
        {
            foreach (var trace in traces)
            {
                TraceRunner.Run(backend, trace);
            }
        }
        done.Set();
        watcher.Join();
        Assert.True(seen.Count == 0, string.Join('\n', seen.Distinct().Take(5)));
    }

    private static bool IsWritableAndExecutable(string line)
    {
        string perms = line.Split(' ', 3)[1];
        return perms[1] == 'w' && perms[2] == 'x';
    }
}
