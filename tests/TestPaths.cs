namespace StencilBench.Tests;

/// <summary>Where the checkout is, for tests that read its source files.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StencilBench.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("StencilBench.slnx not found above " + AppContext.BaseDirectory);
    }
}
