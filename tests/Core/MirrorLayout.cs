using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StencilBench.Backends.Template;
using StencilBench.Backends.Template.Templates;
using StencilBench.Core.Native;
using StencilBench.Core.Traces;

namespace StencilBench.Tests.Core;

/// <summary>A constant C# shares with C: where C# defines it, and its value there.</summary>
public sealed record CSharpConstant(string Source, long Value);

/// <summary>
/// What the C# side says: the mirrors of the runtime's structs (every Sb* struct in
/// StencilBench.Core.Native), their fields, and every constant C# hard-codes from C, named as C names it.
/// </summary>
public static class MirrorLayout
{
    /// <summary>C#'s names for the fields whose C name is not the C# one without underscores.</summary>
    private static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>
    {
        ["ob_refcnt"] = nameof(SbObject.RefCount),
        ["ob_type"] = nameof(SbObject.Type),
        ["ob_base"] = nameof(SbIntObject.Header),
    };

    /// <summary>The C prefix of each enum's constants: ObjectKind.RangeIter is SB_KIND_RANGE_ITER.</summary>
    private static readonly (Type Enum, string Prefix)[] SharedEnums =
        [(typeof(ObjectKind), "SB_KIND_"), (typeof(ExitKind), "SB_EXIT_"), (typeof(ErrorKind), "SB_ERR_")];

    public static IReadOnlyList<Type> Structs { get; } = typeof(SbObject).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(SbObject).Namespace && t.IsValueType && !t.IsEnum
            && t.IsLayoutSequential && t.Name.StartsWith("Sb", StringComparison.Ordinal))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static Type? Struct(string name) => Structs.SingleOrDefault(t => t.Name == name);

    public static IEnumerable<FieldInfo> Fields(Type t) => t.GetFields(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>The field named "Struct.Field" (C#'s names).</summary>
    public static (Type Struct, FieldInfo Field) Field(string fullName)
    {
        string[] parts = fullName.Split('.');
        Type t = Struct(parts[0])!;
        return (t, t.GetField(parts[1])!);
    }

    public static bool Mirrors(FieldInfo csharp, string cName) =>
        Renamed.TryGetValue(cName, out string? renamed)
            ? csharp.Name == renamed
            : string.Equals(csharp.Name, cName.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    /// <summary>C#'s size of the struct: what <c>sizeof</c> gives the template backend.</summary>
    public static long SizeOf(Type t) => RuntimeHelpers.SizeOf(t.TypeHandle);

    public static long OffsetOf(Type t, FieldInfo f) => (long)Marshal.OffsetOf(t, f.Name);

    public static long SizeOf(FieldInfo f) => f.FieldType.IsPointer ? IntPtr.Size : SizeOf(f.FieldType);

    /// <summary>Every constant C# shares with C, by its C name.</summary>
    public static IReadOnlyDictionary<string, CSharpConstant> Constants { get; } = BuildConstants();

    private static Dictionary<string, CSharpConstant> BuildConstants()
    {
        var constants = new Dictionary<string, CSharpConstant>
        {
            ["SB_SMALL_INT_MIN"] = new($"{nameof(RuntimeAddresses)}.{nameof(RuntimeAddresses.SmallIntMin)}", RuntimeAddresses.SmallIntMin),
            ["SB_SMALL_INT_MAX"] = new($"{nameof(RuntimeAddresses)}.{nameof(RuntimeAddresses.SmallIntMax)}", RuntimeAddresses.SmallIntMax),
            ["SB_COMPARISON_UNORDERED"] = new($"{nameof(CompareTemplates)}.{nameof(CompareTemplates.Unordered)}", CompareTemplates.Unordered),
            ["SB_COMPARISON_LESS_THAN"] = new($"{nameof(CompareTemplates)}.{nameof(CompareTemplates.LessThan)}", CompareTemplates.LessThan),
            ["SB_COMPARISON_GREATER_THAN"] = new($"{nameof(CompareTemplates)}.{nameof(CompareTemplates.GreaterThan)}", CompareTemplates.GreaterThan),
            ["SB_COMPARISON_EQUALS"] = new($"{nameof(CompareTemplates)}.{nameof(CompareTemplates.EqualsBit)}", CompareTemplates.EqualsBit),
            ["SB_METH_O"] = new($"{nameof(CallTemplates)}.{nameof(CallTemplates.MethO)}", CallTemplates.MethO),
            ["SB_METH_FASTCALL_KEYWORDS"] = new($"{nameof(CallTemplates)}.{nameof(CallTemplates.MethFastcallKeywords)}", CallTemplates.MethFastcallKeywords),
        };
        foreach ((Type e, string prefix) in SharedEnums)
        {
            foreach (string member in Enum.GetNames(e))
            {
                long value = Convert.ToInt64(Enum.Parse(e, member), System.Globalization.CultureInfo.InvariantCulture);
                constants.Add(prefix + UpperSnake(member), new CSharpConstant($"{e.Name}.{member}", value));
            }
        }
        return constants;
    }

    /// <summary>RangeIter → RANGE_ITER.</summary>
    private static string UpperSnake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? $"_{c}" : $"{char.ToUpperInvariant(c)}"));
}
