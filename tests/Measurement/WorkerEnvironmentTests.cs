using StencilBench.Harness.Workers;

namespace StencilBench.Tests.Measurement;

/// <summary>The runtime settings of a worker: tiered compilation off in a timing worker unless the run asks for it.</summary>
public sealed class WorkerEnvironmentTests
{
    [Fact]
    public void A_timing_worker_runs_with_tiered_compilation_off() =>
        Assert.Equal("0", WorkerEnvironment.For(_ => null, timing: true)[WorkerEnvironment.Tiering]);

    [Fact]
    public void A_checking_worker_keeps_tiered_compilation() =>
        Assert.False(WorkerEnvironment.For(_ => null, timing: false).ContainsKey(WorkerEnvironment.Tiering));

    [Fact]
    public void A_tiering_setting_of_the_run_is_passed_on_unchanged() =>
        Assert.False(WorkerEnvironment.For(name => name == WorkerEnvironment.Tiering ? "1" : null, timing: true).ContainsKey(WorkerEnvironment.Tiering));

    [Fact]
    public void A_worker_writes_no_crash_dump() =>
        Assert.Equal("0", WorkerEnvironment.For(_ => null, timing: false)["DOTNET_DbgEnableMiniDump"]);

    [Fact]
    public void Settings_say_timing_workers_run_without_tiering_by_default() =>
        Assert.Equal("timing_tiering=0", WorkerEnvironment.Describe(_ => null));

    [Fact]
    public void Settings_say_which_tiering_and_pgo_the_runs_environment_chose() =>
        Assert.Equal("timing_tiering=1;timing_pgo=1", WorkerEnvironment.Describe(name => name is WorkerEnvironment.Tiering or WorkerEnvironment.Pgo ? "1" : null));
}
