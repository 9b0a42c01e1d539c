namespace StencilBench.Tests.Frontend;

/// <summary>The Python kernels of workloads/python and their golden files under tests/golden/python.</summary>
public static class Kernels
{
    public static string Directory => Path.Combine(TestPaths.RepositoryRoot, "workloads", "python");

    public static string GoldenDirectory => Path.Combine(TestPaths.RepositoryRoot, "tests", "golden", "python");

    public static IEnumerable<string> Names =>
        System.IO.Directory.GetFiles(Directory, "*.py").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static TheoryData<string> All => [.. Names];

    public static string SourcePath(string kernel) => Path.Combine(Directory, kernel + ".py");

    /// <summary>The path a kernel's errors and positions name: relative, as a user would type it.</summary>
    public static string DisplayPath(string kernel) => $"workloads/python/{kernel}.py";

    /// <summary>The argument expression of the file's <c># call:</c> line.</summary>
    public static string Call(string kernel) =>
        File.ReadLines(SourcePath(kernel)).First(l => l.StartsWith("# call:", StringComparison.Ordinal))["# call:".Length..].Trim();
}
