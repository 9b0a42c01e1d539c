using StencilBench.Backends.Template.Templates;
using StencilBench.Core.Uops;

namespace StencilBench.Backends.Template;

/// <summary>The hand-written template of every uop, by name (a replicated spelling uses its family's).</summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, Action<Emit>> _templates = new(StringComparer.Ordinal);

    public TemplateSet()
    {
        LocalsTemplates.Register(this);
        GuardTemplates.Register(this);
        IntTemplates.Register(this);
        FloatTemplates.Register(this);
        GenericTemplates.Register(this);
        ListTemplates.Register(this);
        CompareTemplates.Register(this);
        TruthTemplates.Register(this);
        IterationTemplates.Register(this);
        ControlTemplates.Register(this);
        CallTemplates.Register(this);
    }

    public void Add(Action<Emit> template, params string[] names)
    {
        foreach (string name in names)
        {
            _templates.Add(name, template);
        }
    }

    public bool TryGet(UopInfo uop, out Action<Emit> template) =>
        _templates.TryGetValue(uop.Name, out template!) || _templates.TryGetValue(uop.Family, out template!);

    public Action<Emit> Get(UopInfo uop) =>
        TryGet(uop, out var template) ? template : throw new NotSupportedException($"the template backend has no template for {uop.Name}");
}
