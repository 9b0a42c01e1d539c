namespace StencilBench.Harness.Workers;

/// <summary>Tests only: where a worker is made to die of SIGSEGV, as a wild pointer would make it.</summary>
public enum CrashPoint
{
    /// <summary>It does its job.</summary>
    None,

    /// <summary>Before its job starts.</summary>
    AtStart,

    /// <summary>Right after it wrote its first summary row (a measurement that dies half-way).</summary>
    AfterFirstRow,
}
