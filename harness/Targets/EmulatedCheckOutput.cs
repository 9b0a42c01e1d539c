namespace StencilBench.Harness.Targets;

/// <summary>
/// Reads the <c>check</c> verb's lines (<c>workload backend: ok</c> or <c>workload backend: what is wrong</c>)
/// for the workloads and backends asked for; other lines are ignored.
/// </summary>
public static class EmulatedCheckOutput
{
    public static IReadOnlyList<EmulatedOutcome> Parse(string output, IReadOnlyList<string> workloads, IReadOnlyList<string> backends)
    {
        var outcomes = new List<EmulatedOutcome>();
        foreach (string line in output.Split('\n', StringSplitOptions.TrimEntries))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            string[] head = colon < 0 ? [] : line[..colon].Split(' ');
            if (head is [string w, string b] && workloads.Contains(w) && backends.Contains(b))
            {
                string verdict = line[(colon + 2)..];
                outcomes.Add(new(w, b, verdict == "ok", verdict == "ok" ? "" : verdict));
            }
        }
        return outcomes;
    }
}
