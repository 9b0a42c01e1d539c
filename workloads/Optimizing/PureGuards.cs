using StencilBench.Core.Uops;

namespace StencilBench.Workloads.Optimizing;

/// <summary>
/// Which uops are pure type guards: a check whose only effect is to leave when its inputs are not
/// of the types it proves (<see cref="UopInfo.Proves"/>) — it keeps its inputs as they are, touches
/// no local, calls nothing, cannot fail. Such a guard does nothing where its proofs already hold.
/// </summary>
public static class PureGuards
{
    public static bool Is(UopInfo uop) =>
        uop.Proves.Any(p => p != InputType.Any)
        && (uop.Has(UopFlags.CanDeopt) || uop.Has(UopFlags.CanExit))
        && (uop.Flags & (UopFlags.CanError | UopFlags.Jumps | UopFlags.LeavesTrace | UopFlags.PopsBeforeExit)) == 0
        && uop.Pops.PerOparg == 0 && uop.Pops == uop.Pushes && uop.Peek.For(0) == 0
        && uop.Locals.Count == 0 && uop.Stores.Count == 0 && !uop.Swaps
        && uop.Produces.Select((o, k) => o.Source == OutputSource.Input && o.Input == k).All(same => same)
        && uop.Produces.Count == uop.Pushes.Fixed;

    /// <summary>
    /// The one-input guard that checks what a two-input guard still must when the other input is
    /// known (CPython narrows <c>_GUARD_BOTH_INT</c> the same way); null when there is none.
    /// Both leave through the same jump target with the stack unchanged.
    /// </summary>
    public static string? Narrowed(string guard, bool leftKnown, bool rightKnown) => (guard, leftKnown, rightKnown) switch
    {
        ("_GUARD_BOTH_INT", true, false) => "_GUARD_TOS_INT",
        ("_GUARD_BOTH_INT", false, true) => "_GUARD_NOS_INT",
        ("_GUARD_BOTH_FLOAT", true, false) => "_GUARD_TOS_FLOAT",
        ("_GUARD_BOTH_FLOAT", false, true) => "_GUARD_NOS_FLOAT",
        _ => null,
    };
}
