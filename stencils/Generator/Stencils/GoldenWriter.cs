using System.Text;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// A plain-text dump of every stencil: bytes, holes, disassembly. Checked in under tests/golden,
/// so a change in the generated code shows in a diff (CPython's test_jit_stencils).
/// </summary>
public static class GoldenWriter
{
    public static string Write(Target target, GeneratedSet groups) => Write(new StencilBuild(target, StencilFlavour.Default), groups);

    public static string Write(StencilBuild build, GeneratedSet groups)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# Stencils for {build.Key}: written by the build (backends/CopyAndPatch/generated/), compared with tests/golden/.");
        sb.AppendLine($"# clang flags: {string.Join(' ', build.ClangArguments)}{(build.Flavour.SplitsHotCold ? " (assembly split hot/cold)" : "")}");
        foreach (var g in groups.All)
        {
            sb.AppendLine();
            string cold = g.Cold is null ? "" : $", cold {g.Cold.Body.Length} bytes";
            sb.AppendLine($"## {g.Name}: code {g.Code.Body.Length} bytes (trailing jump {g.TrailingJumpLength}){cold}, data {g.Data.Body.Length} bytes");
            Section(sb, "code", g.Code);
            if (g.Cold is not null)
            {
                Section(sb, "cold code", g.Cold);
            }
            if (g.Data.Body.Length > 0)
            {
                Section(sb, "data", g.Data);
            }
            sb.AppendLine("disassembly:");
            foreach (string line in g.Disassembly)
            {
                sb.AppendLine($"  {line}");
            }
        }
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title, GeneratedStencil s)
    {
        sb.AppendLine($"{title}:");
        for (int i = 0; i < s.Body.Length; i += 16)
        {
            sb.AppendLine($"  {i:x4}: {string.Join(' ', s.Body.Skip(i).Take(16).Select(b => b.ToString("x2")))}");
        }
        foreach (var h in s.Holes)
        {
            string addend = h.Addend < 0 ? $"- 0x{-h.Addend:x}" : $"+ 0x{h.Addend:x}";
            sb.AppendLine($"  hole {h.Offset:x4}: {h.Kind} {h.Value}{(h.Symbol is null ? "" : $" {h.Symbol}")} {addend}");
        }
    }
}
