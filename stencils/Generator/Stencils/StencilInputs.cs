using System.Security.Cryptography;
using System.Text;

namespace StencilBench.Generator.Stencils;

/// <summary>
/// The files stencils are made from, and their digest: the tables record it, and a test recomputes
/// it to tell when they are stale (CPython's jit_stencils.h digest).
/// </summary>
public sealed class StencilInputs(string stencilsDir, string generatedDir)
{
    public string TemplateSource => Path.Combine(stencilsDir, "templates", "jit_template.c");
    public string ShimSource => Path.Combine(stencilsDir, "templates", "jit_shim.c");

    public IReadOnlyList<string> IncludeArguments =>
        [$"-I{Path.Combine(stencilsDir, "runtime")}", $"-I{Path.Combine(stencilsDir, "templates")}", $"-I{generatedDir}"];

    /// <summary>Every file whose change can change a stencil, relative to the stencils folder.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        "uops.def",
        "templates/jit_template.c",
        "templates/jit_shim.c",
        "templates/uop_common.h",
        "runtime/sb_object.h",
        "runtime/sb_runtime.h",
    ];

    /// <summary>SHA-256 over the target's flags, the clang version and the input files (line endings normalized).</summary>
    public string Digest(Target target, string clangVersion)
    {
        var text = new StringBuilder();
        text.Append(target.Triple).Append('\n').Append(string.Join(' ', target.AllClangArguments)).Append('\n').Append(clangVersion).Append('\n');
        foreach (string f in Files)
        {
            text.Append(f).Append('\n').Append(File.ReadAllText(Path.Combine(stencilsDir, f)).Replace("\r\n", "\n"));
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
