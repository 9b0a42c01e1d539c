using StencilBench.Core.Uops;
using StencilBench.Generator.Uops;

namespace StencilBench.Tests.Workloads;

/// <summary>A uop as the generator would put it in the table, made from a uops.def snippet: a uop no name list knows.</summary>
internal static class DefinedUop
{
    public static UopInfo From(string definition, int id)
    {
        UopDefinition d = Assert.Single(DefinitionParser.Parse(definition, "t.def"));
        var flags = Analysis.Flags(d).Aggregate(UopFlags.None, (all, f) => all | Enum.Parse<UopFlags>(f));
        var locals = LocalUseAnalysis.Uses(d)
            .Select(u => new LocalUse(Enum.Parse<LocalAccessKind>(u.Kind), Enum.Parse<OpargPart>(u.Index))).ToList();
        var consumes = InputTypeAnalysis.Consumes(d).Select(Enum.Parse<InputType>).ToList();
        return new UopInfo(id, d.Name, new(Analysis.FixedPops(d), Analysis.OpargPops(d)), new(d.Outputs.Count, 0), new(0, 0),
            flags, null, d.Name, locals, Enum.Parse<OperandKind>(OperandAnalysis.Kind(d)), consumes);
    }
}
