using System.Text;

namespace StencilBench.Workloads.Importing;

/// <summary>
/// One kernel's executors as one graph workload (<c>kernel.uops</c>): the entry executor's section
/// first, then every other executor of the kernel as a <c>trace @OFFSET:</c> section, so an exit
/// whose target is another's entry continues there (workloads/FORMAT.md, "Executor graphs").
/// </summary>
public static class GraphImporter
{
    /// <param name="entry">The entry executor, <c>kernel@offset</c>.</param>
    /// <param name="header">The graph's header and expect blocks; null: the entry's frame snapshot.</param>
    public static ImportedTrace Import(ExecutorDump dump, string dumpFile, string entry, TraceHeader? header)
    {
        string where = $"{Path.GetFileName(dumpFile)}: graph {entry}";
        DumpedExecutor first = dump.Executors.FirstOrDefault(e => e.Name == entry)
            ?? throw new DumpException($"{where}: the dump has no executor {entry} (it has: {string.Join(", ", dump.Executors.Select(e => e.Name))})");
        var executors = dump.Executors.Where(e => e.Kernel == first.Kernel && e != first).Prepend(first).ToList();
        header ??= first.Frame is DumpedFrame f ? TraceHeader.FromFrame(f) : TraceHeader.Placeholder(first.Uops);
        var text = new StringBuilder();
        text.AppendLine($"# {first.Kernel}: {executors.Count} executors as one graph, entered at {entry}; imported by")
            .AppendLine($"# `stencilbench import --graph {entry}` from {Path.GetFileName(dumpFile)}, as CPython dumped them")
            .AppendLine($"# ({dump.Python.Split('\n')[0].Trim()}; CPython's JIT code: {string.Join(", ", executors.Select(e => $"{e.Offset}: {e.JitCodeBytes}"))} bytes).")
            .AppendLine($"name: {first.Kernel}_graph")
            .Append(header.Header)
            .Append(FunctionVersion.HeaderLine([.. executors.SelectMany(e => e.Uops)], where));
        var sections = new List<(DumpedExecutor Executor, int FirstLine)>();
        foreach (DumpedExecutor ex in executors)
        {
            text.AppendLine($"trace @{ex.Offset}:");
            sections.Add((ex, text.ToString().Count(c => c == '\n') + 1));
            for (int i = 0; i < ex.Uops.Count; i++)
            {
                text.Append("    ").AppendLine(UopTranslator.Line(ex.Uops[i], i, $"{where}: executor {ex.Name}"));
            }
        }
        text.Append(header.Expect);
        string fileName = $"{first.Kernel}.uops";
        ExecutorImporter.Verify(text.ToString(), fileName, where, sections);
        return new ImportedTrace(first, fileName, text.ToString(), header.ToFill);
    }
}
