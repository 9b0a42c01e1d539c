namespace StencilBench.Core.Uops;

/// <summary>What a uop may do, inferred by the generator from its body in stencils/uops.def.</summary>
[Flags]
public enum UopFlags
{
    None = 0,
    /// <summary>The body reads <c>oparg</c>.</summary>
    UsesOparg = 1,
    /// <summary>The body reads <c>operand0</c>.</summary>
    UsesOperand = 2,
    /// <summary>DEOPT_IF: a failed check goes to the jump target, stack unchanged.</summary>
    CanDeopt = 4,
    /// <summary>EXIT_IF: a failed check goes to the jump target (a side exit).</summary>
    CanExit = 8,
    /// <summary>ERROR_IF: an error goes to the error target with the inputs popped.</summary>
    CanError = 16,
    /// <summary>Always continues at the jump target (<c>_JUMP_TO_TOP</c>).</summary>
    Jumps = 32,
    /// <summary>Leaves the trace (<c>_EXIT_TRACE</c>, <c>_DEOPT</c>, <c>_ERROR_POP_N</c>).</summary>
    LeavesTrace = 64,
    /// <summary>SYNC_SP: pops its inputs before a check, so a failed check leaves without them
    /// (<c>_GUARD_IS_TRUE_POP</c>).</summary>
    PopsBeforeExit = 128,
}

/// <summary>
/// A stack count of the form <c>Fixed + PerOparg * oparg</c>: enough for every uop we have,
/// including <c>_ERROR_POP_N</c>'s <c>unused[oparg]</c>.
/// </summary>
public readonly record struct StackCount(int Fixed, int PerOparg)
{
    public int For(int oparg) => Fixed + PerOparg * oparg;

    public override string ToString() =>
        PerOparg == 0 ? Fixed.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : Fixed == 0 ? "oparg" : $"{Fixed}+oparg";
}

/// <summary>One uop as the definitions declare it.</summary>
/// <param name="Id">Its opcode: the index in <see cref="UopTable.All"/>.</param>
/// <param name="Name">CPython's name, e.g. <c>_LOAD_FAST</c> or <c>_LOAD_FAST_3</c>.</param>
/// <param name="Pops">Values it takes off the stack.</param>
/// <param name="Pushes">Values it leaves on the stack.</param>
/// <param name="Peek">How deep it reads below the top without popping (<c>_SWAP</c>, <c>_COPY</c>).</param>
/// <param name="FixedOparg">For oparg-specialised spellings (<c>_LOAD_FAST_3</c>): the oparg.</param>
/// <param name="Family">The name without the oparg suffix (<c>_LOAD_FAST</c> for <c>_LOAD_FAST_3</c>).</param>
/// <param name="Locals">The frame locals it reads, writes or clears, in body order.</param>
/// <param name="Operand">What its operand0 is.</param>
/// <param name="Consumes">The type it assumes for each fixed stack input, deepest first.</param>
public sealed record UopInfo(
    int Id,
    string Name,
    StackCount Pops,
    StackCount Pushes,
    StackCount Peek,
    UopFlags Flags,
    int? FixedOparg,
    string Family,
    IReadOnlyList<LocalUse> Locals,
    OperandKind Operand,
    IReadOnlyList<InputType> Consumes)
{
    /// <summary>The type each fixed input is proven to have on the fall-through path (Any: nothing proven), deepest first.</summary>
    public IReadOnlyList<InputType> Proves { get; init; } = [];

    /// <summary>Where each output comes from, deepest first (empty: not known, every output any type).</summary>
    public IReadOnlyList<UopOutput> Produces { get; init; } = [];

    /// <summary>The stores of an input into a local; any other write leaves the local's type unknown.</summary>
    public IReadOnlyList<LocalStore> Stores { get; init; } = [];

    /// <summary>Swaps the top of the stack with the value oparg deep (<c>_SWAP</c>).</summary>
    public bool Swaps { get; init; }

    public bool Has(UopFlags flag) => (Flags & flag) == flag;

    /// <summary>Whether a failed check or a jump can leave the straight line.</summary>
    public bool HasJumpTarget => (Flags & (UopFlags.CanDeopt | UopFlags.CanExit | UopFlags.Jumps)) != 0;
}
