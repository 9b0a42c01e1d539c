namespace StencilBench.Tests.Aarch64;

/// <summary>
/// The harness published for linux-arm64 (self-contained, with the cross-built aarch64 runtime)
/// and run under qemu-aarch64-static: correctness only, since emulated timings mean nothing.
/// Published once per test run into stencils/generated/publish/linux-arm64 (incremental).
/// </summary>
public static class EmulatedHarness
{
    public const string Qemu = "/usr/bin/qemu-aarch64-static";
    public const string CrossRoot = "/usr/aarch64-linux-gnu";

    private static readonly Lazy<string> Published = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "stencils", "generated", "publish", "linux-arm64");

    /// <summary>Runs the published harness's <paramref name="args"/> under qemu, from the repository root; exit code and output.</summary>
    public static (int ExitCode, string Output) Run(TimeSpan limit, params string[] args)
    {
        string executable = Published.Value;
        return ChildProcess.Run(Qemu, ["-L", CrossRoot, executable, .. args], limit, new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" });
    }

    private static string Publish()
    {
        var (code, output) = ChildProcess.Run(
            "dotnet",
            ["publish", "harness/StencilBench.Harness.csproj", "-c", "Release", "-r", "linux-arm64", "--self-contained", "-o", Folder, "-nologo", "-v:q", "-clp:ErrorsOnly"],
            TimeSpan.FromMinutes(10));
        return code == 0 ? Path.Combine(Folder, "stencilbench") : throw new InvalidOperationException($"dotnet publish -r linux-arm64 failed ({code}):\n{output}");
    }
}
