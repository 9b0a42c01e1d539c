using System.Text.Json;

namespace StencilBench.Harness.Results;

/// <summary>
/// run.json in a run's folder: written when the run starts (finished false) and again as the
/// last thing it does (finished true), so a run that was killed says so. Runs from before
/// run.json existed have none and count as finished.
/// </summary>
/// <param name="Stopped">Why a run that did not finish ended early, when it knows (Ctrl-C); null otherwise.</param>
/// <param name="System">The system checks made at the start (load average, governor, turbo, ASLR, cores); null in older runs.</param>
public sealed record RunStatus(string RunId, bool Finished, string StartedUtc, string? FinishedUtc, string? Stopped = null, IReadOnlyList<SystemCheck>? System = null)
{
    public const string FileName = "run.json";

    /// <summary>The run.json in a run's folder, or null when there is none or it cannot be read.</summary>
    public static RunStatus? Load(string runDirectory)
    {
        string path = Path.Combine(runDirectory, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<RunStatus>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Replaces run.json in one step (written beside it, then renamed).</summary>
    public void Save(string runDirectory)
    {
        string path = Path.Combine(runDirectory, FileName);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Whether the run whose folder this is finished: true without a run.json, false for an unreadable one.</summary>
    public static bool IsFinished(string runDirectory)
    {
        string path = Path.Combine(runDirectory, FileName);
        if (!File.Exists(path))
        {
            return true;
        }
        try
        {
            return JsonSerializer.Deserialize<RunStatus>(File.ReadAllText(path))?.Finished == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
