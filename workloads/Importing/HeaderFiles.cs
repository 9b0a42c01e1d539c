namespace StencilBench.Workloads.Importing;

/// <summary>
/// <c>import --header PATH</c>: one file for every executor, or a folder holding a file per
/// executor named <c>kernel@offset</c> (or a graph's, named <c>kernel</c>), <c>.uops</c> optional.
/// </summary>
public static class HeaderFiles
{
    /// <summary>The header for <paramref name="name"/>; null when there is no path or the folder has no file for it.</summary>
    /// <exception cref="DumpException">The path names neither a file nor a folder.</exception>
    public static TraceHeader? For(string? path, string name)
    {
        if (path is null)
        {
            return null;
        }
        if (File.Exists(path))
        {
            return TraceHeader.FromFile(File.ReadAllText(path));
        }
        if (!Directory.Exists(path))
        {
            throw new DumpException($"--header {path}: no such file or folder");
        }
        string? found = new[] { name, name + ".uops" }.Select(n => Path.Combine(path, n)).FirstOrDefault(File.Exists);
        return found is null ? null : TraceHeader.FromFile(File.ReadAllText(found));
    }
}
