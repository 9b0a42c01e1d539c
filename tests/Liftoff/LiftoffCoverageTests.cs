using StencilBench.Backends.Template;
using StencilBench.Core.Uops;
using StencilBench.Tests.Template;

namespace StencilBench.Tests.Liftoff;

/// <summary>Every uop the definitions declare has a template in template-liftoff too.</summary>
public class LiftoffCoverageTests
{
    public static TheoryData<string> Uops() => TemplateCoverageTests.Uops();

    [Theory]
    [MemberData(nameof(Uops))]
    public void Uop_has_a_template(string name) =>
        Assert.True(new TemplateBackend(TemplateVariant.Liftoff).HasTemplate(UopTable.Get(name)), $"no template-liftoff template for {name}");
}
