namespace StencilBench.Generator.Stencils;

/// <summary>
/// Turns one compiled template (sections, symbols, relocations) into a stencil group: code bytes,
/// data bytes and holes, in the spirit of CPython's Tools/jit/_stencils.py.
/// </summary>
public sealed class StencilBuilder(Target target)
{
    private const int DataAlignment = 16;

    // The template's extern symbols that stand for values of the instruction or the trace.
    private static readonly IReadOnlyDictionary<string, string> SpecialSymbols = new Dictionary<string, string>
    {
        ["_JIT_OPARG"] = "Oparg",
        ["_JIT_OPERAND0"] = "Operand0",
        ["_JIT_TARGET"] = "Target",
        ["_JIT_CONTINUE"] = "Continue",
        ["_JIT_JUMP_TARGET"] = "JumpTarget",
        ["_JIT_ERROR_TARGET"] = "ErrorTarget",
        ["_JIT_RECORDS"] = "Records",
    };

    public GeneratedGroup Build(string name, int id, ObjectFile obj, IReadOnlyList<string> disassembly)
    {
        var code = new List<byte>();
        var cold = new List<byte>();
        var data = new List<byte>();
        var bases = new Dictionary<int, (string Value, int Base)>();
        foreach (var s in obj.Sections)
        {
            // The hot/cold pass's cold section is a body of its own, laid out after every hot part.
            string value = s.Kind != SectionKind.Code ? "Data" : s.Name == HotColdSplitter.ColdSection ? "ColdCode" : "Code";
            var body = value switch { "Code" => code, "ColdCode" => cold, _ => data };
            Pad(body, s.Alignment);
            bases[s.Index] = (value, body.Count);
            body.AddRange(s.Bytes);
        }
        var codeHoles = new List<GeneratedHole>();
        var coldHoles = new List<GeneratedHole>();
        var dataHoles = new List<GeneratedHole>();
        var got = new Dictionary<string, int>();
        var trampolines = new Dictionary<string, int>();
        int GotSlot(string value, string? symbol, long slotAddend)
        {
            string key = $"{value}:{symbol}:{slotAddend}";
            if (!got.TryGetValue(key, out int slot))
            {
                Pad(data, target.PointerSize);
                slot = data.Count;
                data.AddRange(new byte[target.PointerSize]);
                dataHoles.Add(new GeneratedHole(slot, target.GotSlotKind, value, symbol, slotAddend));
                got[key] = slot;
            }
            return slot;
        }
        // A trampoline per runtime function, in the cold code: it jumps to the address in the function's GOT slot.
        int TrampolineTo(string symbol)
        {
            var trampoline = target.CallTrampoline ?? throw new FormatException($"{target.Triple}: a ViaTrampoline rule, but no CallTrampoline");
            if (!trampolines.TryGetValue(symbol, out int at))
            {
                at = cold.Count;
                cold.AddRange(trampoline.Code);
                coldHoles.Add(new GeneratedHole(at + trampoline.SlotHoleOffset, trampoline.SlotHoleKind, "Data", null, GotSlot("Symbol", symbol, 0)));
                trampolines[symbol] = at;
            }
            return at;
        }
        foreach (var s in obj.Sections)
        {
            var (where, sectionBase) = bases[s.Index];
            foreach (var r in s.Relocations)
            {
                if (target.HintRelocations.Contains(r.Type))
                {
                    continue;
                }
                int offset = sectionBase + checked((int)r.Offset);
                var rule = target.Rule(r.Type) ?? throw new FormatException(
                    $"stencil {name}: unknown relocation {r.Type} at {where.ToLowerInvariant()} offset 0x{offset:x} (against {r.Symbol}) for {target.Triple}");
                var relocation = r;
                if (target.ImportRule(r) is var (importRule, imported))
                {
                    (rule, relocation) = (importRule, r with { Symbol = imported });
                }
                var (value, symbol, addend) = Resolve(relocation, obj, bases, name);
                if (rule.ViaGot)
                {
                    // The code reads a pointer from a slot: the slot goes into this stencil's data,
                    // holding the symbol's address; the code's hole points at the slot.
                    long slotAddend = addend - r.Addend; // the relocation's addend is the code's, not the slot's
                    (value, symbol, addend) = ("Data", null, GotSlot(value, symbol, slotAddend) + r.Addend);
                }
                else if (rule.ViaTrampoline && value == "Symbol" && symbol is string called)
                {
                    (value, symbol, addend) = ("ColdCode", null, TrampolineTo(called) + r.Addend);
                }
                (where switch { "Code" => codeHoles, "ColdCode" => coldHoles, _ => dataHoles }).Add(new GeneratedHole(offset, rule.Kind, value, symbol, addend));
            }
        }
        if (data.Count > 0)
        {
            Pad(data, DataAlignment);
        }
        var sortedCodeHoles = codeHoles.OrderBy(h => h.Offset).ToList();
        string? note = target.OptimizeEnd(code, sortedCodeHoles);
        byte[] codeBytes = [.. code];
        return new GeneratedGroup(
            name,
            id,
            new GeneratedStencil(codeBytes, sortedCodeHoles),
            new GeneratedStencil([.. data], [.. dataHoles.OrderBy(h => h.Offset)]),
            target.TrailingJumpLength(codeBytes, sortedCodeHoles),
            note is null ? disassembly : [.. disassembly, note],
            cold.Count == 0 ? null : new GeneratedStencil([.. cold], [.. coldHoles.OrderBy(h => h.Offset)]));
    }

    private (string Value, string? Symbol, long Addend) Resolve(ObjectRelocation r, ObjectFile obj, Dictionary<int, (string Value, int Base)> bases, string stencil)
    {
        // A symbol the object defines itself (_JIT_ENTRY, a local label) is a place in it.
        if (r.SymbolSection is null && obj.Symbols.FirstOrDefault(s => s.Name == r.Symbol) is { } defined && bases.TryGetValue(defined.Section, out var d))
        {
            return (d.Value, null, d.Base + defined.Value + r.Addend);
        }
        if (r.SymbolSection is int section)
        {
            return bases.TryGetValue(section, out var b)
                ? (b.Value, null, b.Base + r.Addend)
                : throw new FormatException($"stencil {stencil}: relocation against section {r.Symbol}, which is not emitted");
        }
        string name = r.Symbol.StartsWith(target.SymbolPrefix, StringComparison.Ordinal) ? r.Symbol[target.SymbolPrefix.Length..] : r.Symbol;
        if (SpecialSymbols.TryGetValue(name, out string? special))
        {
            return (special, null, r.Addend);
        }
        return ("Symbol", name, r.Addend);
    }

    private static void Pad(List<byte> body, int alignment)
    {
        while (body.Count % alignment != 0)
        {
            body.Add(0);
        }
    }
}
