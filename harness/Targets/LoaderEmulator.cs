using System.Diagnostics;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Targets;

/// <summary>
/// A target whose stencils run in a build of the native loader (harness/Loader): powerpc64le's
/// under qemu-ppc64le -cpu power10, i686 Windows' natively in the 32-bit loader. The loader runs
/// its own runtime's interpreter and the target's stencils, patched here for its addresses; each
/// run is judged by <see cref="LoaderCheck"/>. The loader has no clock, so even the native one is
/// correctness only.
/// </summary>
/// <param name="reference">This process's interpreter, whose results the loader's must match.</param>
public sealed class LoaderEmulator(LoaderTarget loader, IBackend reference) : ITargetEmulator
{
    public string? Unavailable(string triple) =>
        triple != loader.Triple ? $"the {loader.RelativePath} loader runs {loader.Triple} code, not {triple}"
        : !File.Exists(loader.Path) ? $"the native loader {loader.Path} is missing: rebuild with ./run-all.sh"
        : loader.Wrapper.Count > 0 && !OnPath(loader.Wrapper[0]) ? $"{loader.Wrapper[0]} is missing: run ./run-all.sh setup (installs qemu-user-static)"
        : HostStencils.TryCreate(triple, out string? why) is null ? $"no stencils for {triple}: {why}"
        : null;

    public string Label(string triple) => loader.Emulated
        // The wrapper up to its sysroot: the emulator and the CPU it is told to be.
        ? $"emulated ({string.Join(' ', loader.Wrapper.TakeWhile(a => a != "-L"))}, in {loader.RelativePath})"
        : $"native (32-bit loader process {loader.RelativePath}; the loader has no clock, so not timed)";

    public IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<Workload> workloads, IReadOnlyList<string> backends, TimeSpan limit)
    {
        var engines = backends.Select(b => b switch
        {
            "interp" => LoaderEngine.Interp,
            "copy-and-patch" => LoaderEngine.CopyAndPatch,
            _ => throw new ArgumentException($"the loader runs interp and copy-and-patch, not {b}", nameof(backends)),
        }).ToList();
        LoaderProcess process;
        try
        {
            process = loader.Start();
        }
        catch (LoaderException e)
        {
            throw new InvalidOperationException($"the {loader.RelativePath} loader did not start: {e.Message}", e);
        }
        using (process)
        {
            // Past the limit the loader is killed: its pending request then fails, and so does every later one.
            bool late = false;
            using var deadline = new CancellationTokenSource(limit);
            using var kill = deadline.Token.Register(() =>
            {
                late = true;
                Kill(process.ProcessId);
            });
            var runner = new LoaderRunner(process, HostStencils.TryCreate(triple, out _));
            var outcomes = new List<EmulatedOutcome>();
            foreach (var w in workloads)
            {
                var expected = w.Trace.Executors.Count > 0 ? null : TraceRunner.Run(reference, w.Trace);
                for (int i = 0; i < backends.Count; i++)
                {
                    outcomes.Add(expected is null
                        ? new(w.Name, backends[i], false, $"an executor graph ({w.Trace.Executors.Count + 1} executors): the loader runs one trace", Ran: false)
                        : Outcome(runner, w, backends[i], engines[i], expected));
                }
            }
            return late ? throw new InvalidOperationException($"the {loader.RelativePath} loader took longer than {limit.TotalSeconds:0} s and was killed") : outcomes;
        }
    }

    private static EmulatedOutcome Outcome(LoaderRunner runner, Workload w, string backend, LoaderEngine engine, RunResult expected)
    {
        try
        {
            var problems = LoaderCheck.Problems(runner, w, engine, expected);
            return new(w.Name, backend, problems.Count == 0, string.Join("; ", problems));
        }
        catch (LoaderException e)
        {
            return new(w.Name, backend, false, $"the loader: {e.Message}");
        }
    }

    private static void Kill(int processId)
    {
        try
        {
            using var p = Process.GetProcessById(processId);
            p.Kill();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Already gone: nothing to stop.
        }
    }

    private static bool OnPath(string tool) =>
        tool.Contains('/')
            ? File.Exists(tool)
            : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, tool)));
}
