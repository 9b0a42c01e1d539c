using StencilBench.Core.Traces;

namespace StencilBench.Workloads.Model;

/// <summary>One line of <c>manifest.txt</c>: <c>name  file  group  tag,tag,...</c>.</summary>
public sealed record ManifestEntry(string Name, string File, string Group, IReadOnlyList<string> Tags, SourceLocation Where)
{
    public static IReadOnlyList<ManifestEntry> Parse(string text, string file)
    {
        var entries = new List<ManifestEntry>();
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            int hash = line.IndexOf('#');
            string[] cols = (hash >= 0 ? line[..hash] : line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length == 0)
            {
                continue;
            }
            var where = new SourceLocation(file, n + 1, line.Length - line.TrimStart().Length + 1);
            if (cols.Length is < 3 or > 4)
            {
                throw new TraceException(where, "a manifest line is: name file group [tag,tag,...]");
            }
            if (entries.Any(e => e.Name == cols[0]))
            {
                throw new TraceException(where, $"duplicate workload '{cols[0]}'");
            }
            string[] tags = cols.Length == 4 ? cols[3].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
            entries.Add(new ManifestEntry(cols[0], cols[1], cols[2], tags, where));
        }
        return entries;
    }
}
