using System.Globalization;
using System.Text;

namespace StencilBench.Workloads.Importing;

/// <summary>
/// The header (locals, stack, iterations) and <c>expect</c> blocks of an imported trace: from the
/// dump's frame snapshot, from a header file, or placeholders that still parse and verify (locals sized
/// from the opargs, 0 each; one iterator if the trace checks one; <c>exit: any</c>).
/// </summary>
public sealed record TraceHeader(string Header, string Expect, string? ToFill)
{
    public static TraceHeader FromFrame(DumpedFrame f)
    {
        var header = new StringBuilder();
        foreach ((string name, string? value) in f.Locals)
        {
            header.AppendLine(value is null ? $"locals: {name}" : $"locals: {name} = {value}");
        }
        if (f.Stack.Count > 0)
        {
            header.AppendLine($"stack: {string.Join(", ", f.Stack)}");
        }
        header.AppendLine(CultureInfo.InvariantCulture, $"iterations: {Math.Max(1, f.Iterations)}");
        var expect = new StringBuilder("expect:\n");
        if (f.ExitTarget is uint target)
        {
            expect.AppendLine("    exit: exit").AppendLine(CultureInfo.InvariantCulture, $"    target: {target}");
            foreach ((string name, string? value) in f.ExitLocals ?? [])
            {
                expect.AppendLine(value is null ? $"    locals: {name}" : $"    locals: {name} = {value}");
            }
            return new TraceHeader(header.ToString(), expect.ToString(), null);
        }
        return new TraceHeader(header.ToString(), expect.AppendLine("    exit: any").ToString(), "the exit (the snapshot never left the executor's path)");
    }

    /// <summary>A header file: its lines before <c>trace:</c> (but <c>name:</c>) and from the first <c>expect</c> on.</summary>
    public static TraceHeader FromFile(string text)
    {
        string[] lines = text.Split('\n');
        int trace = Array.FindIndex(lines, l => l.Trim() == "trace:");
        int expect = Array.FindIndex(lines, l => l.TrimStart().StartsWith("expect", StringComparison.Ordinal));
        var head = lines.Take(trace < 0 ? (expect < 0 ? lines.Length : expect) : trace).Where(l => !l.TrimStart().StartsWith("name:", StringComparison.Ordinal));
        string expects = expect < 0 ? "expect:\n    exit: any\n" : string.Join("\n", lines.Skip(expect)) + "\n";
        return new TraceHeader(string.Join("\n", head) + "\n", expects, expect < 0 ? "the expect block" : null);
    }

    public static TraceHeader Placeholder(IReadOnlyList<DumpedUop> uops)
    {
        int locals = uops.Select(LocalsRead).DefaultIfEmpty(0).Max();
        var header = new StringBuilder();
        for (int i = 0; i < locals; i++)
        {
            header.AppendLine(CultureInfo.InvariantCulture, $"locals: l{i} = 0");
        }
        if (uops.Any(u => u.Op == "_ITER_CHECK_RANGE"))
        {
            header.AppendLine("stack: iter(range(0))");
        }
        else if (uops.Any(u => u.Op == "_ITER_CHECK_LIST"))
        {
            header.AppendLine("stack: iter([])");
        }
        return new TraceHeader(header.ToString(), "expect:\n    exit: any\n", "locals, stack and expect (no frame snapshot; give --header)");
    }

    /// <summary>How many locals a uop needs: one past the highest slot it names.</summary>
    private static int LocalsRead(DumpedUop u)
    {
        if (!u.Op.Contains("_FAST", StringComparison.Ordinal))
        {
            return 0;
        }
        int last = u.Op.LastIndexOf('_');
        if (int.TryParse(u.Op[(last + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int fixedSlot))
        {
            return fixedSlot + 1;
        }
        bool packed = u.Op.IndexOf("_FAST", StringComparison.Ordinal) != u.Op.LastIndexOf("_FAST", StringComparison.Ordinal);
        return (packed ? Math.Max(u.Oparg >> 4, u.Oparg & 15) : u.Oparg) + 1;
    }
}
