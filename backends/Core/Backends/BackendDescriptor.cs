namespace StencilBench.Core.Backends;

/// <summary>
/// Everything the harness knows about a backend besides its code: what it is called and shown
/// as, whether the others are measured against it, what it takes to deploy (targets, run-time
/// dependencies) and what a person wrote for it. Each backend declares its own.
/// </summary>
/// <param name="Name">The name users type: <c>interp</c>, <c>copy-and-patch</c>, ...</param>
/// <param name="Description">One line: what it is and what real system it stands for.</param>
/// <param name="IsReference">Whether this is the backend every other one is checked and timed against (exactly one is).</param>
/// <param name="DisplayOrder">Its place in tables and charts, lowest first.</param>
/// <param name="Colour">Its colour in every chart, as <c>#rrggbb</c>.</param>
/// <param name="HandWritten">The sources a person writes for it, for the hand-written line count.</param>
/// <param name="RuntimeDependencies">What it needs at run time beyond StencilBench.Core and .NET; empty for none.</param>
/// <param name="Targets">The target triples it is built, tested and run for today (only what the tests exercise, not what the approach could reach).</param>
/// <param name="RandomTraceBudget">How many random traces the differential tests check it on.</param>
/// <param name="VariantOf">For an ablation variant (one switch of a strategy changed, e.g.
/// <c>copy-and-patch+noburnin</c>): the backend it varies. Variants are registered, tested and run
/// by name or with <c>-b ablation</c>, but stay out of the default matrix. Null for a strategy.</param>
public sealed record BackendDescriptor(
    string Name,
    string Description,
    bool IsReference,
    int DisplayOrder,
    string Colour,
    HandWrittenSources HandWritten,
    IReadOnlyList<RuntimeDependency> RuntimeDependencies,
    IReadOnlyList<string> Targets,
    int RandomTraceBudget,
    string? VariantOf = null);
