using System.Diagnostics;

namespace StencilBench.Harness.Targets;

/// <summary>
/// aarch64 Linux under qemu-aarch64-static: this harness published for linux-arm64 (self-contained,
/// with the aarch64 runtime; incremental, into the folder the tests use) runs its own <c>check</c>
/// verb on the aarch64 stencils. Published once per process, on first use.
/// </summary>
public sealed class QemuHarnessEmulator(string repositoryRoot) : ITargetEmulator
{
    private const string Triple = "aarch64-unknown-linux-gnu", Qemu = "/usr/bin/qemu-aarch64-static", CrossRoot = "/usr/aarch64-linux-gnu";
    private string? _published;

    private string Folder => Path.Combine(repositoryRoot, "stencils", "generated", "publish", "linux-arm64");

    public string? Unavailable(string triple) =>
        triple != Triple ? $"no emulator runs {triple} code here (only {Triple}, under qemu-aarch64)"
        : !File.Exists(Qemu) ? $"{Qemu} is missing: run ./run-all.sh setup (installs qemu-user-static)"
        : !Directory.Exists(CrossRoot) ? $"{CrossRoot} is missing: run ./run-all.sh setup (installs the arm64 cross libc)"
        : null;

    public string Name(string triple) => Path.GetFileName(Qemu);

    public IReadOnlyList<EmulatedOutcome> Check(string triple, IReadOnlyList<string> workloads, IReadOnlyList<string> backends, TimeSpan limit)
    {
        _published ??= Publish();
        string[] args = ["-L", CrossRoot, _published, "check", .. workloads.SelectMany(w => new[] { "-w", w }), .. backends.SelectMany(b => new[] { "-b", b })];
        var (code, output) = Execute(Qemu, args, limit, new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", [Results.EmulationCheck.LauncherVariable] = Path.GetFileName(Qemu) });
        var outcomes = EmulatedCheckOutput.Parse(output, workloads, backends);
        return code is 0 or 1 && outcomes.Count == workloads.Count * backends.Count
            ? outcomes
            : throw new InvalidOperationException($"the emulated check exited with {code} and gave {outcomes.Count} of {workloads.Count * backends.Count} verdicts: {LastLine(output)}");
    }

    /// <exception cref="InvalidOperationException">The publish failed or took longer than <see cref="PublishLimit"/>: no verdict, the run goes on.</exception>
    private string Publish()
    {
        try
        {
            var (code, output) = Execute("dotnet",
                ["publish", Path.Combine(repositoryRoot, "harness", "StencilBench.Harness.csproj"), "-c", "Release", "-r", "linux-arm64", "--self-contained", "-o", Folder, "-nologo", "-v:q", "-clp:ErrorsOnly"],
                PublishLimit, new Dictionary<string, string>());
            return code == 0 ? Path.Combine(Folder, "stencilbench") : throw new InvalidOperationException($"exit code {code}: {LastLine(output)}");
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"publishing the harness for linux-arm64 failed: {e.Message}", e);
        }
    }

    /// <summary>The longest the (incremental) publish for linux-arm64 may take: a first one under load takes many minutes.</summary>
    public static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(30);

    private static (int Code, string Output) Execute(string file, IReadOnlyList<string> args, TimeSpan limit, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Directory.GetCurrentDirectory() };
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }
        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(file)} took longer than {limit.TotalSeconds:0} s and was killed");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
