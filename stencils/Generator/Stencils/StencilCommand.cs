using StencilBench.Generator.Uops;

namespace StencilBench.Generator.Stencils;

/// <summary>The <c>stencils</c> subcommand: uops.def + templates -> tables and golden dump for one target.</summary>
public static class StencilCommand
{
    public const int ClangMajor = 19;

    public static string TablesFileName(Target target) => $"Stencils.{target.Triple}.g.cs";

    public static string GoldenFileName(Target target) => $"stencils.{target.Triple}.txt";

    /// <param name="root">The repository root: inputs are found from it (<see cref="StencilInputs"/>).</param>
    /// <param name="outDir">Where the tables and the golden dump go (backends/CopyAndPatch/generated).</param>
    public static void Run(Target target, string root, string outDir)
    {
        HoleKinds.Read(root).Validate(target); // before clang: a wrong kind name is one line, not C# errors
        var inputs = new StencilInputs(root);
        var defs = inputs.UopDefinitions;
        var uops = Analysis.Expand(DefinitionParser.Parse(File.ReadAllText(defs), Path.GetFileName(defs)));
        var tools = LlvmTools.Version(ClangMajor);
        string clangVersion = tools.ClangVersion();
        var groups = new StencilCompiler(target, tools, inputs).Build([.. uops.Select(u => (u.Id, u.Name))]);
        GeneratedFile.Write(Path.Combine(outDir, GoldenFileName(target)), GoldenWriter.Write(target, groups));
        GeneratedFile.Write(Path.Combine(outDir, TablesFileName(target)),
            CSharpStencilWriter.Write(target, inputs.Digest(target, clangVersion), clangVersion, groups));
    }
}
