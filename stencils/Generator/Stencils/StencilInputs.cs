using System.Security.Cryptography;
using System.Text;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// The files stencils are made from, and their digest: the tables record it, and a test recomputes
/// it to tell when they are stale (CPython's jit_stencils.h digest).
/// </summary>
/// <param name="root">The repository root (the folder holding StencilBench.slnx).</param>
public sealed class StencilInputs(string root)
{
    private const string Native = "backends/CopyAndPatch/native";

    public string UopDefinitions => Path.Combine(root, "stencils", "uops.def");
    public string TemplateSource => Path.Combine(root, Native, "jit_template.c");
    public string ShimSource => Path.Combine(root, Native, "jit_shim.c");
    public string TrapSource => Path.Combine(root, Native, "jit_trap.c");

    public IReadOnlyList<string> IncludeArguments =>
    [
        $"-I{Path.Combine(root, "stencils", "runtime")}",
        $"-I{Path.Combine(root, "stencils", "templates")}",
        $"-I{Path.Combine(root, "stencils", "generated")}",
    ];

    /// <summary>Every file whose change can change a stencil, relative to the repository root.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "stencils/uops.def",
        $"{Native}/jit_template.c",
        $"{Native}/jit_shim.c",
        $"{Native}/jit_trap.c",
        $"{Native}/jit_record.h",
        "stencils/templates/uop_common.h",
        "stencils/runtime/sb_object.h",
        "stencils/runtime/sb_runtime.h",
    ];

    /// <summary>The pass a hot/cold flavour's assembly goes through: its source is an input of that flavour.</summary>
    public const string HotColdPass = "stencils/Generator/Stencils/HotColdSplitter.cs";

    /// <summary>SHA-256 over the target's flags, the clang version and the input files (line endings normalized).</summary>
    public string Digest(Target target, string clangVersion) => Digest(new StencilBuild(target, StencilFlavour.Default), clangVersion);

    /// <summary>The same over a flavour's flags too (and the hot/cold pass when the flavour splits).</summary>
    public string Digest(StencilBuild build, string clangVersion)
    {
        var text = new StringBuilder();
        text.Append(build.Target.Triple).Append('\n').Append(string.Join(' ', build.ClangArguments)).Append('\n').Append(clangVersion).Append('\n');
        IReadOnlyList<string> files = build.Flavour.SplitsHotCold ? [.. Files, HotColdPass] : Files;
        foreach (string f in files)
        {
            text.Append(f).Append('\n').Append(File.ReadAllText(Path.Combine(root, f)).Replace("\r\n", "\n"));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
