using System.Security.Cryptography;
using System.Text;
using StencilBench.Generator.Uops;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// The <c>tos-stencils</c> subcommand: the top-of-stack cached stencil set of one target, one
/// stencil per variant (<see cref="TosVariants"/>) compiled from jit_template_tos.c, with its
/// golden dump and the variant map the backend's planner reads.
/// </summary>
public static class TosStencilCommand
{
    public const string TemplatePath = "backends/CopyAndPatch/native/jit_template_tos.c";

    public static string TablesFileName(Target target) => $"TosStencils.{target.Triple}.g.cs";

    public static string GoldenFileName(Target target) => $"stencils_tos.{target.Triple}.txt";

    public static string ClassName(Target target) => target.ClassName.Replace("Stencils", "TosStencils", StringComparison.Ordinal);

    public static void Run(Target target, string root, string outDir)
    {
        HoleKinds.Read(root).Validate(target);
        var inputs = new StencilInputs(root);
        var defs = inputs.UopDefinitions;
        var uops = Analysis.Expand(DefinitionParser.Parse(File.ReadAllText(defs), Path.GetFileName(defs)));
        var variants = TosVariants.For(uops);
        var tools = LlvmTools.Version(StencilCommand.ClangMajor);
        string clangVersion = tools.ClangVersion();
        string template = Path.Combine(root, TemplatePath);
        var groups = new StencilCompiler(target, tools, inputs).Build([.. variants.Select(v => (v.Id, v.Name, Defines(v)))], template);
        string digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            inputs.Digest(target, clangVersion) + "\n" + File.ReadAllText(template).Replace("\r\n", "\n"))));
        GeneratedFile.Write(Path.Combine(outDir, GoldenFileName(target)), GoldenWriter.Write(target, groups));
        GeneratedFile.Write(Path.Combine(outDir, TablesFileName(target)),
            CSharpStencilWriter.Write(target, digest, clangVersion, groups, ClassName(target)));
        GeneratedFile.Write(Path.Combine(outDir, TosVariantMapWriter.FileName), TosVariantMapWriter.Write(uops, variants));
    }

    private static string[] Defines(TosVariant v) => v.Plain
        ? ["-D_JIT_PLAIN=1", $"-D_JIT_OPCODE={v.Uop!.Name}"]
        : [$"-D_JIT_VARIANT={v.Id}"];
}
