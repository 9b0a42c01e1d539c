namespace StencilBench.Core.Backends;

/// <summary>
/// The files a person writes by hand for one backend, relative to the repository root. Shared
/// parts are not counted for anyone: the C runtime, the uops.def parser and case generator,
/// backends/Core.
/// </summary>
/// <param name="Semantics">What says what each uop does: uops.def for the generated backends, the templates for the hand-written one.</param>
/// <param name="C">The backend's own C around the generated bodies (dispatch, stencil template, shim).</param>
/// <param name="CSharp">The backend's own C#: its folder under backends/ and any build-time tool of its own.</param>
public sealed record HandWrittenSources(IReadOnlyList<string> Semantics, IReadOnlyList<string> C, IReadOnlyList<string> CSharp)
{
    /// <summary>The uop definitions every generated backend is built from.</summary>
    public const string UopsDef = "stencils/uops.def";

    /// <summary>The C every generated backend includes around the uop bodies.</summary>
    public const string UopCommon = "stencils/templates/uop_common.h";
}
