using StencilBench.Core.Backends;

namespace StencilBench.Harness.Complexity;

/// <summary>Code lines written by hand for a backend, split as <see cref="HandWrittenSources"/> splits them.</summary>
public sealed record LineCount(int Semantics, int C, int CSharp)
{
    public int Total => Semantics + C + CSharp;

    public override string ToString() => $"{Total} = {Semantics} + {C} + {CSharp}";
}

/// <summary>
/// Reads a checkout's sources to count each backend's hand-written lines: the talk's "low
/// implementation complexity" goal made visible. A path counted as semantics is not counted again as C#.
/// </summary>
public sealed class HandWrittenLines(string repositoryRoot)
{
    private static readonly string[] Extensions = [".cs", ".c", ".h", ".def"];

    /// <summary>The counts for a backend's sources, or null when none of them is here.</summary>
    public LineCount? For(HandWrittenSources sources)
    {
        var semantics = Files(sources.Semantics).ToHashSet(StringComparer.Ordinal);
        var c = Files(sources.C).ToList();
        var csharp = Files(sources.CSharp).Where(f => !semantics.Contains(f)).ToList();
        if (semantics.Count + c.Count + csharp.Count == 0)
        {
            return null;
        }
        return new LineCount(Lines(semantics), Lines(c), Lines(csharp));
    }

    private IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (string relative in paths)
        {
            string path = Path.Combine(repositoryRoot, relative);
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                foreach (string f in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Extensions.Contains(Path.GetExtension(f)) && !IsBuildOutput(path, f))
                    {
                        yield return f;
                    }
                }
            }
        }
    }

    private static bool IsBuildOutput(string folder, string file)
    {
        string first = Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private static int Lines(IEnumerable<string> files) => files.Sum(f => SourceLines.Count(File.ReadLines(f)));
}
