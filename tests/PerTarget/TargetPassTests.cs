using StencilBench.Backends.Interp;
using StencilBench.Harness.Measure;
using StencilBench.Harness.Results;
using StencilBench.Harness.Targets;
using StencilBench.Tests.Measurement;
using StencilBench.Workloads.Model;

namespace StencilBench.Tests.PerTarget;

/// <summary>The per-target pass of <c>run --target</c> on a tiny real run (fibonacci), no timing asserted.</summary>
public sealed class TargetPassTests : IDisposable
{
    private const string Host = "x86_64-unknown-linux-gnu", Arm = "aarch64-unknown-linux-gnu", Power = "powerpc64le-unknown-linux-gnu", Darwin = "x86_64-apple-darwin";
    private const string ArmDarwin = "aarch64-apple-darwin", Windows32 = "i686-pc-windows-msvc";

    private readonly string _dir = Directory.CreateTempSubdirectory("sb-targets-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private IReadOnlyList<SummaryRow> Run(string[] targets, ITargetEmulator emulator, string workload = "fibonacci")
    {
        var reference = new InterpBackend();
        var plan = new MatrixPlan([WorkloadCatalog.Load().Get(workload)], reference, [reference], [],
            new Dictionary<string, System.Numerics.BigInteger>(), TinyRun.Settings, Scaling: false);
        using var recorder = new RunRecorder(_dir, TinyRun.Metadata("t", TinyRun.Settings.Describe()));
        var selection = TargetSelection.Parse(targets, Host, TargetLineup.Known(Host));
        return new TargetPass(selection, TinyRun.Settings, recorder, reference, emulator).Execute(plan, _ => { }, () => { }, default);
    }

    [Fact]
    public void Every_target_strategy_gets_a_codegen_row_carrying_its_target()
    {
        var rows = Run([Arm], new FakeEmulator()).Where(r => r.Kind == Kinds.TargetCodegen && r.Status == "ok").ToList();
        Assert.Equal([$"copy-and-patch@{Arm}", $"llvm-O0@{Arm}", $"llvm-O2@{Arm}"], rows.Where(r => r.Target == Arm).Select(r => r.Backend).Order());
        Assert.All(rows, r => Assert.True(r.CodeBytes > 0 && r.PerUop > 0, r.Backend));
    }

    [Fact]
    public void The_host_strategies_are_timed_beside_the_other_targets() =>
        Assert.Contains(Run([Arm], new FakeEmulator()), r => r.Kind == Kinds.TargetCodegen && r.Backend == $"copy-and-patch@{Host}" && r.Target == Host);

    [Fact]
    public void Nothing_is_measured_for_the_host_alone() => Assert.Empty(Run(["host"], new FakeEmulator()));

    [Fact]
    public void An_emulated_target_is_checked_not_timed()
    {
        var rows = Run([Arm], new FakeEmulator());
        Assert.Contains(rows, r => r.Kind == Kinds.TargetCheck && r.Backend == $"copy-and-patch@{Arm}" && r.Status == "ok" && r.Note.StartsWith("emulated (fake-qemu)", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Kind is Kinds.Execution or Kinds.TargetExecution && r.Target == Arm);
    }

    [Fact]
    public void A_wrong_emulated_result_is_a_failure_row()
    {
        var failure = Assert.Single(Run([Arm], new FakeEmulator(null, "fibonacci")), r => r.Kind == Kinds.Failure);
        Assert.Equal(($"copy-and-patch@{Arm}", "fail", "emulated (fake-qemu): exit 2, expected 1"), (failure.Backend, failure.Status, failure.Note));
    }

    [Fact]
    public void A_missing_emulator_is_a_skipped_check_saying_why() =>
        Assert.Contains(Run([Arm], new FakeEmulator("qemu is missing")), r => r.Kind == Kinds.TargetCheck && r.Backend == $"copy-and-patch@{Arm}" && r.Status == "skipped" && r.Note == "qemu is missing");

    [Fact]
    public void A_target_with_stencils_and_bitcode_gets_copy_and_patch_and_llvm_codegen()
    {
        var rows = Run([Power], new FakeEmulator());
        Assert.Contains(rows, r => r.Kind == Kinds.TargetCodegen && r.Backend == $"copy-and-patch@{Power}" && r.Status == "ok");
        Assert.Contains(rows, r => r.Kind == Kinds.TargetCodegen && r.Backend == $"llvm-O2@{Power}" && r.Status == "ok");
    }

    [Fact]
    public void Code_that_runs_in_this_process_is_timed_against_interp()
    {
        var row = Assert.Single(Run([Darwin], new FakeEmulator()), r => r.Kind == Kinds.TargetExecution && r.Backend == $"copy-and-patch@{Darwin}");
        Assert.Equal((Darwin, "ok"), (row.Target, row.Status));
        Assert.True(row.SpeedupVsInterp > 0);
    }

    [Theory]
    [InlineData(ArmDarwin)]
    [InlineData(Power)]
    [InlineData(Windows32)]
    public void Interp_and_copy_and_patch_of_a_target_run_outside_this_process_are_checked_on_every_workload(string triple)
    {
        var emulator = new FakeEmulator();
        var checks = Run([triple], emulator).Where(r => r.Kind == Kinds.TargetCheck && r.Status == "ok").Select(r => (r.Workload, r.Backend));
        Assert.Equal([("fibonacci", $"copy-and-patch@{triple}"), ("fibonacci", $"interp@{triple}")], checks.Order());
        Assert.Equal(1, emulator.Checks);
    }

    [Fact]
    public void A_target_checked_natively_in_a_loader_is_labelled_with_the_loader_and_not_timed()
    {
        var rows = Run([Windows32], new FakeEmulator { How = "native (fake loader)" });
        Assert.Contains(rows, r => r.Kind == Kinds.TargetCheck && r.Backend == $"copy-and-patch@{Windows32}" && r.Note.StartsWith("native (fake loader): agrees", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Kind is Kinds.Execution or Kinds.TargetExecution && r.Target == Windows32);
    }

    [Fact]
    public void A_workload_the_emulator_does_not_run_is_a_skipped_check_not_a_failure()
    {
        var rows = Run([Power], new FakeEmulator { NotRun = ["fibonacci"] });
        Assert.DoesNotContain(rows, r => r.Kind == Kinds.Failure);
        var row = Assert.Single(rows, r => r.Kind == Kinds.TargetCheck && r.Backend == $"copy-and-patch@{Power}" && r.Workload == "fibonacci");
        Assert.Equal(("skipped", "emulated (fake-qemu): not run: an executor graph"), (row.Status, row.Note));
    }

    [Fact]
    public void A_wrong_result_in_a_loader_is_a_failure_row_labelled_with_the_loader()
    {
        var failure = Assert.Single(Run([Windows32], new FakeEmulator(null, "fibonacci") { How = "native (fake loader)" }), r => r.Kind == Kinds.Failure);
        Assert.Equal(($"copy-and-patch@{Windows32}", "native (fake loader): exit 2, expected 1"), (failure.Backend, failure.Note));
    }

    [Fact]
    public void I686_copy_and_patch_codegen_is_timed_here_patched_for_the_32_bit_loaders_addresses()
    {
        var rows = Run([Windows32], new FakeEmulator());
        Assert.DoesNotContain(rows, r => r.Kind == Kinds.Failure);
        var row = Assert.Single(rows, r => r.Kind == Kinds.TargetCodegen && r.Backend == $"copy-and-patch@{Windows32}");
        Assert.Equal(("ok", Windows32), (row.Status, row.Target));
        Assert.True(row.CodeBytes > 0 && row.PerUop > 0);
        Assert.StartsWith("patched for the loader's addresses", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Llvm_code_for_a_target_no_emulator_runs_is_said_to_be_only_emitted()
    {
        var row = Assert.Single(Run([Darwin], new FakeEmulator("no emulator runs it")), r => r.Kind == Kinds.TargetCheck && r.Backend == $"llvm-O0@{Darwin}");
        Assert.StartsWith("not run: llvm-O0's code for x86_64-apple-darwin is only emitted here", row.Note, StringComparison.Ordinal);
    }
}
