namespace StencilBench.Tests.Differential;

/// <summary>
/// The harness as built, but beside the runtime compiled by gcc-12 (stencils/build/Runtime.targets)
/// instead of clang's: a hard-linked copy of its output folder (instant, no extra space) in
/// stencils/generated/gcc-runtime/, whose libsbruntime.so alone is a real copy of the gcc one.
/// Run as a child process, since one process loads one runtime.
/// </summary>
public static class GccRuntimeHarness
{
    private static readonly Lazy<string> Prepared = new(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string Configuration => Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);

    /// <summary>The runtime gcc built (the build's output, not the copy).</summary>
    public static string GccLibrary => Path.Combine(TestPaths.RepositoryRoot, "stencils", "generated", "native", Configuration, "gcc", "libsbruntime.so");

    private static string Built => Path.Combine(TestPaths.RepositoryRoot, "harness", "bin", Configuration, "net10.0");

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "stencils", "generated", "gcc-runtime", "harness");

    /// <summary>Runs the harness's <paramref name="args"/> against the gcc runtime; exit code and output.</summary>
    public static (int ExitCode, string Output) Run(TimeSpan limit, params string[] args) => Run(limit, null, args);

    /// <summary>As <see cref="Run(TimeSpan, string[])"/>, with one more environment variable (e.g. LD_DEBUG) when given.</summary>
    public static (int ExitCode, string Output) Run(TimeSpan limit, (string Name, string Value)? environment, params string[] args) =>
        ChildProcess.Run(
            "dotnet",
            ["exec", Path.Combine(Prepared.Value, "stencilbench.dll"), .. args],
            limit,
            environment is var (name, value) ? new Dictionary<string, string> { [name] = value } : null);

    /// <summary>The clang runtime the harness was built with.</summary>
    public static string ClangLibrary => Path.Combine(Built, "libsbruntime.so");

    private static string Prepare()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Folder)!);
        var (code, output) = ChildProcess.Run("cp", ["-al", Built, Folder], TimeSpan.FromMinutes(1));
        if (code != 0)
        {
            throw new InvalidOperationException($"cp -al {Built} {Folder} failed ({code}): {output}");
        }
        // Unlink first: writing through the hard link would overwrite the clang runtime itself.
        string runtime = Path.Combine(Folder, "libsbruntime.so");
        File.Delete(runtime);
        File.Copy(GccLibrary, runtime);
        return Folder;
    }
}
