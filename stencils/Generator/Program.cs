// StencilBench.Generator: run by the build (stencils/build/*.targets), never by hand.
//
//   generator uops <uops.def> <out-dir>     interpreter cases (and their top-of-stack variants), uop ids, uop list, C# uop table
//   generator stencils <triple>[+<flavour>] <repository-root> <out-dir>
//                                            copy-and-patch stencils: C# tables and a golden dump
//   generator tos-stencils <triple> <repository-root> <out-dir>
//                                            the top-of-stack cached stencils, golden dump and variant map
//   generator registry <out-dir> <triple>[+<flavour>]...
//                                            the C# registry of the stencil sets built, by triple and flavour
//   generator macros <macros.def> <uops.def> <out-dir>
//                                            the tier-1 instructions' uop expansions (C#, for the front end)
using StencilBench.Generator;
using StencilBench.Generator.Macros;
using StencilBench.Generator.Stencils;
using StencilBench.Generator.Uops;

try
{
    switch (args)
    {
        case ["uops", string defs, string outDir]:
            var uops = Analysis.Expand(DefinitionParser.Parse(File.ReadAllText(defs), Path.GetFileName(defs)));
            GeneratedFile.Write(Path.Combine(outDir, "executor_cases.c.h"), CasesWriter.Write(uops));
            GeneratedFile.Write(Path.Combine(outDir, "executor_cases_tos.c.h"), TosCasesWriter.Write(TosVariants.For(uops)));
            GeneratedFile.Write(Path.Combine(outDir, "uop_ids.h"), TableWriter.WriteIdsHeader(uops));
            GeneratedFile.Write(Path.Combine(outDir, "uop_list.h"), ListWriter.WriteListHeader(uops));
            GeneratedFile.Write(Path.Combine(outDir, "UopTable.g.cs"), TableWriter.WriteCSharpTable(uops));
            File.WriteAllText(Path.Combine(outDir, "uops.stamp"), "");
            return 0;
        case ["stencils", string key, string root, string outDir]:
            StencilCommand.Run(StencilBuild.Parse(key), root, outDir);
            return 0;
        case ["tos-stencils", string triple, string root, string outDir]:
            TosStencilCommand.Run(Targets.Get(triple), root, outDir);
            return 0;
        case ["registry", string outDir, .. var triples] when triples.Length > 0:
            GeneratedFile.Write(Path.Combine(outDir, StencilRegistryWriter.FileName), StencilRegistryWriter.Write([.. triples.Select(StencilBuild.Parse)]));
            return 0;
        case ["macros", string macroDefs, string uopDefs, string outDir]:
            var known = Analysis.Expand(DefinitionParser.Parse(File.ReadAllText(uopDefs), Path.GetFileName(uopDefs))).Select(u => u.Name).ToHashSet();
            var macros = MacroParser.Parse(File.ReadAllText(macroDefs), Path.GetFileName(macroDefs), known);
            GeneratedFile.Write(Path.Combine(outDir, "MacroTable.g.cs"), MacroTableWriter.Write(macros));
            File.WriteAllText(Path.Combine(outDir, "macros.stamp"), "");
            return 0;
        default:
            Console.Error.WriteLine("usage: generator uops <uops.def> <out-dir> | stencils <triple>[+<flavour>] <repository-root> <out-dir> | tos-stencils <triple> <repository-root> <out-dir> | registry <out-dir> <triple>[+<flavour>]... | macros <macros.def> <uops.def> <out-dir>");
            return 2;
    }
}
catch (FormatException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
