namespace StencilBench.Tests;

/// <summary>Where the checkout is, for tests that read its source files.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } =
        Harness.Cli.RepositoryRoot.Find()
        ?? throw new DirectoryNotFoundException("StencilBench.slnx not found above " + AppContext.BaseDirectory);
}
