using StencilBench.Backends.Template.Liftoff;

namespace StencilBench.Backends.Template;

/// <summary>
/// The one choice in which the template strategy's two registered forms differ: where the value
/// stack's pointer lives between uops (<see cref="IStackPointerHome"/>). Everything else, the
/// templates, the single pass and the encoding, is the same code.
/// </summary>
public sealed class TemplateVariant
{
    /// <summary><c>template</c>: the stack pointer stays in r12 across uops and its changes are deferred.</summary>
    public static TemplateVariant Strong { get; } = new(
        "template",
        "hand-written x86-64 template per uop, emitted with Iced (a baseline JIT such as V8's Liftoff)",
        displayOrder: 2,
        colour: "#2ca02c",
        () => new RegisterStackPointer());

    /// <summary><c>template-liftoff</c>: the stack pointer lives in the frame, read and written by every uop.</summary>
    public static TemplateVariant Liftoff { get; } = new(
        "template-liftoff",
        "the template JIT's x86-64 templates with the value stack and its pointer in the frame, " +
            "read and written by every uop, nothing kept in registers across uops (V8's Liftoff without its register cache)",
        displayOrder: 5,
        colour: "#8c564b",
        () => new MemoryStackPointer());

    private TemplateVariant(string name, string description, int displayOrder, string colour, Func<IStackPointerHome> stackPointerHome)
    {
        Name = name;
        Description = description;
        DisplayOrder = displayOrder;
        Colour = colour;
        StackPointerHome = stackPointerHome;
    }

    public string Name { get; }

    public string Description { get; }

    public int DisplayOrder { get; }

    public string Colour { get; }

    internal Func<IStackPointerHome> StackPointerHome { get; }
}
