using System.Text;
using System.Text.RegularExpressions;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Format;

namespace StencilBench.Workloads.Importing;

/// <summary>One imported executor: its file name (<c>kernel@offset.uops</c>), text, and what is left to fill in.</summary>
public sealed record ImportedTrace(DumpedExecutor Executor, string FileName, string Text, string? ToFill);

/// <summary>
/// Turns every executor of a dump into a trace file and checks that it parses and verifies; a
/// problem is one line naming the executor and, where it is one uop's, the uop.
/// </summary>
public static partial class ExecutorImporter
{
    /// <param name="headers">The header for an executor, if the user gave one (else the frame snapshot).</param>
    public static IReadOnlyList<ImportedTrace> Import(ExecutorDump dump, string dumpFile, Func<DumpedExecutor, TraceHeader?> headers)
    {
        var imported = new List<ImportedTrace>();
        foreach (DumpedExecutor ex in dump.Executors)
        {
            TraceHeader header = headers(ex) ?? (ex.Frame is DumpedFrame f ? TraceHeader.FromFrame(f) : TraceHeader.Placeholder(ex.Uops));
            string where = $"{Path.GetFileName(dumpFile)}: executor {ex.Name}";
            var text = new StringBuilder();
            text.AppendLine($"# {ex.Name}: imported by `stencilbench import` from {Path.GetFileName(dumpFile)}, as CPython dumped it")
                .AppendLine($"# ({OneLine(dump.Python)}; CPython's JIT code for it: {ex.JitCodeBytes} bytes). Uop indices are CPython's.")
                .AppendLine($"name: {ex.Kernel}_{ex.Offset}")
                .Append(header.Header)
                .Append(FunctionVersion.HeaderLine(ex.Uops, where))
                .AppendLine("trace:");
            int firstUopLine = LineCount(text) + 1;
            for (int i = 0; i < ex.Uops.Count; i++)
            {
                text.Append("    ").AppendLine(UopTranslator.Line(ex.Uops[i], i, where));
            }
            text.Append(header.Expect);
            string fileName = $"{ex.Name}.uops";
            Verify(text.ToString(), fileName, where, [(ex, firstUopLine)]);
            imported.Add(new ImportedTrace(ex, fileName, text.ToString(), header.ToFill));
        }
        return imported;
    }

    /// <summary>Parses and verifies an imported file; a problem names the executor and the uop it is at.</summary>
    /// <param name="sections">Each executor in the file, with the line its first uop is on.</param>
    internal static void Verify(string text, string fileName, string where, IReadOnlyList<(DumpedExecutor Executor, int FirstLine)> sections)
    {
        try
        {
            TraceFileParser.Parse(text, fileName).Instantiate();
        }
        catch (TraceException e)
        {
            Match m = Place().Match(e.Message);
            int line = m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
            string problem = m.Success ? m.Groups[2].Value : e.Message;
            var at = sections.LastOrDefault(s => s.FirstLine <= line);
            int uop = at.Executor is null ? -1 : line - at.FirstLine;
            string place = at.Executor is not null && uop < at.Executor.Uops.Count
                ? $"{where}{(sections.Count > 1 ? $": executor {at.Executor.Name}" : "")}: uop {uop} ({at.Executor.Uops[uop].Op})"
                : where;
            throw new DumpException($"{place}: {problem}");
        }
    }

    private static int LineCount(StringBuilder text) => text.ToString().Count(c => c == '\n');

    private static string OneLine(string s) => s.Split('\n')[0].Trim();

    [GeneratedRegex(@"^[^:]+:(\d+):\d+: error: (.*)$")]
    private static partial Regex Place();
}
