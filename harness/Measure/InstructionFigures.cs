using System.Globalization;
using StencilBench.Backends.CopyAndPatch;
using StencilBench.Backends.Interp;
using StencilBench.Core.Backends;
using StencilBench.Harness.Loader;
using StencilBench.Harness.Results;
using StencilBench.Workloads.Model;

namespace StencilBench.Harness.Measure;

/// <summary>
/// Executed instructions per loop iteration of workloads on interp, copy-and-patch and its
/// top-of-stack variant, counted by callgrind on the native loader: rows of kind
/// <c>instructions</c>, recorded as they are counted. Each counted run is checked against the
/// in-process interpreter first; a wrong one is a failure row, never a figure. Used by the
/// <c>instructions</c> verb and by <c>run --instructions</c>.
/// </summary>
public sealed class InstructionFigures
{
    /// <summary>The backends the native loader runs, with the engine each uses.</summary>
    public static readonly IReadOnlyList<(string Backend, LoaderEngine Engine)> Engines =
        [("interp", LoaderEngine.Interp), ("copy-and-patch", LoaderEngine.CopyAndPatch), ("copy-and-patch+tos", LoaderEngine.CopyAndPatch)];

    private readonly InstructionCounter _plain;
    private readonly InstructionCounter _tos;

    public InstructionFigures()
    {
        _plain = new InstructionCounter(new CopyAndPatchBackend().Stencils);
        var tos = new CopyAndPatchBackend(CopyAndPatchOptions.Default with { TosCaching = true }, 0, "");
        _tos = new InstructionCounter(tos.Stencils, plan: tos.Planned);
    }

    /// <summary>One row per backend of <see cref="Engines"/> for this workload, each written to the recorder.</summary>
    public IReadOnlyList<SummaryRow> Count(Workload w, RunRecorder recorder)
    {
        var reference = TraceRunner.Run(new InterpBackend(), w.Trace);
        var rows = new List<SummaryRow>();
        foreach (var (backend, engine) in Engines)
        {
            var key = new FigureKey(Kinds.Instructions, w.Name, RowFactory.Params(w.Params), backend);
            var counted = (backend == "copy-and-patch+tos" ? _tos : _plain).Count(w.Trace, engine);
            var problems = w.Expectation.Check(counted.Result.Outcome).ToList();
            string? wrong = counted.Result.DifferenceFrom(reference)
                ?? (counted.Result.LeakedObjects != 0 ? $"{counted.Result.LeakedObjects} objects leaked" : null)
                ?? (problems.Count > 0 ? string.Join("; ", problems) : null);
            var row = wrong is null
                ? Figure(key, w, counted.Instructions)
                : RowFactory.Failure(key, w.Trace.MainLength, w.Iterations, $"in the native loader: {wrong}");
            recorder.Write(row);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The exact figure: the counted total over the loop's iterations.</summary>
    public static SummaryRow Figure(FigureKey key, Workload w, long instructions)
    {
        double perIteration = (double)instructions / Math.Max(1, w.Iterations);
        return new SummaryRow
        {
            Kind = key.Kind,
            Workload = key.Workload,
            Params = key.Params,
            Backend = key.Backend,
            Uops = w.Trace.MainLength,
            Iterations = w.Iterations,
            Status = "ok",
            Note = string.Create(CultureInfo.InvariantCulture, $"{instructions} instructions in one run (callgrind, native loader)"),
            Unit = "instructions/iteration",
            N = 1,
            Batch = 1,
            Median = perIteration,
            Mad = 0,
            CiLow = perIteration,
            CiHigh = perIteration,
            Mean = perIteration,
            StdDev = 0,
            Cv = 0,
            PerUop = w.Trace.MainLength > 0 ? perIteration / w.Trace.MainLength : double.NaN,
        };
    }
}
