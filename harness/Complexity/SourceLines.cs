namespace StencilBench.Harness.Complexity;

/// <summary>Counts source lines that hold code: not blank, not only a comment (C, C# and uops.def syntax).</summary>
public static class SourceLines
{
    public static int Count(IEnumerable<string> lines)
    {
        int count = 0;
        bool inBlock = false;
        foreach (string raw in lines)
        {
            string line = raw.Trim();
            if (inBlock)
            {
                int end = line.IndexOf("*/", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }
                inBlock = false;
                line = line[(end + 2)..].Trim();
            }
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            if (line.StartsWith("/*", StringComparison.Ordinal))
            {
                int end = line.IndexOf("*/", 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    inBlock = true;
                    continue;
                }
                if (line[(end + 2)..].Trim().Length == 0)
                {
                    continue;
                }
            }
            count++;
        }
        return count;
    }
}
