using StencilBench.Core.Backends;
using StencilBench.Harness.Backends;
using StencilBench.Harness.Complexity;

namespace StencilBench.Tests.Complexity;

/// <summary>The hand-written line counts <c>list --backends</c> prints.</summary>
public class HandWrittenLinesTests
{
    private static HandWrittenSources Sources(string backend) => new BackendRegistry().Get(backend).Descriptor.HandWritten;

    [Fact]
    public void Blank_and_comment_lines_are_not_counted() =>
        Assert.Equal(2, SourceLines.Count(["", "  // note", "int a;", "/* one */", "/* start", " still comment", "end */", "b();"]));

    [Fact]
    public void Code_after_a_block_comment_is_counted() =>
        Assert.Equal(1, SourceLines.Count(["/* a", "b */ c();"]));

    [Fact]
    public void Template_backend_counts_its_templates_as_semantics()
    {
        var count = new HandWrittenLines(TestPaths.RepositoryRoot).For(Sources("template"));
        Assert.NotNull(count);
        Assert.True(count.Semantics > 0 && count.CSharp > 0 && count.C == 0, count.ToString());
    }

    [Fact]
    public void Generated_backends_count_uops_def_as_semantics()
    {
        var interp = new HandWrittenLines(TestPaths.RepositoryRoot).For(new BackendRegistry().Reference.Descriptor.HandWritten);
        var uopsDef = SourceLines.Count(File.ReadLines(Path.Combine(TestPaths.RepositoryRoot, "stencils/uops.def")));
        Assert.Equal(uopsDef, interp?.Semantics);
    }

    [Fact]
    public void Sources_that_name_nothing_give_no_count() =>
        Assert.Null(new HandWrittenLines(TestPaths.RepositoryRoot).For(new HandWrittenSources([], [], [])));

    [Fact]
    public void Missing_sources_give_no_count() =>
        Assert.Null(new HandWrittenLines(Path.GetTempPath()).For(Sources("template")));
}
