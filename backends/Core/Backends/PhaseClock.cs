using System.Diagnostics;

namespace StencilBench.Core.Backends;

/// <summary>Times consecutive phases of one compile: each phase runs from the end of the one before (or the clock's start).</summary>
public sealed class PhaseClock
{
    private readonly List<CodegenPhase> _phases = new(5);
    private long _last = Stopwatch.GetTimestamp();

    /// <summary>The phases ended so far, in order.</summary>
    public IReadOnlyList<CodegenPhase> Phases => _phases;

    /// <summary>Ends the phase running now, naming it.</summary>
    public void End(string phase)
    {
        long now = Stopwatch.GetTimestamp();
        _phases.Add(new CodegenPhase(phase, Stopwatch.GetElapsedTime(_last, now).TotalNanoseconds));
        _last = now;
    }

    /// <summary>Drops the phases ended so far (a compile that starts over); the running phase goes on.</summary>
    public void Forget() => _phases.Clear();
}
