namespace StencilBench.Frontend.Tier1;

/// <summary>
/// CPython's backoff counter (Include/internal/pycore_backoff.h): a 12-bit value counted down to
/// zero, when it triggers, and a 4-bit backoff exponent that grows on each failed attempt, so an
/// instruction that will not specialise is retried after 1, 3, 7, ... 4095 executions.
/// </summary>
public readonly record struct AdaptiveCounter(int Value, int Backoff)
{
    /// <summary>A new adaptive instruction specialises on its second execution (ADAPTIVE_WARMUP_*).</summary>
    public static AdaptiveCounter Warmup => new(1, 1);

    /// <summary>After a specialisation: 52 misses before it is reconsidered (ADAPTIVE_COOLDOWN_*).</summary>
    public static AdaptiveCounter Cooldown => new(52, 0);

    /// <summary>CPython 3.14's JUMP_BACKWARD_INITIAL_VALUE / _BACKOFF: a loop projects a trace after 4096 iterations.</summary>
    public static AdaptiveCounter JumpBackward => new(4095, 12);

    public const int MaxBackoff = 12;

    public bool Triggers => Value == 0;

    public AdaptiveCounter Advance() => Value == 0 ? this : this with { Value = Value - 1 };

    /// <summary>After a failed attempt: wait twice as long as last time (restart_backoff_counter).</summary>
    public AdaptiveCounter Restart()
    {
        int backoff = Math.Min(Backoff + 1, MaxBackoff);
        return new AdaptiveCounter((1 << backoff) - 1, backoff);
    }
}
