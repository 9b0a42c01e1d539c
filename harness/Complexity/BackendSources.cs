namespace StencilBench.Harness.Complexity;

/// <summary>
/// The files a person writes by hand for one backend, relative to the repository root.
/// Shared parts are not counted for anyone: the C runtime, the uops.def parser and case
/// generator, backends/Core.
/// </summary>
/// <param name="Semantics">What says what each uop does: uops.def for the generated backends, the templates for the hand-written one.</param>
/// <param name="C">The backend's own C around the generated bodies (dispatch, stencil template, shim).</param>
/// <param name="CSharp">The backend's own C#: its folder under backends/ and any build-time tool of its own.</param>
public sealed record BackendSources(string[] Semantics, string[] C, string[] CSharp)
{
    private const string Uops = "stencils/uops.def";
    private const string Common = "stencils/templates/uop_common.h";

    /// <summary>The sources of a backend by name; null for one this table does not know.</summary>
    public static BackendSources? For(string backend) => backend switch
    {
        "interp" => new([Uops], [Common, "backends/Interp/native/interp.c"], ["backends/Interp"]),
        "copy-and-patch" => new(
            [Uops],
            [Common, "backends/CopyAndPatch/native/jit_template.c", "backends/CopyAndPatch/native/jit_shim.c"],
            ["backends/CopyAndPatch", "stencils/Generator/Stencils"]),
        "template" => new(["backends/Template/Templates"], [], ["backends/Template"]),
        "llvm-O0" or "llvm-O2" => new([Uops], [Common, "backends/Llvm/native/llvm_uops.c"], ["backends/Llvm"]),
        _ => null,
    };
}
