using StencilBench.Backends.Template;
using StencilBench.Core.Uops;

namespace StencilBench.Tests.Template;

/// <summary>Every uop the definitions declare has a hand-written template.</summary>
public class TemplateCoverageTests
{
    public static TheoryData<string> Uops()
    {
        var data = new TheoryData<string>();
        foreach (var uop in UopTable.All)
        {
            data.Add(uop.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Uops))]
    public void Uop_has_a_template(string name) =>
        Assert.True(new TemplateBackend().HasTemplate(UopTable.Get(name)), $"no template for {name}");
}
