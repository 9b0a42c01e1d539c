using System.Globalization;

namespace StencilBench.Harness.Cli;

/// <summary>
/// Progress as plain lines, for a stderr that is not a terminal (CI logs, a file): one line when a
/// step is done, with the steps done, the elapsed time and the time left at the pace so far.
/// The current status is carried into the next line rather than printed on every change.
/// </summary>
/// <param name="elapsed">Time since the work began.</param>
public sealed class PlainProgress(int steps, TextWriter output, Func<TimeSpan> elapsed)
{
    private int _done;
    private string _status = "";

    public void Status(string what) => _status = what;

    public void StepDone()
    {
        _done++;
        var spent = elapsed();
        string left = _done >= steps ? "done" : "ETA " + Clock(spent * (steps - _done) / _done);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"progress: {_done}/{steps} ({100.0 * _done / steps:0}%), {Clock(spent)} elapsed, {left}{(_status.Length > 0 ? $"; last: {_status}" : "")}"));
    }

    /// <summary>m:ss, or h:mm:ss past an hour.</summary>
    public static string Clock(TimeSpan t) =>
        t.TotalHours >= 1 ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
}
