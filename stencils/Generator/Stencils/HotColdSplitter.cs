namespace StencilBench.Generator.Stencils;

/// <summary>
/// Splits one x86-64 ELF stencil's assembly (clang -S, AT&amp;T syntax) into a hot and a cold part,
/// as CPython's Tools/jit/_optimizers.py does: the blocks from which the continuation
/// (<c>_JIT_CONTINUE</c>) can be reached, and the entry, stay in <c>.text</c>; the rest (deopt,
/// error and exit paths) move to <see cref="ColdSection"/>. Assembly, not object code, because
/// there the blocks, labels and branches are explicit and the assembler re-encodes every branch
/// that now crosses sections (a rel8 that no longer reaches becomes a rel32, the cross-section ones
/// relocations); moving bytes of an object would mean decoding and re-encoding x86 by hand.
/// </summary>
public static class HotColdSplitter
{
    /// <summary>The section the cold blocks go to; the stencil builder keeps it as the cold part.</summary>
    public const string ColdSection = ".text.sb_cold";

    private const string Entry = "_JIT_ENTRY:";
    private const string FunctionEnd = ".Lfunc_end0:";
    private const string Continue = "_JIT_CONTINUE";

    /// <summary>The assembly with its blocks reordered: hot (entry first, the block ending in the continuation last), then cold.</summary>
    /// <param name="name">The stencil, for the one-line error when the assembly is not the shape clang writes.</param>
    public static string Split(string assembly, string name)
    {
        var lines = assembly.Split('\n');
        int entry = Array.FindIndex(lines, l => l.StartsWith(Entry, StringComparison.Ordinal));
        int end = Array.FindIndex(lines, l => l.StartsWith(FunctionEnd, StringComparison.Ordinal));
        if (entry < 0 || end < entry)
        {
            throw new FormatException($"stencil {name}: hot/cold split: no {Entry} ... {FunctionEnd} in its assembly");
        }
        var blocks = AsmBlock.Parse(lines[(entry + 1)..end]);
        Thread(blocks);
        // A jump-only block nothing reaches any more is dropped.
        blocks.RemoveAll(b => b != blocks[0] && b.IsOnlyAJump
            && !blocks.Any(o => o.Targets.Contains(b.Label) || (o.FallsThrough && o.FallthroughLabel == b.Label)));
        var hot = HotBlocks(blocks);
        var order = blocks.Where(b => hot.Contains(b)).ToList();
        // The block that ends in the continuation goes last, so its jump is the one the backend drops.
        if (order.LastOrDefault(b => b.JumpsTo == Continue) is { } last && last != order[^1])
        {
            order.Remove(last);
            order.Add(last);
        }
        int hotCount = order.Count;
        order.AddRange(blocks.Where(b => !hot.Contains(b)));
        var output = new List<string>(lines[..(entry + 1)]);
        for (int i = 0; i < order.Count; i++)
        {
            if (i == hotCount)
            {
                output.Add($"\t.section\t{ColdSection},\"ax\",@progbits");
            }
            var next = i + 1 < order.Count && i + 1 != hotCount ? order[i + 1] : null;
            output.AddRange(order[i].Lines(next));
        }
        if (hotCount < order.Count)
        {
            output.Add("\t.text");
        }
        output.AddRange(lines[end..]);
        return string.Join('\n', output);
    }

    // A block that is nothing but a jump elsewhere: branches to it go straight there instead.
    private static void Thread(List<AsmBlock> blocks)
    {
        var forwards = blocks.Where(b => b.IsOnlyAJump).ToDictionary(b => b.Label, b => b.JumpsTo!);
        foreach (var b in blocks)
        {
            b.Retarget(forwards);
        }
    }

    private static HashSet<AsmBlock> HotBlocks(IReadOnlyList<AsmBlock> blocks)
    {
        var byLabel = blocks.ToDictionary(b => b.Label);
        var hot = blocks.Where(b => b.Targets.Contains(Continue)).ToHashSet();
        for (bool grew = true; grew;)
        {
            grew = false;
            foreach (var b in blocks)
            {
                bool reaches = b.Targets.Any(t => byLabel.TryGetValue(t, out var s) && hot.Contains(s))
                    || (b.FallsThrough && b.FallthroughLabel is { } f && byLabel.TryGetValue(f, out var n) && hot.Contains(n));
                if (!hot.Contains(b) && reaches)
                {
                    hot.Add(b);
                    grew = true;
                }
            }
        }
        hot.Add(blocks[0]); // the entry stays at the start of the stencil
        return hot;
    }
}
