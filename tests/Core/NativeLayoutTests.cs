namespace StencilBench.Tests.Core;

/// <summary>
/// C# mirrors the runtime's structs and constants; the runtime exports what its C compiler made of
/// them (stencils/runtime/sb_layout.c). Each row checks one struct, field or constant, so a mismatch
/// names it and gives both values.
/// </summary>
public class NativeLayoutTests
{
    private static readonly RuntimeLayout C = RuntimeLayout.Read();

    public static TheoryData<string> Structs =>
        [.. C.StructSizes.Keys.Union(MirrorLayout.Structs.Select(t => t.Name)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> CSharpFields =>
        [.. MirrorLayout.Structs.SelectMany(t => MirrorLayout.Fields(t).Select(f => $"{t.Name}.{f.Name}"))];

    public static TheoryData<string> CFields => [.. C.Fields.Where(f => !f.Trailing).Select(f => f.FullName)];

    public static TheoryData<string> TrailingArrays => [.. C.Fields.Where(f => f.Trailing).Select(f => f.FullName)];

    public static TheoryData<string> Constants =>
        [.. C.Constants.Keys.Union(MirrorLayout.Constants.Keys).Order(StringComparer.Ordinal)];

    [Theory, MemberData(nameof(Structs))]
    public void Struct_has_the_size_the_C_compiler_gives_it(string name)
    {
        var mirror = MirrorLayout.Struct(name);
        Assert.True(mirror != null, $"{name}: in the runtime's layout table, but C# has no mirror in StencilBench.Core.Native");
        Assert.True(C.StructSizes.TryGetValue(name, out long c), $"{name}: C# mirrors it, but sb_layout.c does not list it");
        long cs = MirrorLayout.SizeOf(mirror);
        Assert.True(c == cs, $"sizeof({name}): C {c}, C# {cs}");
    }

    [Theory, MemberData(nameof(CSharpFields))]
    public void Field_has_the_offset_the_C_compiler_gives_it(string field)
    {
        var (mirror, f) = MirrorLayout.Field(field);
        var c = CFieldMirroredBy(field);
        long cs = MirrorLayout.OffsetOf(mirror, f);
        Assert.True(c.Offset == cs, $"{c.FullName}: offsetof in C {c.Offset}, Marshal.OffsetOf({field}) in C# {cs}");
    }

    [Theory, MemberData(nameof(CSharpFields))]
    public void Field_has_the_size_the_C_compiler_gives_it(string field)
    {
        var (_, f) = MirrorLayout.Field(field);
        var c = CFieldMirroredBy(field);
        long cs = MirrorLayout.SizeOf(f);
        Assert.True(c.Size == cs, $"{c.FullName}: sizeof in C {c.Size}, {field} in C# {cs}");
    }

    [Theory, MemberData(nameof(CFields))]
    public void C_field_has_a_CSharp_mirror(string field)
    {
        var c = C.Fields.Single(f => f.FullName == field);
        var mirror = MirrorLayout.Struct(c.Struct);
        Assert.True(mirror != null, $"{field}: C# has no mirror of {c.Struct}");
        Assert.True(MirrorLayout.Fields(mirror).Any(f => MirrorLayout.Mirrors(f, c.Name)), $"{field}: C# {c.Struct} has no field for it");
    }

    [Theory, MemberData(nameof(TrailingArrays))]
    public void Trailing_array_starts_where_the_CSharp_struct_ends(string field)
    {
        var c = C.Fields.Single(f => f.FullName == field);
        var mirror = MirrorLayout.Struct(c.Struct);
        Assert.True(mirror != null, $"{field}: C# has no mirror of {c.Struct}");
        long cs = MirrorLayout.SizeOf(mirror);
        Assert.True(c.Offset == cs, $"{field}: offsetof in C {c.Offset}, sizeof({c.Struct}) in C# {cs}");
    }

    [Theory, MemberData(nameof(Constants))]
    public void Constant_has_the_same_value_in_C_and_CSharp(string name)
    {
        Assert.True(C.Constants.TryGetValue(name, out long c), $"{name}: C# defines it, but sb_layout.c does not export it");
        Assert.True(MirrorLayout.Constants.TryGetValue(name, out var cs), $"{name}: the runtime exports it, but C# has no mirror");
        Assert.True(c == cs.Value, $"{name}: C {c}, C# {cs.Source} {cs.Value}");
    }

    private static CField CFieldMirroredBy(string field)
    {
        var (mirror, f) = MirrorLayout.Field(field);
        var c = C.Fields.SingleOrDefault(c => c.Struct == mirror.Name && MirrorLayout.Mirrors(f, c.Name));
        Assert.True(c != null, $"{field}: no field of C's {mirror.Name} in sb_layout.c is its mirror");
        return c;
    }
}
