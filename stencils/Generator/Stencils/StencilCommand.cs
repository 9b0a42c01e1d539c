using StencilBench.Generator.Uops;

namespace StencilBench.Generator.Stencils;

/// <summary>The <c>stencils</c> subcommand: uops.def + templates -> tables and golden dump for one target and flavour.</summary>
public static class StencilCommand
{
    public const int ClangMajor = 19;

    public static string TablesFileName(Target target) => TablesFileName(new StencilBuild(target, StencilFlavour.Default));

    public static string GoldenFileName(Target target) => GoldenFileName(new StencilBuild(target, StencilFlavour.Default));

    public static string TablesFileName(StencilBuild build) => $"Stencils.{build.Key}.g.cs";

    public static string GoldenFileName(StencilBuild build) => $"stencils.{build.Key}.txt";

    /// <param name="root">The repository root: inputs are found from it (<see cref="StencilInputs"/>).</param>
    /// <param name="outDir">Where the tables and the golden dump go (backends/CopyAndPatch/generated).</param>
    public static void Run(Target target, string root, string outDir) => Run(new StencilBuild(target, StencilFlavour.Default), root, outDir);

    public static void Run(StencilBuild build, string root, string outDir)
    {
        var target = build.Target;
        HoleKinds.Read(root).Validate(target); // before clang: a wrong kind name is one line, not C# errors
        var inputs = new StencilInputs(root);
        var defs = inputs.UopDefinitions;
        var uops = Analysis.Expand(DefinitionParser.Parse(File.ReadAllText(defs), Path.GetFileName(defs)));
        var tools = LlvmTools.Version(ClangMajor);
        string clangVersion = tools.ClangVersion();
        var groups = new StencilCompiler(build, tools, inputs).Build([.. uops.Select(u => (u.Id, u.Name))]);
        GeneratedFile.Write(Path.Combine(outDir, GoldenFileName(build)), GoldenWriter.Write(build, groups));
        GeneratedFile.Write(Path.Combine(outDir, TablesFileName(build)),
            CSharpStencilWriter.Write(build, inputs.Digest(build, clangVersion), clangVersion, groups));
    }
}
