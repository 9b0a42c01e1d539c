using System.Globalization;
using System.Text;
using StencilBench.Harness.Measure;

namespace StencilBench.Harness.Reporting;

/// <summary>repro.md: what was run, the machine's load during each run, and the spread of every headline ratio.</summary>
public static class ReproReport
{
    public static string Write(string title, IReadOnlyList<ReproRun> runs, IReadOnlyList<ReproSpread> spreads)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {title}");
        sb.AppendLine();
        var load = new MarkdownTable("run", "run id", "exit", "seconds", "load average before", "load average after");
        foreach (var r in runs)
        {
            load.Add(Num(r.Index), r.Folder is null ? "–" : Path.GetFileName(r.Folder), Num(r.ExitCode), Numbers.Sig(r.Seconds), Numbers.Sig(r.LoadBefore), Numbers.Sig(r.LoadAfter));
        }
        sb.Append(load);
        sb.AppendLine();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Each ratio: the geometric mean over workloads, per run, with its 95% interval. Deviation = the largest distance of a run's value from the median of the runs. Target: within ±{ReproSpread.TargetPercent:0}% of the median, and each run's interval covering every other run's value."));
        sb.AppendLine();
        var table = new MarkdownTable("figure", "median of runs", "min", "max", "max deviation", "intervals covering the others", "per run [95% CI]", "verdict");
        foreach (var s in spreads)
        {
            table.Add(
                s.Name, Numbers.Ratio(s.Median), Numbers.Ratio(s.Min), Numbers.Ratio(s.Max),
                double.IsNaN(s.MaxDeviationPercent) ? "–" : string.Create(CultureInfo.InvariantCulture, $"±{s.MaxDeviationPercent:0.0}%"),
                $"{s.RunsCoveringOthers} of {s.Runs.Count}",
                string.Join("; ", s.Runs.Select(r => Numbers.RatioCi(r.Value, r.Low, r.High))),
                Verdict(s));
        }
        sb.Append(table);
        sb.AppendLine();
        int ok = spreads.Count(s => s.WithinTarget && s.AllCover);
        sb.AppendLine($"{ok} of {spreads.Count} headline ratios meet the target.");
        return sb.ToString();
    }

    public static string Verdict(ReproSpread s) => (s.WithinTarget, s.AllCover) switch
    {
        (true, true) => "reproduces",
        (true, false) => "within ±10%, but some intervals miss other runs",
        (false, true) => "**spread above ±10%**",
        _ => "**spread above ±10%, intervals miss other runs**",
    };

    private static string Num(int v) => v.ToString(CultureInfo.InvariantCulture);
}
