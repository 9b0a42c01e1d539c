using StencilBench.Backends.CopyAndPatch;
using StencilBench.Generator.Stencils;

namespace StencilBench.Tests.CopyAndPatch;

/// <summary>The generator reads HoleKind's members from its one definition and rejects a target naming another with one line.</summary>
public class HoleKindValidationTests
{
    [Fact]
    public void The_generator_reads_exactly_the_members_of_HoleKind()
    {
        var kinds = HoleKinds.Read(TestPaths.RepositoryRoot);
        Assert.Equal(Enum.GetNames<HoleKind>().Order(StringComparer.Ordinal), kinds.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_x86_64_target_names_only_kinds_that_exist()
    {
        HoleKinds.Read(TestPaths.RepositoryRoot).Validate(Targets.Get("x86_64-unknown-linux-gnu"));
    }

    [Fact]
    public void An_unknown_kind_is_one_error_line_naming_the_relocation_and_the_kind()
    {
        var kinds = HoleKinds.Read(TestPaths.RepositoryRoot);
        var e = Assert.Throws<FormatException>(() => kinds.Validate(new MisspelledTarget()));
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("R_TEST_ABS64", e.Message);
        Assert.Contains("'Absolute46'", e.Message);
    }

    [Fact]
    public void Comments_and_explicit_values_are_not_members()
    {
        var kinds = HoleKinds.Parse("""
            /// <summary>not { a member }</summary>
            public enum HoleKind
            {
                /// <summary>A, B.</summary>
                First = 1, // Second,
                /* Third, */ Fourth,
            }
            """);
        Assert.Equal(["First", "Fourth"], kinds.Names.Order(StringComparer.Ordinal));
    }

    /// <summary>A target whose one wrong relocation rule is a typo of a real kind.</summary>
    private sealed class MisspelledTarget : Target
    {
        public override string Triple => "test-unknown-none";
        public override string ClassName => "TestStencils";
        public override IReadOnlyList<string> ClangArguments => [];
        public override IReadOnlyDictionary<string, RelocationRule> Rules { get; } = new Dictionary<string, RelocationRule>
        {
            ["R_TEST_ABS64"] = new("Absolute46"),
            ["R_TEST_PC32"] = new("Relative32"),
        };
        public override string GotSlotKind => "Absolute64";
        public override IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths) => [];
        public override int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes) => 0;
    }
}
