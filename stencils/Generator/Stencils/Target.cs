namespace StencilBench.Generator.Stencils;

/// <summary>How one relocation type becomes a hole.</summary>
/// <param name="Kind">The run-time HoleKind member that patches it.</param>
/// <param name="ViaGot">The code reads the symbol's address from a GOT slot: the builder adds the slot to the data.</param>
/// <param name="ViaTrampoline">
/// A branch that, against a runtime symbol, goes to a trampoline instead (the target's
/// <see cref="Target.CallTrampoline"/>, added to the stencil's cold code): other targets stay direct.
/// </param>
public sealed record RelocationRule(string Kind, bool ViaGot = false, bool ViaTrampoline = false);

/// <summary>
/// Code that reaches a runtime function from anywhere: it reads the address from a GOT slot
/// (a hole of <paramref name="SlotHoleKind"/> at <paramref name="SlotHoleOffset"/>, pointing at
/// the slot) and jumps there. <paramref name="Code"/>'s length keeps the next one aligned.
/// </summary>
public sealed record Trampoline(byte[] Code, int SlotHoleOffset, string SlotHoleKind);

/// <summary>
/// A target triple's part in making stencils: how clang compiles for it, how its objects read,
/// which relocation types it emits and how each becomes a hole. Everything that assumes an
/// architecture or an object format lives in a subclass.
/// </summary>
public abstract class Target
{
    /// <summary>The clang target triple, e.g. x86_64-unknown-linux-gnu.</summary>
    public abstract string Triple { get; }

    /// <summary>The C# class the tables are written to, e.g. X86_64UnknownLinuxGnuStencils.</summary>
    public abstract string ClassName { get; }

    /// <summary>Flags for this target beyond the common ones (code model, PIC...).</summary>
    public abstract IReadOnlyList<string> ClangArguments { get; }

    /// <summary>The prefix the object format puts before C names ("_" on Mach-O and 32-bit COFF).</summary>
    public virtual string SymbolPrefix => "";

    /// <summary>Bytes of a pointer (the size of a GOT slot).</summary>
    public virtual int PointerSize => 8;

    /// <summary>Reads the compiled objects, one per path, in order, with the reader of this target's object format.</summary>
    public abstract IReadOnlyList<ObjectFile> ReadObjectFiles(IReadOnlyList<string> objectPaths);

    /// <summary>How each relocation type this target's objects have becomes a hole, by the object format's type name.</summary>
    public abstract IReadOnlyDictionary<string, RelocationRule> Rules { get; }

    /// <summary>The HoleKind member a GOT slot the builder adds to the data is patched as (a pointer).</summary>
    public abstract string GotSlotKind { get; }

    /// <summary>
    /// Relocation types that only tell a linker it may optimise an instruction pair (ppc64's
    /// PCREL_OPT): they make no hole.
    /// </summary>
    public virtual IReadOnlySet<string> HintRelocations { get; } = new HashSet<string>();

    /// <summary>The trampoline a <see cref="RelocationRule.ViaTrampoline"/> call to a runtime function goes through, or null.</summary>
    public virtual Trampoline? CallTrampoline => null;

    /// <summary>The rule for a relocation type, or null when this target does not know it.</summary>
    public RelocationRule? Rule(string relocationType) => Rules.GetValueOrDefault(relocationType);

    /// <summary>
    /// How a relocation against an import's pointer (COFF's <c>__imp_</c> symbols, which dllimport
    /// makes) becomes a hole: the rule that reads the symbol through a GOT slot, and the symbol the
    /// slot holds. Null when the target has no imports or the relocation is not against one.
    /// </summary>
    public virtual (RelocationRule Rule, string Symbol)? ImportRule(ObjectRelocation relocation) => null;

    /// <summary>
    /// The length of the jump to <c>_JIT_CONTINUE</c> that ends the code, or 0 when it does not
    /// end with one: the backend drops it when the next stencil follows directly.
    /// </summary>
    public abstract int TrailingJumpLength(byte[] code, IReadOnlyList<GeneratedHole> holes);

    /// <summary>
    /// Rewrites the end of a stencil's code where the target knows a shorter form (CPython 3.14's
    /// branch inversion). Returns a one-line note for the disassembly comment, or null when the
    /// code is unchanged. The code that follows a stencil is always the next stencil.
    /// </summary>
    public virtual string? OptimizeEnd(List<byte> code, List<GeneratedHole> holes) => null;

    /// <summary>Every flag clang gets for a stencil of this target.</summary>
    public IReadOnlyList<string> AllClangArguments =>
    [
        $"--target={Triple}",
        "-O3",
        "-std=gnu11",
        "-ffreestanding",      // no host libc headers: any triple compiles
        "-fno-builtin",        // no calls to memcpy & co. that no hole could reach
        "-fno-stack-protector", // no canary symbol to patch
        "-fno-asynchronous-unwind-tables",
        "-fno-unwind-tables",   // no .eh_frame to carry along
        "-fno-jump-tables",     // no tables of absolute code addresses in data
        "-Wall",
        "-Werror",
        .. ClangArguments,
    ];
}
