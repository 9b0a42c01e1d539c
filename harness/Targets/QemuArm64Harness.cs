using StencilBench.Harness.Cli;

namespace StencilBench.Harness.Targets;

/// <summary>
/// This harness published for linux-arm64 (self-contained, with the cross-built aarch64 runtime)
/// and run under qemu-aarch64-static, from the repository root: correctness only, since emulated
/// timings mean nothing. Published on first use, once per instance, into
/// stencils/generated/publish/linux-arm64 (incremental); <c>run --target</c> and the tests share it.
/// </summary>
public sealed class QemuArm64Harness
{
    public const string Qemu = "/usr/bin/qemu-aarch64-static", CrossRoot = "/usr/aarch64-linux-gnu";

    /// <summary>The longest the (incremental) publish for linux-arm64 may take: a first one under load takes many minutes.</summary>
    public static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(30);

    private readonly string _repositoryRoot;
    private readonly Lazy<string> _published;

    public QemuArm64Harness(string repositoryRoot)
    {
        _repositoryRoot = repositoryRoot;
        _published = new(Publish, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Folder => Path.Combine(_repositoryRoot, "stencils", "generated", "publish", "linux-arm64");

    /// <summary>Null when qemu and the arm64 cross libc are installed; otherwise what is missing, in one line.</summary>
    public static string? Unavailable =>
        !File.Exists(Qemu) ? $"{Qemu} is missing: run ./run-all.sh setup (installs qemu-user-static)"
        : !Directory.Exists(CrossRoot) ? $"{CrossRoot} is missing: run ./run-all.sh setup (installs the arm64 cross libc)"
        : null;

    /// <summary>Runs the published harness's <paramref name="args"/> under qemu; its exit code and output (stdout, then stderr).</summary>
    /// <exception cref="InvalidOperationException">The publish failed, or the run took longer than <paramref name="limit"/> (killed).</exception>
    public (int ExitCode, string Output) Run(TimeSpan limit, params string[] args) =>
        Execute(Qemu, ["-L", CrossRoot, _published.Value, .. args], limit, new Dictionary<string, string>
        {
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
            // The emulated process reads an x86 CPU in /proc/cpuinfo; this tells its metadata why.
            [Results.EmulationCheck.LauncherVariable] = Path.GetFileName(Qemu),
        });

    private string Publish()
    {
        try
        {
            var (code, output) = Execute("dotnet",
                ["publish", Path.Combine(_repositoryRoot, "harness", "StencilBench.Harness.csproj"), "-c", "Release", "-r", "linux-arm64", "--self-contained", "-o", Folder, "-nologo", "-v:q", "-clp:ErrorsOnly"],
                PublishLimit, new Dictionary<string, string>());
            return code == 0 ? Path.Combine(Folder, "stencilbench") : throw new InvalidOperationException($"exit code {code}: {LastLine(output)}");
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"publishing the harness for linux-arm64 failed: {e.Message}", e);
        }
    }

    private (int Code, string Output) Execute(string file, IReadOnlyList<string> args, TimeSpan limit, IReadOnlyDictionary<string, string> environment)
    {
        try
        {
            return ToolProcess.Run(file, args, _repositoryRoot, limit, environment);
        }
        catch (TimeoutException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }

    /// <summary>The last non-empty line of a tool's output: where it says what went wrong.</summary>
    public static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "(no output)";
}
