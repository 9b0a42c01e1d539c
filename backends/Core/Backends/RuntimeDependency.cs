namespace StencilBench.Core.Backends;

/// <summary>Something a backend needs at run time beyond StencilBench.Core and .NET.</summary>
/// <param name="Reference">
/// How the backend's assembly names it: a referenced assembly's simple name (<c>Iced</c>) or the
/// library name its native imports use (<c>stencilbench-llvm-19</c>). A test holds this against the assembly.
/// </param>
/// <param name="Display">What a person installs or ships: <c>Iced 1.22 (NuGet)</c>.</param>
public sealed record RuntimeDependency(string Reference, string Display);
