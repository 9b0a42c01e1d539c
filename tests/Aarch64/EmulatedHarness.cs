using System.Diagnostics;

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
        var psi = new ProcessStartInfo(Qemu) { WorkingDirectory = TestPaths.RepositoryRoot };
        foreach (string a in (string[])["-L", CrossRoot, executable, .. args])
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        return Execute(psi, limit);
    }

    private static string Publish()
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = TestPaths.RepositoryRoot };
        foreach (string a in (string[])["publish", "harness/StencilBench.Harness.csproj", "-c", "Release", "-r", "linux-arm64", "--self-contained", "-o", Folder, "-nologo", "-v:q", "-clp:ErrorsOnly"])
        {
            psi.ArgumentList.Add(a);
        }
        var (code, output) = Execute(psi, TimeSpan.FromMinutes(10));
        return code == 0 ? Path.Combine(Folder, "stencilbench") : throw new InvalidOperationException($"dotnet publish -r linux-arm64 failed ({code}):\n{output}");
    }

    private static (int ExitCode, string Output) Execute(ProcessStartInfo psi, TimeSpan limit)
    {
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {psi.FileName}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)}: still running after {limit.TotalSeconds:0} s, killed");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
