using System.Text;
using StencilBench.Workloads.Format;

namespace StencilBench.Frontend.Bytecode;

/// <summary>
/// A listing in the manner of CPython's <c>dis</c>: the source line where it changes, a label
/// (<c>L1:</c>) on every jump target, the offset (here: the index), the opname, the oparg and what it
/// means — <c>(x)</c>, <c>(a, b)</c>, <c>(range + NULL)</c>, <c>(+)</c>, <c>(bool(&lt;))</c>, <c>(to L3)</c>.
/// </summary>
public static class Disassembler
{
    /// <summary>Opname and arg share 26 columns, the arg right-aligned, at least one space between (as 3.14's dis).</summary>
    private const int OpnameAndArgWidth = 26;

    public static string Listing(CodeObject code)
    {
        Dictionary<int, string> labels = Labels(code);
        var text = new StringBuilder();
        int line = -1;
        for (int i = 0; i < code.Instructions.Length; i++)
        {
            Instruction ins = code.Instructions[i];
            string lineColumn = "";
            if (ins.Pos.Line != line)
            {
                if (line != -1)
                {
                    text.Append('\n');
                }
                line = ins.Pos.Line;
                lineColumn = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            string label = labels.TryGetValue(i, out string? l) ? l + ":" : "";
            string name = ins.Opcode.ToString();
            string arg = HasArg(ins.Opcode) ? ins.Arg.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            string meaning = Meaning(code, ins, labels);
            string opAndArg = name + " " + arg.PadLeft(Math.Max(0, OpnameAndArgWidth - name.Length - 1));
            string row = $"{lineColumn,4} {label,5} {i,4}  {opAndArg}"
                + (meaning.Length > 0 ? " (" + meaning + ")" : "");
            text.Append(row.TrimEnd()).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Every function of a module, each under a <c>Disassembly of name:</c> heading.</summary>
    public static string Listing(PythonModule module) =>
        string.Join("\n", module.Functions.Select(f => $"Disassembly of {f.Name}:\n" + Listing(f)));

    private static Dictionary<int, string> Labels(CodeObject code)
    {
        var targets = new SortedSet<int>(code.Instructions.Where(i => i.IsJump).Select(i => i.Arg));
        var labels = new Dictionary<int, string>();
        foreach (int target in targets)
        {
            labels[target] = "L" + (labels.Count + 1);
        }
        return labels;
    }

    private static bool HasArg(Opcode op) => op is not (Opcode.NOP or Opcode.NOT_TAKEN or Opcode.POP_TOP
        or Opcode.PUSH_NULL or Opcode.STORE_SUBSCR or Opcode.UNARY_NEGATIVE or Opcode.UNARY_NOT
        or Opcode.TO_BOOL or Opcode.GET_ITER or Opcode.END_FOR or Opcode.POP_ITER or Opcode.RETURN_VALUE);

    private static string Meaning(CodeObject code, Instruction ins, Dictionary<int, string> labels)
    {
        int a = ins.Arg;
        return ins.Opcode switch
        {
            Opcode.LOAD_FAST or Opcode.LOAD_FAST_CHECK or Opcode.LOAD_FAST_BORROW or Opcode.STORE_FAST =>
                Var(code, a),
            Opcode.LOAD_FAST_LOAD_FAST or Opcode.LOAD_FAST_BORROW_LOAD_FAST_BORROW
                or Opcode.STORE_FAST_LOAD_FAST or Opcode.STORE_FAST_STORE_FAST =>
                Var(code, a >> 4) + ", " + Var(code, a & 15),
            Opcode.LOAD_CONST => a < code.Consts.Length ? code.Consts[a].ToString() : "?",
            Opcode.LOAD_GLOBAL => ((a >> 1) < code.Names.Length ? code.Names[a >> 1] : "?")
                + ((a & 1) != 0 ? " + NULL" : ""),
            Opcode.BINARY_OP => BinaryOpArg.Symbol(a),
            Opcode.COMPARE_OP => ComparisonOparg.Symbol(a) ?? "?",
            _ when ins.IsJump => "to " + (labels.TryGetValue(a, out string? l) ? l : a.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => "",
        };
    }

    private static string Var(CodeObject code, int index) =>
        index < code.VarNames.Length ? code.VarNames[index] : "?";
}
