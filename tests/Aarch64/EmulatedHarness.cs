using StencilBench.Harness.Targets;

namespace StencilBench.Tests.Aarch64;

/// <summary>
/// The harness published for linux-arm64 and run under qemu-aarch64-static, as <c>run --target</c>
/// runs it (<see cref="QemuArm64Harness"/>): published once per test run.
/// </summary>
public static class EmulatedHarness
{
    private static readonly QemuArm64Harness Shared = new(TestPaths.RepositoryRoot);

    /// <summary>Runs the published harness's <paramref name="args"/> under qemu, from the repository root; exit code and output.</summary>
    public static (int ExitCode, string Output) Run(TimeSpan limit, params string[] args) => Shared.Run(limit, args);
}
