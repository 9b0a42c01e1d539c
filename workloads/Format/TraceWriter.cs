using System.Globalization;
using System.Text;
using StencilBench.Core.Uops;
using StencilBench.Core.Traces;
using StencilBench.Workloads.Assembly;

namespace StencilBench.Workloads.Format;

/// <summary>
/// Writes a <see cref="Trace"/> as a .uops file that parses back to the same trace. Exit stubs the
/// defaults would append again are left out; otherwise every uop and target is written out.
/// The expectation is <c>exit: any</c> (the interpreter is the reference for such a trace).
/// </summary>
public static class TraceWriter
{
    public static string Write(Trace trace)
    {
        bool stubsImplied = StubsImplied(trace);
        int count = stubsImplied ? trace.MainLength : trace.Instructions.Count;
        var labels = new SortedSet<int>();
        for (int i = 0; i < count; i++)
        {
            TraceInstruction ins = trace.Instructions[i];
            if (WriteJump(ins, stubsImplied, trace.MainLength))
            {
                labels.Add(ins.JumpTarget);
            }
            if (ins.ErrorTarget >= 0 && (!stubsImplied || ins.ErrorTarget < trace.MainLength))
            {
                labels.Add(ins.ErrorTarget);
            }
        }
        var text = new StringBuilder();
        text.Append("# ").Append(trace.Name).AppendLine(", written by TraceWriter");
        text.Append("name: ").AppendLine(trace.Name);
        for (int i = 0; i < trace.LocalNames.Count; i++)
        {
            Value(text.Append("locals: ").Append(trace.LocalNames[i]), trace.Locals[i]).AppendLine();
        }
        if (trace.Stack.Count > 0)
        {
            text.Append("stack: ").AppendLine(string.Join(", ", trace.Stack));
        }
        text.Append("capacity: ").AppendLine(trace.Capacity.ToString(CultureInfo.InvariantCulture));
        if (trace.FunctionVersion != 0)
        {
            text.Append("function_version: ").AppendLine(trace.FunctionVersion.ToString(CultureInfo.InvariantCulture));
        }
        text.AppendLine().AppendLine("trace:");
        for (int i = 0; i < count; i++)
        {
            if (labels.Contains(i))
            {
                text.Append('L').Append(i).AppendLine(":");
            }
            text.Append("    ").AppendLine(Line(trace.Instructions[i], i, stubsImplied, trace.MainLength));
        }
        text.AppendLine().AppendLine("expect:").AppendLine("    exit: any");
        return text.ToString();
    }

    private static StringBuilder Value(StringBuilder text, Core.Values.Value? v) =>
        v is null ? text : text.Append(" = ").Append(v);

    private static bool WriteJump(TraceInstruction ins, bool stubsImplied, int mainLength) =>
        ins.JumpTarget >= 0 && !(ins.Uop.Has(UopFlags.Jumps) && ins.JumpTarget == 0)
        && (!stubsImplied || ins.JumpTarget < mainLength);

    private static string Line(TraceInstruction ins, int index, bool stubsImplied, int mainLength)
    {
        var parts = new List<string> { ins.Uop.Name };
        if (ins.Uop.FixedOparg is null && (ins.Uop.Has(UopFlags.UsesOparg) || ins.Oparg != 0))
        {
            string? symbol = ins.Uop.Family.StartsWith("_COMPARE_OP", StringComparison.Ordinal) ? ComparisonOparg.Symbol(ins.Oparg) : null;
            parts.Add(symbol ?? ins.Oparg.ToString(CultureInfo.InvariantCulture));
        }
        if (ins.Target != index)
        {
            parts.Add($"target={ins.Target}");
        }
        if (ins.Operand is not RawOperand { Value: 0 })
        {
            parts.Add($"operand={ins.Operand}");
        }
        if (WriteJump(ins, stubsImplied, mainLength))
        {
            parts.Add($"jump=L{ins.JumpTarget}");
        }
        if (ins.ErrorTarget >= 0 && (!stubsImplied || ins.ErrorTarget < mainLength))
        {
            parts.Add($"error=L{ins.ErrorTarget}");
        }
        return string.Join(' ', parts);
    }

    /// <summary>Whether assembling the main trace with default stubs gives back exactly these instructions.</summary>
    private static bool StubsImplied(Trace trace)
    {
        var main = new List<PendingUop>();
        for (int i = 0; i < trace.MainLength; i++)
        {
            TraceInstruction ins = trace.Instructions[i];
            int? jump = ins.JumpTarget >= 0 && ins.JumpTarget < trace.MainLength ? ins.JumpTarget : null;
            int? error = ins.ErrorTarget >= 0 && ins.ErrorTarget < trace.MainLength ? ins.ErrorTarget : null;
            main.Add(new PendingUop(ins.Uop, ins.Oparg, ins.Target, jump, error, ins.Operand));
        }
        try
        {
            Trace again = TraceAssembler.Assemble(trace.Name, main, trace.LocalNames, trace.Locals, trace.Stack, trace.Capacity);
            return again.Instructions.Count == trace.Instructions.Count
                && again.Instructions.Zip(trace.Instructions).All(p => p.First == p.Second with { Where = null });
        }
        catch (TraceException)
        {
            return false;
        }
    }
}
