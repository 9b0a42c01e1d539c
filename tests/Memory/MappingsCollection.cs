namespace StencilBench.Tests.Memory;

/// <summary>
/// Tests that read /proc/self/maps to see a mapping go away: run alone, so no other test maps
/// pages at an address just freed.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MappingsCollection
{
    public const string Name = "mappings";
}
