namespace StencilBench.Tests.Template;

/// <summary>
/// Tests that compare changes to the immortal objects' counts, which every thread's runs share:
/// they run alone, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImmortalCountsCollection
{
    public const string Name = "immortal reference counts";
}
