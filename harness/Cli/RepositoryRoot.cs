namespace StencilBench.Harness.Cli;

/// <summary>The checkout this tool was built from: the folder holding StencilBench.slnx.</summary>
public static class RepositoryRoot
{
    public static string? Find()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StencilBench.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        return null;
    }
}
