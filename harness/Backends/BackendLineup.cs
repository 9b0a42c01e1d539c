using StencilBench.Core.Backends;

namespace StencilBench.Harness.Backends;

/// <summary>
/// The registered backends' descriptors by name: which one is the reference, the order and
/// colour they are shown in. Results files may name backends no longer registered: those come
/// after the registered ones, by name, with no descriptor.
/// </summary>
public sealed class BackendLineup
{
    private readonly Dictionary<string, BackendDescriptor> _byName;

    public BackendLineup(IEnumerable<BackendDescriptor> descriptors)
    {
        _byName = descriptors.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var references = _byName.Values.Where(d => d.IsReference).Select(d => d.Name).ToList();
        Reference = references.Count == 1
            ? references[0]
            : throw new ArgumentException($"exactly one backend must be the reference, not {references.Count} ({string.Join(", ", references)})");
    }

    /// <summary>The name of the backend every other one is measured against.</summary>
    public string Reference { get; }

    /// <summary>Whether the backend of that name is the reference.</summary>
    public bool IsReference(string backend) => backend == Reference;

    /// <summary>The descriptor of a registered backend; null for a name not registered.</summary>
    public BackendDescriptor? Find(string backend) => _byName.GetValueOrDefault(backend);

    /// <summary>Distinct names in display order: registered ones by their order, the rest after them by name.</summary>
    public IEnumerable<string> Ordered(IEnumerable<string> backends) =>
        backends.Distinct()
            .OrderBy(b => Find(b)?.DisplayOrder ?? int.MaxValue)
            .ThenBy(b => b, StringComparer.Ordinal);
}
